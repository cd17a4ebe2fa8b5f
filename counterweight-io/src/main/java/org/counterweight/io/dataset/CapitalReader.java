package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.CapitalSpell;

/**
 * Reads capital spells: peacesciencer's {@code cow_capitals.csv} (columns {@code ccode, statenme,
 * capital, stdate, enddate, lat, lng}), whose rows all name that file as their source, or the curated
 * corrections ({@code cow_capitals_corrections.csv}: the same columns plus {@code source} and
 * {@code quote}, each row naming its own source).
 */
public final class CapitalReader implements DatasetReader<CapitalSpell> {
    private static final List<String> COLUMNS = List.of("ccode", "statenme", "capital", "stdate", "enddate", "lat",
            "lng");
    private static final String PEACESCIENCER = "peacesciencer cow_capitals (Miller; OpenStreetMap geocodes)";

    private final boolean curated;

    private CapitalReader(boolean curated) {
        this.curated = curated;
    }

    /** The reader of peacesciencer's file. */
    public static CapitalReader peacesciencer() {
        return new CapitalReader(false);
    }

    /** The reader of the curated corrections, with their sources and quotes. */
    public static CapitalReader corrections() {
        return new CapitalReader(true);
    }

    @Override
    public void read(Reader input, String fileName, Consumer<? super CapitalSpell> sink) {
        List<String> columns = curated ? List.of("ccode", "statenme", "capital", "stdate", "enddate", "lat", "lng",
                "source", "quote") : COLUMNS;
        Fields.rows(input, fileName, columns, row -> sink.accept(Fields.build(row, () -> new CapitalSpell(
                Fields.code(row, "ccode"), row.required("capital"), Fields.date(row, "stdate"),
                Fields.date(row, "enddate"), Fields.between(row, "lat", -90.0, 90.0),
                Fields.between(row, "lng", -180.0, 180.0), curated ? row.required("source") : PEACESCIENCER,
                curated ? row.optional("quote") : null))));
    }
}
