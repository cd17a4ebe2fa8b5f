package org.counterweight.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that reads the knowledge base and prints tables: {@code --db} and {@code --format}. */
abstract class StoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    FormatOptions formatOptions;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (Workbench workbench = Workbench.open(storeOptions, err())) {
            Renderer.render(run(workbench).stream().map(ResultTable::toTable).toList(), formatOptions.format, out());
        }
        return 0;
    }

    /** Computes the tables to print. */
    abstract List<ResultTable> run(Workbench workbench);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
