package org.counterweight.app.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterweight.app.Rounding;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventCounting;
import org.counterweight.core.events.EventCoverage;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.io.events.EventDefect;
import org.counterweight.report.Report;
import org.counterweight.store.events.EventStore;
import org.counterweight.store.events.FileCoverage;
import org.counterweight.store.events.FileImport;

/** The tables of the {@link EventsService}'s results. */
public final class EventsTables {
    private EventsTables() {
    }

    /** One row per file: what it was, what was stored, its defects; then the first errata of each. */
    public static List<Report.Table> of(EventImportResult result) {
        Report.Table.Builder files = Report.Table.builder("event-import", "Event store " + result.store(), "file",
                "dataset", "changed", "lines", "events", "mentions", "first_date", "last_date", "covered_months",
                "defects");
        Report.Table.Builder errata = Report.Table.builder("event-errata", "Lines left out (first "
                + EventStore.ERRATA_SHOWN + " per file; all in the store's errata/)",
                "file", "line", "field", "defect", "problem");
        for (FileImport fileImport : result.imports()) {
            FileCoverage c = fileImport.coverage();
            files.row(c.file(), c.dataset(), fileImport.changed(), fileImport.lines(), c.events(),
                    fileImport.mentions(), c.firstDate() == null ? null : c.firstDate().toString(),
                    c.lastDate() == null ? null : c.lastDate().toString(), months(c), defects(fileImport.defects()));
            fileImport.errata().forEach(e -> errata.row(e.file(), e.line(), e.field(), e.defect().description(),
                    e.problem()));
        }
        if (result.imports().stream().anyMatch(i -> !i.changed())) {
            files.note("unchanged: a file with the same SHA-256 was imported before; nothing was written");
        }
        return List.of(files.build(null), errata.build(null));
    }

    /** Cooperation and conflict by direction and period, counted as the request asked, with the coverage behind it. */
    public static List<Report.Table> of(EventDyadResult result) {
        EventCounting counting = result.counting();
        Report.Table.Builder table = Report.Table.builder("event-dyad", "Cooperation and conflict between "
                + result.a().id() + " and " + result.b().id() + " by " + result.period().name().toLowerCase(Locale.ROOT)
                + " (event data, " + (counting == EventCounting.AS_GIVEN ? "events as given" : "one a day") + ")",
                "source", "target", "period", "events", "verbal_cooperation", "material_cooperation", "verbal_conflict",
                "material_conflict", "goldstein_sum", "goldstein_mean", "mentions", "mention_weighted_goldstein_sum",
                "mention_weighted_goldstein_mean", "mention_basis", "counting", "covered", "basis");
        for (EventDyadResult.Row row : result.rows()) {
            DyadTally t = row.tally(counting);
            table.row(row.source(), row.target(), row.period(), t == null ? null : t.events(),
                    t == null ? null : t.verbalCooperation(), t == null ? null : t.materialCooperation(),
                    t == null ? null : t.verbalConflict(), t == null ? null : t.materialConflict(),
                    t == null ? null : Rounding.round(t.goldsteinSum(), 6), t == null ? null : round(t.goldsteinMean()),
                    t == null || !t.mentionsCovered() ? null : t.mentions(),
                    t == null ? null : round(t.mentionWeightedGoldsteinSum()),
                    t == null ? null : round(t.mentionWeightedGoldsteinMean()),
                    t == null ? row.basis() : t.mentionBasis(), counting.label(),
                    row.covered() + " of " + row.units() + " " + row.unit(), row.basis());
        }
        table.note("Event-based: counts per CAMEO QuadClass (Schrodt 2012, CAMEO codebook 1.1b3: roots 01-05 verbal"
                + " cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict) and the"
                + " sum and mean of the events' Goldstein (1992) values (-10 conflict to +10 cooperation), as the"
                + " datasets code them (GDELT GoldsteinScale, ICEWS Intensity).");
        table.note("Mention-weighted: sum of NumMentions x Goldstein, and that over the sum of NumMentions (GDELT's"
                + " count of the event's mentions in the documents of its update, GDELT Event Codebook V2.0); not"
                + " covered where an event has no mention count (ICEWS codes none), never 0.");
        table.note(counting == EventCounting.AS_GIVEN ? "Events counted as the datasets give them; --count one-a-day"
                + " keeps one event per source, target, CAMEO code and day." : "One a day: one event per source state,"
                + " target state, CAMEO code and day (the one-a-day filter of the KEDS and Phoenix pipelines; W. Lowe,"
                + " R package events, one_a_day), the first by file and line; --count as-given counts every event.");
        if (result.period() == EventPeriod.WEEK) {
            table.note("Weeks are ISO 8601 weeks, Monday to Sunday, labelled by their week-based year (2021-01-01 is in"
                    + " 2020-W53); the first and last weeks may reach into the years before and after.");
        }
        table.note(result.period().holdsWholeMonths() ? "A period is covered where an imported file covers one of"
                + " its months (a month holding at least " + Math.round(EventCoverage.MIN_SHARE * 100) + "% of a"
                + " file's events): there a dyad without events has 0; elsewhere it is not covered, never 0. A covered"
                + " month need not be complete: a GDELT daily file reports one day, and the bundled samples hold a few"
                + " hundred events of one or two days." : "A day is covered where it lies between the first and last"
                + " event date of an imported file within the months the file covers: there a dyad without events has"
                + " 0; elsewhere it is not covered, never 0.");
        table.note("Every row's events, with their files, lines and SOURCEURLs: events-dyad --list PERIOD.");
        if (result.files().isEmpty()) {
            table.note("No event file is imported: import GDELT or ICEWS files first.");
        } else if (result.rows().isEmpty()) {
            table.note("No imported event file covers any month, so there are no years to tally: give the years.");
        }
        for (FileCoverage file : result.files()) {
            table.note("Coverage: " + file.file() + " (" + file.dataset() + "): " + file.events() + " events dated "
                    + file.firstDate() + " to " + file.lastDate() + "; covers " + months(file) + ".");
        }
        return List.of(table.build(null));
    }

