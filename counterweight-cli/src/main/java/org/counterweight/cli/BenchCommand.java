package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.RunSettings;
import org.counterweight.app.Workbench;
import org.counterweight.app.benchmark.Benchmark;
import org.counterweight.app.benchmark.BenchmarkRequest;
import org.counterweight.app.benchmark.BenchmarkService;
import org.counterweight.app.benchmark.BenchmarkTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = {"Benchmarks, run as commands (never as timed tests); results and machines in"
        + " docs/benchmarks.md.",
    "dyads: directed dyad-years for the whole COW system 1816-2022 with CINC and ATOP merged, written to Parquet;"
            + " the bare frame is timed alongside as the reference, and the frame with the covariates after.",
    "similarity: every similarity measure for every ATOP dyad-year 1816-2018 (portfolios loaded once, then timed).",
    "balance: the exact frustration index of all 51 COW signed networks 1946-1999 (Doreian & Mrvar).",
    "landscape: exact minima and basins of a seeded random 25-actor landscape.",
    "ensemble: 10,000 Monte Carlo runs of 30 years of the baseline scenario (each state's selected equation).",
    "ingest: article extraction on one thread over the two bundled articles, in sentences per second"
            + " (sentence splitting alone as the reference).",
    "events: import of a synthetic GDELT 2.0 file (--rows, default 1,000,000) into a fresh event store, and the"
            + " dyad-month table (a plain DuckDB GROUP BY over the same Parquet as the reference)."},
        subcommands = BenchServeCommand.class,
        footerHeading = "%nExamples:%n", footer = {"  counterweight bench dyads", "  counterweight bench ingest",
            "  counterweight bench similarity --runs 5", "  counterweight bench events --rows 5000000 --runs 3",
            "  counterweight bench serve   # the web server under load"})
final class BenchCommand extends ServiceCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", description = "What to measure: dyads, similarity,"
            + " balance, landscape, ensemble, ingest or events (the web server: the subcommand serve).")
    String what;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs after one warm-up (default: "
            + BenchmarkRequest.DEFAULT_RUNS + ").")
    Integer runs;

    @Option(names = "--rows", paramLabel = "N", description = "Generated rows, for events (default: "
            + BenchmarkRequest.DEFAULT_ROWS + ", at most " + BenchmarkRequest.MAX_ROWS + ").")
    Long rows;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return BenchmarkTables.of(new BenchmarkService(workbench).run(new BenchmarkRequest(Benchmark.parse(what),
                new RunSettings(runs, null, null), rows)));
    }
}
