package org.counterweight.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DumpMention;
import org.counterweight.core.events.DyadMonth;
import org.counterweight.core.events.DyadPeriod;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.events.OneADay;
import org.counterweight.core.events.QuadClass;
import org.counterweight.io.events.CameoCountriesReader;
import org.counterweight.io.events.EventDefect;
import org.counterweight.io.events.EventErratum;
import org.counterweight.io.events.EventFile;
import org.counterweight.io.events.EventLineParser;
import org.counterweight.io.events.EventSink;
import scala.Tuple2;

/**
 * Imports GDELT and ICEWS event dumps and writes the dyad-month table, on Spark: locally with
 * {@code local[*]} or on a cluster with {@code spark-submit}, input and output on any file system
 * Hadoop reads (HDFS, S3 through s3a).
 *
 * <pre>
 * spark-submit --class org.counterweight.spark.EventsSparkJob --master yarn \
 *   counterweight-spark.jar import 'hdfs:///gdelt/2016*.export.CSV.gz' hdfs:///counterweight/events
 * spark-submit --class org.counterweight.spark.EventsSparkJob --master yarn \
 *   counterweight-spark.jar dyad-months s3a://bucket/counterweight/events s3a://bucket/counterweight/dyad_months
 * </pre>
 *
 * <p>{@code import} parses every line with {@link EventLineParser} (the DuckDB import's parser),
 * keeps one row per event id and date within a file, and appends the rows to
 * {@code OUT/events/year=Y/month=M/} as Parquet with the event store's columns. {@code dyad-months}
 * reads that layout (written by this job or by the DuckDB import) and reduces each event into its
 * dyad and month with {@link DyadTally} (Goldstein 1992; CAMEO QuadClass, Schrodt 2012; mention
 * weights), both as the dataset gives the events and after one-a-day de-duplication ({@link OneADay}):
 * the same zero/reduce/merge as the DuckDB path, so both give the same table. Local files are listed and
 * their layouts detected on the driver; gzipped files are read by Hadoop, zipped ones (as GDELT
 * ships them; Hadoop has no zip codec) one archive per task ({@link #numberedLines}). The import
 * log, errata table and mentions stay with the DuckDB path.
 */
public final class EventsSparkJob {
    /** The event columns, as the DuckDB event store writes them (partition columns year and month last). */
    static final StructType EVENT_SCHEMA = new StructType()
            .add("dataset", DataTypes.StringType).add("event_id", DataTypes.StringType)
            .add("event_date", DataTypes.DateType).add("source_actor", DataTypes.StringType)
            .add("target_actor", DataTypes.StringType).add("source_country", DataTypes.StringType)
            .add("target_country", DataTypes.StringType).add("source_cow", DataTypes.IntegerType)
            .add("target_cow", DataTypes.IntegerType).add("event_code", DataTypes.StringType)
            .add("quad_class", DataTypes.ByteType).add("goldstein", DataTypes.DoubleType)
            .add("mentions", DataTypes.IntegerType).add("source_url", DataTypes.StringType)
            .add("file", DataTypes.StringType).add("line", DataTypes.LongType)
            .add("import_id", DataTypes.StringType).add("year", DataTypes.IntegerType)
            .add("month", DataTypes.IntegerType);

    private EventsSparkJob() {
    }

    /** {@code import INPUT OUT} or {@code dyad-months EVENTS OUT}. */
    public static void main(String[] args) {
        if (args.length != 3 || !List.of("import", "dyad-months").contains(args[0])) {
            System.err.println("usage: EventsSparkJob import INPUT OUT | dyad-months EVENTS_FOLDER OUT");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("counterweight-events " + args[0]).getOrCreate();
        try {
            if (args[0].equals("import")) {
                importFiles(spark, EventFile.resolve(args[1]), args[2]);
            } else {
                writeDyadMonths(dyadMonths(spark, args[1]), args[2]);
            }
        } finally {
            spark.stop();
        }
    }

    /** Parses the files and appends their events to {@code out/events}; returns the rows written. */
    public static long importFiles(SparkSession spark, List<EventFile> files, String out) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        EventLineParser parser = new EventLineParser(countries());
        long written = 0;
        for (EventFile file : files) {
            if (!file.format().holdsEvents()) {
                continue;
            }
            String importId = EventFile.importId(file.sha256());
            JavaRDD<DumpEvent> events = parse(numberedLines(context, file), file, parser);
            JavaRDD<Row> rows = events.keyBy(e -> List.of(e.dataset(), e.eventId(), e.date().toString()))
                    .reduceByKey((x, y) -> x.line() <= y.line() ? x : y).values().map(e -> row(e, importId));
            Dataset<Row> frame = spark.createDataFrame(rows, EVENT_SCHEMA);
            frame.write().mode(SaveMode.Append).partitionBy("year", "month").parquet(out + "/events");
            written += frame.count();
        }
        return written;
    }

