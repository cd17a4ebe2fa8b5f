package org.counterweight.core.events;

import java.io.Serializable;
import java.util.Objects;

/**
 * The tallies of one directed dyad in one period of an {@link EventPeriod} (a day, an ISO week, a
 * month or a year): a row of the dyad-period table both engines compute.
 *
 * @param sourceCow the source state's COW code
 * @param targetCow the target state's COW code
 * @param period    the period's label ({@link EventPeriod#label})
 * @param tally     the events as the dataset gives them
 * @param oneADay   the events left after one-a-day de-duplication ({@link OneADay})
 */
public record DyadPeriod(int sourceCow, int targetCow, String period, DyadTally tally, DyadTally oneADay)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public DyadPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(oneADay, "oneADay");
    }
}
