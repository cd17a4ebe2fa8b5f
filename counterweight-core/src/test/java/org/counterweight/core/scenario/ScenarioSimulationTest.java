package org.counterweight.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.Trajectory;
import org.junit.jupiter.api.Test;

class ScenarioSimulationTest {
    /** Four actors, India and the US partners, Pakistan hostile to India, China partnered with Pakistan. */
    private static final List<String> IDS = List.of("USA", "IND", "PAK", "CHN");
    private static final double[][] ALIGNMENT = {
        {0, 1, -0.35, -0.7}, {1, 0, -0.9, -0.7}, {-0.35, -0.9, 0, 1}, {-0.7, -0.7, 1, 0}};

    private static List<CalibratedActor> actors(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] levels = {880, 83, 9, 300};
        return java.util.stream.IntStream.range(0, 4).mapToObj(i -> {
            double[][] draws = new double[50][];
            for (int d = 0; d < draws.length; d++) {
                draws[d] = new double[] {random.nextDouble(0, 2), random.nextDouble(0, 0.05),
                    random.nextDouble(0.01, 0.2)};
            }
            return new CalibratedActor(IDS.get(i), levels[i], levels[i] * 3, draws);
        }).toList();
    }

    private static ScenarioSpec spec(List<InterventionSpec> interventions) {
        return new ScenarioSpec("test", "Test", "", List.of(), "test", 2023, 30, 0, Set.of(), interventions,
                ScenarioSpec.AlignmentDrift.NONE, 200, 7);
    }

    private static ScenarioSimulation simulation(ScenarioSpec spec, List<CalibratedActor> actors) {
        return new ScenarioSimulation(spec, actors, year -> ALIGNMENT, true);
    }

    @Test
    void recordsEveryActorsSeriesForEveryYear() {
        Trajectory path = simulation(spec(List.of()), actors(1)).run(0, new SplittableRandom(3));
        assertThat(path.length()).isEqualTo(31);
        assertThat(path.names()).contains("PAK.milex", "PAK.threat", "PAK.deficit", "IND.effective");
        for (int t = 0; t < path.length(); t++) {
            assertThat(path.value("PAK.milex", t)).isBetween(0.0, 27.0);
        }
    }

    /**
     * The mechanism's direction, a test of the model's logic on many seeded parameter sets: ending the
     * US-India tie never raises the threat Pakistan faces, run by run (common random numbers), while
     * every actor keeps a spending ceiling and alignments change only by interventions.
     */
    @Test
    void endingTheUsIndiaTieNeverRaisesPakistansThreat() {
        for (long seed = 1; seed <= 10; seed++) {
            List<CalibratedActor> actors = actors(seed);
            ScenarioSpec cut = spec(List.of(new InterventionSpec(2024, "US-India tie ends", InterventionSpec.Kind.SET_TIE,
                    "USA", "IND", new Range(0, 0.5), "test")));
            EnsembleRunner runner = new EnsembleRunner(2);
            Ensemble baseline = runner.run(simulation(cut.baseline(), actors), 50, seed);
            Ensemble scenario = runner.run(simulation(cut, actors), 50, seed);
            for (int run = 0; run < 50; run++) {
                double[] before = baseline.runs().get(run).series("PAK.threat");
                double[] after = scenario.runs().get(run).series("PAK.threat");
                for (int t = 0; t < before.length; t++) {
                    assertThat(after[t]).as("seed %d run %d year %d", seed, run, 2023 + t)
                            .isLessThanOrEqualTo(before[t] * (1 + 1e-9) + 1e-9);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameEnsembleOnOneAndTwoThreads() {
        ScenarioSimulation simulation = simulation(spec(List.of(new InterventionSpec(2030, "sanctions",
                InterventionSpec.Kind.SCALE_CAPACITY, "IND", null, new Range(0.8, 0.95), "test"))), actors(2));
        assertThat(new EnsembleRunner(1).run(simulation, 40, 11)).isEqualTo(new EnsembleRunner(2).run(simulation, 40, 11));
    }

    @Test
    void interventionsMustNameCalibratedActorsAndFallInThePeriod() {
        assertThatThrownBy(() -> simulation(spec(List.of(new InterventionSpec(2024, "x", InterventionSpec.Kind.SET_TIE,
                "USA", "RUS", Range.point(0), "test"))), actors(1))).hasMessageContaining("RUS");
        assertThatThrownBy(() -> spec(List.of(new InterventionSpec(2060, "late", InterventionSpec.Kind.SCALE_LEVEL,
                "USA", null, Range.point(1.1), "test")))).hasMessageContaining("outside 2023-2053");
    }
}
