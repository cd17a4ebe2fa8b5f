package org.counterweight.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.Trajectory;
import org.counterweight.core.expenditure.ExpenditureHistory;
import org.counterweight.core.expenditure.GrowthReaction;
import org.counterweight.core.expenditure.Model;
import org.counterweight.core.expenditure.RandomWalkWithDrift;
import org.counterweight.core.network.ObligationScope;
import org.junit.jupiter.api.Test;

class ScenarioSimulationTest {
    /** Four actors, India and the US partners, Pakistan hostile to India, China partnered with Pakistan. */
    private static final List<String> IDS = List.of("USA", "IND", "PAK", "CHN");
    private static final double[][] ALIGNMENT = {
        {0, 1, -0.35, -0.7}, {1, 0, -0.9, -0.7}, {-0.35, -0.9, 0, 1}, {-0.7, -0.7, 1, 0}};
    private static final double[] LEVELS = {880, 83, 9, 300};
    private static final int START = 2023;

    /**
     * A 2019-2023 history: the 2023 level, 3% a year growth before it, threat growing 2% a year to
     * Pakistan's 2023 threat on {@link #ALIGNMENT}: 0.9 (83 + 880) + 0.35 (880 + 83) = 1203.75.
     */
    private static ExpenditureHistory history(int i) {
        double[] level = new double[5];
        double[] threat = new double[5];
        double[] nan = new double[5];
        for (int t = 0; t < 5; t++) {
            level[t] = LEVELS[i] * Math.exp(0.03 * (t - 4));
            threat[t] = 1203.75 * Math.exp(0.02 * (t - 4));
            nan[t] = Double.NaN;
        }
        return new ExpenditureHistory(IDS.get(i), 2019, level, threat, nan, nan);
    }

    private static Model drift(double mu) {
        return new RandomWalkWithDrift().model(List.of("const"), new double[] {mu});
    }

