package org.counterweight.app.analysis;

import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;

/** The years an analysis of the state system can be asked about. */
final class Years {
    /** The first year of the COW state system. */
    static final int SYSTEM_START = 1816;

    private Years() {
    }

    /** Refuses a year (given for {@code parameter}) outside {@value #SYSTEM_START}-{@link YearRange#LATEST}. */
    static void requireInSystem(Integer year, String parameter) {
        if (year != null && (year < SYSTEM_START || year > YearRange.LATEST)) {
            throw new InvalidRequestException(parameter, "the year must lie in " + SYSTEM_START + "-"
                    + YearRange.LATEST + " (the COW state system starts in " + SYSTEM_START + "), got " + year);
        }
    }
}