    /** The events behind one period of a dyad, each with its file, line, SOURCEURL and one-a-day mark. */
    public static List<Report.Table> of(EventListResult result) {
        Report.Table.Builder table = Report.Table.builder("event-list", "Events between " + result.a().id() + " and "
                + result.b().id() + " in " + result.label(), "source", "target", "date", "dataset", "event_id",
                "source_actor", "target_actor", "event_code", "quad_class", "goldstein", "mentions", "one_a_day",
                "source_url", "file", "line");
        for (EventListResult.Listed listed : result.events()) {
            DumpEvent e = listed.event().event();
            table.row(listed.source(), listed.target(), e.date().toString(), e.dataset(), e.eventId(), e.sourceActor(),
                    e.targetActor(), e.eventCode(), e.quadClass().code(), e.goldstein(), e.mentions(),
                    listed.oneADay() ? "kept" : "repeat", e.sourceUrl(), e.file(), e.line());
        }
        long kept = result.events().stream().filter(EventListResult.Listed::oneADay).count();
        table.note(result.events().size() + " events as given, " + kept + " one a day (kept: the first of its source,"
                + " target, CAMEO code and day by file and line; repeat: left out one a day). The as-given tally of "
                + result.label() + " counts every event listed, the one-a-day tally the kept ones.");
        table.note("source_url: GDELT's SOURCEURL (daily 1.0 files from 2013-04-01 and 2.0); GDELT 1.0 back files and"
                + " ICEWS give none: file and line locate the event.");
        return List.of(table.build(null));
    }

    private static Double round(Double value) {
        return value == null ? null : Rounding.round(value, 6);
    }

    /** The months a file covers, as {@code 2016-07 2016-08}, or "no month". */
    public static String months(FileCoverage coverage) {
        return coverage.coveredMonths().isEmpty() ? "no month"
                : coverage.coveredMonths().stream().map(Object::toString).collect(Collectors.joining(" "));
    }

    private static String defects(Map<EventDefect, Long> defects) {
        return defects.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().description() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
