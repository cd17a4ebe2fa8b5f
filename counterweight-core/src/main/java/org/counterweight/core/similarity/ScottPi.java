package org.counterweight.core.similarity;

/**
 * Scott's pi with disagreement weights as a chance-corrected measure of foreign-policy similarity.
 *
 * <p>Frank M. H&auml;ge (2011), "Choice or Circumstance? Adjusting Measures of Foreign Policy
 * Similarity for Chance Agreement", <i>Political Analysis</i> 19(3):287-305,
 * doi:10.1093/pan/mpr023; after William A. Scott (1955), "Reliability of Content Analysis: The
 * Case of Nominal Scale Coding", <i>Public Opinion Quarterly</i> 19(3):321-325.
 *
 * <p>&pi; = 1 - &Sigma; w<sub>ij</sub> o<sub>ij</sub> / &Sigma; w<sub>ij</sub> e<sub>ij</sub> as
 * for {@link CohenKappa}, except that the expected proportions come from the pooled marginal
 * distribution of both portfolios, p<sub>i</sub> = (r<sub>i</sub> + c<sub>i</sub>)/2 and
 * e<sub>ij</sub> = p<sub>i</sub> p<sub>j</sub>: chance agreement does not reward two states for
 * having different propensities. With {@link Distance#NOMINAL} this is Scott's original
 * (po - pe)/(1 - pe). Weighted variant as for {@link CohenKappa} (proportions of total item weight; not checked against H&auml;ge's text).
 *
 * <p>Undefined, {@link Double#NaN}, when the expected disagreement is zero (both portfolios
 * constant in the same category). Range: at most 1 (identical portfolios, where defined), 0 at
 * chance, -1 for mirror-image portfolios; the lower bound -1 is proved for nominal and squared
 * weights (as for {@link CohenKappa}) and held in every seeded search for absolute weights. We
 * could not consult H&auml;ge's text for the bounds it states. Complexity O(n + c&sup2;).
 */
public final class ScottPi extends ChanceCorrectedMeasure {

    /**
     * @param categories number of codes (4 for alliances)
     * @param distance   disagreement weights
     * @param weighted   whether items are weighted (e.g. by capabilities)
     */
    public ScottPi(int categories, Distance distance, boolean weighted) {
        super("pi", categories, distance, weighted);
    }

    @Override
    double expected(double[] margins, int c, int i, int j) {
        return (margins[i] + margins[c + i]) / 2 * ((margins[j] + margins[c + j]) / 2);
    }
}
