package org.counterweight.core.similarity;

/** The chance correction shared by kappa and pi. */
final class Agreement {
    private Agreement() {
    }

    /**
     * 1 - observed / expected disagreement (both in units of the table total), or NaN when the
     * expected disagreement is (numerically) zero.
     */
    static double chanceCorrected(double observed, double expected, double total) {
        if (expected <= 1e-12 * total) {
            return Double.NaN;
        }
        return Math.min(1, 1 - observed / expected);
    }
}
