package org.counterweight.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in-process against one store and captures what it prints. */
final class Cli {
    private final Path db;

    Cli(Path db) {
        this.db = db;
    }

    /** A CLI over a copy, in {@code folder}, of a store already loaded with the bundled data. */
    static Cli overLoadedStore(Path folder) {
        return new Cli(org.counterweight.app.TestWorkbenches.copyStore(folder));
    }

    record Run(int exitCode, String out, String err) {
    }

    /** Runs a command that must succeed and parses its JSON output. */
    com.fasterxml.jackson.databind.JsonNode json(String... args) throws java.io.IOException {
        Run run = run(args);
        if (run.exitCode() != 0) {
            throw new AssertionError("exit " + run.exitCode() + " for " + String.join(" ", args) + ": " + run.err());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && !all.contains("--db")) {
            all.add("--db");
            all.add(db.toString());
        }
        CommandLine commandLine = CounterweightCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
