package org.counterweight.app.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.events.DyadPeriod;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.events.OneADay;
import org.counterweight.core.model.Actor;
import org.counterweight.io.events.CameoCountriesReader;
import org.counterweight.io.events.EventFile;
import org.counterweight.store.events.EventStore;
import org.counterweight.store.events.FileCoverage;
import org.counterweight.store.events.StoredEvent;

/**
 * Event data: imports GDELT and ICEWS dumps into the event store beside the knowledge base, and
 * measures cooperation and conflict between two states over time from their events.
 *
 * <p>The measures are those of {@link DyadTally}: event counts per CAMEO QuadClass (Schrodt, Philip
 * A. 2012. <i>CAMEO Conflict and Mediation Event Observations Event and Actor Codebook</i> 1.1b3:
 * roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material
 * conflict) and the sum and mean of the events' Goldstein values (Goldstein, Joshua S. 1992. "A
 * Conflict-Cooperation Scale for WEIS Events Data." <i>Journal of Conflict Resolution</i> 36(2):
 * 369-385), plain and weighted by the events' mention counts (GDELT NumMentions; not covered where
 * an event has none, as in ICEWS), each both for the events as the dataset gives them and after
 * one-a-day de-duplication ({@link OneADay}: one event per source, target, CAMEO code and day). Every
 * value is event-based; a period no imported file covers is not covered, never 0
 * ({@link org.counterweight.core.events.EventCoverage}). Every row can be traced to its events, their
 * files, lines and SOURCEURLs ({@link #list}).
 */
public final class EventsService {
    private static final CameoCountries COUNTRIES = CameoCountriesReader.bundled();

    private final Workbench workbench;

