package org.counterweight.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.counterweight.io.events.EventFile;

/**
 * The Spark side of {@code counterweight bench events}: on a local master ({@code local[2]} by
 * default), one warm-up and then timed runs of (a) the import of the benchmark's synthetic file to
 * Parquet and (b) the dyad-month table over the Parquet the DuckDB import wrote (the same data the
 * DuckDB timings read). The benchmark command starts it in its own JVM, because nothing in
 * Counterweight depends on Spark, and reads the lines it prints:
 *
 * <pre>
 * import EVENTS SECONDS...
 * dyad-months ROWS SECONDS...
 * </pre>
 */
public final class EventsSparkBenchmark {
    private EventsSparkBenchmark() {
    }

    /** {@code RUNS INPUT_FILE DUCKDB_EVENTS_FOLDER WORK_FOLDER [MASTER]}. */
    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: EventsSparkBenchmark RUNS INPUT_FILE DUCKDB_EVENTS_FOLDER WORK_FOLDER [MASTER]");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        List<EventFile> files = EventFile.resolve(args[1]);
        String duckDbEvents = args[2];
        Path work = Path.of(args[3]);
        String master = args.length > 4 ? args[4] : "local[2]";
        SparkSession spark = SparkSession.builder().master(master).appName("counterweight-bench-events")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        PrintStream out = System.out;
        try {
            int[] run = {0};
            long[] events = {0};
            double[] imports = time(runs, () -> {
                Path folder = work.resolve("run" + run[0]++);
                events[0] = EventsSparkJob.importFiles(spark, files, folder.toString());
                deleteTree(folder);
                return events[0];
            });
            out.println("import " + events[0] + seconds(imports));
            long[] rows = {0};
            double[] tallies = time(runs, () -> rows[0] = EventsSparkJob.dyadMonths(spark, duckDbEvents).count());
            out.println("dyad-months " + rows[0] + seconds(tallies));
        } finally {
            spark.stop();
        }
    }

    private static double[] time(int runs, LongSupplier task) {
        task.getAsLong();
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.getAsLong();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return seconds;
    }

    private static String seconds(double[] times) {
        StringJoiner line = new StringJoiner(" ", " ", "");
        for (double t : times) {
            line.add(String.format(Locale.ROOT, "%.3f", t));
        }
        return line.toString();
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder + ": " + e.getMessage(), e);
        }
    }
}
