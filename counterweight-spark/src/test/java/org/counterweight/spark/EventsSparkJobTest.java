package org.counterweight.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.counterweight.core.events.DyadMonth;
import org.counterweight.core.events.DyadPeriod;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventPeriod;
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
 * reading the Parquet the DuckDB import wrote must too; both as given and after one-a-day
 * de-duplication, with the mention-weighted sums, by day, ISO week, month and year. One number is
 * checked against the independent computation of {@code EventStoreTest}: ICEWS United States (2) to North Korea (731), June 2018,
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
            assertSameTally(a.tally(), e.tally());
            assertSameTally(a.oneADay(), e.oneADay());
        }
    }

    /** Counts equal; Goldstein sums, plain and mention-weighted, to 1e-9 (the engines add in different orders). */
    private static void assertSameTally(DyadTally actual, DyadTally expected) {
        assertThat(List.of(actual.events(), actual.verbalCooperation(), actual.materialCooperation(),
                actual.verbalConflict(), actual.materialConflict(), actual.mentionedEvents(), actual.mentions()))
                .isEqualTo(List.of(expected.events(), expected.verbalCooperation(), expected.materialCooperation(),
                        expected.verbalConflict(), expected.materialConflict(), expected.mentionedEvents(),
                        expected.mentions()));
        assertThat(actual.goldsteinSum()).isCloseTo(expected.goldsteinSum(), offset(1e-9));
        assertThat(actual.mentionWeightedGoldstein()).isCloseTo(expected.mentionWeightedGoldstein(), offset(1e-9));
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
        // one-a-day: 20 of the 181 (EventStoreTest), Intensity sum 43.2
        assertThat(usaPrk.oneADay().events()).isEqualTo(20);
        assertThat(usaPrk.oneADay().goldsteinSum()).isCloseTo(43.2, offset(1e-9));
    }

    /** The dyad-day, dyad-week (ISO), dyad-month and dyad-year tables, as given and one-a-day, on both engines. */
    @Test
    void sparkAndDuckDbGiveTheSameTablesByDayWeekMonthAndYear() {
        EventStore duck = EventStore.at(folder.resolve("periods"));
        duck.importFiles(EventFile.resolve(SAMPLES), CameoCountriesReader.bundled());
        String events = duck.root().resolve("events").toString();
        for (EventPeriod period : EventPeriod.values()) {
            List<DyadPeriod> expected = duck.dyadPeriods(period);
            assertThat(expected).as(period.name()).isNotEmpty();
            List<DyadPeriod> fromSpark = EventsSparkJob.dyadPeriods(spark, events, period).collect().stream()
                    .sorted(Comparator.comparingInt(DyadPeriod::sourceCow).thenComparingInt(DyadPeriod::targetCow)
                            .thenComparing(DyadPeriod::period)).toList();
            assertThat(fromSpark).as(period.name()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                DyadPeriod a = fromSpark.get(i);
                DyadPeriod e = expected.get(i);
                assertThat(List.of(a.sourceCow(), a.targetCow(), a.period())).as(period.name())
                        .isEqualTo(List.of(e.sourceCow(), e.targetCow(), e.period()));
                assertSameTally(a.tally(), e.tally());
                assertSameTally(a.oneADay(), e.oneADay());
            }
        }
        // a dyad with repeats, so that one-a-day differs from the events as given on both engines
        assertThat(duck.dyadPeriods(EventPeriod.DAY)).anyMatch(p -> p.oneADay().events() < p.tally().events());
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
