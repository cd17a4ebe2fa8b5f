package org.counterweight.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.counterweight.core.dynamics.RichardsonModel.Stability;
import org.junit.jupiter.api.Test;

class RichardsonModelTest {
    private static final DormandPrince54Integrator PRECISE = new DormandPrince54Integrator(1e-10, 0.5, 1e-12, 1e-12);

    @Test
    void equilibriumMatchesTheClosedFormWorkedByHand() {
        // k = 0.3, l = 0.2, a = 0.5, b = 0.4, g = 1, h = 2: ab - kl = 0.14,
        // x* = (0.4 * 1 + 0.3 * 2) / 0.14 = 50/7, y* = (0.5 * 2 + 0.2 * 1) / 0.14 = 60/7
        RichardsonModel m = new RichardsonModel(0.3, 0.2, 0.5, 0.4, 1, 2);
        RichardsonModel.Equilibrium e = m.equilibrium().orElseThrow();
        assertThat(e.x()).isCloseTo(50.0 / 7, within(1e-12));
        assertThat(e.y()).isCloseTo(60.0 / 7, within(1e-12));
        assertThat(m.computeDerivatives(0, new double[] {e.x(), e.y()})).containsExactly(new double[] {0, 0},
                within(1e-12));
        assertThat(m.stability()).isEqualTo(Stability.STABLE);
    }

    @Test
    void stabilityChangesExactlyAtAbEqualsKl() {
        RichardsonModel below = new RichardsonModel(0.99, 0.99, 1, 1, 1, 1);
        RichardsonModel at = new RichardsonModel(1, 1, 1, 1, 1, 1);
        RichardsonModel above = new RichardsonModel(1.01, 1.01, 1, 1, 1, 1);
        assertThat(below.stability()).isEqualTo(Stability.STABLE);
        assertThat(at.stability()).isEqualTo(Stability.MARGINAL);
        assertThat(at.equilibrium()).isEmpty();
        assertThat(above.stability()).isEqualTo(Stability.UNSTABLE);

        // stable: every start converges (largest eigenvalue -0.01, so wait long)
        RichardsonModel.Equilibrium eq = below.equilibrium().orElseThrow();
        double[] late = below.stateAt(3000, 0, 500);
        assertThat(late[0]).isCloseTo(eq.x(), within(1e-6 * eq.x()));
        // unstable: a start just above the (negative) equilibrium runs away
        RichardsonModel.Equilibrium saddle = above.equilibrium().orElseThrow();
        assertThat(saddle.x()).isNegative();
        double[] run = above.stateAt(200, saddle.x() + 1e-3, saddle.y() + 1e-3);
        assertThat(run[0] - saddle.x()).isGreaterThan(1e-3 * Math.exp(0.01 * 200) / 2);
        // marginal: grows linearly along the zero eigenvector (1, 1)
        double[] drift = at.stateAt(100, 0, 0);
        assertThat(drift[0]).isCloseTo(100, within(1.0));
    }

    @Test
    void eigenvaluesAreRealWithTheMatrixTraceAndDeterminant() {
        RichardsonModel m = new RichardsonModel(0.3, 0.2, 0.5, 0.4, 1, 2);
        double[] ev = m.eigenvalues();
        assertThat(ev[0] + ev[1]).isCloseTo(m.trace(), within(1e-12));
        assertThat(ev[0] * ev[1]).isCloseTo(m.determinant(), within(1e-12));
        assertThat(ev[0]).isGreaterThanOrEqualTo(ev[1]);
    }

    @Test
    void closedFormTrajectoryEqualsNumericalIntegrationInEveryCase() {
        List<RichardsonModel> cases = List.of(
                new RichardsonModel(0.3, 0.2, 0.5, 0.4, 1, 2), // stable, distinct eigenvalues
                new RichardsonModel(0.6, 0.5, 0.2, 0.3, -1, 2), // unstable saddle, goodwill g < 0
                new RichardsonModel(0, 0.2, 0.5, 0.5, 1, 2), // repeated eigenvalue, k = 0 (defective)
                new RichardsonModel(0, 0, 0.3, 0.3, 1, -1), // repeated, diagonal
                new RichardsonModel(0.5, 0.5, 0.5, 0.5, 1, 2), // ab = kl: singular, no equilibrium
                new RichardsonModel(0.4, 0, 0, 0, 1, 2), // a = b = 0, kl = 0: nilpotent
                new RichardsonModel(0.3, 0.2, 0.5, 0.5 + 1e-9, 1, 2)); // nearly repeated
        for (RichardsonModel m : cases) {
            double[] y = {3, 7};
            for (double t = 0; t < 20; t += 2.5) {
                double[] exact = m.stateAt(t + 2.5, 3, 7);
                y = PRECISE.integrate(m, t, y, t + 2.5).state();
                double scale = Math.max(1, Math.max(Math.abs(exact[0]), Math.abs(exact[1])));
                assertThat(TestProblems.maxAbsDiff(y, exact)).as("%s at t = %s", m, t + 2.5).isLessThan(1e-9 * scale);
            }
        }
    }

    @Test
    void closedFormStartsAtTheInitialStateAndRunsBackward() {
        RichardsonModel m = new RichardsonModel(0.3, 0.2, 0.5, 0.4, 1, 2);
        assertThat(m.stateAt(0, 3, 7)).containsExactly(new double[] {3, 7}, within(1e-12));
        double[] forward = m.stateAt(4, 3, 7);
        assertThat(m.stateAt(-4, forward[0], forward[1])).containsExactly(new double[] {3, 7}, within(1e-9));
    }

    @Test
    void validationNamesTheParameter() {
        assertThatThrownBy(() -> new RichardsonModel(-0.1, 0, 1, 1, 0, 0)).hasMessageContaining("reaction k")
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new RichardsonModel(0, 0, 1, Double.NaN, 0, 0)).hasMessageContaining("fatigue b");
        assertThatThrownBy(() -> new RichardsonModel(0, 0, 1, 1, 0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("grievance h");
    }
}
