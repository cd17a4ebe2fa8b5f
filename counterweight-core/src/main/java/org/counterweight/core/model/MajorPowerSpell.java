package org.counterweight.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spell of major-power status in the COW State System Membership list (Correlates of War Project
 * 2017, "State System Membership List, v2016"). States with interrupted status have several spells.
 *
 * @param ccode COW code
 * @param start first day of major-power status
 * @param end   last day (2016-12-31 when still a major power at the end of coverage)
 */
public record MajorPowerSpell(int ccode, LocalDate start, LocalDate end) {

    public MajorPowerSpell {
        StateCodes.code(ccode, "ccode");
        Objects.requireNonNull(start, "start date is required");
        Objects.requireNonNull(end, "end date is required");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end date " + end + " is before start date " + start);
        }
    }

    /** Whether the state was a major power on {@code date}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