    /** Drift actors, each with 50 draws of μ in [0, 0.06]. */
    private static List<SimulatedActor> driftActors(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SimulatedActor> actors = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            List<Model> draws = new ArrayList<>();
            for (int d = 0; d < 50; d++) {
                draws.add(drift(random.nextDouble(0, 0.06)));
            }
            actors.add(new SimulatedActor(IDS.get(i), history(i), drift(0.03), draws, 0, false, IDS.get(i)
                    + ": drift, no evidence of reaction"));
        }
        return actors;
    }

    private static ScenarioSpec spec(List<InterventionSpec> interventions) {
        return new ScenarioSpec("test", "Test", "", List.of(), List.of(), "test", START, 30, 0, Set.of(),
                interventions, ScenarioSpec.AlignmentDrift.NONE, ObligationScope.ALL, 200, 7);
    }

    private static InterventionSpec tie(InterventionSpec.Kind kind, String a, String b, double low, double high) {
        return new InterventionSpec(2025, a + "-" + b, kind, a, b, new Range(low, high), null, Location.IN_CODE);
    }

    private static ScenarioSimulation simulation(ScenarioSpec spec, List<SimulatedActor> actors) {
        return new ScenarioSimulation(spec, actors, year -> copy(ALIGNMENT), true);
    }

    private static double[][] copy(double[][] w) {
        double[][] c = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            c[i] = w[i].clone();
        }
        return c;
    }

    @Test
    void recordsEveryActorsSeriesForEveryYearAllPositive() {
        Trajectory path = simulation(spec(List.of()), driftActors(1)).run(0, new SplittableRandom(3));
        assertThat(path.length()).isEqualTo(31);
        assertThat(path.names()).contains("PAK.milex", "PAK.threat", "PAK.deficit", "IND.effective");
        for (int t = 0; t < path.length(); t++) {
            assertThat(path.value("PAK.milex", t)).isPositive();
        }
    }

    /**
     * Independently computed: the random walk with drift at μ iterated t years is x_0 e^(μ t) (Hyndman
     * &amp; Athanasopoulos 2021, 5.2, in logs); Pakistan at μ = 0.03 from 9 reaches 9 e^0.9 = 22.1364 in
     * 30 years, and its threat is India's effective capability (83 + 880) e^0.9 times 0.9 plus the US's
     * (880 + 83) e^0.9 times 0.35 (India and the US are partners at w = 1, each other's partner counts).
     */
    @Test
    void theDriftIsItsClosedForm() {
        List<SimulatedActor> actors = driftActors(1);
        Model[] models = actors.stream().map(SimulatedActor::point).toArray(Model[]::new);
        Trajectory path = simulation(spec(List.of()), actors).runWith(models, new double[0]);
        assertThat(path.value("PAK.milex", 30)).isCloseTo(9 * Math.exp(0.9), within(1e-9));
        assertThat(path.value("PAK.milex", 30)).isCloseTo(22.1364, within(1e-4));
        double effectiveUsIndia = (880 + 83) * Math.exp(0.9);
        assertThat(path.value("PAK.threat", 30)).isCloseTo(0.9 * effectiveUsIndia + 0.35 * effectiveUsIndia,
                within(1e-6));
    }

    /**
     * Growth reaction, one step, by hand: Δln x_2024 = c + k (ln T_2023 - ln T_2022) + ρ (ln x_2023 -
     * ln x_2022) with the history's threat growth 0.02 and own growth 0.03: c = 0.01, k = 0.5, ρ = 0.2
     * give 0.01 + 0.01 + 0.006 = 0.026.
     */
    @Test
    void theGrowthReactionStepsFromItsHistory() {
        List<SimulatedActor> actors = new ArrayList<>(driftActors(1));
        Model reaction = new GrowthReaction().model(List.of("const", GrowthReaction.THREAT_GROWTH_LAG,
                GrowthReaction.GROWTH_LAG), new double[] {0.01, 0.5, 0.2});
        actors.set(2, new SimulatedActor("PAK", history(2), reaction, List.of(reaction), 0, true, "PAK: test"));
        Model[] models = actors.stream().map(SimulatedActor::point).toArray(Model[]::new);
        Trajectory path = simulation(spec(List.of()), actors).runWith(models, new double[0]);
        assertThat(path.value("PAK.milex", 1)).isCloseTo(9 * Math.exp(0.026), within(1e-9));
    }

    /**
     * The mechanism's direction: ending the US-India tie never raises the threat Pakistan faces, run by
     * run (common random numbers).
     */
    @Test
    void endingTheUsIndiaTieNeverRaisesPakistansThreat() {
        for (long seed = 1; seed <= 5; seed++) {
            List<SimulatedActor> actors = driftActors(seed);
            Ensemble base = new EnsembleRunner(1).run(simulation(spec(List.of()), actors), 50, seed);
            Ensemble cut = new EnsembleRunner(1).run(simulation(spec(List.of(tie(InterventionSpec.Kind.SET_TIE,
                    "USA", "IND", 0, 0))), actors), 50, seed);
            for (int r = 0; r < 50; r++) {
                double[] before = base.run(r).series("PAK.threat");
                double[] after = cut.run(r).series("PAK.threat");
                for (int t = 0; t < before.length; t++) {
                    assertThat(after[t]).isLessThanOrEqualTo(before[t] + 1e-9);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameEnsembleOnOneAndTwoThreads() {
        ScenarioSimulation simulation = simulation(spec(List.of(tie(InterventionSpec.Kind.SHIFT_TIE, "USA", "IND",
                -0.5, -0.2))), driftActors(2));
        assertThat(new EnsembleRunner(2).run(simulation, 40, 11)).isEqualTo(new EnsembleRunner(1).run(simulation, 40,
                11));
    }

    @Test
    void interventionsAreCheckedAgainstTheStateTheyActOn() {
        List<String> ids = IDS;
        assertThat(ScenarioSimulation.problem(spec(List.of(tie(InterventionSpec.Kind.SET_TIE, "USA", "AFG", 0, 0))),
                ids, year -> copy(ALIGNMENT))).get().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("actors");
                    assertThat(p.message()).contains("AFG", "not in the system");
                });
        double[][] noUsPakistanTie = copy(ALIGNMENT);
        noUsPakistanTie[0][2] = 0;
        noUsPakistanTie[2][0] = 0;
        assertThat(ScenarioSimulation.problem(spec(List.of(tie(InterventionSpec.Kind.SET_TIE, "USA", "PAK", 0, 0.1))),
                ids, year -> copy(noUsPakistanTie))).get().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("kind");
                    assertThat(p.message()).contains("does not exist", "create-tie");
                });
        assertThat(ScenarioSimulation.problem(spec(List.of(tie(InterventionSpec.Kind.CREATE_TIE, "USA", "PAK", 0.1,
                0.3))), ids, year -> copy(noUsPakistanTie))).isEmpty();
        assertThat(ScenarioSimulation.problem(spec(List.of(tie(InterventionSpec.Kind.CREATE_TIE, "USA", "IND", 0.1,
                0.3))), ids, year -> copy(ALIGNMENT))).get().satisfies(p -> assertThat(p.message()).contains("exists"));
        // a tie created earlier may be changed later
        InterventionSpec create = tie(InterventionSpec.Kind.CREATE_TIE, "USA", "PAK", 0.1, 0.3);
        InterventionSpec later = new InterventionSpec(2030, "later", InterventionSpec.Kind.SHIFT_TIE, "USA", "PAK",
                Range.point(0.1), null, Location.IN_CODE);
        assertThat(ScenarioSimulation.problem(spec(List.of(create, later)), ids, year -> copy(noUsPakistanTie)))
                .isEmpty();
        assertThatThrownBy(() -> simulation(spec(List.of(tie(InterventionSpec.Kind.SET_TIE, "USA", "AFG", 0, 0))),
                driftActors(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AFG");
        assertThatThrownBy(() -> new InterventionSpec(2025, "x", InterventionSpec.Kind.CREATE_TIE, "USA", "PAK",
                new Range(-0.1, 0.1), null, Location.IN_CODE)).hasMessageContaining("non-zero");
    }

    /** A created tie counts from the year it acts on: a US partner's capability adds to Pakistan's from 2025. */
    @Test
    void aCreatedTieCountsFromItsYear() {
        double[][] noUsPakistanTie = copy(ALIGNMENT);
        noUsPakistanTie[0][2] = 0;
        noUsPakistanTie[2][0] = 0;
        List<SimulatedActor> actors = driftActors(1);
        Model[] models = actors.stream().map(SimulatedActor::point).toArray(Model[]::new);
        ScenarioSpec spec = spec(List.of(tie(InterventionSpec.Kind.CREATE_TIE, "USA", "PAK", 0.5, 0.5)));
        Trajectory path = new ScenarioSimulation(spec, actors, year -> copy(noUsPakistanTie), false).runWith(models,
                new double[] {0.5});
        double usa2025 = 880 * Math.exp(0.06);
        double pak2025 = 9 * Math.exp(0.06);
        double chn2025 = 300 * Math.exp(0.06);
        assertThat(path.value("PAK.effective", 1)).isCloseTo(9 * Math.exp(0.03) + 300 * Math.exp(0.03), within(1e-9));
        assertThat(path.value("PAK.effective", 2)).isCloseTo(pak2025 + chn2025 + 0.5 * usa2025, within(1e-9));
    }
}
