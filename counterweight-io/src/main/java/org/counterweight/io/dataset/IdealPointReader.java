package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.IdealPoint;
import org.counterweight.io.csv.CsvRow;

/**
 * Reads Voeten's year-based UN General Assembly ideal points, July 2025 release
 * ({@code unga_ideal_points_voeten_2025-07.csv}): columns {@code ccode, year, idealpointfp,
 * idealpointall, idealpointlegacy, nvotesfp, q5fp, q95fp, nvotesall, q5all, q95all, nvotesLegacy} among
 * others. Empty cells (for instance {@code idealpointall} in 2024) stay empty.
 */
public final class IdealPointReader implements DatasetReader<IdealPoint> {
    private static final List<String> COLUMNS = List.of("ccode", "year", "idealpointfp", "idealpointall",
            "idealpointlegacy", "nvotesfp", "nvotesall", "nvotesLegacy", "q5fp", "q95fp", "q5all", "q95all");

    @Override
    public void read(Reader input, String fileName, Consumer<? super IdealPoint> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new IdealPoint(
                Fields.code(row, "ccode"), row.year("year", 1946, Fields.LAST_YEAR),
                row.optionalDouble("idealpointfp", "NA"), row.optionalDouble("idealpointall", "NA"),
                row.optionalDouble("idealpointlegacy", "NA"), count(row, "nvotesfp"), count(row, "nvotesall"),
                count(row, "nvotesLegacy"), row.optionalDouble("q5fp", "NA"), row.optionalDouble("q95fp", "NA"),
                row.optionalDouble("q5all", "NA"), row.optionalDouble("q95all", "NA")))));
    }

    private static Integer count(CsvRow row, String column) {
        Integer n = row.optionalInteger(column);
        if (n != null && n < 0) {
            throw row.error(column, "a vote count must not be negative, got " + n);
        }
        return n;
    }
}
