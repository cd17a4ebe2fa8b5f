package org.counterweight.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForwardEulerIntegratorTest extends IntegratorContractTest {
    @Override
    ODEIntegrator integrator() {
        return new ForwardEulerIntegrator(1e-4);
    }

    @Override
    double accuracy() {
        return 1e-3;
    }

    @Test
    void errorShrinksLinearlyWithTheStep() {
        double e1 = error(0.01), e2 = error(0.005), e3 = error(0.0025);
        assertThat(TestProblems.observedOrder(e1, e2)).isCloseTo(1, within(0.05));
        assertThat(TestProblems.observedOrder(e2, e3)).isCloseTo(1, within(0.05));
    }

    @Test
    void aUnitStepIsExactlyTheDifferenceEquation() {
        RichardsonModel m = new RichardsonModel(0.2, 0.3, 0.1, 0.15, 1, 2);
        double[] z = {10, 20};
        for (int year = 0; year < 5; year++) {
            double[] f = m.computeDerivatives(year, z);
            z = new double[] {z[0] + f[0], z[1] + f[1]};
        }
        assertThat(new ForwardEulerIntegrator(1).integrate(m, 0, new double[] {10, 20}, 5).state()).containsExactly(z);
    }

    private static double error(double h) {
        return Math.abs(new ForwardEulerIntegrator(h).integrate(TestProblems.decay(1), 0, new double[] {1}, 1).state()[0]
                - Math.exp(-1));
    }
}
