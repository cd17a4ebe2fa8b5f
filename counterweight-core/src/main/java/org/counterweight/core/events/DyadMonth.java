package org.counterweight.core.events;

import java.io.Serializable;
import java.util.Objects;

/**
 * The tally of one directed dyad (source and target COW codes) in one calendar month: a row of the
 * dyad-month table that the DuckDB path and the Spark job both write.
 *
 * @param sourceCow the source state's COW code
 * @param targetCow the target state's COW code
 * @param year      the year
 * @param month     the month, 1-12
 * @param tally     the events' counts and Goldstein sum
 */
public record DyadMonth(int sourceCow, int targetCow, int year, int month, DyadTally tally) implements Serializable {
    private static final long serialVersionUID = 1L;

    public DyadMonth {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12, got " + month);
        }
        Objects.requireNonNull(tally, "tally");
    }
}
