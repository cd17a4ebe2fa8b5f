package org.counterweight.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class EnsembleRunnerTest {
    /** A 30-year random walk and its running maximum, with a run-dependent amount of work. */
    static final Simulation WALK = (int run, RandomGenerator rng) -> {
        double[] level = new double[30];
        double[] peak = new double[30];
        level[0] = 100;
        peak[0] = 100;
        for (int t = 1; t < 30; t++) {
            level[t] = level[t - 1] * (1 + 0.02 * rng.nextGaussian());
            peak[t] = Math.max(peak[t - 1], level[t]);
        }
        // Uneven cost, so that completion order differs from index order under threads.
        for (int i = 0; i < (run % 7) * 2000; i++) {
            rng.nextDouble();
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("level", level);
        series.put("peak", peak);
        return Trajectory.yearly(2025, series);
    };

    @Test
    void theSameSeedGivesIdenticalEnsemblesWhateverTheThreadCount() {
        Ensemble one = new EnsembleRunner(1).run(WALK, 400, 1L);
        Ensemble two = new EnsembleRunner(2).run(WALK, 400, 1L);
        Ensemble four = new EnsembleRunner(4).run(WALK, 400, 1L);
        assertThat(two.runs()).isEqualTo(one.runs());
        assertThat(four.runs()).isEqualTo(one.runs());
        assertThat(QuantileBands.of(four).series("level").quantiles())
                .isDeepEqualTo(QuantileBands.of(one).series("level").quantiles());
        // Run i is reproducible on its own from (seed, i).
        assertThat(WALK.run(123, Seeds.generator(1L, 123))).isEqualTo(one.run(123));
        assertThat(one.time()).startsWith(2025.0).endsWith(2054.0);
        // More threads than runs is fine too.
        assertThat(new EnsembleRunner(8).run(WALK, 3, 1L).runs()).isEqualTo(one.runs().subList(0, 3));
    }

    @Test
    void differentSeedsAndDifferentRunsDiffer() {
        Ensemble a = new EnsembleRunner(2).run(WALK, 50, 1L);
        Ensemble b = new EnsembleRunner(2).run(WALK, 50, 2L);
        for (int i = 0; i < 50; i++) {
            assertThat(a.run(i)).isNotEqualTo(b.run(i));
        }
        assertThat(a.run(0)).isNotEqualTo(a.run(1));
        assertThat(Seeds.runSeed(1, 0)).isNotEqualTo(Seeds.runSeed(0, 1)).isNotEqualTo(Seeds.runSeed(2, 0));
    }

    @Test
    void progressCountsEveryRunExactlyOnceOnTheCallingThread() {
        List<Integer> seen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Thread caller = Thread.currentThread();
        new EnsembleRunner(3).run(WALK, 257, 9L, (completed, total) -> {
            assertThat(total).isEqualTo(257);
            seen.add(completed);
            threads.add(Thread.currentThread());
        });
        assertThat(seen).hasSize(257);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1);
        }
        assertThat(threads).containsOnly(caller);
    }

    @Test
    void aFailingRunIsNamedAndThePoolDoesNotLeak() {
        Simulation failing = (run, rng) -> {
            if (run == 17) {
                throw new IllegalStateException("budget went negative");
            }
            return WALK.run(run, rng);
        };
        assertThatThrownBy(() -> new EnsembleRunner(2).run(failing, 40, 3L)).isInstanceOf(EnsembleException.class)
                .hasMessageContaining("run 17 of 40").hasMessageContaining("budget went negative")
                .satisfies(e -> assertThat(((EnsembleException) e).runIndex()).isEqualTo(17));
        assertThatThrownBy(() -> new EnsembleRunner(2).run((run, rng) -> null, 3, 3L))
                .hasMessageContaining("returned no trajectory");
        assertThatThrownBy(() -> new EnsembleRunner(0)).hasMessageContaining("threads must be >= 1");
        assertThatThrownBy(() -> new EnsembleRunner(1).run(WALK, 0, 1L)).hasMessageContaining("runs must be >= 1");
        // Pools are shut down: no ensemble thread survives its call for long.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (liveEnsembleThreads() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(liveEnsembleThreads()).isZero();
    }

    private static long liveEnsembleThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("counterweight-ensemble-") && t.isAlive()).count();
    }

    @Test
    void runsMustShareTheirTimeAxisAndSeries() {
        Simulation ragged = (run, rng) -> Trajectory.yearly(2000 + run, Map.of("x", new double[] {1, 2}));
        assertThatThrownBy(() -> new EnsembleRunner(1).run(ragged, 2, 1L))
                .hasMessageContaining("run 1 has a different time axis");
        assertThatThrownBy(() -> new Trajectory(new double[] {1, 2}, Map.of("x", new double[] {1})))
                .hasMessageContaining("series x has 1 values for 2 time points");
    }
}
