package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.DisputeDyadYear;

/**
 * Reads peacesciencer's one-dispute-per-directed-dyad-year MID files ({@code gml_mid_ddydisps.csv},
 * {@code cow_mid_ddydisps.csv}): columns {@code dispnum, ccode1, ccode2, year, <p>midonset,
 * <p>midongoing, hostlev1, hostlev2, hostlev, fatality} with {@code <p>} = {@code gml} or {@code cow};
 * {@code <p>midongoing} must be 1 (the files list only dyad-years with a dispute).
 */
public final class DisputeDyadYearReader implements DatasetReader<DisputeDyadYear> {
    private final String prefix;

    /** @param prefix the column prefix of the file's onset and ongoing columns, {@code gml} or {@code cow} */
    public DisputeDyadYearReader(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void read(Reader input, String fileName, Consumer<? super DisputeDyadYear> sink) {
        String onset = prefix + "midonset";
        String ongoing = prefix + "midongoing";
        Fields.rows(input, fileName, List.of("dispnum", "ccode1", "ccode2", "year", onset, ongoing, "hostlev1",
                "hostlev2", "hostlev", "fatality"), row -> {
                    if (!Fields.flag(row, ongoing)) {
                        throw row.error(ongoing, "every row of a dispute dyad-year file is an ongoing dispute (1)");
                    }
                    sink.accept(Fields.build(row, () -> new DisputeDyadYear(row.integer("dispnum"),
                            Fields.code(row, "ccode1"), Fields.code(row, "ccode2"),
                            row.year("year", 1816, Fields.LAST_YEAR), Fields.flag(row, onset), row.integer("hostlev1"),
                            row.integer("hostlev2"), row.integer("hostlev"), row.integer("fatality"))));
                });
    }
}
