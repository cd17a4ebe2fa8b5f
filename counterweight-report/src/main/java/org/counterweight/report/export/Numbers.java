package org.counterweight.report.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal text for numbers, shared by the exports. */
final class Numbers {
    /**
     * How far, in units in the last place, a shorter decimal may lie from a double and still be written
     * for it: the binary rounding of a few additions ({@code 0.1 + 0.2 = 0.30000000000000004}, a bloc's
     * CINC summed from published nine-decimal figures) stays within this.
     */
    static final int NOISE_ULPS = 2;
    /** Decimal digits a double holds for certain (15); shorter decimals may stand for the noise above. */
    private static final int CERTAIN_DIGITS = 15;

    private Numbers() {
    }

    /**
     * The shortest plain decimal (no exponent) that parses back to exactly {@code value}, e.g.
     * {@code 0.1}, {@code 3}, {@code -0.000125}, {@code 12300000000000000000000}, or, shorter still, a
     * decimal of at most 15 significant digits within {@link #NOISE_ULPS} units in the last place of it:
     * a sum of published figures is written as the figure the arithmetic stands for ({@code 0.2531594},
     * not {@code 0.25315940000000003}; {@code 0.3} for {@code 0.1 + 0.2}), while a genuine 16- or
     * 17-digit value such as {@code 1 / 3} keeps its digits. Null when the value is NaN or infinite (a
     * gap, not a number). Negative zero is written {@code 0}.
     */
    static String shortest(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        if (value == 0.0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal noise = new BigDecimal(NOISE_ULPS * Math.ulp(value));
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value
                    || precision <= CERTAIN_DIGITS && rounded.subtract(exact).abs().compareTo(noise) <= 0) {
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
