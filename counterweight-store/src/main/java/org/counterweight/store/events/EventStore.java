package org.counterweight.store.events;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DumpMention;
import org.counterweight.core.events.DyadMonth;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventCoverage;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.io.events.EventDefect;
import org.counterweight.io.events.EventErratum;
import org.counterweight.io.events.EventFile;
import org.counterweight.io.events.EventLineParser;
import org.counterweight.io.events.EventSink;
import org.counterweight.store.StoreException;

/**
 * GDELT and ICEWS events as Parquet partitioned by year and month under one folder, queried through
 * DuckDB. Layout (Hive partitioning, readable by DuckDB, Spark and anything else that reads Parquet):
 *
 * <pre>
 * ROOT/events/year=2016/month=7/IMPORT_0.parquet    the events (columns of {@link #EVENT_COLUMNS})
 * ROOT/mentions/year=2016/month=7/IMPORT_0.parquet  GDELT 2.0 mentions
 * ROOT/errata/SHA256.parquet                        the lines left out of one file, with why
 * ROOT/imports/SHA256.parquet                       one row per imported file: its hash, coverage, counts
 * </pre>
 *
 * <p>Each file is one import: parsed into tab-separated staging files in {@code ROOT/.staging}, read in
 * bulk by an in-memory DuckDB (spilling to that folder), written
 * as partitioned Parquet with {@code COPY ... (PARTITION_BY (year, month))}, moved into place, and
 * logged last; events whose import is not logged are never read, so a failed or interrupted import
 * changes nothing visible. A file whose SHA-256 is logged is skipped. Events with the same id and date
 * within one file are stored once (ICEWS repeats event ids across dates, so the key is id and date).
 */
public final class EventStore {
    /** How many errata of one file an import returns (all are stored in {@code errata/}). */
    public static final int ERRATA_SHOWN = 20;

    /** The stored event columns, in order; the Spark job writes the same. */
    public static final List<String> EVENT_COLUMNS = List.of("dataset", "event_id", "event_date", "source_actor",
            "target_actor", "source_country", "target_country", "source_cow", "target_cow", "event_code",
            "quad_class", "goldstein", "mentions", "source_url", "file", "line", "import_id");

    private static final String EVENT_TYPES = "{'dataset': 'VARCHAR', 'event_id': 'VARCHAR', 'event_date': 'DATE',"
            + " 'source_actor': 'VARCHAR', 'target_actor': 'VARCHAR', 'source_country': 'VARCHAR',"
            + " 'target_country': 'VARCHAR', 'source_cow': 'INTEGER', 'target_cow': 'INTEGER', 'event_code': 'VARCHAR',"
            + " 'quad_class': 'TINYINT', 'goldstein': 'DOUBLE', 'mentions': 'INTEGER', 'source_url': 'VARCHAR',"
            + " 'file': 'VARCHAR', 'line': 'BIGINT'}";
    private static final String MENTION_TYPES = "{'event_id': 'VARCHAR', 'event_time': 'TIMESTAMP',"
            + " 'mention_time': 'TIMESTAMP', 'mention_type': 'INTEGER', 'source_name': 'VARCHAR',"
            + " 'identifier': 'VARCHAR', 'confidence': 'INTEGER', 'file': 'VARCHAR', 'line': 'BIGINT'}";
    private static final String ERRATA_TYPES = "{'file': 'VARCHAR', 'line': 'BIGINT', 'field': 'VARCHAR',"
            + " 'defect': 'VARCHAR', 'problem': 'VARCHAR'}";

    private final Path root;

    private EventStore(Path root) {
        this.root = root;
    }

    /** The store in {@code root} (created on the first import). */
    public static EventStore at(Path root) {
        return new EventStore(root.toAbsolutePath());
    }

    public Path root() {
        return root;
    }

    /**
     * Imports every file in order, each in its own commit. Files must have been resolved (their
     * layouts detected) first, so that a file that is not an event dump stops the import before
     * anything is written.
     */
    public List<FileImport> importFiles(List<EventFile> files, EventLineParser parser) {
        List<FileImport> imports = new ArrayList<>();
        for (EventFile file : files) {
            imports.add(importFile(file, parser));
        }
        return imports;
    }

