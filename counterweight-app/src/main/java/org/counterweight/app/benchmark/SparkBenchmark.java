package org.counterweight.app.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts the Spark side of the events benchmark ({@code org.counterweight.spark.EventsSparkBenchmark})
 * in a JVM of its own, on {@code local[2]}, from the Spark module's build folder: nothing in the
 * application depends on Spark, so it is run beside it, not inside it. Reads the timings it prints.
 */
final class SparkBenchmark {
    /** What the Spark run measured: the import and the dyad-month table, each with its count and seconds. */
    record Timings(BenchmarkResult.Timing imported, BenchmarkResult.Timing tallied) {
    }

    private SparkBenchmark() {
    }

    /** Why Spark cannot be run from {@code build}, or empty when it can. */
    static Optional<String> unavailable(Path build) {
        if (build == null) {
            return Optional.of("not asked for");
        }
        if (!Files.isRegularFile(build.resolve("spark-classpath.txt")) || jar(build).isEmpty()
                || !Files.isRegularFile(build.resolve("classes").resolve("spark-jvm-options.txt"))) {
            return Optional.of("the Spark module is not built in " + build + " (mvn -B -q package -DskipTests -pl"
                    + " counterweight-spark -am)");
        }
        return Optional.empty();
    }

    /**
     * Runs the Spark benchmark on {@code input}, reading the DuckDB import's Parquet from {@code duckDbEvents},
     * working in {@code work} (its own output, removed after each run; Spark's log in {@code spark.log}).
     */
    static Timings run(Path build, int runs, Path input, Path duckDbEvents, Path work) {
        try {
            Files.createDirectories(work);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Arrays.asList(Files.readString(build.resolve("classes").resolve("spark-jvm-options.txt"))
                    .strip().split("\\s+")));
            command.add("-cp");
            command.add(jar(build).orElseThrow() + java.io.File.pathSeparator
                    + Files.readString(build.resolve("spark-classpath.txt")).strip());
            command.addAll(List.of("org.counterweight.spark.EventsSparkBenchmark", Integer.toString(runs),
                    input.toString(), duckDbEvents.toString(), work.resolve("out").toString(), "local[2]"));
            Path log = work.resolve("spark.log");
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException("the Spark benchmark exited with " + status + ": "
                        + tail(Files.readString(log)));
            }
            BenchmarkResult.Timing imported = null;
            BenchmarkResult.Timing tallied = null;
            for (String line : output.split("\n")) {
                String[] fields = line.strip().split(" ");
                if (fields[0].equals("import")) {
                    imported = timing("import on Spark local[2] (parse, one row per id and date, Parquet by"
                            + " year/month)", fields);
                } else if (fields[0].equals("dyad-months")) {
                    tallied = timing("dyad-month table on Spark local[2], DyadTally reduce/merge over the DuckDB"
                            + " import's Parquet (" + fields[1] + " dyad-months)", fields);
                }
            }
            if (imported == null || tallied == null) {
                throw new IllegalStateException("the Spark benchmark printed no timings: " + output);
            }
            // both rows count the events read, as the DuckDB rows do
            return new Timings(imported, new BenchmarkResult.Timing(tallied.work(), imported.count(),
                    tallied.seconds()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the Spark benchmark: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Spark ran", e);
        }
    }

    private static BenchmarkResult.Timing timing(String work, String[] fields) {
        return new BenchmarkResult.Timing(work, Long.parseLong(fields[1]), Arrays.stream(fields, 2, fields.length)
                .mapToDouble(Double::parseDouble).toArray());
    }

    private static Optional<Path> jar(Path build) {
        try (Stream<Path> files = Files.list(build)) {
            return files.filter(p -> p.getFileName().toString().matches("counterweight-spark-.*\\.jar")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String tail(String log) {
        return log.length() <= 2000 ? log : log.substring(log.length() - 2000);
    }
}
