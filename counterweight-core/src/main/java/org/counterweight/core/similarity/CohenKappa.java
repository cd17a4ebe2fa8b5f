package org.counterweight.core.similarity;

/**
 * Cohen's weighted kappa as a chance-corrected measure of foreign-policy similarity.
 *
 * <p>Frank M. H&auml;ge (2011), "Choice or Circumstance? Adjusting Measures of Foreign Policy
 * Similarity for Chance Agreement", <i>Political Analysis</i> 19(3):287-305,
 * doi:10.1093/pan/mpr023; after Jacob Cohen (1960), <i>Educational and Psychological
 * Measurement</i> 20(1):37-46 and (1968), "Weighted Kappa", <i>Psychological Bulletin</i>
 * 70(4):213-220.
 *
 * <p>&kappa; = 1 - &Sigma; w<sub>ij</sub> o<sub>ij</sub> / &Sigma; w<sub>ij</sub> e<sub>ij</sub>,
 * where o are the observed joint proportions of the two states' codes, e<sub>ij</sub> =
 * r<sub>i</sub> c<sub>j</sub> the proportions expected from each state's own marginal
 * distribution, and w the disagreement weights: {@link Distance#ABSOLUTE} (linear) or
 * {@link Distance#SQUARED} (quadratic) distance scaled to [0, 1], or {@link Distance#NOMINAL}
 * (unweighted kappa). The weighted variant takes o and the margins as proportions of the total
 * item weight instead of the item count, weighting items as Signorino &amp; Ritter weight S (we
 * could not check this against H&auml;ge's text; it is how fpsim weights its tables).
 *
 * <p>Departures: none in the formula; the scale (and so the scaling of w) is the declared one, not
 * the observed codes (as fpsim's {@code cohenk(..., levels = 0:3)}). Undefined, {@link Double#NaN},
 * when the expected disagreement is zero (both portfolios constant in the same category).
 * Range: at most 1 (identical portfolios, where defined); 0 is chance agreement; negative values
 * mean less agreement than chance. Lower bound -1 (reached by mirror-image portfolios): proved for
 * nominal and squared weights (for squared ones, observed disagreement is Var x + Var y - 2 Cov +
 * (mean difference)&sup2; and expected Var x + Var y + (mean difference)&sup2;); for absolute weights
 * it held in every seeded search we ran but is not proved here. We could not consult H&auml;ge's
 * text for the bounds it states. Complexity O(n + c&sup2;).
 */
public final class CohenKappa extends ChanceCorrectedMeasure {

    /**
     * @param categories number of codes (4 for alliances)
     * @param distance   disagreement weights
     * @param weighted   whether items are weighted (e.g. by capabilities)
     */
    public CohenKappa(int categories, Distance distance, boolean weighted) {
        super("kappa", categories, distance, weighted);
    }

    @Override
    double expected(double[] margins, int c, int i, int j) {
        return margins[i] * margins[c + j];
    }
}
