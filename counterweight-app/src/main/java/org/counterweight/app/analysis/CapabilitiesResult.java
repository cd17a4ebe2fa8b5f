package org.counterweight.app.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.counterweight.core.capability.SeriesBreaks;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;

/**
 * A state's capabilities by year.
 *
 * @param actor   the state
 * @param cowCode its COW code
 * @param nmc     the NMC version read
 * @param milex   the SIPRI military expenditure release read, if any is loaded
 * @param years   one row per year, in order
 * @param breaks  the components that double or halve from one year to the next ({@link SeriesBreaks}): to check
 * @param warnings how the state asked for was read, where it was a guess ("read 'Nigera' as Niger")
 */
public record CapabilitiesResult(Actor actor, int cowCode, DatasetCoverage nmc, Optional<DatasetCoverage> milex,
        List<Year> years, List<SeriesBreaks.Break> breaks, List<String> warnings) {
    public CapabilitiesResult {
        years = List.copyOf(years);
        breaks = List.copyOf(breaks);
        warnings = List.copyOf(warnings);
    }

    /** Whether NMC has the state in a year. */
    public enum NmcStatus {
        /** NMC has the state-year (its components may still be missing, never 0). */
        VALUE,
        /** NMC covers the year but the state was not a member of the state system. */
        NOT_A_MEMBER,
        /** Outside NMC's years. */
        NOT_COVERED;

        /** As tables print it: "not-a-member". */
        public String label() {
            return Labels.label(this);
        }
    }

    /**
     * One year.
     *
     * @param nmcStatus      whether NMC has the state-year
     * @param capabilities   NMC's row, if any
     * @param recomputedCinc CINC recomputed from the components of every state in the year, if NMC has the row
     * @param expenditure    SIPRI's row (the one with a constant-dollar figure where there are several), if any
     * @param milexStatus    status of the constant-dollar figure
     * @param shareStatus    status of the share of GDP
     */
    public record Year(int year, NmcStatus nmcStatus, Optional<NationalCapabilities> capabilities,
            OptionalDouble recomputedCinc, Optional<MilitaryExpenditure> expenditure, MilexStatus milexStatus,
            MilexStatus shareStatus) {
    }

    /** The row of a year. */
    public Year year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no year " + year + " in the result"));
    }
}
