package org.counterweight.core.estimation;

/**
 * Snedecor's F distribution with d1 and d2 degrees of freedom (real, > 0).
 *
 * <p>P(F <= f) = I_{d1 f / (d1 f + d2)}(d1/2, d2/2) (Abramowitz & Stegun 1964, Handbook of
 * Mathematical Functions, 26.6.2); the upper tail is computed directly as
 * I_{d2 / (d2 + d1 f)}(d2/2, d1/2) so small p-values keep their relative accuracy.
 */
public final class FDistribution {
    private FDistribution() {
    }

    /** P(F <= f); 0 for f <= 0. */
    public static double cdf(double f, double d1, double d2) {
        check(f, d1, d2);
        if (f <= 0) {
            return 0;
        }
        if (f == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return SpecialFunctions.regularizedIncompleteBeta(d1 / 2, d2 / 2, d1 * f / (d1 * f + d2));
    }

    /** P(F > f), the p-value of an observed F statistic; 1 for f <= 0. */
    public static double survival(double f, double d1, double d2) {
        check(f, d1, d2);
        if (f <= 0) {
            return 1;
        }
        if (f == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return SpecialFunctions.regularizedIncompleteBeta(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
    }

    private static void check(double f, double d1, double d2) {
        if (!(d1 > 0) || !(d2 > 0) || Double.isInfinite(d1) || Double.isInfinite(d2)) {
            throw new IllegalArgumentException("F distribution needs finite degrees of freedom > 0, got d1=" + d1
                    + ", d2=" + d2);
        }
        if (Double.isNaN(f)) {
            throw new IllegalArgumentException("F statistic is NaN");
        }
    }
}
