package org.counterweight.report.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal text for numbers, shared by the exports. */
final class Numbers {
    private Numbers() {
    }

    /**
     * The shortest plain decimal (no exponent) that parses back to exactly {@code value}, e.g.
     * {@code 0.1}, {@code 3}, {@code -0.000125}, {@code 12300000000000000000000}; null when the value is
     * NaN or infinite (a gap, not a number). Negative zero is written {@code 0}.
     */
    static String shortest(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        if (value == 0.0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return plain(rounded);
            }
        }
        return plain(new BigDecimal(Double.toString(value)));
    }

    /** As {@link #shortest(double)} for a float: the shortest decimal that reads back as the same float. */
    static String shortest(float value) {
        if (!Float.isFinite(value)) {
            return null;
        }
        if (value == 0.0f) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 9; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.floatValue() == value) {
                return plain(rounded);
            }
        }
        return plain(new BigDecimal(Float.toString(value)));
    }

    /**
     * Text for a cell value that is a number, or null for a gap. Integral types as they are,
     * {@link BigDecimal} in plain form, floating point by {@link #shortest(double)}.
     */
    static String format(Number number) {
        if (number instanceof Double d) {
            return shortest(d);
        }
        if (number instanceof Float f) {
            return shortest(f);
        }
        if (number instanceof BigDecimal b) {
            return plain(b);
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof java.math.BigInteger) {
            return number.toString();
        }
        return shortest(number.doubleValue());
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
