package org.counterweight.cli;

import org.counterweight.app.RunSettings;
import picocli.CommandLine.Option;

/** {@code --runs N --seed S --threads T}: how many runs, from which seed, on how many threads. */
final class RunOptions {
    @Option(names = "--runs", paramLabel = "N", description = "Runs, 1-" + RunSettings.MAX_RUNS
            + " (default: see above).")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed of every random stream (default: see above).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores); results do not"
            + " depend on it.")
    Integer threads;

    RunSettings settings() {
        return new RunSettings(runs, seed, threads);
    }
}
