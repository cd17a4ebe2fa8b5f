package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.Rivalry;
import org.counterweight.core.model.RivalryType;
import org.counterweight.io.csv.CsvRow;

/**
 * Reads the strategic rivalries of Thompson, Sakuwa &amp; Suhas (2021), Table 2.1, as shipped by
 * peacesciencer ({@code tss_rivalries.csv}): columns {@code tssr_id, rivalry, ccode1, ccode2, start,
 * end}, and {@code positional, spatial, ideological, interventionary} flags (1, or empty; the book
 * flags none for one rivalry, France-Netherlands 1668-1713). A rivalry still going when the book was
 * written ends in 2020. The book gives no region; its {@code principal} and {@code aprin} flags are
 * not read.
 */
public final class TssRivalryReader implements DatasetReader<Rivalry> {
    /** The type columns, in the order the book lists them. */
    private static final List<RivalryType> TYPES = List.of(RivalryType.POSITIONAL, RivalryType.SPATIAL,
            RivalryType.IDEOLOGICAL, RivalryType.INTERVENTIONARY);
    private static final List<String> COLUMNS = List.of("tssr_id", "rivalry", "ccode1", "ccode2", "start", "end",
            "positional", "spatial", "ideological", "interventionary");

    @Override
    public void read(Reader input, String fileName, Consumer<? super Rivalry> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new Rivalry(
                Fields.atLeast(row, "tssr_id", 1), row.required("rivalry"), Fields.code(row, "ccode1"),
                Fields.code(row, "ccode2"), row.year("start", 1494, Fields.LAST_YEAR),
                row.year("end", 1494, Fields.LAST_YEAR), null, types(row)))));
    }

    private static List<RivalryType> types(CsvRow row) {
        List<RivalryType> types = new ArrayList<>();
        for (RivalryType type : TYPES) {
            String column = type.name().toLowerCase(java.util.Locale.ROOT);
            String flag = row.optional(column, "NA");
            if (flag != null) {
                if (!flag.equals("1")) {
                    throw row.error(column, "expected 1 or empty, got '" + flag + "'");
                }
                types.add(type);
            }
        }
        return types;
    }
}
