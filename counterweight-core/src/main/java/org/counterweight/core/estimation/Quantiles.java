package org.counterweight.core.estimation;

import java.util.Arrays;

/**
 * Sample quantiles by Hyndman & Fan's definition 7 (Hyndman & Fan 1996, "Sample Quantiles in
 * Statistical Packages", The American Statistician 50(4), 361-365), the default of R's
 * {@code quantile()} and of NumPy: with the n values sorted x_(1) <= ... <= x_(n) and h = (n - 1) p,
 * Q(p) = x_(floor h + 1) + (h - floor h)(x_(floor h + 2) - x_(floor h + 1)). Q(0) is the minimum,
 * Q(1) the maximum.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * Type-7 quantile of already sorted, NaN-free values.
     *
     * @param sorted ascending values, at least one
     * @param p      probability in [0, 1]
     */
    public static double type7Sorted(double[] sorted, double p) {
        return type7Sorted(sorted, sorted.length, p);
    }

    /** Type-7 quantile of the first {@code n} entries of an ascending array. */
    public static double type7Sorted(double[] sorted, int n, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        if (n < 1 || n > sorted.length) {
            throw new IllegalArgumentException("need 1 to " + sorted.length + " values, got n=" + n);
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        double lower = sorted[lo];
        double upper = sorted[lo + 1];
        double frac = h - lo;
        return frac == 0 ? lower : lower + frac * (upper - lower);
    }

    /**
     * Type-7 quantiles of values in any order (copied and sorted; the input is not changed).
     *
     * @throws IllegalArgumentException if a value is NaN or there are none
     */
    public static double[] type7(double[] values, double... probabilities) {
        double[] sorted = values.clone();
        for (int i = 0; i < sorted.length; i++) {
            if (Double.isNaN(sorted[i])) {
                throw new IllegalArgumentException("value " + i + " is NaN; remove missing values first");
            }
        }
        Arrays.sort(sorted);
        double[] q = new double[probabilities.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = type7Sorted(sorted, probabilities[i]);
        }
        return q;
    }
}
