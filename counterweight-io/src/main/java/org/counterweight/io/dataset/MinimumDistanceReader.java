package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.MinimumDistanceSpell;

/**
 * Reads the CShapes 2.0 minimum distances between COW states as runs of years
 * ({@code cow_mindist_spells.csv}, a lossless re-encoding of peacesciencer's {@code cow_mindist}):
 * columns {@code ccode1, ccode2, first_year, last_year, mindist} (km, ccode1 &lt; ccode2).
 */
public final class MinimumDistanceReader implements DatasetReader<MinimumDistanceSpell> {
    private static final List<String> COLUMNS = List.of("ccode1", "ccode2", "first_year", "last_year", "mindist");

    @Override
    public void read(Reader input, String fileName, Consumer<? super MinimumDistanceSpell> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new MinimumDistanceSpell(
                Fields.code(row, "ccode1"), Fields.code(row, "ccode2"), row.year("first_year", 1816, Fields.LAST_YEAR),
                row.year("last_year", 1816, Fields.LAST_YEAR), Fields.requiredAmount(row, "mindist")))));
    }
}
