package org.counterweight.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.counterweight.core.dynamics.RichardsonModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Richardson's two-actor arms race from given coefficients: equilibrium, stability and the exact
 * trajectory ({@link RichardsonModel}). Needs no knowledge base.
 */
@Command(name = "richardson", description = {"Richardson's arms race dx/dt = k y - a x + g, dy/dt = l x - b y + h:"
        + " the equilibrium, the stability verdict (stable iff a b > k l) with the eigenvalues, and the closed-form"
        + " trajectory year by year (Richardson 1960, Arms and Insecurity)."})
final class RichardsonCommand implements Callable<Integer> {
    @Option(names = "--a", paramLabel = "A", required = true, description = "Fatigue of x, >= 0 per year.")
    double a;

    @Option(names = "--b", paramLabel = "B", required = true, description = "Fatigue of y, >= 0 per year.")
    double b;

    @Option(names = "--k", paramLabel = "K", required = true, description = "Reaction of x to y, >= 0 per year.")
    double k;

    @Option(names = "--l", paramLabel = "L", required = true, description = "Reaction of y to x, >= 0 per year.")
    double l;

    @Option(names = "--g", paramLabel = "G", required = true, description = "Grievance of x, units per year.")
    double g;

    @Option(names = "--h", paramLabel = "H", required = true, description = "Grievance of y, units per year.")
    double h;

    @Option(names = "--x0", paramLabel = "X", defaultValue = "0", description = "Start level of x (default: ${DEFAULT-VALUE}).")
    double x0;

    @Option(names = "--y0", paramLabel = "Y", defaultValue = "0", description = "Start level of y (default: ${DEFAULT-VALUE}).")
    double y0;

    @Option(names = "--years", paramLabel = "N", defaultValue = "30", description = "Trajectory length in years (default: ${DEFAULT-VALUE}).")
    int years;

    @Mixin
    FormatOptions formatOptions;

    /** Accepted like every command's, and unused: this command needs no knowledge base. */
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (years < 0 || years > 10_000) {
            throw new UserInputException("--years must be in 0..10000, got " + years);
        }
        RichardsonModel model = new RichardsonModel(k, l, a, b, g, h); // validates signs and finiteness (exit 2)
        Renderer.render(tables(model, x0, y0, years).stream().map(ResultTable::toTable).toList(), formatOptions.format,
                spec.commandLine().getOut());
        return 0;
    }

    static List<ResultTable> tables(RichardsonModel model, double x0, double y0, int years) {
        double[] eigen = model.eigenvalues();
        String condition = String.format(Locale.ROOT, "a b = %s %s k l = %s", Renderer.text(model.a() * model.b()),
                switch (model.stability()) {
                    case STABLE -> ">";
                    case UNSTABLE -> "<";
                    case MARGINAL -> "=";
                }, Renderer.text(model.k() * model.l()));
        ResultTable summary = new ResultTable("Richardson model: equilibrium and stability", "quantity", "value");
        model.equilibrium().ifPresentOrElse(e -> summary.add("equilibrium_x", e.x()).add("equilibrium_y", e.y()),
                () -> summary.add("equilibrium", "none: a b = k l (no unique equilibrium)"));
        summary.add("stability", model.stability().name().toLowerCase(Locale.ROOT))
                .add("condition", condition)
                .add("eigenvalue_1", eigen[0])
                .add("eigenvalue_2", eigen[1])
                .note("Stable iff a b > k l (both eigenvalues of [[-a, k], [l, -b]] negative); x* = (b g + k h)/(a b - k l),"
                        + " y* = (a h + l g)/(a b - k l). Richardson (1960), Arms and Insecurity.");
        ResultTable trajectory = new ResultTable("Trajectory from (x0, y0) = (" + Renderer.text(x0) + ", "
                + Renderer.text(y0) + ")", "t", "x", "y");
        for (int t = 0; t <= years; t++) {
            double[] z = model.stateAt(t, x0, y0);
            trajectory.add(t, z[0], z[1]);
        }
        trajectory.note("Exact solution z(t) = e^{At} z0 + (integral of e^{Au} du from 0 to t) (g, h), t in years.");
        return List.of(summary, trajectory);
    }
}
