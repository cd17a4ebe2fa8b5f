package org.counterweight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterweight.app.Workbench;
import org.counterweight.report.Report;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that parses its options, calls one application service and prints its tables
 * ({@code --db}, {@code --format}). Each printed table names the command line that produced it as its
 * source (the JSON's {@code source}).
 */
abstract class ServiceCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    FormatOptions formatOptions;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (Workbench workbench = Workbench.open(storeOptions.path())) {
            if (workbench.loadedOnOpen() > 0) {
                err().println("Loaded " + workbench.loadedOnOpen() + " bundled dataset(s) and case(s) into "
                        + storeOptions.path());
                err().flush();
            }
            String source = invocation();
            Renderer.render(run(workbench).stream()
                    .map(t -> t.source() == null ? t.with(t.id(), t.title(), source) : t).toList(),
                    formatOptions.format, out());
        }
        return 0;
    }

    /** Calls the service and returns the tables to print. */
    abstract List<Report.Table> run(Workbench workbench);

    /** The command as typed, without the options that only say where to read and how to print. */
    String invocation() {
        List<String> words = new ArrayList<>(List.of(spec.qualifiedName()));
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int start = args.indexOf(spec.name()) + 1;
        for (int i = start; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") || arg.equals("--format")) {
                i++;
            } else if (!arg.startsWith("--db=") && !arg.startsWith("--format=")) {
                words.add(arg.contains(" ") ? "'" + arg + "'" : arg);
            }
        }
        return String.join(" ", words);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
