package org.counterweight.core.similarity;

/** Validation of portfolios and weights; messages name the parameter and the value. */
final class Portfolios {
    private Portfolios() {
    }

    static void checkCategories(int categories) {
        if (categories < 2 || categories > 64) {
            throw new IllegalArgumentException("categories must be between 2 and 64, got " + categories);
        }
    }

    static void checkPair(int[] first, int[] second, int categories) {
        checkCodes(first, "first", categories);
        checkCodes(second, "second", categories);
        if (first.length != second.length) {
            throw new IllegalArgumentException("second must cover the same items as first: first has "
                    + first.length + " items, second " + second.length);
        }
    }

    static void checkCodes(int[] codes, String name, int categories) {
        if (codes == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (codes.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int k = 0; k < codes.length; k++) {
            if (codes[k] < 0 || codes[k] >= categories) {
                throw new IllegalArgumentException(name + "[" + k + "] must be a code in [0, " + categories
                        + "), got " + codes[k]);
            }
        }
    }

    /** Returns the sum of the weights. */
    static double checkWeights(double[] weights, int items) {
        if (weights.length != items) {
            throw new IllegalArgumentException("weights must have one value per item (" + items + "), got "
                    + weights.length);
        }
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            if (!(weights[k] >= 0) || !Double.isFinite(weights[k])) {
                throw new IllegalArgumentException("weights[" + k + "] must be finite and >= 0, got " + weights[k]);
            }
            sum += weights[k];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must have a positive sum");
        }
        return sum;
    }
}
