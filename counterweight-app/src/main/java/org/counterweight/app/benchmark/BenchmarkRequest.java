package org.counterweight.app.benchmark;

import java.util.Objects;
import org.counterweight.app.RunSettings;

/**
 * A benchmark to run.
 *
 * @param benchmark what to measure
 * @param runs      timed repetitions after one warm-up (open: {@value #DEFAULT_RUNS})
 */
public record BenchmarkRequest(Benchmark benchmark, RunSettings runs) {
    /** Timed repetitions by default. */
    public static final int DEFAULT_RUNS = 5;

    public BenchmarkRequest {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(runs, "runs");
    }

    public int repetitions() {
        return runs.runsOr(DEFAULT_RUNS);
    }
}
