package org.counterweight.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DormandPrince54IntegratorTest extends IntegratorContractTest {
    @Override
    ODEIntegrator integrator() {
        return new DormandPrince54Integrator(1e-8, 1, 1e-10, 1e-10);
    }

    @Override
    double accuracy() {
        return 1e-8;
    }

    @Test
    void meetsItsToleranceAndWorkGrowsAsTheToleranceTightens() {
        int previousEvaluations = 0;
        for (double tol : new double[] {1e-4, 1e-6, 1e-8, 1e-10}) {
            DormandPrince54Integrator dp = new DormandPrince54Integrator(1e-10, 10, tol, tol);
            Integration decay = dp.integrate(TestProblems.decay(1), 0, new double[] {1}, 5);
            assertThat(Math.abs(decay.state()[0] - Math.exp(-5))).as("decay at tol %s", tol).isLessThan(tol);
            Integration osc = dp.integrate(TestProblems.oscillator(1), 0, new double[] {1, 0}, 2 * Math.PI);
            // local control: the global error over a period stays within a small multiple of tol
            assertThat(TestProblems.maxAbsDiff(osc.state(), TestProblems.oscillatorExact(1, 1, 0, 2 * Math.PI)))
                    .as("oscillator at tol %s", tol).isLessThan(10 * tol);
            assertThat(osc.evaluations()).isGreaterThan(previousEvaluations);
            previousEvaluations = osc.evaluations();
        }
    }

    @Test
    void withTheStepPinnedItIsAFifthOrderMethod() {
        // minStep = maxStep and a loose tolerance make every step h: the advancing weights are order 5
        double e1 = pinnedError(0.2), e2 = pinnedError(0.1), e3 = pinnedError(0.05);
        assertThat(TestProblems.observedOrder(e1, e2)).isCloseTo(5, within(0.2));
        assertThat(TestProblems.observedOrder(e2, e3)).isCloseTo(5, within(0.2));
    }

    @Test
    void adaptsTheStepToTheSolution() {
        // fast decay then nothing happening: far fewer steps than a fixed step resolving the transient
        DormandPrince54Integrator dp = new DormandPrince54Integrator(1e-12, 100, 1e-9, 1e-9);
        Integration r = dp.integrate(TestProblems.decay(50), 0, new double[] {1}, 100);
        assertThat(r.state()[0]).isCloseTo(0, within(1e-9));
        assertThat(r.steps()).isLessThan(2000);
    }

    @Test
    void reportsStepSizeUnderflowAndExhaustedBudgetAsStatuses() {
        DormandPrince54Integrator coarse = new DormandPrince54Integrator(0.5, 1, 1e-12, 1e-12);
        assertThat(coarse.integrate(TestProblems.oscillator(10), 0, new double[] {1, 0}, 10).status())
                .isEqualTo(Integration.Status.STEP_SIZE_UNDERFLOW);
        DormandPrince54Integrator poor = new DormandPrince54Integrator(1e-12, 1, 1e-12, 1e-12, 50);
        assertThat(poor.integrate(TestProblems.oscillator(1), 0, new double[] {1, 0}, 100).status())
                .isEqualTo(Integration.Status.MAX_EVALUATIONS_REACHED);
    }

    @Test
    void validatesItsSettingsByName() {
        assertThatThrownBy(() -> new DormandPrince54Integrator(0, 1, 1e-6, 1e-6)).hasMessageContaining("minStep");
        assertThatThrownBy(() -> new DormandPrince54Integrator(1, 0.5, 1e-6, 1e-6)).hasMessageContaining("maxStep");
        assertThatThrownBy(() -> new DormandPrince54Integrator(1e-6, 1, 0, 0)).hasMessageContaining("both be 0");
        assertThatThrownBy(() -> new DormandPrince54Integrator(1e-6, 1, -1, 1e-6))
                .hasMessageContaining("absoluteTolerance");
    }

    private static double pinnedError(double h) {
        DormandPrince54Integrator dp = new DormandPrince54Integrator(h, h, 1e3, 1e3);
        double[] y = dp.integrate(TestProblems.oscillator(1), 0, new double[] {1, 0.5}, 8).state();
        return TestProblems.maxAbsDiff(y, TestProblems.oscillatorExact(1, 1, 0.5, 8));
    }
}
