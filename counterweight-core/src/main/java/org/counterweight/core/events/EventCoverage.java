package org.counterweight.core.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which months a dump file covers. An event file reports on a period (a GDELT daily file on one day,
 * a back file or an ICEWS file on a month or a year) but also carries stray events dated long before
 * it (a 2016 daily file holds an event of 2006). A file covers the months holding at least
 * {@link #MIN_SHARE} of its events; a stray event is still stored and counted, but does not make its
 * month covered. In a covered month a dyad without events has 0 events; outside coverage it is not
 * covered, never 0.
 *
 * <p>By day (for day and week tallies) a file covers the days from the first to the last date of its
 * events in the months it covers ({@link #coveredDays}): a GDELT daily file of 2016-07-28 covers
 * 2016-07-27 to 2016-07-28 (its events of the day before included), not the rest of July; an ICEWS
 * year file covers the year. A covered day need not be complete either.
 */
public final class EventCoverage {
    /** The share of a file's events a month needs to count as covered by the file. */
    public static final double MIN_SHARE = 0.01;

    private EventCoverage() {
    }

    /** The months a file covers, from its events counted by month. */
    public static Set<YearMonth> coveredMonths(Map<YearMonth, Long> eventsByMonth) {
        long total = eventsByMonth.values().stream().mapToLong(Long::longValue).sum();
        Set<YearMonth> covered = new TreeSet<>();
        eventsByMonth.forEach((month, events) -> {
            if (events > 0 && events >= MIN_SHARE * total) {
                covered.add(month);
            }
        });
        return covered;
    }

    /**
     * The days a file covers: from the first to the last event date within its covered months, or
     * nothing when it covers no month.
     *
     * @param spanByMonth   the first and last event date of each month the file has events in
     * @param coveredMonths the months it covers ({@link #coveredMonths})
     */
    public static Optional<EventPeriod.Span> coveredDays(Map<YearMonth, EventPeriod.Span> spanByMonth,
            Set<YearMonth> coveredMonths) {
        LocalDate first = null;
        LocalDate last = null;
        for (YearMonth month : coveredMonths) {
            EventPeriod.Span span = spanByMonth.get(month);
            if (span != null) {
                first = first == null || span.first().isBefore(first) ? span.first() : first;
                last = last == null || span.last().isAfter(last) ? span.last() : last;
            }
        }
        return first == null ? Optional.empty() : Optional.of(new EventPeriod.Span(first, last));
    }
}
