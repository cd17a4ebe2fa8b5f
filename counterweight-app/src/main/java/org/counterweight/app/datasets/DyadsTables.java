package org.counterweight.app.datasets;

import java.util.List;
import org.counterweight.report.Report;
import org.counterweight.store.DyadFrames.ColumnSource;

/** The tables of the {@link DyadsService}'s and {@link StatesService}'s results, and the dictionary written beside a frame. */
public final class DyadsTables {
    private DyadsTables() {
    }

    /** The frame, with a note per column naming its dataset and coverage. */
    public static List<Report.Table> of(FrameRows frame) {
        return of("dyads", frame);
    }

    /** The frame as table {@code id} ({@code dyads}, {@code states}), a note per column naming its dataset. */
    public static List<Report.Table> of(String id, FrameRows frame) {
        Report.Table.Builder table = Report.Table.builder(id, null, frame.columns().toArray(String[]::new));
        frame.rows().forEach(row -> table.row(row.toArray()));
        frame.dictionary().forEach(c -> table.note(c.column() + ": " + c.dataset() + " (" + c.coverage() + ")"));
        return List.of(table.build(null));
    }

    /** Where the frame and its dictionary were written. */
    public static List<Report.Table> of(WrittenFrame written) {
        return List.of(Report.Table.builder("dyads-file", null, "file", "rows", "columns_described_in")
                .row(written.file().toString(), written.rows(), written.dictionary().toString()).build(null));
    }

    /** The column dictionary: each column's dataset, meaning, unit and coverage. */
    public static Report.Table dictionary(List<ColumnSource> columns) {
        Report.Table.Builder table = Report.Table.builder("sources", null, "column", "dataset", "meaning", "unit",
                "coverage");
        columns.forEach(c -> table.row(c.column(), c.dataset(), c.meaning(), c.unit(), c.coverage()));
        return table.build(null);
    }
}
