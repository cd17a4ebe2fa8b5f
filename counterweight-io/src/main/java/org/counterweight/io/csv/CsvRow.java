package org.counterweight.io.csv;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.Numbers;

/**
 * One row of a delimited file, with typed accessors whose errors name the file, line and column.
 * Empty cells are never read as zero: {@link #optionalDouble} returns empty for them.
 */
public final class CsvRow {
    private final String file;
    private final long line;
    private final Map<String, Integer> index;
    private final List<String> fields;

    CsvRow(String file, long line, Map<String, Integer> index, List<String> fields) {
        this.file = file;
        this.line = line;
        this.index = index;
        this.fields = fields;
    }

    public long line() {
        return line;
    }

    public String file() {
        return file;
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The raw text of a column, stripped; "" when empty. */
    public String text(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw error(column, "no such column");
        }
        return fields.get(i).strip();
    }

    /** The text of a required column. */
    public String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw error(column, "value is required but the cell is empty");
        }
        return value;
    }

    /** The text, or null when the cell is empty or one of the given missing-value codes. */
    public String optional(String column, String... missingCodes) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        for (String code : missingCodes) {
            if (value.equals(code)) {
                return null;
            }
        }
        return value;
    }

    /** A whole number in plain decimal notation ({@link Numbers}). */
    public int integer(String column) {
        return integerValue(column, required(column));
    }

    /** An integer, or null when the cell is empty (or "NA"); a whole number written as a decimal ({@code 5.0}) is read. */
    public Integer optionalInteger(String column) {
        String value = optional(column, "NA");
        if (value == null) {
            return null;
        }
        try {
            return integerValue(column, value);
        } catch (InputFormatException e) {
            double d = parse(column, value);
            if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                return (int) d;
            }
            throw e;
        }
    }

    private int integerValue(String column, String value) {
        try {
            return Numbers.integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            throw error(column, e.getMessage());
        }
    }

    public int year(String column, int min, int max) {
        int year = integer(column);
        if (year < min || year > max) {
            throw error(column, "year " + year + " is out of range " + min + "-" + max);
        }
        return year;
    }

    public double number(String column) {
        return parse(column, required(column));
    }

    /**
     * A number, or empty when the cell is empty or holds one of the missing-value codes
     * (for example COW's {@code -9}, or {@code NA}).
     */
    public OptionalDouble optionalDouble(String column, String... missingCodes) {
        String value = optional(column, missingCodes);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(parse(column, value));
    }

    private double parse(String column, String value) {
        try {
            return Numbers.decimal(value);
        } catch (NumberFormatException e) {
            throw error(column, e.getMessage());
        }
    }

    /** An error about this row and column, for callers' own checks. */
    public InputFormatException error(String column, String problem) {
        return new InputFormatException(file, line, column, problem);
    }
}
