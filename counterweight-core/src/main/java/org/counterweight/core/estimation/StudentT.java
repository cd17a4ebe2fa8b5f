package org.counterweight.core.estimation;

/**
 * Student's t distribution with df degrees of freedom: two-sided tail probabilities, through
 * P(|T| > t) = I_{df / (df + t^2)}(df/2, 1/2) (Abramowitz & Stegun 1964, 26.7.1 with 26.5.27).
 */
public final class StudentT {
    private StudentT() {
    }

    /** P(|T| > |t|); NaN when t is NaN. */
    public static double twoSidedPValue(double t, double df) {
        if (!(df > 0) || Double.isInfinite(df)) {
            throw new IllegalArgumentException("t distribution needs finite df > 0, got " + df);
        }
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return SpecialFunctions.regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t));
    }
}
