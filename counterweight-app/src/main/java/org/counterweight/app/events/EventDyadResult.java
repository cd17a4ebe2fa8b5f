package org.counterweight.app.events;

import java.util.List;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventCounting;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.model.Actor;
import org.counterweight.store.events.FileCoverage;

/**
 * Cooperation and conflict between two states by period, both directions, as given and one a day,
 * with the files behind it.
 *
 * @param a        one state
 * @param b        the other
 * @param period   day, week, month or year
 * @param counting which tally the tables show
 * @param rows     per direction and period, in order
 * @param files    the imported event files (the dataset coverage)
 */
public record EventDyadResult(Actor a, Actor b, EventPeriod period, EventCounting counting, List<Row> rows,
        List<FileCoverage> files) {
    public EventDyadResult {
        rows = List.copyOf(rows);
        files = List.copyOf(files);
    }

    /**
     * One direction in one period.
     *
     * @param source   who acted (ISO3 id)
     * @param target   who was acted on
     * @param period   {@code 2016-07-28}, {@code 2016-W30}, {@code 2016-07} or {@code 2016}
     * @param covered  how many of the period's months (days, for days and weeks) the imported files cover
     * @param units    the period's months or days
     * @param unit     {@code months} or {@code days}
     * @param tally    the events as given; {@link DyadTally#ZERO} in a covered period without events;
     *                 null when not covered
     * @param oneADay  the events one a day ({@link org.counterweight.core.events.OneADay}); likewise
     * @param basis    {@code event-based}, or {@code not covered: ...} with the reason
     */
    public record Row(String source, String target, String period, int covered, int units, String unit,
            DyadTally tally, DyadTally oneADay, String basis) {
        /** The tally counted as asked; null when not covered. */
        public DyadTally tally(EventCounting counting) {
            return counting == EventCounting.AS_GIVEN ? tally : oneADay;
        }
    }
}
