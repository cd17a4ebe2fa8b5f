package org.counterweight.core.events;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which months a dump file covers. An event file reports on a period (a GDELT daily file on one day,
 * a back file or an ICEWS file on a month or a year) but also carries stray events dated long before
 * it (a 2016 daily file holds an event of 2006). A file covers the months holding at least
 * {@link #MIN_SHARE} of its events; a stray event is still stored and counted, but does not make its
 * month covered. In a covered month a dyad without events has 0 events; outside coverage it is not
 * covered, never 0.
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
}
