package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.AllianceObligation;

/**
 * Reads the ATOP v5.1 directed dyad-year file as shipped by peacesciencer
 * ({@code atop5.1_directed_dyad_year.csv}): columns {@code ccode1, ccode2, year, atop_defense,
 * atop_offense, atop_neutral, atop_nonagg, atop_consul}, obligations coded 0/1.
 */
public final class AtopDyadYearReader implements DatasetReader<AllianceObligation> {
    /** The ATOP release of the bundled file. */
    public static final String VERSION = "5.1";
    private static final List<String> COLUMNS = List.of("ccode1", "ccode2", "year", "atop_defense",
            "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul");

    @Override
    public void read(Reader input, String fileName, Consumer<? super AllianceObligation> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new AllianceObligation(
                VERSION, Fields.code(row, "ccode1"), Fields.code(row, "ccode2"),
                row.year("year", 1815, Fields.LAST_YEAR), Fields.flag(row, "atop_defense"),
                Fields.flag(row, "atop_offense"), Fields.flag(row, "atop_neutral"),
                Fields.flag(row, "atop_nonagg"), Fields.flag(row, "atop_consul")))));
    }
}
