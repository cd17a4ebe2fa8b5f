package org.counterweight.io;

import java.util.regex.Pattern;

/**
 * Strict number syntax for every reader: plain decimal notation only. Java's own parsers accept
 * far more than a data file should hold — {@code Double.parseDouble} reads {@code 0x1p3} as 8,
 * {@code 1d} and {@code 1f} as 1, {@code NaN} and {@code Infinity}, and surrounding white space;
 * {@code Integer.parseInt} reads digits of any script ({@code ١٢}) — and each of those slipped
 * through a reader unnoticed. Here a number is {@code [+-]?digits[.digits][e[+-]digits]} in ASCII,
 * at most {@value #MAX_LENGTH} characters, and finite.
 */
public final class Numbers {
    /** Longest number text accepted: far beyond any real value, short enough to parse in no time. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,18}");

    private Numbers() {
    }

    /**
     * A finite number in plain decimal notation.
     *
     * @throws NumberFormatException saying why, for the caller to report with its file, line and field
     */
    public static double decimal(String text) {
        if (text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("expected a decimal number such as 12, -0.5 or 1.5e3, got '"
                    + shortened(text) + "'");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("the number " + text + " is beyond the range of numbers");
        }
        return value;
    }

    /**
     * A whole number of at most 18 digits, in plain decimal notation.
     *
     * @throws NumberFormatException saying why
     */
    public static long integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new NumberFormatException("expected a whole number such as 12 or -3, got '" + shortened(text) + "'");
        }
        return Long.parseLong(text);
    }

    /** A whole number in {@code [min, max]}: a value out of the int range is reported as out of range. */
    public static int integer(String text, int min, int max) {
        long value = integer(text);
        if (value < min || value > max) {
            throw new NumberFormatException("must be " + min + "-" + max + ", got " + text);
        }
        return (int) value;
    }

    /** A decimal number in {@code [min, max]}. */
    public static double decimal(String text, double min, double max) {
        double value = decimal(text);
        if (value < min || value > max) {
            throw new NumberFormatException("must lie in [" + plain(min) + ", " + plain(max) + "], got " + text);
        }
        return value;
    }

    private static String plain(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? String.valueOf((long) bound)
                : String.valueOf(bound);
    }

    /** The text, cut to a length that fits in a message. */
    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
    }
}
