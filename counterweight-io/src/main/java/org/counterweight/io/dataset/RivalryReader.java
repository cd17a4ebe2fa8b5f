package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.counterweight.core.model.Rivalry;
import org.counterweight.core.model.RivalryType;
import org.counterweight.io.csv.CsvRow;

/**
 * Reads the Thompson-Dreyer strategic rivalries as shipped by peacesciencer ({@code td_rivalries.csv}):
 * columns {@code rivalryno, rivalryname, ccode1, ccode2, styear, endyear, region, type1, type2, type3},
 * types spatial, positional, ideological or interventionary (type2 and type3 may be empty).
 */
public final class RivalryReader implements DatasetReader<Rivalry> {
    private static final List<String> TYPE_COLUMNS = List.of("type1", "type2", "type3");
    private static final List<String> COLUMNS = List.of("rivalryno", "rivalryname", "ccode1", "ccode2", "styear",
            "endyear", "region", "type1", "type2", "type3");

    @Override
    public void read(Reader input, String fileName, Consumer<? super Rivalry> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new Rivalry(
                Fields.atLeast(row, "rivalryno", 1), row.required("rivalryname"), Fields.code(row, "ccode1"),
                Fields.code(row, "ccode2"), row.year("styear", 1494, Fields.LAST_YEAR),
                row.year("endyear", 1494, Fields.LAST_YEAR), row.required("region"), types(row)))));
    }

    private static List<RivalryType> types(CsvRow row) {
        List<RivalryType> types = new ArrayList<>();
        for (String column : TYPE_COLUMNS) {
            String text = row.optional(column, "NA");
            if (text != null) {
                try {
                    types.add(RivalryType.valueOf(text.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw row.error(column, "expected spatial, positional, ideological or interventionary, got '"
                            + text + "'");
                }
            }
        }
        if (types.isEmpty()) {
            throw row.error("type1", "a rivalry needs at least one type");
        }
        return types;
    }
}
