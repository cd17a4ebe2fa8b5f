package org.counterweight.core.similarity;

/**
 * Signorino and Ritter's S.
 *
 * <p>Curtis S. Signorino and Jeffrey M. Ritter (1999), "Tau-b or Not Tau-b: Measuring the
 * Similarity of Foreign Policy Positions", <i>International Studies Quarterly</i> 43(1):115-144,
 * doi:10.1111/0020-8833.00113.
 *
 * <p>S = 1 - 2 d / d<sub>max</sub>, where d is the (weighted) sum over items of the distance
 * between the two portfolios' codes and d<sub>max</sub> its largest possible value: n&middot;m for
 * the unweighted absolute S (m = categories - 1, 3 on the 0-3 alliance scale), &Sigma;w&middot;m
 * for the capability-weighted S, with m&sup2; in place of m for squared distances. Equivalently,
 * with distances scaled to [0, 1] (see {@link Distance}), S = 1 - 2 &Sigma;<sub>k</sub>
 * w<sub>k</sub> &delta;(x<sub>k</sub>, y<sub>k</sub>) / &Sigma;<sub>k</sub> w<sub>k</sub>.
 *
 * <p>Variants: {@link #unweighted}, {@link #capabilityWeighted} (the paper's weighted S, weights
 * normally the items' CINC; they need not sum to 1, since d<sub>max</sub> uses their sum) and
 * {@link #squared}; the constructor combines any distance with or without weights. Departures:
 * the paper takes m from the scale (as here), while some software (e.g. the R package fpsim's
 * {@code srs}) takes it from the observed codes by default; here it is always the scale's, so S
 * is comparable across dyads. Squared-distance weighted S, which the paper does not tabulate,
 * follows the same formula.
 *
 * <p>Range [-1, 1]: 1 for identical portfolios, -1 when every (weighted) item is at the largest
 * distance. Always defined. Complexity O(n) from portfolios, O(c&sup2;) from a joint table.
 */
public final class SignorinoRitterS extends DistanceMeasure {

    /**
     * @param categories number of codes (4 for alliances)
     * @param distance   per-item metric; the paper uses {@link Distance#ABSOLUTE}
     * @param weighted   whether items are weighted (by capabilities in the paper)
     */
    public SignorinoRitterS(int categories, Distance distance, boolean weighted) {
        super("s", categories, distance, weighted);
    }

    /** The paper's unweighted S with absolute distances. */
    public static SignorinoRitterS unweighted(int categories) {
        return new SignorinoRitterS(categories, Distance.ABSOLUTE, false);
    }

    /** The paper's capability-weighted S with absolute distances. */
    public static SignorinoRitterS capabilityWeighted(int categories) {
        return new SignorinoRitterS(categories, Distance.ABSOLUTE, true);
    }

    /** Unweighted S with squared distances. */
    public static SignorinoRitterS squared(int categories) {
        return new SignorinoRitterS(categories, Distance.SQUARED, false);
    }

    @Override
    int scratchSize() {
        return 0;
    }

    @Override
    double compute(double[] cells, double total, double[] scratch) {
        double d = 0;
        for (int cell = 0; cell < cells.length; cell++) {
            d += cells[cell] * disagreement[cell];
        }
        return 1 - 2 * d / total;
    }
}
