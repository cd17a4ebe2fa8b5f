package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.Contiguity;
import org.counterweight.core.model.ContiguityType;

/**
 * Reads COW Direct Contiguity v3.2 spells as processed by peacesciencer ({@code cow_contdir.csv}):
 * columns {@code ccode1, ccode2, conttype, stdate, enddate}, conttype 0-5, dates YYYY-MM-DD.
 */
public final class ContiguityReader implements DatasetReader<Contiguity> {
    private static final List<String> COLUMNS = List.of("ccode1", "ccode2", "conttype", "stdate", "enddate");

    @Override
    public void read(Reader input, String fileName, Consumer<? super Contiguity> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new Contiguity(
                Fields.code(row, "ccode1"), Fields.code(row, "ccode2"),
                ContiguityType.ofCode(Fields.between(row, "conttype", 0, 5)),
                Fields.date(row, "stdate"), Fields.date(row, "enddate")))));
    }
}
