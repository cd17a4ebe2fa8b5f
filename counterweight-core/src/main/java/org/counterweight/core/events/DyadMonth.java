package org.counterweight.core.events;

import java.io.Serializable;
import java.util.Objects;

/**
 * The tallies of one directed dyad (source and target COW codes) in one calendar month: a row of the
 * dyad-month table that the DuckDB path and the Spark job both write.
 *
 * @param sourceCow the source state's COW code
 * @param targetCow the target state's COW code
 * @param year      the year
 * @param month     the month, 1-12
 * @param tally     the events as the dataset gives them
 * @param oneADay   the events left after one-a-day de-duplication ({@link OneADay})
 */
public record DyadMonth(int sourceCow, int targetCow, int year, int month, DyadTally tally, DyadTally oneADay)
        implements Serializable {
    private static final long serialVersionUID = 2L;

    public DyadMonth {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12, got " + month);
        }
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(oneADay, "oneADay");
    }
}