    private FileImport importFile(EventFile file, EventLineParser parser) {
        String sha256;
        try {
            sha256 = file.sha256();
        } catch (UncheckedIOException e) {
            throw new StoreException(e.getMessage(), e);
        }
        Path log = root.resolve("imports").resolve(sha256 + ".parquet");
        if (Files.exists(log)) {
            FileCoverage logged = coverage().stream().filter(c -> c.sha256().equals(sha256)).findFirst()
                    .orElseThrow(() -> new StoreException("the import log " + log + " cannot be read"));
            return new FileImport(logged, false, 0, 0, Map.of(), List.of());
        }
        String importId = EventFile.importId(sha256);
        Path staging = root.resolve(".staging").resolve(importId);
        try {
            deleteTree(staging);
            removePartitionFiles("events", importId);
            removePartitionFiles("mentions", importId);
            Files.createDirectories(staging);
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
                FileImport result = stageAndWrite(connection, file, parser, sha256, importId, staging);
                connection.close();
                publish(staging, importId, sha256);
                return result;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot import " + file.path() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot write the event store in " + root + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // a leftover staging folder is removed by the next import of the same file
            }
        }
    }

    private FileImport stageAndWrite(Connection connection, EventFile file, EventLineParser parser,
            String sha256, String importId, Path staging) throws SQLException, IOException {
        Map<EventDefect, Long> defects = new EnumMap<>(EventDefect.class);
        long lines;
        Path eventsTsv = staging.resolve("events.tsv");
        Path mentionsTsv = staging.resolve("mentions.tsv");
        Path errataTsv = staging.resolve("errata.tsv");
        try (TsvSink sink = new TsvSink(eventsTsv, mentionsTsv, errataTsv, defects)) {
            lines = file.read(parser, sink);
        }
        String stagedEvents = staging.resolve("events").toString();
        String stagedMentions = staging.resolve("mentions").toString();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET preserve_insertion_order = false");
            statement.execute("SET temp_directory = '" + staging.resolve("spill") + "'");
            statement.execute("CREATE TABLE stage_errata AS " + readTsv(errataTsv, ERRATA_TYPES));
            statement.execute("CREATE TABLE stage_events AS SELECT *, row_number() OVER (PARTITION BY dataset,"
                    + " event_id, event_date ORDER BY line) AS copy FROM (" + readTsv(eventsTsv, EVENT_TYPES) + ")");
            statement.execute("INSERT INTO stage_errata SELECT file, line, 'event id', 'REPEATED_EVENT', 'event '"
                    + " || event_id || ' of ' || event_date || ' already read' FROM stage_events WHERE copy > 1");
            statement.execute("CREATE VIEW kept AS SELECT * EXCLUDE (copy) FROM stage_events WHERE copy = 1");
            long events = count(connection, "SELECT count(*) FROM kept");
            long repeated = count(connection, "SELECT count(*) FROM stage_events") - events;
            if (repeated > 0) {
                defects.merge(EventDefect.REPEATED_EVENT, repeated, Long::sum);
            }
            if (events > 0) {
                statement.execute("COPY (SELECT *, '" + importId + "' AS import_id, year(event_date) AS year,"
                        + " month(event_date) AS month FROM kept) TO '" + stagedEvents + "' (FORMAT PARQUET,"
                        + " PARTITION_BY (year, month), FILENAME_PATTERN '" + importId + "_{i}')");
            }
            statement.execute("CREATE TABLE stage_mentions AS " + readTsv(mentionsTsv, MENTION_TYPES));
            long mentionCount = count(connection, "SELECT count(*) FROM stage_mentions");
            if (mentionCount > 0) {
                statement.execute("COPY (SELECT *, '" + importId + "' AS import_id, year(event_time) AS year,"
                        + " month(event_time) AS month FROM stage_mentions) TO '" + stagedMentions + "' (FORMAT"
                        + " PARQUET, PARTITION_BY (year, month), FILENAME_PATTERN '" + importId + "_{i}')");
            }
            statement.execute("COPY (SELECT * FROM stage_errata ORDER BY line) TO '"
                    + staging.resolve("errata.parquet") + "' (FORMAT PARQUET)");
            Map<YearMonth, Long> byMonth = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT year(event_date), month(event_date), count(*)"
                    + " FROM kept GROUP BY ALL")) {
                while (rows.next()) {
                    byMonth.put(YearMonth.of(rows.getInt(1), rows.getInt(2)), rows.getLong(3));
                }
            }
            Set<YearMonth> covered = EventCoverage.coveredMonths(byMonth);
            LocalDate first = null;
            LocalDate last = null;
            try (ResultSet rows = statement.executeQuery("SELECT min(event_date), max(event_date) FROM kept")) {
                if (rows.next() && rows.getObject(1) != null) {
                    first = rows.getObject(1, LocalDate.class);
                    last = rows.getObject(2, LocalDate.class);
                }
            }
            FileCoverage coverage = new FileCoverage(file.name(), sha256, file.format().dataset(), events, first,
                    last, covered, Instant.now().toString());
            try (PreparedStatement insert = connection.prepareStatement("COPY (SELECT ? AS file, ? AS sha256,"
                    + " ? AS dataset, ?::BIGINT AS events, ?::DATE AS first_date, ?::DATE AS last_date,"
                    + " ? AS covered_months, ? AS imported_at, ?::BIGINT AS lines, ?::BIGINT AS mentions) TO '"
                    + staging.resolve("import.parquet") + "' (FORMAT PARQUET)")) {
                insert.setString(1, coverage.file());
                insert.setString(2, sha256);
                insert.setString(3, coverage.dataset());
                insert.setLong(4, events);
                insert.setObject(5, first == null ? null : first.toString());
                insert.setObject(6, last == null ? null : last.toString());
                insert.setString(7, covered.stream().map(YearMonth::toString).collect(Collectors.joining(",")));
                insert.setString(8, coverage.importedAt());
                insert.setLong(9, lines);
                insert.setLong(10, mentionCount);
                insert.execute();
            }
            List<EventErratum> shown = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT * FROM stage_errata ORDER BY line LIMIT "
                    + ERRATA_SHOWN)) {
                while (rows.next()) {
                    shown.add(new EventErratum(rows.getString("file"), rows.getLong("line"), rows.getString("field"),
                            EventDefect.valueOf(rows.getString("defect")), rows.getString("problem")));
                }
            }
            return new FileImport(coverage, true, lines, mentionCount, defects, shown);
        }
    }

    /** A DuckDB query reading a staging file the {@link TsvSink} wrote. */
    private static String readTsv(Path file, String columns) {
        return "SELECT * FROM read_csv('" + file + "', delim = '\\t', header = false, quote = '\"', escape = '\"',"
                + " nullstr = '\\N', columns = " + columns + ", auto_detect = false)";
    }

    /** Moves the staged files into place, the import log last. */
    private void publish(Path staging, String importId, String sha256) throws IOException {
        for (String table : List.of("events", "mentions")) {
            Path staged = staging.resolve(table);
            if (!Files.isDirectory(staged)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(staged)) {
                for (Path part : walk.filter(Files::isRegularFile).toList()) {
                    Path target = root.resolve(table).resolve(staged.relativize(part));
                    Files.createDirectories(target.getParent());
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(root.resolve("errata"));
        Files.move(staging.resolve("errata.parquet"), root.resolve("errata").resolve(sha256 + ".parquet"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(root.resolve("imports"));
        Path tmp = root.resolve("imports").resolve(sha256 + ".parquet.tmp");
        Files.move(staging.resolve("import.parquet"), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, root.resolve("imports").resolve(sha256 + ".parquet"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every imported file with its coverage, by file name. */
    public List<FileCoverage> coverage() {
        if (!hasImports()) {
            return List.of();
        }
        List<FileCoverage> files = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM read_parquet('" + glob("imports", "*.parquet")
                        + "') ORDER BY file, sha256")) {
            while (rows.next()) {
                String months = rows.getString("covered_months");
                Set<YearMonth> covered = months == null || months.isEmpty() ? Set.of()
                        : Arrays.stream(months.split(",")).map(YearMonth::parse).collect(Collectors.toSet());
                String first = rows.getString("first_date");
                String last = rows.getString("last_date");
                files.add(new FileCoverage(rows.getString("file"), rows.getString("sha256"), rows.getString("dataset"),
                        rows.getLong("events"), first == null ? null : LocalDate.parse(first),
                        last == null ? null : LocalDate.parse(last), covered, rows.getString("imported_at")));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the event import log in " + root + ": " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * {@link DyadTally}'s reduce as DuckDB aggregates over a group of events, in the order of its
     * components (events, the four QuadClass counts, the Goldstein sum): DuckDB reduces each group
     * (a dyad's month) where the events are, and only the groups' partial tallies reach Java, which
     * merges them ({@link DyadTally#merge}) into periods. Handing every event to Java instead cost
     * about four times the aggregation itself (docs/benchmarks.md).
     */
    private static final String TALLY_AGGREGATES = "count(*), count(*) FILTER (quad_class = 1), count(*) FILTER"
            + " (quad_class = 2), count(*) FILTER (quad_class = 3), count(*) FILTER (quad_class = 4), sum(goldstein)";

    /** The tally of the row's aggregates, from column {@code first} on (in the order of {@link #TALLY_AGGREGATES}). */
    private static DyadTally tally(ResultSet rows, int first) throws SQLException {
        return new DyadTally(rows.getLong(first), rows.getLong(first + 1), rows.getLong(first + 2),
                rows.getLong(first + 3), rows.getLong(first + 4), rows.getDouble(first + 5));
    }

    /**
     * The tallies of one directed dyad by period, for events dated in {@code fromYear..toYear}:
     * DuckDB reduces the dyad's events month by month from the Parquet files (partition pruning on
     * year), and the months are merged into periods. Periods without events are absent (the caller
     * decides from coverage whether they are 0 or not covered).
     */
    public Map<String, DyadTally> dyadTallies(int sourceCow, int targetCow, EventPeriod period, int fromYear,
            int toYear) {
        Map<String, DyadTally> tallies = new TreeMap<>();
        if (!hasEvents()) {
            return tallies;
        }
        String sql = "SELECT year, month, " + TALLY_AGGREGATES + " FROM " + eventsRelation()
                + " WHERE source_cow = ? AND target_cow = ? AND year BETWEEN ? AND ? GROUP BY year, month";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, sourceCow);
            statement.setInt(2, targetCow);
            statement.setInt(3, fromYear);
            statement.setInt(4, toYear);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tallies.merge(period.label(YearMonth.of(rows.getInt(1), rows.getInt(2))), tally(rows, 3),
                            DyadTally::merge);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
        return tallies;
    }

    /**
     * The dyad-month table of every directed dyad of two states (both COW codes known), with the
     * same reduction as {@link #dyadTallies}. Sorted by source, target, year and month.
     */
    public List<DyadMonth> dyadMonths() {
        List<DyadMonth> months = new ArrayList<>();
        if (!hasEvents()) {
            return months;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(dyadMonthsQuery() + " ORDER BY ALL")) {
            while (rows.next()) {
                months.add(new DyadMonth(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), tally(rows,
                        5)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
        return months;
    }

    /**
     * The dyad-month table computed and counted inside DuckDB, returning its row count: the floor
     * {@link #dyadMonths()} is measured against by the benchmark (the same aggregation, with nothing
     * handed to Java).
     */
    public long dyadMonthsInPlainSql() {
        if (!hasEvents()) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            return count(connection, "SELECT count(*) FROM (" + dyadMonthsQuery() + ")");
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
    }

    private String dyadMonthsQuery() {
        return "SELECT source_cow, target_cow, year, month, " + TALLY_AGGREGATES + " FROM " + eventsRelation()
                + " WHERE source_cow IS NOT NULL AND target_cow IS NOT NULL GROUP BY source_cow, target_cow, year, month";
    }

    /** The number of stored events (of logged imports). */
    public long eventCount() {
        if (!hasEvents()) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            return count(connection, "SELECT count(*) FROM " + eventsRelation());
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
    }

    /** The events of logged imports, as a DuckDB relation over the partitioned Parquet files. */
    private String eventsRelation() {
        return "(SELECT * FROM read_parquet('" + glob("events", "*/*/*.parquet") + "', hive_partitioning = true)"
                + " WHERE import_id IN (SELECT substr(sha256, 1, 16) FROM read_parquet('"
                + glob("imports", "*.parquet") + "')))";
    }

    private boolean hasImports() {
        return hasFiles(root.resolve("imports"), 1);
    }

    private boolean hasEvents() {
        return hasImports() && hasFiles(root.resolve("events"), 3);
    }

    private static boolean hasFiles(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder, depth)) {
            return walk.anyMatch(p -> p.toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new StoreException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private String glob(String table, String pattern) {
        return root.resolve(table) + "/" + pattern;
    }

    private void removePartitionFiles(String table, String importId) throws IOException {
        Path folder = root.resolve(table);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.getFileName().toString().startsWith(importId + "_")).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Writes what the reader finds to tab-separated staging files, counting defects; DuckDB then reads
     * them in bulk ({@code read_csv}), which is many times faster than appending row by row. Nulls are
     * written as {@code \N}; a text with a tab, quote, line break or backslash is quoted.
     */
    private static final class TsvSink implements EventSink, AutoCloseable {
        private final BufferedWriter events;
        private final BufferedWriter mentions;
        private final BufferedWriter errata;
        private final Map<EventDefect, Long> defects;
        private final StringBuilder line = new StringBuilder(512);

        TsvSink(Path events, Path mentions, Path errata, Map<EventDefect, Long> defects) throws IOException {
            this.events = Files.newBufferedWriter(events, StandardCharsets.UTF_8);
            this.mentions = Files.newBufferedWriter(mentions, StandardCharsets.UTF_8);
            this.errata = Files.newBufferedWriter(errata, StandardCharsets.UTF_8);
            this.defects = defects;
        }

        @Override
        public void event(DumpEvent e) {
            line.setLength(0);
            text(e.dataset()).text(e.eventId()).text(e.date().toString()).text(e.sourceActor()).text(e.targetActor())
                    .text(e.sourceCountry()).text(e.targetCountry()).number(e.sourceCow()).number(e.targetCow())
                    .text(e.eventCode()).number(e.quadClass().code()).number(e.goldstein()).number(e.mentions())
                    .text(e.sourceUrl()).text(e.file()).number(e.line());
            write(events);
        }

        @Override
        public void mention(DumpMention m) {
            line.setLength(0);
            text(m.eventId()).text(m.eventTime().toString()).text(m.mentionTime().toString()).number(m.mentionType())
                    .text(m.sourceName()).text(m.identifier()).number(m.confidence()).text(m.file()).number(m.line());
            write(mentions);
        }

        @Override
        public void erratum(EventErratum erratum) {
            defects.merge(erratum.defect(), 1L, Long::sum);
            line.setLength(0);
            text(erratum.file()).number(erratum.line()).text(erratum.field()).text(erratum.defect().name())
                    .text(erratum.problem());
            write(errata);
        }

        @Override
        public void defect(EventDefect defect) {
            defects.merge(defect, 1L, Long::sum);
        }

        private TsvSink text(String value) {
            separate();
            if (value == null) {
                line.append("\\N");
            } else if (needsQuotes(value)) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
            return this;
        }

        private TsvSink number(Object value) {
            separate();
            line.append(value == null ? "\\N" : value.toString());
            return this;
        }

        private void separate() {
            if (line.length() > 0) {
                line.append('\t');
            }
        }

        private static boolean needsQuotes(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\t' || c == '"' || c == '\n' || c == '\r' || c == '\\') {
                    return true;
                }
            }
            return value.isEmpty();
        }

        private void write(BufferedWriter out) {
            try {
                out.append(line).append('\n');
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write a staging file: " + ex.getMessage(), ex);
            }
        }

        @Override
        public void close() {
            try (events; mentions; errata) {
                events.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write a staging file: " + ex.getMessage(), ex);
            }
        }
    }
}
