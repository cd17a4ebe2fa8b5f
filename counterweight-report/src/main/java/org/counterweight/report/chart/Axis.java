package org.counterweight.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A linear axis with "nice" ticks: steps of 1, 2 or 5 times a power of ten (Heckbert, "Nice numbers for
 * graph labels", Graphics Gems, 1990, with the 1-2-5 series only), a domain widened to whole steps, and
 * tick labels formatted compactly with {@link Locale#ROOT}.
 */
final class Axis {
    final double lo;
    final double hi;
    final double step;
    final double[] ticks;

    private Axis(double lo, double hi, double step) {
        this.lo = lo;
        this.hi = hi;
        this.step = step;
        int n = (int) Math.round((hi - lo) / step);
        ticks = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            ticks[i] = clean(lo + i * step);
        }
    }

    /**
     * An axis covering [min, max] with about {@code target} intervals. Equal or degenerate bounds are
     * widened; callers pass finite values.
     */
    static Axis nice(double min, double max, int target) {
        return nice(min, max, target, 0);
    }

    /** As {@link #nice(double, double, int)} with a smallest step, e.g. 1 for an axis of whole years. */
    static Axis nice(double min, double max, int target, double minStep) {
        if (min > max) {
            double t = min;
            min = max;
            max = t;
        }
        if (max - min < 1e-12 * Math.max(1, Math.abs(max))) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double step = Math.max(minStep, niceStep((max - min) / Math.max(1, target)));
        double lo = Math.floor(min / step + 1e-9) * step;
        double hi = Math.ceil(max / step - 1e-9) * step;
        return new Axis(clean(lo), clean(hi), step);
    }

    /** The 1, 2 or 5 times 10^k nearest to {@code raw} (Heckbert's rounding thresholds 1.5, 3 and 7). */
    static double niceStep(double raw) {
        double exp = Math.floor(Math.log10(raw));
        double base = Math.pow(10, exp);
        double f = raw / base;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return clean(nice * base);
    }

    /** Maps a value to a pixel between p0 (at lo) and p1 (at hi). */
    double px(double v, double p0, double p1) {
        return p0 + (v - lo) / (hi - lo) * (p1 - p0);
    }

    String label(double v) {
        return tick(v, step, Math.max(Math.abs(lo), Math.abs(hi)));
    }

    /**
     * A tick label: as many decimals as the step needs and no grouping separators (years stay "2000");
     * on an axis reaching ten thousand or more, k/M/B suffixes chosen by that largest magnitude, the same
     * for every tick of the axis (5000 -> "5k", 2500000 -> "2.5M").
     *
     * @param v         the tick value
     * @param step      the axis step
     * @param magnitude the largest absolute value on the axis
     */
    static String tick(double v, double step, double magnitude) {
        String suffix = "";
        double scale = 1;
        if (magnitude >= 1e9) {
            scale = 1e9;
            suffix = "B";
        } else if (magnitude >= 1e6) {
            scale = 1e6;
            suffix = "M";
        } else if (magnitude >= 1e4) {
            scale = 1e3;
            suffix = "k";
        }
        double s = step / scale;
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(s) - 1e-9));
        if (Math.abs(s * Math.pow(10, decimals) - Math.round(s * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        double x = v / scale;
        if (Math.abs(x) < s * 1e-9) {
            x = 0;
        }
        if (x == 0 && !suffix.isEmpty()) {
            return "0";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", x) + suffix;
    }

    /** A value label: three significant digits, no trailing zeros, no exponent (0.0512, 12.3, 1250). */
    static String value(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString();
    }

    private static double clean(double v) {
        if (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-6) {
            return Math.abs(v) < 1e-15 ? 0 : v;
        }
        double r = Math.round(v * 1e9) / 1e9;
        return r == 0 ? 0 : r;
    }
}
