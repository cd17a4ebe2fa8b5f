package org.counterweight.app.events;

import java.util.List;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.model.Actor;
import org.counterweight.store.events.FileCoverage;

/**
 * Cooperation and conflict between two states by period, both directions, with the files behind it.
 *
 * @param a        one state
 * @param b        the other
 * @param period   month or year
 * @param rows     per direction and period, in order
 * @param files    the imported event files (the dataset coverage)
 */
public record EventDyadResult(Actor a, Actor b, EventPeriod period, List<Row> rows, List<FileCoverage> files) {
    public EventDyadResult {
        rows = List.copyOf(rows);
        files = List.copyOf(files);
    }

    /**
     * One direction in one period.
     *
     * @param source        who acted (ISO3 id)
     * @param target        who was acted on
     * @param period        {@code 2016-07} or {@code 2016}
     * @param coveredMonths how many of the period's months the imported files cover
     * @param months        the period's months (1 or 12)
     * @param tally         the events' tally; {@link DyadTally#ZERO} in a covered period without events;
     *                      null when not covered
     * @param basis         {@code event-based}, or {@code not covered: ...} with the reason
     */
    public record Row(String source, String target, String period, int coveredMonths, int months, DyadTally tally,
            String basis) {
    }
}
