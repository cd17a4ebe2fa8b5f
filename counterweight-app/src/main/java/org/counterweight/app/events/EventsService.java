package org.counterweight.app.events;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.model.Actor;
import org.counterweight.io.events.CameoCountriesReader;
import org.counterweight.io.events.EventFile;
import org.counterweight.store.events.EventStore;
import org.counterweight.store.events.FileCoverage;

/**
 * Event data: imports GDELT and ICEWS dumps into the event store beside the knowledge base, and
 * measures cooperation and conflict between two states over time from their events.
 *
 * <p>The measures are those of {@link DyadTally}: event counts per CAMEO QuadClass (Schrodt, Philip
 * A. 2012. <i>CAMEO Conflict and Mediation Event Observations Event and Actor Codebook</i> 1.1b3:
 * roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material
 * conflict) and the sum and mean of the events' Goldstein values (Goldstein, Joshua S. 1992. "A
 * Conflict-Cooperation Scale for WEIS Events Data." <i>Journal of Conflict Resolution</i> 36(2):
 * 369-385). Every value is event-based; a period no imported file covers is not covered, never 0
 * ({@link org.counterweight.core.events.EventCoverage}).
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
                throw new InvalidRequestException("dataset", file.path() + " is " + file.format().dataset()
                        + " data, not " + request.family());
            }
        }
        EventStore store = workbench.events();
        return new EventImportResult(store.root().toString(), store.importFiles(files, COUNTRIES));
    }

    /** Cooperation and conflict between two states, both directions, by month or year. */
    public EventDyadResult dyad(EventDyadRequest request) {
        Actor a;
        Actor b;
        int cowA;
        int cowB;
        try (UnitOfWork work = workbench.begin()) {
            a = work.actor(request.caseId(), request.a(), "a");
            b = work.actor(request.caseId(), request.b(), "b");
            cowA = work.cowCode(request.caseId(), request.a(), "a");
            cowB = work.cowCode(request.caseId(), request.b(), "b");
        }
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
            throw new InvalidRequestException("from", "no imported event file covers any month: give the years, or"
                    + " import GDELT or ICEWS files first");
        } else {
            from = request.years().from() != null ? request.years().from() : ((TreeSet<YearMonth>) covered).first()
                    .getYear();
            to = request.years().to() != null ? request.years().to() : ((TreeSet<YearMonth>) covered).last().getYear();
            if (to < from) {
                throw new InvalidRequestException("to", "the imported files cover " + from + " onwards, after " + to);
            }
        }
        List<EventDyadResult.Row> rows = new ArrayList<>();
        rows.addAll(direction(store, a, b, cowA, cowB, request.period(), from, to, covered));
        rows.addAll(direction(store, b, a, cowB, cowA, request.period(), from, to, covered));
        return new EventDyadResult(a, b, request.period(), rows, files);
    }

    private static List<EventDyadResult.Row> direction(EventStore store, Actor source, Actor target, int sourceCow,
            int targetCow, EventPeriod period, int from, int to, Set<YearMonth> covered) {
        Map<String, DyadTally> tallies = store.dyadTallies(sourceCow, targetCow, period, from, to);
        List<EventDyadResult.Row> rows = new ArrayList<>();
        for (String label : period.labels(from, to)) {
            int months = period == EventPeriod.MONTH ? 1 : 12;
            int coveredMonths = (int) covered.stream().filter(m -> period.label(m).equals(label)).count();
            DyadTally tally = tallies.get(label);
            if (tally != null) {
                rows.add(new EventDyadResult.Row(source.id(), target.id(), label, coveredMonths, months, tally,
                        "event-based"));
            } else if (coveredMonths > 0) {
                rows.add(new EventDyadResult.Row(source.id(), target.id(), label, coveredMonths, months,
                        DyadTally.ZERO, "event-based"));
            } else {
                rows.add(new EventDyadResult.Row(source.id(), target.id(), label, 0, months, null,
                        "not covered: no imported event file covers " + label));
            }
        }
        return rows;
    }
}
