package org.counterweight.app.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterweight.app.Rounding;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventCoverage;
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

    /** Cooperation and conflict by direction and period, with the coverage behind it. */
    public static List<Report.Table> of(EventDyadResult result) {
        Report.Table.Builder table = Report.Table.builder("event-dyad", "Cooperation and conflict between "
                + result.a().id() + " and " + result.b().id() + " by " + result.period().name().toLowerCase(Locale.ROOT)
                + " (event data)", "source", "target", "period", "events", "verbal_cooperation", "material_cooperation",
                "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "covered_months", "basis");
        for (EventDyadResult.Row row : result.rows()) {
            DyadTally t = row.tally();
            table.row(row.source(), row.target(), row.period(), t == null ? null : t.events(),
                    t == null ? null : t.verbalCooperation(), t == null ? null : t.materialCooperation(),
                    t == null ? null : t.verbalConflict(), t == null ? null : t.materialConflict(),
                    t == null ? null : Rounding.round(t.goldsteinSum(), 6),
                    t == null || t.goldsteinMean() == null ? null : Rounding.round(t.goldsteinMean(), 6),
                    row.coveredMonths() + " of " + row.months(), row.basis());
        }
        table.note("Event-based: counts per CAMEO QuadClass (Schrodt 2012, CAMEO codebook 1.1b3: roots 01-05 verbal"
                + " cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict) and the"
                + " sum and mean of the events' Goldstein (1992) values (-10 conflict to +10 cooperation), as the"
                + " datasets code them (GDELT GoldsteinScale, ICEWS Intensity); events counted as given, no one-a-day"
                + " de-duplication.");
        table.note("A period is covered where an imported file covers one of its months (a month holding at least "
                + Math.round(EventCoverage.MIN_SHARE * 100) + "% of a file's events): there a dyad without events has 0;"
                + " elsewhere it is not covered, never 0. A covered month need not be complete: a GDELT daily file"
                + " reports one day, and the bundled samples hold a few hundred events of one or two days.");
        if (result.files().isEmpty()) {
            table.note("No event file is imported: import GDELT or ICEWS files first.");
        }
        for (FileCoverage file : result.files()) {
            table.note("Coverage: " + file.file() + " (" + file.dataset() + "): " + file.events() + " events dated "
                    + file.firstDate() + " to " + file.lastDate() + "; covers " + months(file) + ".");
        }
        return List.of(table.build(null));
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
