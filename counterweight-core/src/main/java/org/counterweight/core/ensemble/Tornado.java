package org.counterweight.core.ensemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One-at-a-time sensitivity, shown as a tornado chart: each parameter in turn is set to its low and
 * its high value with the others at their base values, and the output is recorded; parameters are
 * ranked by swing |output(high) - output(low)| (Howard 1988, "Decision Analysis: Practice and
 * Promise", Management Science 34(6); Saltelli et al. 2008, Global Sensitivity Analysis, which also
 * explains what one-at-a-time analysis misses: interactions and non-monotone effects inside the
 * range).
 *
 * <p>Pure and deterministic when the output function is: evaluations run sequentially in parameter
 * order (base first, then low and high of parameter 0, 1, ...), each on a fresh copy of the vector.
 * For a stochastic model, make the output function deterministic by running its ensemble with a
 * fixed seed (common random numbers across evaluations) and returning, for example, a median. Cost:
 * 2P + 1 evaluations.
 */
public final class Tornado {
    private Tornado() {
    }

    /**
     * One parameter's bar.
     *
     * @param name       parameter name
     * @param index      position in the parameter vector
     * @param low        its low value
     * @param high       its high value
     * @param outputLow  the output with this parameter at low
     * @param outputHigh the output with this parameter at high
     */
    public record Bar(String name, int index, double low, double high, double outputLow, double outputHigh) {
        /** |outputHigh - outputLow|; NaN when either output is NaN. */
        public double swing() {
            return Math.abs(outputHigh - outputLow);
        }
    }

    /**
     * @param baseOutput the output at the base vector
     * @param bars       one per parameter, largest swing first (ties in parameter order; NaN swings last)
     */
    public record Result(double baseOutput, List<Bar> bars) {
        public Result {
            bars = List.copyOf(bars);
        }
    }

    /**
     * @param names  parameter names, one per entry of {@code base}
     * @param base   the base parameter vector
     * @param low    each parameter's low value
     * @param high   each parameter's high value
     * @param output the output of a parameter vector (it gets a copy it may modify)
     * @throws IllegalArgumentException when lengths differ or a value is not finite
     */
    public static Result of(List<String> names, double[] base, double[] low, double[] high,
            ToDoubleFunction<double[]> output) {
        int p = base.length;
        if (names.size() != p || low.length != p || high.length != p) {
            throw new IllegalArgumentException("names, base, low and high must have one entry per parameter: got "
                    + names.size() + ", " + p + ", " + low.length + ", " + high.length);
        }
        for (int j = 0; j < p; j++) {
            if (!Double.isFinite(base[j]) || !Double.isFinite(low[j]) || !Double.isFinite(high[j])) {
                throw new IllegalArgumentException("parameter " + names.get(j) + " has a non-finite value: base "
                        + base[j] + ", low " + low[j] + ", high " + high[j]);
            }
        }
        double baseOutput = output.applyAsDouble(base.clone());
        List<Bar> bars = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            double[] atLow = base.clone();
            atLow[j] = low[j];
            double outLow = output.applyAsDouble(atLow);
            double[] atHigh = base.clone();
            atHigh[j] = high[j];
            double outHigh = output.applyAsDouble(atHigh);
            bars.add(new Bar(names.get(j), j, low[j], high[j], outLow, outHigh));
        }
        bars.sort(Comparator.comparingDouble((Bar b) -> Double.isNaN(b.swing()) ? Double.NEGATIVE_INFINITY
                : b.swing()).reversed().thenComparingInt(Bar::index));
        return new Result(baseOutput, bars);
    }
}
