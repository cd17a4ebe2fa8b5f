package org.counterweight.core.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario against its baseline by common random numbers: both ensembles run with the same seed,
 * so run i of each received the same generator, and the paired differences scenario_i - baseline_i
 * isolate the scenario's effect from the run-to-run noise (Law 2015, Simulation Modeling and
 * Analysis, 5th ed., section 11.2 on common random numbers). Bands of the differences are computed
 * as by {@link QuantileBands}; a difference is NaN where either run is NaN, and is excluded.
 *
 * <p>The pairing is only as good as the simulation's discipline: the scenario must draw the same
 * random quantities in the same order as the baseline (see {@link Simulation}).
 */
public final class ScenarioComparison {
    private ScenarioComparison() {
    }

    /**
     * @param baseline      the baseline's bands
     * @param scenario      the scenario's bands
     * @param difference    the bands of the paired differences, for the series both record
     * @param shareIncrease per series and time, the share of runs (among non-NaN differences) in which the
     *                      scenario is above the baseline
     * @param differences   the paired differences themselves, run by run
     */
    public record Comparison(QuantileBands.Bands baseline, QuantileBands.Bands scenario,
            QuantileBands.Bands difference, Map<String, double[]> shareIncrease, Ensemble differences) {
        public Comparison {
            Map<String, double[]> copy = new LinkedHashMap<>();
            shareIncrease.forEach((k, v) -> copy.put(k, v.clone()));
            shareIncrease = Collections.unmodifiableMap(copy);
        }

        /** The share of runs in which the scenario's series is above the baseline's, at each time. */
        public double[] shareIncrease(String name) {
            double[] share = shareIncrease.get(name);
            if (share == null) {
                throw new IllegalArgumentException("no difference for series " + name + "; compared are "
                        + shareIncrease.keySet());
            }
            return share.clone();
        }
    }

    /** Runs both ensembles with the same seed and runner, then compares them. */
    public static Comparison run(Simulation baseline, Simulation scenario, int runs, long seed, EnsembleRunner runner,
            double... probabilities) {
        return of(runner.run(baseline, runs, seed), runner.run(scenario, runs, seed), probabilities);
    }

    /**
     * Compares two ensembles already run.
     *
     * @param probabilities the quantile probabilities; none means {@link QuantileBands#DEFAULT_PROBABILITIES}
     * @throws IllegalArgumentException when the ensembles are not paired (different seeds, run counts
     *                                  or time axes) or share no series
     */
    public static Comparison of(Ensemble baseline, Ensemble scenario, double... probabilities) {
        if (baseline.seed() != scenario.seed()) {
            throw new IllegalArgumentException("not paired: baseline seed " + baseline.seed() + " but scenario seed "
                    + scenario.seed() + "; run both with the same seed");
        }
        if (baseline.size() != scenario.size()) {
            throw new IllegalArgumentException("not paired: baseline has " + baseline.size() + " runs, scenario "
                    + scenario.size());
        }
        if (!Arrays.equals(baseline.time(), scenario.time())) {
            throw new IllegalArgumentException("baseline and scenario have different time axes");
        }
        List<String> common = new ArrayList<>(baseline.names());
        common.retainAll(scenario.names());
        if (common.isEmpty()) {
            throw new IllegalArgumentException("baseline records " + baseline.names() + " and scenario records "
                    + scenario.names() + ": nothing to compare");
        }
        double[] time = baseline.time();
        List<Trajectory> differences = new ArrayList<>(baseline.size());
        Map<String, double[]> share = new LinkedHashMap<>();
        Map<String, int[]> above = new LinkedHashMap<>();
        Map<String, int[]> counted = new LinkedHashMap<>();
        for (String name : common) {
            above.put(name, new int[time.length]);
            counted.put(name, new int[time.length]);
        }
        for (int r = 0; r < baseline.size(); r++) {
            Map<String, double[]> series = new LinkedHashMap<>();
            for (String name : common) {
                double[] b = baseline.run(r).values(name);
                double[] s = scenario.run(r).values(name);
                double[] d = new double[time.length];
                for (int t = 0; t < time.length; t++) {
                    d[t] = s[t] - b[t];
                    if (!Double.isNaN(d[t])) {
                        counted.get(name)[t]++;
                        if (d[t] > 0) {
                            above.get(name)[t]++;
                        }
                    }
                }
                series.put(name, d);
            }
            differences.add(new Trajectory(time, series));
        }
        for (String name : common) {
            double[] s = new double[time.length];
            for (int t = 0; t < time.length; t++) {
                int n = counted.get(name)[t];
                s[t] = n == 0 ? Double.NaN : (double) above.get(name)[t] / n;
            }
            share.put(name, s);
        }
        Ensemble paired = new Ensemble(baseline.seed(), differences);
        if (probabilities.length == 0) {
            return new Comparison(QuantileBands.of(baseline), QuantileBands.of(scenario), QuantileBands.of(paired),
                    share, paired);
        }
        return new Comparison(QuantileBands.of(baseline, probabilities), QuantileBands.of(scenario, probabilities),
                QuantileBands.of(paired, probabilities), share, paired);
    }
}
