package org.counterweight.core.ensemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One-at-a-time sensitivity, shown as a tornado chart: each parameter in turn is set to its low and
 * its high value with the others at their base values, and the output is recorded (Howard 1988,
 * "Decision Analysis: Practice and Promise", Management Science 34(6); Saltelli et al. 2008, Global
 * Sensitivity Analysis, which also explains what one-at-a-time analysis misses: interactions and
 * non-monotone effects inside the range). Parameters are ranked by their largest change, the larger of
 * |output(low) - base output| and |output(high) - base output|, not by the swing |output(high) -
 * output(low)|: the swing is 0 when both ends give the same output, however far that lies from the
 * base (a non-monotone effect), and would rank such a parameter last.
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
     * @param baseOutput the output with every parameter at its base value
     * @param outputLow  the output with this parameter at low
     * @param outputHigh the output with this parameter at high
     */
    public record Bar(String name, int index, double low, double high, double baseOutput, double outputLow,
            double outputHigh) {
        /** outputLow - baseOutput. */
        public double changeAtLow() {
            return outputLow - baseOutput;
        }

        /** outputHigh - baseOutput. */
        public double changeAtHigh() {
            return outputHigh - baseOutput;
        }

        /** The larger of |changeAtLow| and |changeAtHigh|; NaN when either output is NaN. */
        public double largestChange() {
            double atLow = Math.abs(changeAtLow());
            double atHigh = Math.abs(changeAtHigh());
            return Double.isNaN(atLow) || Double.isNaN(atHigh) ? Double.NaN : Math.max(atLow, atHigh);
        }
    }

    /**
     * @param baseOutput the output at the base vector
     * @param bars       one per parameter, largest change first (ties in parameter order; NaN last)
     */
    public record Result(double baseOutput, List<Bar> bars) {
        public Result {
            bars = List.copyOf(bars);
        }
    }

    /** What the ranking means, for a table's notes, naming the output ("median", "deficit"). */
    public static String definition(String output) {
        return "largest_change: the larger of |" + output + " at the low end - base| and |" + output + " at the high"
                + " end - base|, the rows ranked by it; a swing |high - low| would be 0 where both ends give the same "
                + output + ", however far from the base.";
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
            bars.add(new Bar(names.get(j), j, low[j], high[j], baseOutput, outLow, outHigh));
        }
        bars.sort(Comparator.comparingDouble((Bar b) -> Double.isNaN(b.largestChange()) ? Double.NEGATIVE_INFINITY
                : b.largestChange()).reversed().thenComparingInt(Bar::index));
        return new Result(baseOutput, bars);
    }
}
