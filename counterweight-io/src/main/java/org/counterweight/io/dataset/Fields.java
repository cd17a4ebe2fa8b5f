package org.counterweight.io.dataset;

import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.counterweight.io.csv.CsvReader;
import org.counterweight.io.csv.CsvRow;

/** Typed cell parsing shared by the dataset readers; every error names the file, line and column. */
final class Fields {
    /** The most recent year any bundled dataset may hold; later years are typing errors. */
    static final int LAST_YEAR = 2030;

    private Fields() {
    }

    /** Reads a comma-separated file whose header must hold {@code columns}. */
    static void rows(Reader input, String fileName, List<String> columns, Consumer<CsvRow> rows) {
        CsvReader.comma(fileName).read(input, columns, rows);
    }

    /** A COW or Gleditsch-Ward state code, 1-999. */
    static int code(CsvRow row, String column) {
        return checkCode(row, column, row.integer(column));
    }

    /** A state code, or null for an empty cell. */
    static Integer optionalCode(CsvRow row, String column) {
        Integer code = row.optionalInteger(column);
        return code == null ? null : checkCode(row, column, code);
    }

    private static int checkCode(CsvRow row, String column, int code) {
        if (code < 1 || code > 999) {
            throw row.error(column, "state code must be 1-999, got " + code);
        }
        return code;
    }

    /** An integer no smaller than {@code min}. */
    static int atLeast(CsvRow row, String column, int min) {
        int value = row.integer(column);
        if (value < min) {
            throw row.error(column, "must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** An integer in {@code [min, max]}. */
    static int between(CsvRow row, String column, int min, int max) {
        int value = row.integer(column);
        if (value < min || value > max) {
            throw row.error(column, "must be " + min + "-" + max + ", got " + value);
        }
        return value;
    }

    /** A number in {@code [min, max]}. */
    static double between(CsvRow row, String column, double min, double max) {
        double value = row.number(column);
        if (!(value >= min && value <= max)) {
            throw row.error(column, "must be in [" + min + ", " + max + "], got " + row.text(column));
        }
        return value;
    }

    /** A non-negative amount, or empty for an empty cell or one of the missing-value codes. */
    static OptionalDouble amount(CsvRow row, String column, String... missingCodes) {
        OptionalDouble value = row.optionalDouble(column, missingCodes);
        if (value.isPresent() && value.getAsDouble() < 0) {
            throw row.error(column, "must not be negative, got " + row.text(column));
        }
        return value;
    }

    /** A number, or null for an empty cell (a value the source does not give; never 0). */
    static Double optionalNumber(CsvRow row, String column) {
        OptionalDouble value = row.optionalDouble(column, "NA");
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** A non-negative amount that must be present. */
    static double requiredAmount(CsvRow row, String column) {
        double value = row.number(column);
        if (value < 0) {
            throw row.error(column, "must not be negative, got " + row.text(column));
        }
        return value;
    }

    /** A 0/1 flag. */
    static boolean flag(CsvRow row, String column) {
        return switch (row.required(column)) {
            case "0" -> false;
            case "1" -> true;
            default -> throw row.error(column, "expected 0 or 1, got '" + row.text(column) + "'");
        };
    }

    /** A 0/1 flag, or null for an empty cell (not coded). */
    static Boolean optionalFlag(CsvRow row, String column) {
        return row.optional(column, "NA") == null ? null : flag(row, column);
    }

    /** An ISO date, YYYY-MM-DD. */
    static LocalDate date(CsvRow row, String column) {
        String text = row.required(column);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error(column, "expected a date YYYY-MM-DD, got '" + text + "'");
        }
    }

    /** A date from year, month and day columns; an impossible day names the day column. */
    static LocalDate date(CsvRow row, String yearColumn, String monthColumn, String dayColumn, int minYear) {
        int year = row.year(yearColumn, minYear, LAST_YEAR);
        int month = between(row, monthColumn, 1, 12);
        int day = between(row, dayColumn, 1, 31);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw row.error(dayColumn, "no such day: " + year + "-" + month + "-" + day);
        }
    }

    /**
     * Builds a record, turning a rule the record enforces across fields (an end before a start, say)
     * into an error on this row.
     */
    static <T> T build(CsvRow row, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw row.error(null, e.getMessage());
        }
    }
}
