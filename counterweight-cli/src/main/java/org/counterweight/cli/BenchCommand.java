package org.counterweight.cli;

import static org.counterweight.cli.Benchmarks.median;
import static org.counterweight.cli.Benchmarks.millis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.store.DyadFrames;
import org.counterweight.store.DyadFrames.Addition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = {"Benchmarks, run as commands (never as timed tests).",
    "dyads: directed dyad-years for the whole COW system 1816-2022 with CINC and ATOP merged, written to Parquet;"
            + " the bare frame is timed alongside as the reference.",
    "similarity: every similarity measure for every ATOP dyad-year 1816-2018 (portfolios loaded once, then timed).",
    "balance: the exact frustration index of all 51 COW signed networks 1946-1999 (Doreian & Mrvar).",
    "landscape: exact minima and basins of a seeded random 25-actor landscape.",
    "ensemble: 10,000 Monte Carlo runs of 30 years of the baseline scenario (calibrated actors of the case).",
    "ingest: article extraction on one thread over the two bundled articles, in sentences per second"
            + " (sentence splitting alone as the reference).",
    "--runs is the number of timed repetitions."})
final class BenchCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: dyads.")
    String what;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    List<ResultTable> run(Workbench workbench) {
        if (runs < 1) {
            throw new UserInputException("--runs must be at least 1");
        }
        return switch (what) {
            case "dyads" -> dyads(workbench);
            case "similarity" -> List.of(Benchmarks.similarity(workbench, runs));
            case "balance" -> List.of(Benchmarks.balance(runs));
            case "landscape" -> List.of(Benchmarks.landscape(runs));
            case "ensemble" -> List.of(Benchmarks.ensemble(workbench, runs));
            case "ingest" -> List.of(Benchmarks.ingest(workbench, runs));
            default -> throw new UserInputException("unknown benchmark '" + what
                    + "'; known: dyads, similarity, balance, landscape, ensemble, ingest");
        };
    }

    private List<ResultTable> dyads(Workbench workbench) {
        DyadFrames frames = new DyadFrames(workbench.session());
        String version = workbench.datasets().nmcVersions().stream().map(DatasetCoverage::version).findFirst()
                .orElseThrow(() -> new UserInputException("no NMC data loaded"));
        DyadFrames.Spec merged = new DyadFrames.Spec(1816, 2022, List.of(), true,
                EnumSet.of(Addition.CINC, Addition.ALLIANCE), version);
        DyadFrames.Spec bare = new DyadFrames.Spec(1816, 2022, List.of(), true, Set.of(), version);
        ResultTable table = new ResultTable("Directed dyad-years, COW system 1816-2022 (" + runs + " runs after a warm-up)",
                "frame", "rows", "median_s", "min_s", "max_s");
        try {
            Path folder = Files.createTempDirectory("counterweight-bench");
            Path file = folder.resolve("dyads.parquet");
            double[] bareTimes = time(frames, bare, file);
            long rows = frames.write(merged, file);
            double[] mergedTimes = time(frames, merged, file);
            long bareRows = frames.write(bare, file);
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
            table.add("bare (reference)", bareRows, millis(median(bareTimes)), millis(bareTimes[0]),
                    millis(bareTimes[bareTimes.length - 1]));
            table.add("with cinc (NMC " + version + ") and ATOP 5.1", rows, millis(median(mergedTimes)),
                    millis(mergedTimes[0]), millis(mergedTimes[mergedTimes.length - 1]));
            table.note(String.format(java.util.Locale.ROOT, "ratio merged/bare: %.2f", median(mergedTimes) / median(bareTimes)));
            table.note("peak resident memory of this process: " + peakResidentMegabytes() + " MB (VmHWM; JVM and DuckDB)");
            table.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores, JVM max heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        } catch (IOException e) {
            throw new UserInputException("cannot write a temporary file: " + e.getMessage());
        }
        return List.of(table);
    }

    private double[] time(DyadFrames frames, DyadFrames.Spec spec, Path file) {
        return Benchmarks.time(runs, () -> frames.write(spec, file));
    }

    static String peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
