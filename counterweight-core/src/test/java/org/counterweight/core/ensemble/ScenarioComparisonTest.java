package org.counterweight.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioComparisonTest {
    private final EnsembleRunner runner = new EnsembleRunner(2);

    @Test
    void identicalSimulationsDifferByExactlyZero() {
        ScenarioComparison.Comparison c = ScenarioComparison.run(EnsembleRunnerTest.WALK, EnsembleRunnerTest.WALK,
                200, 11L, runner);
        for (String name : c.difference().series().keySet()) {
            for (double[] band : c.difference().series(name).quantiles()) {
                assertThat(band).containsOnly(0.0);
            }
            assertThat(c.shareIncrease(name)).containsOnly(0.0);
        }
        for (int r = 0; r < 200; r++) {
            assertThat(c.differences().run(r).series("level")).containsOnly(0.0);
        }
    }

    /**
     * Common random numbers: a scenario that adds 5 to the level of the same random walk differs from
     * the baseline by exactly 5 in every run, although the level itself varies a lot across runs.
     */
    @Test
    void pairedDifferencesRemoveTheRunToRunNoise() {
        Simulation shifted = (run, rng) -> {
            Trajectory base = EnsembleRunnerTest.WALK.run(run, rng);
            double[] level = base.series("level");
            for (int t = 0; t < level.length; t++) {
                level[t] += 5;
            }
            Map<String, double[]> series = new LinkedHashMap<>();
            series.put("level", level);
            series.put("extra", new double[level.length]);
            return new Trajectory(base.time(), series);
        };
        ScenarioComparison.Comparison c = ScenarioComparison.run(EnsembleRunnerTest.WALK, shifted, 300, 4L, runner,
                0.05, 0.5, 0.95);
        assertThat(c.difference().series().keySet()).containsExactly("level");
        QuantileBands.SeriesBands d = c.difference().series("level");
        for (int t = 0; t < 30; t++) {
            assertThat(d.quantile(0, t)).isCloseTo(5, within(1e-9));
            assertThat(d.quantile(2, t)).isCloseTo(5, within(1e-9));
        }
        assertThat(c.shareIncrease("level")).containsOnly(1.0);
        QuantileBands.SeriesBands base = c.baseline().series("level");
        assertThat(base.quantile(2, 29) - base.quantile(0, 29)).isGreaterThan(10);
        assertThat(c.scenario().series("level").quantile(1, 29)).isCloseTo(base.quantile(1, 29) + 5, within(1e-9));
    }

    @Test
    void unpairedEnsemblesAreRefused() {
        Ensemble a = runner.run(EnsembleRunnerTest.WALK, 10, 1L);
        Ensemble b = runner.run(EnsembleRunnerTest.WALK, 10, 2L);
        Ensemble c = runner.run(EnsembleRunnerTest.WALK, 11, 1L);
        assertThatThrownBy(() -> ScenarioComparison.of(a, b)).hasMessageContaining("not paired: baseline seed 1");
        assertThatThrownBy(() -> ScenarioComparison.of(a, c)).hasMessageContaining("10 runs, scenario 11");
    }
}
