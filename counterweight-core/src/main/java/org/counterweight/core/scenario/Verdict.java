package org.counterweight.core.scenario;

import java.util.Arrays;
import java.util.Locale;
import org.counterweight.core.estimation.Quantiles;

/**
 * A claim's verdict from an ensemble: whether the central 90% of the paired (common random numbers)
 * scenario-minus-baseline differences of the claim's measure at the horizon lies on the claimed side
 * of zero.
 *
 * <ul>
 *   <li><b>supported</b>: the claim expects an increase and the 5th percentile of the differences is
 *       &gt; 0, or a decrease and the 95th percentile is &lt; 0;</li>
 *   <li><b>contradicted</b>: the whole band lies strictly on the other side (95th &lt; 0 for an
 *       expected increase, 5th &gt; 0 for an expected decrease);</li>
 *   <li><b>indeterminate</b> otherwise: the band contains 0 (including a scenario that changes
 *       nothing in that measure);</li>
 *   <li><b>not computed</b>: no run reached the horizon (every difference missing), so there is no band
 *       to judge the claim by.</li>
 * </ul>
 * A paired difference is used because scenario and baseline share every parameter draw run by run, so
 * the band measures the intervention's effect under the model's parameter uncertainty, not the spread
 * of the levels themselves.
 *
 * @param test          the claim and its expected direction
 * @param p05           the 5th percentile of the horizon differences (type 7)
 * @param median        their median
 * @param p95           their 95th percentile
 * @param shareExpected the share of runs whose difference has the expected sign (strictly)
 * @param outcome       the verdict
 */
public record Verdict(ClaimTest test, double p05, double median, double p95, double shareExpected, Outcome outcome) {
    /** The four outcomes. */
    public enum Outcome {
        SUPPORTED, CONTRADICTED, INDETERMINATE, NOT_COMPUTED;

        /** "supported", "contradicted", "indeterminate", "not-computed". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The verdict of a test from the paired differences (scenario minus baseline) of its series at
     * the horizon, one per run; NaN differences (runs that did not reach the horizon) are left out.
     */
    public static Verdict of(ClaimTest test, double[] differences) {
        double[] sorted = Arrays.stream(differences).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (sorted.length == 0) {
            return new Verdict(test, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Outcome.NOT_COMPUTED);
        }
        double p05 = Quantiles.type7Sorted(sorted, 0.05);
        double median = Quantiles.type7Sorted(sorted, 0.5);
        double p95 = Quantiles.type7Sorted(sorted, 0.95);
        boolean increase = test.expect() == ClaimTest.Direction.INCREASE;
        long expected = Arrays.stream(sorted).filter(d -> increase ? d > 0 : d < 0).count();
        Outcome outcome;
        if (increase ? p05 > 0 : p95 < 0) {
            outcome = Outcome.SUPPORTED;
        } else if (increase ? p95 < 0 : p05 > 0) {
            outcome = Outcome.CONTRADICTED;
        } else {
            outcome = Outcome.INDETERMINATE;
        }
        return new Verdict(test, p05, median, p95, (double) expected / sorted.length, outcome);
    }
}