    public EventsService(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * Imports event dumps, file by file. Every file's layout is detected first: a file that is not an
     * event dump (or not of the family asked for) stops the import before anything is written.
     *
     * @throws org.counterweight.io.InputFormatException naming a file that is not an event dump
     */
    public EventImportResult importEvents(EventImportRequest request) {
        List<EventFile> files = EventFile.resolve(request.files());
        for (EventFile file : files) {
            if (!request.admits(file.format().dataset())) {
                throw new InvalidRequestException("dataset", file.name() + " is " + file.format().dataset()
                        + " data, not " + request.family());
            }
        }
        EventStore store = workbench.events();
        return new EventImportResult(store.root().toString(), store.importFiles(files, COUNTRIES));
    }

    /**
     * Cooperation and conflict between two states, both directions, by day, ISO week, month or year.
     * Without years and without an imported file covering any month there is nothing to tally: no rows
     * (the tables say that no event data is imported).
     */
    public EventDyadResult dyad(EventDyadRequest request) {
        Dyad dyad = dyad(request.caseId(), request.a(), request.b());
        EventStore store = workbench.events();
        List<FileCoverage> files = store.coverage();
        Set<YearMonth> covered = new TreeSet<>();
        files.forEach(f -> covered.addAll(f.coveredMonths()));
        int from;
        int to;
        if (request.years().from() != null && request.years().to() != null) {
            from = request.years().from();
            to = request.years().to();
        } else if (covered.isEmpty()) {
            return new EventDyadResult(dyad.a(), dyad.b(), request.period(), request.counting(), List.of(), files);
        } else {
            from = request.years().from() != null ? request.years().from() : ((TreeSet<YearMonth>) covered).first()
                    .getYear();
            to = request.years().to() != null ? request.years().to() : ((TreeSet<YearMonth>) covered).last().getYear();
            if (to < from) {
                throw new InvalidRequestException("to", "the imported files cover " + from + " onwards, after " + to);
            }
        }
        EventPeriod period = request.period();
        Coverage coverage = period.holdsWholeMonths() ? new Coverage(covered, List.of())
                : new Coverage(covered, store.coveredDays());
        List<EventDyadResult.Row> rows = new ArrayList<>();
        rows.addAll(direction(store, dyad.a(), dyad.b(), dyad.cowA(), dyad.cowB(), period, from, to, coverage));
        rows.addAll(direction(store, dyad.b(), dyad.a(), dyad.cowB(), dyad.cowA(), period, from, to, coverage));
        return new EventDyadResult(dyad.a(), dyad.b(), period, request.counting(), rows, files);
    }

    /**
     * The events behind one period of two states' tallies, both directions, each marked kept or not by
     * the one-a-day filter ({@link OneADay}, the rule both engines tally by).
     */
    public EventListResult list(EventListRequest request) {
        Dyad dyad = dyad(request.caseId(), request.a(), request.b());
        EventStore store = workbench.events();
        List<EventListResult.Listed> listed = new ArrayList<>();
        listed.addAll(listed(store, dyad.a(), dyad.b(), dyad.cowA(), dyad.cowB(), request.span()));
        listed.addAll(listed(store, dyad.b(), dyad.a(), dyad.cowB(), dyad.cowA(), request.span()));
        return new EventListResult(dyad.a(), dyad.b(), request.period(), request.label(), listed);
    }

    private static List<EventListResult.Listed> listed(EventStore store, Actor source, Actor target, int sourceCow,
            int targetCow, EventPeriod.Span span) {
        List<StoredEvent> events = store.dyadEvents(sourceCow, targetCow, span);
        Map<List<Object>, OneADay.Candidate> kept = new HashMap<>();
        for (StoredEvent e : events) {
            kept.merge(OneADay.key(sourceCow, targetCow, e.event().eventCode(), e.event().date()), e.candidate(),
                    OneADay::kept);
        }
        return events.stream().map(e -> new EventListResult.Listed(source.id(), target.id(), e, kept.get(OneADay.key(
                sourceCow, targetCow, e.event().eventCode(), e.event().date())).equals(e.candidate()))).toList();
    }

    /** Two states resolved in the case, with their COW codes. */
    private record Dyad(Actor a, Actor b, int cowA, int cowB) {
    }

    /** Two different states resolved in the case, with their COW codes; the same state twice is refused. */
    private Dyad dyad(org.counterweight.app.CaseId caseId, String a, String b) {
        try (UnitOfWork work = workbench.begin()) {
            Dyad dyad = new Dyad(work.actor(caseId, a, "a"), work.actor(caseId, b, "b"), work.cowCode(caseId, a, "a"),
                    work.cowCode(caseId, b, "b"));
            if (dyad.cowA() == dyad.cowB()) {
                throw new InvalidRequestException("b", "'" + b.strip() + "' is the state given as a (" + dyad.a().id()
                        + ", COW code " + dyad.cowA() + "): a dyad is two different states");
            }
            return dyad;
        }
    }

    /**
     * What the imported files cover: months (for month and year tallies), and, for day and week
     * tallies, the days ({@link org.counterweight.core.events.EventCoverage#coveredDays}).
     */
    private record Coverage(Set<YearMonth> months, List<EventPeriod.Span> days) {
        /** How many of the period's months, or days, are covered. */
        int of(EventPeriod period, EventPeriod.Span span) {
            if (period.holdsWholeMonths()) {
                return (int) months.stream().filter(m -> span.contains(m.atDay(1))).count();
            }
            int count = 0;
            for (LocalDate day = span.first(); !day.isAfter(span.last()); day = day.plusDays(1)) {
                LocalDate d = day;
                count += days.stream().anyMatch(s -> s.contains(d)) ? 1 : 0;
            }
            return count;
        }
    }

    private static List<EventDyadResult.Row> direction(EventStore store, Actor source, Actor target, int sourceCow,
            int targetCow, EventPeriod period, int from, int to, Coverage coverage) {
        Map<String, DyadPeriod> tallies = store.dyadTallies(sourceCow, targetCow, period, from, to);
        List<EventDyadResult.Row> rows = new ArrayList<>();
        boolean byMonth = period.holdsWholeMonths();
        String unit = byMonth ? "months" : "days";
        for (String label : period.labels(from, to)) {
            EventPeriod.Span span = period.span(label);
            int units = byMonth ? (period == EventPeriod.MONTH ? 1 : 12) : span.days();
            int covered = coverage.of(period, span);
            DyadPeriod tally = tallies.get(label);
            if (tally != null) {
                rows.add(new EventDyadResult.Row(source.id(), target.id(), label, covered, units, unit, tally.tally(),
                        tally.oneADay(), "event-based"));
            } else if (covered > 0) {
                rows.add(new EventDyadResult.Row(source.id(), target.id(), label, covered, units, unit,
                        DyadTally.ZERO, DyadTally.ZERO, "event-based"));
            } else {
                rows.add(new EventDyadResult.Row(source.id(), target.id(), label, 0, units, unit, null, null,
                        "not covered: no imported event file covers " + label));
            }
        }
        return rows;
    }
}