    /**
     * The file's lines with their 0-based numbers. Plain and gzipped files are read by Hadoop (a plain
     * file in parallel splits); a zip archive, which Hadoop has no codec for, is read whole by one task,
     * its first entry line by line (GDELT ships one file per archive), so a folder of archives is read
     * in parallel across archives.
     */
    static JavaRDD<Tuple2<String, Long>> numberedLines(JavaSparkContext context, EventFile file) {
        String uri = file.path().toUri().toString();
        if (!file.name().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return context.textFile(uri).zipWithIndex().map(line -> line);
        }
        return context.binaryFiles(uri).flatMap(archive -> {
            List<Tuple2<String, Long>> lines = new ArrayList<>();
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(archive._2().open())) {
                if (zip.getNextEntry() == null) {
                    throw new IllegalArgumentException(archive._1() + ": the zip archive holds no file");
                }
                java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(zip,
                        java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                long number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(new Tuple2<>(line, number++));
                }
            }
            return lines.iterator();
        });
    }

    private static JavaRDD<DumpEvent> parse(JavaRDD<Tuple2<String, Long>> lines, EventFile file,
            EventLineParser parser) {
        String name = file.name();
        var format = file.format();
        return lines.mapPartitions((Iterator<Tuple2<String, Long>> partition) -> {
            List<DumpEvent> events = new ArrayList<>();
            EventSink sink = new EventSink() {
                @Override
                public void event(DumpEvent event) {
                    events.add(event);
                }

                @Override
                public void mention(DumpMention mention) {
                    // mentions are imported by the DuckDB path only
                }

                @Override
                public void erratum(EventErratum erratum) {
                    // errata are listed by the DuckDB path; here the line is left out all the same
                }

                @Override
                public void defect(EventDefect defect) {
                    // counted by the DuckDB path
                }
            };
            while (partition.hasNext()) {
                Tuple2<String, Long> line = partition.next();
                long number = line._2() + 1;
                if (number == 1 && format.isHeader(line._1().split("\t", 2)) || line._1().isEmpty()) {
                    continue;
                }
                parser.parse(format, name, number, line._1(), sink);
            }
            return events.iterator();
        });
    }

    private static Row row(DumpEvent e, String importId) {
        return RowFactory.create(e.dataset(), e.eventId(), Date.valueOf(e.date()), e.sourceActor(), e.targetActor(),
                e.sourceCountry(), e.targetCountry(), e.sourceCow(), e.targetCow(), e.eventCode(),
                (byte) e.quadClass().code(), e.goldstein(), e.mentions(), e.sourceUrl(), e.file(), e.line(), importId,
                e.date().getYear(), e.date().getMonthValue());
    }

    /**
     * The one-a-day groups of the events of two states under {@code eventsFolder} (Hive layout
     * {@code year=/month=}; written by this job or by the DuckDB import): each event becomes a one-event
     * {@link DyadTally} and a {@link OneADay.Candidate}, reduced by source, target, CAMEO event code and
     * day into the group's tally as given and the event the filter keeps ({@link OneADay#kept}).
     */
    static JavaPairRDD<List<Object>, Tuple2<DyadTally, OneADay.Candidate>> oneADayGroups(SparkSession spark,
            String eventsFolder) {
        Dataset<Row> events = spark.read().parquet(eventsFolder)
                .where("source_cow IS NOT NULL AND target_cow IS NOT NULL")
                .select("source_cow", "target_cow", "event_code", "event_date", "quad_class", "goldstein", "mentions",
                        "file", "line", "import_id");
        return events.javaRDD().mapToPair(r -> {
            OneADay.Candidate event = new OneADay.Candidate(r.getString(7), ((Number) r.get(8)).longValue(),
                    r.getString(9), QuadClass.ofCode(((Number) r.get(4)).intValue()), r.getDouble(5),
                    r.isNullAt(6) ? null : ((Number) r.get(6)).intValue());
            return new Tuple2<>(OneADay.key(r.getInt(0), r.getInt(1), r.getString(2), r.getDate(3).toLocalDate()),
                    new Tuple2<>(event.tally(), event));
        }).reduceByKey((a, b) -> new Tuple2<>(a._1().merge(b._1()), OneADay.kept(a._2(), b._2())));
    }

    /**
     * The tallies as given and one-a-day of the one-a-day groups, merged by the key {@code periodKey}
     * gives a group's source, target and day.
     */
    private static JavaPairRDD<List<Object>, Tuple2<DyadTally, DyadTally>> merged(SparkSession spark,
            String eventsFolder, org.apache.spark.api.java.function.Function<List<Object>, List<Object>> periodKey) {
        return oneADayGroups(spark, eventsFolder).mapToPair(g -> new Tuple2<>(periodKey.call(g._1()),
                new Tuple2<>(g._2()._1(), g._2()._2().tally())))
                .reduceByKey((a, b) -> new Tuple2<>(a._1().merge(b._1()), a._2().merge(b._2())));
    }

    /**
     * The dyad-month table of the events under {@code eventsFolder}: as given and one-a-day, with the
     * same {@link DyadTally} reduce/merge as the DuckDB path (Goldstein 1992; CAMEO QuadClass, Schrodt
     * 2012), so both give the same table.
     */
    public static JavaRDD<DyadMonth> dyadMonths(SparkSession spark, String eventsFolder) {
        return merged(spark, eventsFolder, k -> {
            LocalDate day = (LocalDate) k.get(3);
            return List.of(k.get(0), k.get(1), day.getYear(), day.getMonthValue());
        }).map(t -> new DyadMonth((Integer) t._1().get(0), (Integer) t._1().get(1), (Integer) t._1().get(2),
                (Integer) t._1().get(3), t._2()._1(), t._2()._2()));
    }

    /**
     * The dyad-period table (days, ISO weeks, months or years, labelled by {@link EventPeriod#label}) of
     * the events under {@code eventsFolder}, as given and one-a-day: the DuckDB path's
     * {@code EventStore.dyadPeriods}.
     */
    public static JavaRDD<DyadPeriod> dyadPeriods(SparkSession spark, String eventsFolder, EventPeriod period) {
        return merged(spark, eventsFolder, k -> List.of(k.get(0), k.get(1), period.label((LocalDate) k.get(3))))
                .map(t -> new DyadPeriod((Integer) t._1().get(0), (Integer) t._1().get(1), (String) t._1().get(2),
                        t._2()._1(), t._2()._2()));
    }

    /** The names of a tally's columns, in {@link DyadTally}'s order, with {@code prefix}. */
    private static StructType tallyColumns(StructType schema, String prefix) {
        return schema.add(prefix + "events", DataTypes.LongType)
                .add(prefix + "verbal_cooperation", DataTypes.LongType)
                .add(prefix + "material_cooperation", DataTypes.LongType)
                .add(prefix + "verbal_conflict", DataTypes.LongType)
                .add(prefix + "material_conflict", DataTypes.LongType)
                .add(prefix + "goldstein_sum", DataTypes.DoubleType)
                .add(prefix + "mentioned_events", DataTypes.LongType)
                .add(prefix + "mentions", DataTypes.LongType)
                .add(prefix + "mention_weighted_goldstein", DataTypes.DoubleType);
    }

    private static List<Object> tallyValues(DyadTally t) {
        return List.of(t.events(), t.verbalCooperation(), t.materialCooperation(), t.verbalConflict(),
                t.materialConflict(), t.goldsteinSum(), t.mentionedEvents(), t.mentions(),
                t.mentionWeightedGoldstein());
    }

    private static void writeDyadMonths(JavaRDD<DyadMonth> months, String out) {
        SparkSession spark = SparkSession.active();
        StructType schema = tallyColumns(tallyColumns(new StructType().add("source_cow", DataTypes.IntegerType)
                .add("target_cow", DataTypes.IntegerType).add("year", DataTypes.IntegerType)
                .add("month", DataTypes.IntegerType), ""), "one_a_day_");
        JavaRDD<Row> rows = months.map(m -> {
            List<Object> values = new ArrayList<>(List.of(m.sourceCow(), m.targetCow(), m.year(), m.month()));
            values.addAll(tallyValues(m.tally()));
            values.addAll(tallyValues(m.oneADay()));
            return RowFactory.create(values.toArray());
        });
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(out);
    }

    private static CameoCountries countries() {
        return CameoCountriesReader.bundled();
    }
}
