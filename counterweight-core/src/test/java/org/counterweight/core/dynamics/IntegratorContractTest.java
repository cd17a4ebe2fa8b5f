package org.counterweight.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants every {@link ODEIntegrator} must meet (as Hipparchus's abstract integrator tests). */
abstract class IntegratorContractTest {
    /** An integrator configured for moderate accuracy on problems of unit scale. */
    abstract ODEIntegrator integrator();

    /** The global error it should reach on exp(-t) over [0, 1] and the oscillator over [0, 2 pi]. */
    abstract double accuracy();

    @Test
    void solvesExponentialDecayAndOscillatorToItsAccuracy() {
        Integration decay = integrator().integrate(TestProblems.decay(1), 0, new double[] {1}, 1);
        assertThat(decay.completed()).isTrue();
        assertThat(decay.state()[0]).isCloseTo(Math.exp(-1), within(accuracy()));

        Integration osc = integrator().integrate(TestProblems.oscillator(1), 0, new double[] {1, 0}, 2 * Math.PI);
        assertThat(TestProblems.maxAbsDiff(osc.state(), TestProblems.oscillatorExact(1, 1, 0, 2 * Math.PI)))
                .isLessThan(10 * accuracy());
    }

    @Test
    void landsExactlyOnTheEndTimeAndReportsWork() {
        Integration r = integrator().integrate(TestProblems.decay(1), 0.3, new double[] {2}, 1.7);
        assertThat(r.time()).isEqualTo(1.7);
        assertThat(r.status()).isEqualTo(Integration.Status.COMPLETED);
        assertThat(r.evaluations()).isPositive();
        assertThat(r.steps()).isPositive();
    }

    @Test
    void zeroLengthIntervalReturnsTheInitialState() {
        Integration r = integrator().integrate(TestProblems.oscillator(2), 5, new double[] {1, -1}, 5);
        assertThat(r.state()).containsExactly(1, -1);
        assertThat(r.evaluations()).isZero();
    }

    @Test
    void leavesTheInitialStateUntouched() {
        double[] y0 = {1, 0};
        integrator().integrate(TestProblems.oscillator(1), 0, y0, 3);
        assertThat(y0).containsExactly(1, 0);
    }

    @Test
    void integratesBackward() {
        Integration r = integrator().integrate(TestProblems.decay(1), 1, new double[] {Math.exp(-1)}, 0);
        assertThat(r.time()).isEqualTo(0);
        assertThat(r.state()[0]).isCloseTo(1, within(10 * accuracy()));
    }

    @Test
    void handlerSeesTheStartThenOrderedStepsEndingAtTheEnd() {
        List<Double> times = new ArrayList<>();
        integrator().integrate(TestProblems.decay(1), 0, new double[] {1}, 2, (t, y) -> times.add(t));
        assertThat(times.get(0)).isEqualTo(0);
        assertThat(times).isSorted();
        assertThat(times.get(times.size() - 1)).isEqualTo(2);
    }

    @Test
    void handlerCannotCorruptTheIntegration() {
        Integration clean = integrator().integrate(TestProblems.decay(1), 0, new double[] {1}, 1);
        Integration tampered = integrator().integrate(TestProblems.decay(1), 0, new double[] {1}, 1,
                (t, y) -> y[0] = 1e9);
        assertThat(tampered.state()).containsExactly(clean.state());
    }

    @Test
    void rejectsABadProblemNamingWhatIsWrong() {
        assertThatThrownBy(() -> integrator().integrate(TestProblems.decay(1), 0, new double[] {1, 2}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 1");
        assertThatThrownBy(() -> integrator().integrate(TestProblems.decay(1), 0, new double[] {Double.NaN}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state[0]");
        assertThatThrownBy(() -> integrator().integrate(TestProblems.decay(1), 0, new double[] {1},
                Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t1");
    }

    @Test
    void reportsANonFiniteStateInsteadOfThrowing() {
        OrdinaryDifferentialEquation blowUp = new OrdinaryDifferentialEquation() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {t > 0.5 ? Double.NaN : 1};
            }
        };
        Integration r = integrator().integrate(blowUp, 0, new double[] {0}, 1);
        assertThat(r.completed()).isFalse();
        assertThat(r.time()).isLessThan(1);
        assertThat(r.state()[0]).isFinite();
    }
}
