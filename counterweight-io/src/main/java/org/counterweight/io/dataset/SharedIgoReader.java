package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.SharedIgos;

/**
 * Reads peacesciencer's shared full IGO memberships per non-directed dyad-year ({@code cow_igo_ndy.csv},
 * COW IGO v3.0): columns {@code ccode1, ccode2, year, dyadigos}.
 */
public final class SharedIgoReader implements DatasetReader<SharedIgos> {
    private static final List<String> COLUMNS = List.of("ccode1", "ccode2", "year", "dyadigos");

    @Override
    public void read(Reader input, String fileName, Consumer<? super SharedIgos> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new SharedIgos(
                Fields.code(row, "ccode1"), Fields.code(row, "ccode2"), row.year("year", 1816, Fields.LAST_YEAR),
                Fields.atLeast(row, "dyadigos", 0)))));
    }
}
