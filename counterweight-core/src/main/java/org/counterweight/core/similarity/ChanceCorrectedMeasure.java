package org.counterweight.core.similarity;

/**
 * The chance-corrected measures H&auml;ge (2011) recommends: 1 - observed disagreement / expected
 * disagreement, where the two differ only in how chance expects the codes to pair up
 * ({@link #expected}).
 */
abstract sealed class ChanceCorrectedMeasure extends DistanceMeasure permits CohenKappa, ScottPi {

    ChanceCorrectedMeasure(String prefix, int categories, Distance distance, boolean weighted) {
        super(prefix, categories, distance, weighted);
    }

    /**
     * Expected joint proportion (times the total) of row code i and column code j, from the
     * marginal totals: {@code margins[k]} for row code k and {@code margins[c + k]} for column code k.
     */
    abstract double expected(double[] margins, int c, int i, int j);

    @Override
    final double compute(double[] cells, double total, double[] scratch) {
        int c = categories();
        double[] margins = scratch;
        java.util.Arrays.fill(margins, 0, 2 * c, 0);
        double observed = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                double t = cells[i * c + j];
                observed += disagreement[i * c + j] * t;
                margins[i] += t;
                margins[c + j] += t;
            }
        }
        double expected = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                expected += disagreement[i * c + j] * expected(margins, c, i, j);
            }
        }
        return Agreement.chanceCorrected(observed, expected / total, total);
    }
}
