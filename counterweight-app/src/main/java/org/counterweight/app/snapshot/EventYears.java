package org.counterweight.app.snapshot;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.events.DyadMonth;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.network.EventTieRule;
import org.counterweight.core.network.TieEvidence;
import org.counterweight.store.events.EventStore;
import org.counterweight.store.events.FileCoverage;

/**
 * The imported events between the case's states in the years after the tie datasets end, by
 * undirected pair and year, for event-based tie evidence ({@link EventTieRule}). Read once when the
 * snapshot is loaded; nothing is read when no event file was imported, and then no event evidence
 * exists: a year without imported events has no event-based ties, never a zero tie.
 *
 * @param firstYear the first year event evidence is read for (after the last tie dataset's end)
 * @param imported  whether any event file was imported
 * @param months    how many months of each year the imported files cover
 * @param tallies   by year, by COW pair (lower code first), both directions' events
 */
record EventYears(int firstYear, boolean imported, Map<Integer, Integer> months,
        Map<Integer, Map<List<Integer>, DyadTally>> tallies) {

    /** The events among {@code codes} in {@code firstYear..to}, from the store. */
    static EventYears load(EventStore store, Collection<Integer> codes, int firstYear, int to) {
        List<FileCoverage> files = store.coverage();
        Map<Integer, Integer> months = new HashMap<>();
        files.stream().flatMap(f -> f.coveredMonths().stream()).distinct().map(YearMonth::getYear)
                .forEach(y -> months.merge(y, 1, Integer::sum));
        Map<Integer, Map<List<Integer>, DyadTally>> tallies = new HashMap<>();
        if (!files.isEmpty() && firstYear <= to) {
            for (DyadMonth m : store.dyadMonths(codes, firstYear, to)) {
                List<Integer> pair = List.of(Math.min(m.sourceCow(), m.targetCow()), Math.max(m.sourceCow(),
                        m.targetCow()));
                tallies.computeIfAbsent(m.year(), y -> new HashMap<>()).merge(pair, m.tally(), DyadTally::merge);
            }
        }
        return new EventYears(firstYear, !files.isEmpty(), months, tallies);
    }

    /** The event evidence between the states of {@code byCow} (COW code to actor id) in {@code year}. */
    List<TieEvidence> evidence(int year, Map<Integer, String> byCow) {
        List<TieEvidence> evidence = new ArrayList<>();
        if (year < firstYear) {
            return evidence;
        }
        Map<List<Integer>, DyadTally> ofYear = tallies.getOrDefault(year, Map.of());
        List<Integer> codes = new ArrayList<>(byCow.keySet());
        codes.sort(null);
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                DyadTally tally = ofYear.get(List.of(codes.get(i), codes.get(j)));
                if (tally != null) {
                    EventTieRule.evidence(byCow.get(codes.get(i)), byCow.get(codes.get(j)), year, tally,
                            months.getOrDefault(year, 0) + " of 12 months covered by imported event files")
                            .ifPresent(evidence::add);
                }
            }
        }
        return evidence;
    }

    /** What the events say about {@code year}'s ties, for the coverage notes; null before {@link #firstYear}. */
    String note(int year) {
        if (year < firstYear) {
            return null;
        }
        if (!imported) {
            return "Event data were not imported (import gdelt or icews): no event-based ties in " + year;
        }
        int covered = months.getOrDefault(year, 0);
        return covered == 0 ? "No imported event file covers " + year + ": no event-based ties in it"
                : "Event-based ties in " + year + " from imported events, " + covered + " of 12 months covered ("
                        + EventTieRule.SUMMARY.replaceAll("\\.$", "") + ")";
    }
}
