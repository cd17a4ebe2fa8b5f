package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.dynamics.RichardsonModel;
import org.counterweight.report.Report;
import org.junit.jupiter.api.Test;

class RichardsonServiceTest {
    private static RichardsonResult run(RichardsonModel model, int years) {
        return new RichardsonService().run(new RichardsonRequest(model, 0, 0, years));
    }

    private static Object value(Report.Table summary, String quantity) {
        return summary.rows().stream().filter(r -> r.get(0).equals(quantity)).findFirst().orElseThrow().get(1);
    }

    /**
     * Hand example: a = b = 1, k = l = 0.5, g = h = 1. x* = (b g + k h)/(a b - k l) = 1.5/0.75 = 2 = y*;
     * ab = 1 &gt; kl = 0.25, eigenvalues -1 +- 0.5. By symmetry x(t) = y(t) = 2 (1 - e^{-t/2}).
     */
    @Test
    void richardsonStableHandExample() {
        RichardsonResult result = run(new RichardsonModel(0.5, 0.5, 1, 1, 1, 1), 4);
        Report.Table summary = RichardsonTables.summary(result.model());
        assertThat((double) value(summary, "equilibrium_x")).isCloseTo(2, within(1e-12));
        assertThat((double) value(summary, "equilibrium_y")).isCloseTo(2, within(1e-12));
        assertThat(value(summary, "stability")).isEqualTo("stable");
        assertThat(value(summary, "condition")).isEqualTo("a b = 1 > k l = 0.25");
        assertThat((double) value(summary, "eigenvalue_1")).isCloseTo(-0.5, within(1e-12));
        assertThat((double) value(summary, "eigenvalue_2")).isCloseTo(-1.5, within(1e-12));
        assertThat(result.trajectory()).hasSize(5);
        RichardsonResult.Point last = result.trajectory().get(4);
        assertThat(last.x()).isCloseTo(2 * (1 - Math.exp(-2)), within(1e-12));
        assertThat(last.y()).isCloseTo(2 * (1 - Math.exp(-2)), within(1e-12));
        assertThat(RichardsonTables.trajectory(result).title()).isEqualTo("Trajectory from (x0, y0) = (0, 0)");
    }

    /** k = l = 2 &gt; a = b = 1: ab = 1 &lt; kl = 4, a saddle; x* = (1 + 2)/(1 - 4) = -1. ab = kl: no equilibrium. */
    @Test
    void richardsonUnstableAndMarginal() {
        Report.Table unstable = RichardsonTables.summary(new RichardsonModel(2, 2, 1, 1, 1, 1));
        assertThat(value(unstable, "stability")).isEqualTo("unstable");
        assertThat((double) value(unstable, "equilibrium_x")).isCloseTo(-1, within(1e-12));
        assertThat((double) value(unstable, "eigenvalue_1")).isCloseTo(1, within(1e-12));
        Report.Table marginal = RichardsonTables.summary(new RichardsonModel(1, 1, 1, 1, 1, 1));
        assertThat(value(marginal, "stability")).isEqualTo("marginal");
        assertThat((String) value(marginal, "equilibrium")).startsWith("none");
    }

    @Test
    void trajectoriesOutOfBoundsAreRefusedNamingTheParameter() {
        RichardsonModel model = new RichardsonModel(0.5, 0.5, 1, 1, 1, 1);
        assertThatThrownBy(() -> new RichardsonRequest(model, 0, 0, RichardsonRequest.MAX_YEARS + 1))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("years");
        assertThatThrownBy(() -> new RichardsonRequest(model, Double.NaN, 0, 3))
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("x0");
    }
}
