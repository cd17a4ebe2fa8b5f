package org.counterweight.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RungeKutta4IntegratorTest extends IntegratorContractTest {
    @Override
    ODEIntegrator integrator() {
        return new RungeKutta4Integrator(0.01);
    }

    @Override
    double accuracy() {
        return 1e-9;
    }

    @Test
    void errorShrinksAsTheFourthPowerOfTheStepOnDecay() {
        double e1 = decayError(0.1), e2 = decayError(0.05), e3 = decayError(0.025);
        assertThat(TestProblems.observedOrder(e1, e2)).isCloseTo(4, within(0.15));
        assertThat(TestProblems.observedOrder(e2, e3)).isCloseTo(4, within(0.15));
    }

    @Test
    void errorShrinksAsTheFourthPowerOfTheStepOnTheOscillator() {
        double e1 = oscillatorError(0.2), e2 = oscillatorError(0.1), e3 = oscillatorError(0.05);
        assertThat(TestProblems.observedOrder(e1, e2)).isCloseTo(4, within(0.15));
        assertThat(TestProblems.observedOrder(e2, e3)).isCloseTo(4, within(0.15));
    }

    @Test
    void takesEqualStepsNoLongerThanTheStep() {
        Integration r = new RungeKutta4Integrator(0.3).integrate(TestProblems.decay(1), 0, new double[] {1}, 1);
        assertThat(r.steps()).isEqualTo(4);
        assertThat(r.evaluations()).isEqualTo(16);
        Integration exact = new RungeKutta4Integrator(0.25).integrate(TestProblems.decay(1), 0, new double[] {1}, 1);
        assertThat(exact.steps()).isEqualTo(4);
    }

    private static double decayError(double h) {
        return Math.abs(new RungeKutta4Integrator(h).integrate(TestProblems.decay(1), 0, new double[] {1}, 2).state()[0]
                - Math.exp(-2));
    }

    private static double oscillatorError(double h) {
        double t = 10;
        double[] y = new RungeKutta4Integrator(h).integrate(TestProblems.oscillator(1), 0, new double[] {1, 0.5}, t)
                .state();
        return TestProblems.maxAbsDiff(y, TestProblems.oscillatorExact(1, 1, 0.5, t));
    }
}
