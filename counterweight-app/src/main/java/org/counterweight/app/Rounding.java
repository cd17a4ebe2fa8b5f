package org.counterweight.app;

/** How shares and percentages are rounded where people read them (tables keep raw values elsewhere). */
public final class Rounding {
    private Rounding() {
    }

    /** Rounds half up to {@code decimals} places. */
    public static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
