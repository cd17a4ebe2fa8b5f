package org.counterweight.cli;

import java.util.concurrent.Callable;
import org.counterweight.app.analysis.RichardsonRequest;
import org.counterweight.app.analysis.RichardsonService;
import org.counterweight.app.analysis.RichardsonTables;
import org.counterweight.core.dynamics.RichardsonModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Richardson's two-actor arms race from given coefficients: equilibrium, stability and the exact
 * trajectory ({@link RichardsonService}). Needs no knowledge base, so it opens none.
 */
@Command(name = "richardson", description = {"Richardson's arms race dx/dt = k y - a x + g, dy/dt = l x - b y + h:"
        + " the equilibrium, the stability verdict (stable iff a b > k l) with the eigenvalues, and the closed-form"
        + " trajectory year by year (Richardson 1960, Arms and Insecurity)."},
        footerHeading = "%nExamples:%n",
        footer = {"  counterweight richardson --a 1 --b 1 --k 0.5 --l 0.5 --g 1 --h 1"})
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

    @Option(names = "--years", paramLabel = "N", defaultValue = "" + RichardsonRequest.DEFAULT_YEARS,
            description = "Trajectory length in years, 0-" + RichardsonRequest.MAX_YEARS
                    + " (default: ${DEFAULT-VALUE}).")
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
        RichardsonModel model = new RichardsonModel(k, l, a, b, g, h); // validates signs and finiteness (exit 2)
        Renderer.render(RichardsonTables.of(new RichardsonService().run(new RichardsonRequest(model, x0, y0, years))),
                spec, formatOptions);
        return 0;
    }
}
