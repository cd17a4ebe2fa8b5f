package org.counterweight.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterweight.app.Progress;
import org.counterweight.app.Workbench;
import org.counterweight.report.Report;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that parses its options, calls one application service and prints its tables
 * ({@code --db}, {@code --format}, {@code --quiet}). Opening the knowledge base for the first time loads
 * the bundled data, shown as it goes on a terminal's error stream ({@link ProgressOptions}). Each printed table names the command line that produced it as its
 * source (the JSON's {@code source}); a result's warnings go to the error stream ({@link #warn}).
 */
abstract class ServiceCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    FormatOptions formatOptions;

    @Mixin
    ProgressOptions progressOptions;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (Workbench workbench = Workbench.open(storeOptions.path(), writes() ? Workbench.Access.WRITE
                : Workbench.Access.READ, storeOptions.lockWait(), progress(0))) {
            if (workbench.loadedOnOpen() > 0) {
                err().println("Loaded " + workbench.loadedOnOpen() + " bundled dataset(s) and case(s) into "
                        + storeOptions.path());
                err().flush();
            }
            Renderer.render(run(workbench), spec, formatOptions);
        }
        return 0;
    }

    /** Whether the command changes the store (else it opens it read-only, beside other readers). */
    boolean writes() {
        return false;
    }

    /** Calls the service and returns the tables to print. */
    abstract List<Report.Table> run(Workbench workbench);

    /**
     * Where a long service call tells its progress: the error stream's stage list and bar, or nowhere
     * ({@link ProgressOptions}).
     *
     * @param stages how many stages the command tells, 0 if it cannot say
     */
    Progress progress(int stages) {
        return progressOptions.on(err(), stages);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Prints a result's warnings (what the service guessed or mapped while reading the request) to the
     * error stream, one "note:" line each, so that the tables on the output stay clean.
     */
    void warn(List<String> warnings) {
        warnings.forEach(w -> err().println("note: " + w));
        err().flush();
    }
}
