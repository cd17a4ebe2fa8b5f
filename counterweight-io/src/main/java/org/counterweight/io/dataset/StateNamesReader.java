package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.StateNamePeriod;
import org.counterweight.io.csv.CsvRow;

/**
 * Reads the curated names of COW state codes ({@code state_names_curated.csv}): columns {@code ccode,
 * id, name, abbreviation, first_year, last_year, gwcode, aliases, successors, source}; empty years mean
 * the code's first or last year, {@code aliases} and {@code successors} are separated by {@code |}.
 */
public final class StateNamesReader implements DatasetReader<StateNamePeriod> {
    private static final List<String> COLUMNS = List.of("ccode", "id", "name", "abbreviation", "first_year",
            "last_year", "gwcode", "aliases", "successors", "source");

    @Override
    public void read(Reader input, String fileName, Consumer<? super StateNamePeriod> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new StateNamePeriod(
                Fields.code(row, "ccode"), row.required("id"), row.required("name"), row.required("abbreviation"),
                year(row, "first_year"), year(row, "last_year"), Fields.optionalCode(row, "gwcode"),
                parts(row, "aliases"), codes(row), row.required("source")))));
    }

    private static Integer year(CsvRow row, String column) {
        return row.optional(column) == null ? null : row.year(column, 1816, Fields.LAST_YEAR);
    }

    private static List<String> parts(CsvRow row, String column) {
        String value = row.optional(column);
        return value == null ? List.of() : List.of(value.split("\\|"));
    }

    private static List<Integer> codes(CsvRow row) {
        List<Integer> codes = new ArrayList<>();
        for (String part : parts(row, "successors")) {
            try {
                codes.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw row.error("successors", "expected COW codes separated by |, got '" + part + "'");
            }
        }
        return codes;
    }
}
