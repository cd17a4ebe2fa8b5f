package org.counterweight.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.counterweight.core.events.DyadMonth;
import org.counterweight.io.events.CameoCountriesReader;
import org.counterweight.io.events.EventFile;
import org.counterweight.store.events.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark in {@code local[2]} and the DuckDB event store, on the same bundled samples, must give the
 * same dyad-month table (Goldstein sums to 1e-9: the engines add in different orders); and Spark
 * reading the Parquet the DuckDB import wrote must too. One number is checked against the independent
 * computation of {@code EventStoreTest}: ICEWS United States (2) to North Korea (731), June 2018,
 * 181 events, Intensity sum 497.0.
 */
class EventsSparkJobTest {
    private static final String SAMPLES = "../data/datasets/event-data/*_events_sample_*.tsv";

    @TempDir
    static Path folder;

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("counterweight-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<DyadMonth> sorted(List<DyadMonth> months) {
        return months.stream().sorted(Comparator.comparingInt(DyadMonth::sourceCow)
                .thenComparingInt(DyadMonth::targetCow).thenComparingInt(DyadMonth::year)
                .thenComparingInt(DyadMonth::month)).toList();
    }

    private static void assertSameTable(List<DyadMonth> actual, List<DyadMonth> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            DyadMonth a = actual.get(i);
            DyadMonth e = expected.get(i);
            assertThat(List.of(a.sourceCow(), a.targetCow(), a.year(), a.month()))
                    .isEqualTo(List.of(e.sourceCow(), e.targetCow(), e.year(), e.month()));
            assertThat(a.tally().events()).isEqualTo(e.tally().events());
            assertThat(List.of(a.tally().verbalCooperation(), a.tally().materialCooperation(),
                    a.tally().verbalConflict(), a.tally().materialConflict())).isEqualTo(List.of(
                            e.tally().verbalCooperation(), e.tally().materialCooperation(),
                            e.tally().verbalConflict(), e.tally().materialConflict()));
            assertThat(a.tally().goldsteinSum()).isCloseTo(e.tally().goldsteinSum(), offset(1e-9));
        }
    }

    @Test
    void sparkAndDuckDbGiveTheSameDyadMonthTable() {
        EventStore duck = EventStore.at(folder.resolve("duckdb"));
        duck.importFiles(EventFile.resolve(SAMPLES), CameoCountriesReader.bundled());
        List<DyadMonth> expected = duck.dyadMonths();
        assertThat(expected).isNotEmpty();

        String out = folder.resolve("spark").toString();
        long written = EventsSparkJob.importFiles(spark, EventFile.resolve(SAMPLES), out);
        assertThat(written).isEqualTo(duck.eventCount());
        List<DyadMonth> fromSpark = sorted(EventsSparkJob.dyadMonths(spark, out + "/events").collect());
        assertSameTable(fromSpark, expected);

        List<DyadMonth> sparkOverDuckDbParquet = sorted(EventsSparkJob.dyadMonths(spark,
                duck.root().resolve("events").toString()).collect());
        assertSameTable(sparkOverDuckDbParquet, expected);

        DyadMonth usaPrk = fromSpark.stream().filter(m -> m.sourceCow() == 2 && m.targetCow() == 731
                && m.year() == 2018).findFirst()
                .orElseThrow();
        assertThat(usaPrk.tally().events()).isEqualTo(181);
        assertThat(usaPrk.tally().goldsteinSum()).isCloseTo(497.0, offset(1e-9));
    }

    @Test
    void readsAZippedFileAsItsPlainText() throws java.io.IOException {
        Path plain = Path.of("..", "data", "datasets", "event-data", "gdelt1_events_sample_historical_1982.tsv");
        Path zip = folder.resolve("19820102.export.CSV.zip");
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("19820102.export.CSV"));
            java.nio.file.Files.copy(plain, out);
            out.closeEntry();
        }
        String fromZip = folder.resolve("zipped").toString();
        String fromPlain = folder.resolve("plain").toString();
        assertThat(EventsSparkJob.importFiles(spark, EventFile.resolve(zip.toString()), fromZip)).isEqualTo(201);
        EventsSparkJob.importFiles(spark, EventFile.resolve(plain.toString()), fromPlain);
        String columns = "event_id, event_date, source_cow, target_cow, quad_class, goldstein, line";
        assertThat(spark.read().parquet(fromZip + "/events").selectExpr(columns.split(", "))
                .exceptAll(spark.read().parquet(fromPlain + "/events").selectExpr(columns.split(", "))).count())
                .isZero();
    }
}
