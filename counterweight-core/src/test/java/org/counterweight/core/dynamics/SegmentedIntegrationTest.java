package org.counterweight.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentedIntegrationTest {
    private static final DormandPrince54Integrator DP = new DormandPrince54Integrator(1e-10, 1, 1e-12, 1e-12);

    @Test
    void integratesUpToAnInterventionAppliesItAndContinues() {
        RichardsonModel m = new RichardsonModel(0.3, 0.2, 0.5, 0.4, 1, 2);
        // at t = 5, y is halved (a budget shock); the record at 5 shows the state after it
        Intervention<RichardsonModel> shock = Intervention.ofState(5, "shock", y -> new double[] {y[0], y[1] / 2});
        List<double[]> records = new ArrayList<>();
        SegmentedIntegration.Outcome<RichardsonModel> out = SegmentedIntegration.run(DP,
                new ModelState<>(m, new double[] {3, 7}), 0, 10, List.of(shock), new double[] {0, 2.5, 5, 7.5, 10},
                (t, eq, y) -> records.add(new double[] {t, y[0], y[1]}));

        assertThat(out.completed()).isTrue();
        assertThat(out.applied()).containsExactly("shock");
        assertThat(records).hasSize(5);
        double[] before = m.stateAt(5, 3, 7);
        assertThat(records.get(2)[2]).isCloseTo(before[1] / 2, within(1e-9));
        double[] after = m.stateAt(5, before[0], before[1] / 2);
        assertThat(out.end().state()).containsExactly(after, within(1e-9));
        assertThat(records.get(1)[1]).isCloseTo(m.stateAt(2.5, 3, 7)[0], within(1e-9));
    }

    @Test
    void anInterventionMayChangeTheEquationsAndInterventionsAtOneDateApplyInListOrder() {
        RichardsonModel m = new RichardsonModel(0.3, 0.2, 0.5, 0.4, 1, 2);
        RichardsonModel calmer = new RichardsonModel(0.1, 0.2, 0.5, 0.4, 1, 2);
        List<Intervention<RichardsonModel>> list = List.of(
                Intervention.ofState(3, "set x", y -> new double[] {10, y[1]}),
                Intervention.ofState(3, "double x", y -> new double[] {2 * y[0], y[1]}),
                Intervention.ofEquations(1, "treaty", eq -> calmer));
        List<RichardsonModel> seen = new ArrayList<>();
        SegmentedIntegration.Outcome<RichardsonModel> out = SegmentedIntegration.run(DP,
                new ModelState<>(m, new double[] {3, 7}), 0, 3, list, new double[] {0.5, 3},
                (t, eq, y) -> seen.add(eq));
        assertThat(out.applied()).containsExactly("treaty", "set x", "double x");
        assertThat(out.end().state()[0]).isEqualTo(20);
        assertThat(out.end().equations()).isEqualTo(calmer);
        assertThat(seen).containsExactly(m, calmer);
    }

    @Test
    void recordsTheSecurityDilemmaQuantitiesThroughAnAgreementEnded() {
        // the caller's recipe: build the model for n actors, chain segments, record E, T, D
        SecurityDilemmaModel model = SecurityDilemmaModel.builder().actor("USA", 0.02, 0.05, 30, 2000)
                .actor("IND", 0.08, 0.1, 2, 300).actor("PAK", 0.15, 0.2, 0.5, 40).actor("CHN", 0.05, 0.05, 10, 1500)
                .build();
        double[][] w = new double[4][4];
        w[0][1] = w[1][0] = 0.6; // USA-IND
        w[1][2] = w[2][1] = -0.9; // IND-PAK
        w[1][3] = w[3][1] = -0.5; // IND-CHN
        w[2][3] = w[3][2] = 0.8; // PAK-CHN
        w[0][3] = w[3][0] = -0.6; // USA-CHN
        double[] y0 = model.state(new double[] {700, 60, 10, 250}, w);
        Intervention<SecurityDilemmaModel> ended = new Intervention<>(10, "USA-IND ties cut",
                s -> new ModelState<>(s.equations(), s.equations().withTie(s.state(), "USA", "IND", 0)));
        double[] years = {0, 5, 10, 15, 20};
        List<double[]> threatToPakistan = new ArrayList<>();
        SegmentedIntegration.run(DP, new ModelState<>(model, y0), 0, 20, List.of(ended), years,
                (t, eq, y) -> threatToPakistan.add(new double[] {t, eq.threat(y)[eq.indexOf("PAK")],
                        eq.securityDeficit(y)[eq.indexOf("PAK")], eq.effectiveCapability(y)[eq.indexOf("IND")]}));
        assertThat(threatToPakistan).hasSize(5);
        // the cut shows at once in India's effective capability and Pakistan's threat
        double[] at10 = threatToPakistan.get(2);
        double[] uncut = DP.integrate(model, 0, y0, 10).state();
        assertThat(at10[3]).isCloseTo(model.effectiveCapability(uncut)[1] - 0.6 * uncut[0], within(1e-6));
        assertThat(at10[1]).isLessThan(model.threat(uncut)[2]);
    }

    @Test
    void aFailedSegmentStopsTheRunWithItsStatus() {
        DormandPrince54Integrator tiny = new DormandPrince54Integrator(1e-8, 1, 1e-10, 1e-10, 40);
        SegmentedIntegration.Outcome<OrdinaryDifferentialEquation> out = SegmentedIntegration.run(tiny,
                new ModelState<>(TestProblems.oscillator(1), new double[] {1, 0}), 0, 100, List.of(), new double[] {},
                (t, eq, y) -> { });
        assertThat(out.completed()).isFalse();
        assertThat(out.status()).isEqualTo(Integration.Status.MAX_EVALUATIONS_REACHED);
        assertThat(out.time()).isLessThan(100);
    }

    @Test
    void rejectsDatesOutsideTheRunAndUnsortedOutputs() {
        ModelState<OrdinaryDifferentialEquation> start = new ModelState<>(TestProblems.decay(1), new double[] {1});
        Intervention<OrdinaryDifferentialEquation> late = Intervention.ofState(11, "late", y -> y);
        assertThatThrownBy(() -> SegmentedIntegration.run(DP, start, 0, 10, List.of(late), new double[] {},
                (t, eq, y) -> { })).hasMessageContaining("'late' at 11.0 is outside");
        assertThatThrownBy(() -> SegmentedIntegration.run(DP, start, 0, 10, List.of(), new double[] {2, 1},
                (t, eq, y) -> { })).hasMessageContaining("ascending");
        assertThatThrownBy(() -> SegmentedIntegration.run(DP, start, 0, 10, List.of(), new double[] {-1},
                (t, eq, y) -> { })).hasMessageContaining("outputTimes[0]");
    }
}
