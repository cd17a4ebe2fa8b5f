package org.counterweight.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.RunSettings;
import org.counterweight.app.Progress;
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
    "events: import of a synthetic GDELT 2.0 file (--rows, default 1,000,000, in a temporary folder removed after)"
            + " into a fresh event store, and the dyad-month table (the same aggregation counted inside DuckDB as the"
            + " reference); the same on Spark local[2] when the Spark module is built (--spark, --no-spark).",
    "bargain: the expected-utility model with 100 seeded actors for 100 rounds (scholz and bdm-intent),"
            + " and 10,000 Monte Carlo runs of the European Community example over 10 rounds with inputs +/- 10%%."},        subcommands = BenchServeCommand.class,
        footerHeading = "%nExamples:%n", footer = {"  counterweight bench dyads", "  counterweight bench ingest",
            "  counterweight bench similarity --runs 5", "  counterweight bench events --rows 5000000 --runs 3",
            "  counterweight bench bargain --runs 5",
            "  counterweight bench serve   # the web server under load"})
final class BenchCommand extends ServiceCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", description = "What to measure: dyads, similarity,"
            + " balance, landscape, ensemble, ingest, events or bargain (the web server: the subcommand serve).")
    String what;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs after one warm-up (default: "
            + BenchmarkRequest.DEFAULT_RUNS + ").")
    Integer runs;

    @Option(names = "--rows", paramLabel = "N", description = "Generated rows, for events (default: "
            + BenchmarkRequest.DEFAULT_ROWS + ", at most " + BenchmarkRequest.MAX_ROWS + ").")
    Long rows;

    @Option(names = "--spark", paramLabel = "DIR", description = "For events: also time the import and the dyad-month"
            + " table on Spark local[2], in a JVM of its own, from the Spark module's build folder (default: the"
            + " checkout's counterweight-spark/target, when built).")
    Path spark;

    @Option(names = "--no-spark", description = "For events: leave Spark out.")
    boolean noSpark;

    @Override
    List<Report.Table> run(Workbench workbench) {
        Path sparkBuild = noSpark ? null : spark != null ? spark : checkoutSparkBuild();
        Progress progress = progress(0);
        List<Report.Table> tables = BenchmarkTables.of(new BenchmarkService(workbench).run(new BenchmarkRequest(
                Benchmark.parse(what), new RunSettings(runs, null, null), rows, sparkBuild), progress));
        progress.finished();
        return tables;
    }

    /** The Spark module's build folder beside this command's jar (counterweight-cli/target), or null. */
    private static Path checkoutSparkBuild() {
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path build = jar.getParent().getParent().getParent().resolve("counterweight-spark").resolve("target");
            return Files.isDirectory(build) ? build : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
