package org.counterweight.app.analysis;

import java.util.List;
import java.util.Locale;
import org.counterweight.app.Rounding;
import org.counterweight.core.dynamics.RichardsonModel;
import org.counterweight.report.Report;

/** The tables of a {@link RichardsonResult}: equilibrium and stability, and the trajectory. */
public final class RichardsonTables {
    private RichardsonTables() {
    }

    public static List<Report.Table> of(RichardsonResult result) {
        return List.of(summary(result.model()), trajectory(result));
    }

    /** The equilibrium, the stability verdict with its condition, and the eigenvalues. */
    public static Report.Table summary(RichardsonModel model) {
        double[] eigen = model.eigenvalues();
        String condition = String.format(Locale.ROOT, "a b = %s %s k l = %s", Rounding.text(model.a() * model.b()),
                switch (model.stability()) {
                    case STABLE -> ">";
                    case UNSTABLE -> "<";
                    case MARGINAL -> "=";
                }, Rounding.text(model.k() * model.l()));
        Report.Table.Builder table = Report.Table.builder("richardson-summary", "Richardson model: equilibrium and"
                + " stability", "quantity", "value");
        model.equilibrium().ifPresentOrElse(e -> table.row("equilibrium_x", e.x()).row("equilibrium_y", e.y()),
                () -> table.row("equilibrium", "none: a b = k l (no unique equilibrium)"));
        return table.row("stability", model.stability().name().toLowerCase(Locale.ROOT))
                .row("condition", condition)
                .row("eigenvalue_1", eigen[0])
                .row("eigenvalue_2", eigen[1])
                .note("Stable iff a b > k l (both eigenvalues of [[-a, k], [l, -b]] negative); x* = (b g + k h)/(a b"
                        + " - k l), y* = (a h + l g)/(a b - k l). Richardson (1960), Arms and Insecurity.")
                .build(null);
    }

    /** The levels of x and y year by year. */
    public static Report.Table trajectory(RichardsonResult result) {
        Report.Table.Builder table = Report.Table.builder("richardson-trajectory", "Trajectory from (x0, y0) = ("
                + Rounding.text(result.x0()) + ", " + Rounding.text(result.y0()) + ")", "t", "x", "y");
        result.trajectory().forEach(p -> table.row(p.t(), p.x(), p.y()));
        return table.note("Exact solution z(t) = e^{At} z0 + (integral of e^{Au} du from 0 to t) (g, h), t in years.")
                .build(null);
    }
}
