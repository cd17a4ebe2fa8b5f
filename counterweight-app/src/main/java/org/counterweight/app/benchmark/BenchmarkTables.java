package org.counterweight.app.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.report.Report;

/** A benchmark's table: one row per piece of work, seconds to the millisecond. */
public final class BenchmarkTables {
    private BenchmarkTables() {
    }

    public static List<Report.Table> of(BenchmarkResult result) {
        List<String> columns = new ArrayList<>(List.of(result.workColumn(), result.countColumn(), "median_s", "min_s",
                "max_s"));
        if (result.rateColumn() != null) {
            columns.add(result.rateColumn());
        }
        Report.Table.Builder table = Report.Table.builder("benchmark", result.title(), columns.toArray(String[]::new));
        for (BenchmarkResult.Timing t : result.timings()) {
            List<Object> row = new ArrayList<>(List.of(t.work(), t.count(), millis(t.median()), millis(t.min()),
                    millis(t.max())));
            if (result.rateColumn() != null) {
                row.add(Math.round(t.count() / t.median()));
            }
            table.row(row.toArray());
        }
        result.notes().forEach(table::note);
        return List.of(table.build(null));
    }

    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
