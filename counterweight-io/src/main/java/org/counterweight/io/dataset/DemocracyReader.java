package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.StateDemocracy;

/**
 * Reads peacesciencer's COW state-year democracy scores ({@code ccode_democracy.csv}): columns
 * {@code ccode, year, v2x_polyarchy, polity2, xm_qudsest}; an empty cell is a score the source does not
 * code (Polity's -9 is a real score in this file).
 */
public final class DemocracyReader implements DatasetReader<StateDemocracy> {
    private static final List<String> COLUMNS = List.of("ccode", "year", "v2x_polyarchy", "polity2", "xm_qudsest");

    @Override
    public void read(Reader input, String fileName, Consumer<? super StateDemocracy> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new StateDemocracy(
                Fields.code(row, "ccode"), row.year("year", 1816, Fields.LAST_YEAR),
                Fields.optionalNumber(row, "v2x_polyarchy"), Fields.optionalNumber(row, "polity2"),
                Fields.optionalNumber(row, "xm_qudsest")))));
    }
}
