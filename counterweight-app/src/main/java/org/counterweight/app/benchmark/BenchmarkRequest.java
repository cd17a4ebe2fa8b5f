package org.counterweight.app.benchmark;

import java.util.Objects;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RunSettings;

/**
 * A benchmark to run.
 *
 * @param benchmark what to measure
 * @param runs      timed repetitions after one warm-up (open: {@value #DEFAULT_RUNS})
 * @param rows      the size of generated input where the benchmark generates it (events: synthetic GDELT
 *                  rows, {@value #DEFAULT_ROWS} by default, at most {@value #MAX_ROWS}); else null
 * @param spark     for events: the Spark module's build folder ({@code counterweight-spark/target}, holding
 *                  its jar, {@code spark-classpath.txt} and {@code classes/spark-jvm-options.txt}), to time
 *                  the same work on Spark {@code local[2]} beside DuckDB; null to leave Spark out
 */
public record BenchmarkRequest(Benchmark benchmark, RunSettings runs, Long rows, java.nio.file.Path spark) {
    /** Timed repetitions by default. */
    public static final int DEFAULT_RUNS = 5;
    /** Generated rows by default. */
    public static final long DEFAULT_ROWS = 1_000_000;
    /** The most generated rows a run may ask for (about 20 GB of text at 400 bytes a row). */
    public static final long MAX_ROWS = 50_000_000;

    public BenchmarkRequest {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(runs, "runs");
        if (rows != null && (rows < 1 || rows > MAX_ROWS)) {
            throw new InvalidRequestException("rows", "rows must be 1-" + MAX_ROWS + ", got " + rows);
        }
    }

    /** A benchmark that generates no input. */
    public BenchmarkRequest(Benchmark benchmark, RunSettings runs) {
        this(benchmark, runs, null, null);
    }

    /** The generated rows asked for, or the default. */
    public long rowsOrDefault() {
        return rows == null ? DEFAULT_ROWS : rows;
    }

    public int repetitions() {
        return runs.runsOr(DEFAULT_RUNS);
    }
}
