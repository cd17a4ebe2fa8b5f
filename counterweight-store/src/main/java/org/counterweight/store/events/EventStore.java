package org.counterweight.store.events;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DyadMonth;
import org.counterweight.core.events.DyadPeriod;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventCoverage;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.events.OneADay;
import org.counterweight.core.events.QuadClass;
import org.counterweight.io.events.EventDefect;
import org.counterweight.io.events.EventErratum;
import org.counterweight.io.events.EventFile;
import org.counterweight.io.events.EventFileFormat;
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
 * <p>Each file is one import: hashed (and uncompressed, if zipped or gzipped) in one pass, read in
 * bulk by an in-memory DuckDB with its own parallel CSV reader and the parser's rules written as SQL
 * ({@link EventStaging}; spilling to {@code ROOT/.staging}; a plain file's hashing pass runs on its
 * own thread beside DuckDB's reading, which is cancelled when the hash is already logged), written
 * as partitioned Parquet with {@code COPY ... (PARTITION_BY (year, month))}, moved into place, and
 * logged last; events whose import is not logged are never read, so a failed or interrupted import
 * changes nothing visible. A file whose SHA-256 is logged is skipped. Events with the same id and
 * date within one file are stored once (ICEWS repeats event ids across dates, so the key is id and
 * date).
 */
public final class EventStore {
    /** How many errata of one file an import returns (all are stored in {@code errata/}). */
    public static final int ERRATA_SHOWN = 20;

    /** The stored event columns, in order; the Spark job writes the same. */
    public static final List<String> EVENT_COLUMNS = List.of("dataset", "event_id", "event_date", "source_actor",
            "target_actor", "source_country", "target_country", "source_cow", "target_cow", "event_code",
            "quad_class", "goldstein", "mentions", "source_url", "file", "line", "import_id");

    /** How much memory DuckDB may use for one import before it spills to the staging folder. */
    private static final String IMPORT_MEMORY = "2GB";

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
    public List<FileImport> importFiles(List<EventFile> files, CameoCountries countries) {
        List<FileImport> imports = new ArrayList<>();
        for (EventFile file : files) {
            imports.add(importFile(file, countries));
        }
        return imports;
    }

    private FileImport importFile(EventFile file, CameoCountries countries) {
        Path staging = null;
        try {
            Files.createDirectories(root.resolve(".staging"));
            staging = Files.createTempDirectory(root.resolve(".staging"), "import");
            Path folder = staging;
            // a plain file is read by DuckDB where it lies, so the pass for its hash and empty lines runs
            // beside DuckDB's reading instead of before it; a zipped file is uncompressed by that pass first
            CompletableFuture<EventFile.Scan> scanning = file.isCompressed()
                    ? CompletableFuture.completedFuture(file.scan(staging))
                    : CompletableFuture.supplyAsync(() -> file.scan(folder), EventStore::onScanThread);
            Path text = file.isCompressed() ? scanning.join().text() : file.path();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
                stage(connection, file.format(), text, staging, scanning);
                EventFile.Scan scan = scanned(scanning);
                Optional<FileCoverage> logged = logged(scan);
                if (logged.isPresent()) {
                    return new FileImport(logged.get(), false, 0, 0, Map.of(), List.of());
                }
                String importId = EventFile.importId(scan.sha256());
                removePartitionFiles("events", importId);
                removePartitionFiles("mentions", importId);
                FileImport result = write(connection, file, scan, countries, importId, staging);
                connection.close();
                publish(staging, scan.sha256());
                return result;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot import " + file.path() + ": " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot import " + file.path() + " into " + root + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // a leftover staging folder is removed with .staging by hand; nothing reads it
            }
        }
    }

    /** Runs the pass over a file's bytes on a thread of its own (a daemon: it never holds the JVM open). */
    private static void onScanThread(Runnable pass) {
        Thread thread = new Thread(pass, "event-file-scan");
        thread.setDaemon(true);
        thread.start();
    }

    /** The scan's result, its failure rethrown as it was thrown. */
    private static EventFile.Scan scanned(CompletableFuture<EventFile.Scan> scanning) {
        try {
            return scanning.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The logged import of the scanned file, if its SHA-256 is logged. */
    private Optional<FileCoverage> logged(EventFile.Scan scan) {
        Path log = root.resolve("imports").resolve(scan.sha256() + ".parquet");
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        return Optional.of(coverage().stream().filter(c -> c.sha256().equals(scan.sha256())).findFirst()
                .orElseThrow(() -> new StoreException("the import log " + log + " cannot be read")));
    }

    /**
     * Reads the file's text into the table {@code staged} with DuckDB ({@link EventStaging}). When the
     * scan running beside it finds the file already imported, the reading is cancelled: a re-import
     * costs the hash, not the reading.
     */
    private void stage(Connection connection, EventFileFormat format, Path text, Path staging,
            CompletableFuture<EventFile.Scan> scanning) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET temp_directory = '" + EventStaging.quoted(staging.resolve("spill").toString()) + "'");
            statement.execute("SET memory_limit = '" + IMPORT_MEMORY + "'");
            statement.execute(EventStaging.MACROS);
            if (scanning.isDone() && logged(scanned(scanning)).isPresent()) {
                return;
            }
            Object reading = new Object();
            boolean[] done = {false};
            scanning.thenAccept(scan -> {
                if (Files.exists(root.resolve("imports").resolve(scan.sha256() + ".parquet"))) {
                    synchronized (reading) {
                        if (!done[0]) {
                            cancel(statement);
                        }
                    }
                }
            });
            try {
                statement.execute("CREATE TABLE staged AS " + EventStaging.stage(format, text));
            } catch (SQLException e) {
                if (logged(scanned(scanning)).isEmpty()) {
                    throw e;
                }
            } finally {
                synchronized (reading) {
                    done[0] = true;
                }
            }
        }
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // the reading then runs to its end and is thrown away
        }
    }

    /**
     * From the table {@code staged}: resolves countries, drops repeated events, and writes the events
     * (or mentions), the errata and the log entry into {@code staging}.
     */
    private FileImport write(Connection connection, EventFile file, EventFile.Scan scan,
            CameoCountries countries, String importId, Path staging) throws SQLException {
        boolean events = file.format().holdsEvents();
        String name = EventStaging.quoted(file.name());
        try (Statement statement = connection.createStatement()) {
            // the staged rows' order (their rowid) is the file's; what follows may run in any order
            statement.execute("SET preserve_insertion_order = false");
            statement.execute("CREATE TABLE rejected AS SELECT line, first(error_type) AS error_type,"
                    + " first(csv_line) AS csv_line FROM rejects GROUP BY line");
            statement.execute("CREATE TABLE excluded (e BIGINT)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO excluded VALUES (?)")) {
                for (long blank : scan.blankLines()) {
                    insert.setLong(1, blank);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            statement.execute("INSERT INTO excluded SELECT line FROM rejected");
            List<Long> excluded = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT e FROM excluded ORDER BY e LIMIT "
                    + (EventStaging.MAX_SHIFTS_INLINE + 1))) {
                while (rows.next()) {
                    excluded.add(rows.getLong(1));
                }
            }
            String rows = "(SELECT rowid + 1 AS ordinal, * FROM staged)";
            String line;
            if (excluded.size() > EventStaging.MAX_SHIFTS_INLINE) {
                statement.execute("CREATE TABLE shifts AS " + EventStaging.shifts("excluded"));
                rows = "(SELECT s.*, s.ordinal + coalesce(x.j, 0) AS line FROM " + rows + " s ASOF LEFT JOIN shifts x"
                        + " ON s.ordinal > x.c)";
                line = "line";
            } else {
                line = EventStaging.line("ordinal", excluded);
            }
            String header = scan.header() ? " WHERE ordinal > 1" : "";
            statement.execute("CREATE VIEW lines AS SELECT *, " + line + " AS file_line FROM " + rows + header);
            Map<EventDefect, Long> defects = new EnumMap<>(EventDefect.class);
            long mentionCount = 0;
            long eventCount = 0;
            if (events) {
                loadCountries(connection, countries);
                statement.execute("CREATE VIEW valid AS SELECT * FROM lines WHERE rule = 0");
                statement.execute("CREATE TABLE repeated AS SELECT file_line FROM (SELECT file_line, row_number() OVER"
                        + " (PARTITION BY event_id, event_date ORDER BY file_line) AS copy FROM valid WHERE"
                        + " hash(event_id, event_date) IN (SELECT hash(event_id, event_date) FROM valid GROUP BY ALL"
                        + " HAVING count(*) > 1)) WHERE copy > 1");
                statement.execute("CREATE VIEW kept AS SELECT * FROM valid WHERE file_line NOT IN (SELECT file_line FROM"
                        + " repeated)");
                // GDELT names countries by code, so none is unmapped and counting needs no country joins
                String counted = file.format() == EventFileFormat.ICEWS_EVENTS ? resolved(file.format(), "valid")
                        : "(SELECT *, 0 AS unmapped FROM valid)";
                try (ResultSet counts = statement.executeQuery("SELECT sum(padded), sum(blank), sum(unmapped) FROM "
                        + counted)) {
                    counts.next();
                    count(defects, EventDefect.PADDED_ACTOR, counts.getLong(1));
                    count(defects, EventDefect.BLANK_ACTOR, counts.getLong(2));
                    count(defects, EventDefect.UNMAPPED_COUNTRY, counts.getLong(3));
                }
                statement.execute("CREATE TABLE months AS SELECT year(event_date) AS year, month(event_date) AS month,"
                        + " count(*) AS events, min(event_date) AS first, max(event_date) AS last FROM kept GROUP BY ALL");
                eventCount = count(connection, "SELECT coalesce(sum(events), 0) FROM months");
                if (eventCount > 0) {
                    // the dataset is the file's, so it is written here, not staged on every row
                    statement.execute("COPY (SELECT '" + file.format().dataset() + "' AS dataset, event_id, event_date,"
                            + " source_actor, target_actor, source_country, target_country, source_cow, target_cow,"
                            + " event_code, quad_class, goldstein, mentions, source_url, '" + name + "' AS file, file_line"
                            + " AS line, '" + importId + "' AS"
                            + " import_id, year(event_date) AS year, month(event_date) AS month FROM "
                            + resolved(file.format(), "kept") + ") TO '"
                            + EventStaging.quoted(staging.resolve("events").toString()) + "' (FORMAT PARQUET,"
                            + " PARTITION_BY (year, month), FILENAME_PATTERN '" + importId + "_{i}')");
                }
            } else {
                mentionCount = count(connection, "SELECT count(*) FROM lines WHERE rule = 0");
                if (mentionCount > 0) {
                    statement.execute("COPY (SELECT event_id, event_time, mention_time, mention_type, source_name,"
                            + " identifier, confidence, '" + name + "' AS file, file_line AS line, '" + importId + "' AS"
                            + " import_id, year(event_time) AS year, month(event_time) AS month FROM lines WHERE rule = 0)"
                            + " TO '" + EventStaging.quoted(staging.resolve("mentions").toString()) + "' (FORMAT"
                            + " PARQUET, PARTITION_BY (year, month), FILENAME_PATTERN '" + importId + "_{i}')");
                }
            }
            statement.execute("CREATE TABLE errata AS SELECT '" + name + "' AS file, line, NULL::VARCHAR AS field,"
                    + " 'BAD_LINE' AS defect, CASE WHEN error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS') THEN"
                    + " 'expected " + file.format().columns() + " tab-separated columns, found ' ||"
                    + " len(string_split(csv_line, chr(9))) WHEN error_type = 'INVALID UNICODE' THEN 'the line is not"
                    + " UTF-8 text' ELSE lower(error_type) END AS problem FROM rejected UNION ALL SELECT '" + name
                    + "', file_line, " + EventStaging.erratum(file.format()) + " FROM lines WHERE rule > 0");
            if (events) {
                statement.execute("INSERT INTO errata SELECT '" + name + "', file_line, 'event id', 'REPEATED_EVENT',"
                        + " 'event ' || event_id || ' of ' || event_date || ' already read' FROM valid WHERE"
                        + " file_line IN (SELECT file_line FROM repeated)");
            }
            try (ResultSet counts = statement.executeQuery("SELECT defect, count(*) FROM errata GROUP BY defect")) {
                while (counts.next()) {
                    count(defects, EventDefect.valueOf(counts.getString(1)), counts.getLong(2));
                }
            }
            statement.execute("COPY (SELECT * FROM errata ORDER BY line) TO '"
                    + EventStaging.quoted(staging.resolve("errata.parquet").toString()) + "' (FORMAT PARQUET)");
            long lines = count(connection, "SELECT count(*) FROM lines") + count(connection,
                    "SELECT count(*) FROM rejected");
            FileCoverage coverage = events ? coverage(connection, file, scan.sha256(), eventCount)
                    : new FileCoverage(file.name(), scan.sha256(), file.format().dataset(), 0, null, null, Set.of(),
                            Instant.now().toString());
            writeLog(connection, coverage, lines, mentionCount, staging.resolve("import.parquet"));
            List<EventErratum> shown = new ArrayList<>();
            try (ResultSet errata = statement.executeQuery("SELECT * FROM errata ORDER BY line LIMIT "
                    + ERRATA_SHOWN)) {
                while (errata.next()) {
                    shown.add(new EventErratum(errata.getString("file"), errata.getLong("line"),
                            errata.getString("field"), EventDefect.valueOf(errata.getString("defect")),
                            errata.getString("problem")));
                }
            }
            return new FileImport(coverage, true, lines, mentionCount, defects, shown);
        }
    }

    /**
     * The staged rows of an event file with their countries resolved: GDELT's country codes, or
     * ICEWS's country names through their lookup key ({@link CameoCountries#nameKey}), to CAMEO and
     * COW codes; with how many of the row's two countries have no code ({@code unmapped}).
     */
    private static String resolved(EventFileFormat format, String relation) {
        if (format == EventFileFormat.ICEWS_EVENTS) {
            String key = "trim(regexp_replace(upper(%s), '[^A-Z0-9]+', ' ', 'g'))";
            return "(SELECT l.*, sn.code AS source_country, tn.code AS target_country, sc.cow AS source_cow, tc.cow AS"
                    + " target_cow, (source_name IS NOT NULL AND sn.code IS NULL)::INTEGER + (target_name IS NOT NULL AND"
                    + " tn.code IS NULL)::INTEGER AS unmapped FROM " + relation + " l LEFT JOIN country_names sn ON sn.name_key = "
                    + String.format(key, "l.source_name") + " LEFT JOIN country_names tn ON tn.name_key = "
                    + String.format(key, "l.target_name") + " LEFT JOIN country_cows sc ON sc.code = sn.code"
                    + " LEFT JOIN country_cows tc ON tc.code = tn.code)";
        }
        return "(SELECT l.*, sc.cow AS source_cow, tc.cow AS target_cow, 0 AS unmapped FROM " + relation + " l LEFT JOIN"
                + " country_cows sc ON sc.code = upper(l.source_country) LEFT JOIN country_cows tc ON tc.code ="
                + " upper(l.target_country))";
    }

    private static void loadCountries(Connection connection, CameoCountries countries) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE country_cows (code VARCHAR, cow INTEGER)");
            statement.execute("CREATE TABLE country_names (name_key VARCHAR, code VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO country_cows VALUES (?, ?)")) {
            for (Map.Entry<String, Integer> entry : countries.cowByCode().entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setInt(2, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO country_names VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : countries.codeByNameKey().entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The months the kept events cover ({@code months}: events by month), and their first and last dates. */
    private static FileCoverage coverage(Connection connection, EventFile file, String sha256, long events)
            throws SQLException {
        Map<YearMonth, Long> byMonth = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT year, month, events, first, last FROM months")) {
            while (rows.next()) {
                byMonth.put(YearMonth.of(rows.getInt(1), rows.getInt(2)), rows.getLong(3));
                LocalDate min = rows.getObject(4, LocalDate.class);
                LocalDate max = rows.getObject(5, LocalDate.class);
                first = first == null || min.isBefore(first) ? min : first;
                last = last == null || max.isAfter(last) ? max : last;
            }
        }
        return new FileCoverage(file.name(), sha256, file.format().dataset(), events, first, last,
                EventCoverage.coveredMonths(byMonth), Instant.now().toString());
    }

    private static void writeLog(Connection connection, FileCoverage coverage, long lines, long mentions, Path to)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("COPY (SELECT ? AS file, ? AS sha256,"
                + " ? AS dataset, ?::BIGINT AS events, ?::DATE AS first_date, ?::DATE AS last_date,"
                + " ? AS covered_months, ? AS imported_at, ?::BIGINT AS lines, ?::BIGINT AS mentions) TO '"
                + EventStaging.quoted(to.toString()) + "' (FORMAT PARQUET)")) {
            insert.setString(1, coverage.file());
            insert.setString(2, coverage.sha256());
            insert.setString(3, coverage.dataset());
            insert.setLong(4, coverage.events());
            insert.setObject(5, coverage.firstDate() == null ? null : coverage.firstDate().toString());
            insert.setObject(6, coverage.lastDate() == null ? null : coverage.lastDate().toString());
            insert.setString(7, coverage.coveredMonths().stream().map(YearMonth::toString)
                    .collect(Collectors.joining(",")));
            insert.setString(8, coverage.importedAt());
            insert.setLong(9, lines);
            insert.setLong(10, mentions);
            insert.execute();
        }
    }

    private static void count(Map<EventDefect, Long> defects, EventDefect defect, long lines) {
        if (lines > 0) {
            defects.merge(defect, lines, Long::sum);
        }
    }

    /** Moves the staged files into place, the import log last. */
    private void publish(Path staging, String sha256) throws IOException {
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
     * The one-a-day groups ({@link OneADay}: one per source, target, CAMEO event code and day) of the
     * events {@code where} selects: each group's tally as given, reduced where the events are (the
     * components of {@link DyadTally}, in order: events, the four QuadClass counts, the Goldstein sum,
     * the events with mentions, their mentions, the mention-weighted Goldstein sum), and the event the
     * filter keeps (the first by file, line and import id, as {@link OneADay#FIRST}: DuckDB orders
     * structs field by field). Only the groups' partial tallies reach Java, which merges them into
     * periods with {@link DyadTally#merge}; handing every event to Java instead cost about four times
     * the aggregation itself (docs/benchmarks.md).
     */
    private String oneADayGroups(String where) {
        return "SELECT source_cow, target_cow, event_date, year, month, count(*) AS n, count(*) FILTER (quad_class = 1)"
                + " AS q1, count(*) FILTER (quad_class = 2) AS q2, count(*) FILTER (quad_class = 3) AS q3, count(*)"
                + " FILTER (quad_class = 4) AS q4, sum(goldstein) AS g, count(mentions) AS nm, coalesce(sum(mentions),"
                + " 0) AS m, coalesce(sum(mentions * goldstein), 0) AS mg, min({'file': file, 'line': line,"
                + " 'import_id': import_id, 'quad_class': quad_class, 'goldstein': goldstein, 'mentions': mentions})"
                + " AS kept FROM " + eventsRelation() + " WHERE source_cow IS NOT NULL AND target_cow IS NOT NULL"
                + (where.isEmpty() ? "" : " AND " + where) + " GROUP BY source_cow, target_cow, event_code, event_date,"
                + " year, month";
    }

    /**
     * The tallies of the one-a-day groups merged by {@code keys} (a list of the groups' columns), first
     * as given (the groups' sums), then one-a-day (one event per group, the kept one): the key columns,
     * then 9 + 9 tally components ({@link #tally(ResultSet, int)}).
     */
    private String tallies(String keys, String where) {
        return "SELECT " + keys + ", sum(n)::BIGINT, sum(q1)::BIGINT, sum(q2)::BIGINT, sum(q3)::BIGINT, sum(q4)::BIGINT,"
                + " sum(g), sum(nm)::BIGINT, sum(m)::BIGINT, sum(mg), count(*), count(*) FILTER (kept.quad_class = 1),"
                + " count(*) FILTER (kept.quad_class = 2), count(*) FILTER (kept.quad_class = 3), count(*) FILTER"
                + " (kept.quad_class = 4), sum(kept.goldstein), count(kept.mentions), coalesce(sum(kept.mentions),"
                + " 0)::BIGINT, coalesce(sum(kept.mentions * kept.goldstein), 0) FROM (" + oneADayGroups(where)
                + ") GROUP BY " + keys;
    }

    /** The tally whose 9 components start at column {@code first}. */
    private static DyadTally tally(ResultSet rows, int first) throws SQLException {
        return new DyadTally(rows.getLong(first), rows.getLong(first + 1), rows.getLong(first + 2),
                rows.getLong(first + 3), rows.getLong(first + 4), rows.getDouble(first + 5), rows.getLong(first + 6),
                rows.getLong(first + 7), rows.getDouble(first + 8));
    }

    /** The SQL condition for events dated in {@code span} (with partition pruning on year). */
    private static String dated(EventPeriod.Span span) {
        return "year BETWEEN " + span.first().getYear() + " AND " + span.last().getYear() + " AND event_date BETWEEN"
                + " DATE '" + span.first() + "' AND DATE '" + span.last() + "'";
    }

    /**
     * The tallies of one directed dyad by period, as given and one-a-day, for events in the whole
     * periods holding {@code fromYear..toYear} (an ISO week may reach into the year before or after):
     * DuckDB reduces the dyad's events month by month (day by day for days and weeks) and the groups
     * are merged into periods. Periods without events are absent (the caller decides from coverage
     * whether they are 0 or not covered).
     */
    public Map<String, DyadPeriod> dyadTallies(int sourceCow, int targetCow, EventPeriod period, int fromYear,
            int toYear) {
        if (!hasEvents()) {
            return new TreeMap<>();
        }
        String where = "source_cow = " + sourceCow + " AND target_cow = " + targetCow + " AND "
                + dated(period.span(fromYear, toYear));
        return readPeriods(period, where).stream().collect(Collectors.toMap(DyadPeriod::period, p -> p,
                (x, y) -> x, TreeMap::new));
    }

    /**
     * The dyad-period table of every directed dyad of two states (both COW codes known): the same
     * reduction as {@link #dyadTallies}. Sorted by source, target and period.
     */
    public List<DyadPeriod> dyadPeriods(EventPeriod period) {
        return hasEvents() ? readPeriods(period, "") : List.of();
    }

    /** The groups {@code where} selects, by dyad and month (by day for days and weeks), merged into periods. */
    private List<DyadPeriod> readPeriods(EventPeriod period, String where) {
        boolean byMonth = period.holdsWholeMonths();
        Map<List<Object>, DyadPeriod> periods = new TreeMap<>(Comparator.comparing((List<Object> k) -> (Integer) k.get(0))
                .thenComparing(k -> (Integer) k.get(1)).thenComparing(k -> (String) k.get(2)));
        String sql = tallies(byMonth ? "source_cow, target_cow, year, month" : "source_cow, target_cow, event_date",
                where);
        int first = byMonth ? 5 : 4;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String label = byMonth ? period.label(YearMonth.of(rows.getInt(3), rows.getInt(4)))
                        : period.label(rows.getObject(3, LocalDate.class));
                DyadPeriod part = new DyadPeriod(rows.getInt(1), rows.getInt(2), label, tally(rows, first),
                        tally(rows, first + 9));
                periods.merge(List.of(part.sourceCow(), part.targetCow(), label), part, (a, b) -> new DyadPeriod(
                        a.sourceCow(), a.targetCow(), label, a.tally().merge(b.tally()), a.oneADay().merge(b.oneADay())));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(periods.values());
    }

    /**
     * The dyad-month table of every directed dyad of two states (both COW codes known), as given and
     * one-a-day, with the same reduction as {@link #dyadTallies}. Sorted by source, target, year and month.
     */
    public List<DyadMonth> dyadMonths() {
        return hasEvents() ? readDyadMonths(dyadMonthsQuery("") + " ORDER BY ALL") : List.of();
    }

    /**
     * The dyad-month table of the directed dyads among {@code cows} (both ends among them), for events
     * dated in {@code fromYear..toYear}; the same reduction as {@link #dyadMonths()}.
     */
    public List<DyadMonth> dyadMonths(java.util.Collection<Integer> cows, int fromYear, int toYear) {
        if (!hasEvents() || cows.isEmpty() || fromYear > toYear) {
            return List.of();
        }
        String codes = cows.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return readDyadMonths(dyadMonthsQuery("year BETWEEN " + fromYear + " AND " + toYear + " AND source_cow IN ("
                + codes + ") AND target_cow IN (" + codes + ")") + " ORDER BY ALL");
    }

    /** The rows of a dyad-month query: source, target, year, month, then the two tallies. */
    private List<DyadMonth> readDyadMonths(String sql) {
        List<DyadMonth> months = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                months.add(new DyadMonth(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), tally(rows,
                        5), tally(rows, 14)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
        return months;
    }

    /**
     * The dyad-month table computed and summed up inside DuckDB, returning its row count: the floor
     * {@link #dyadMonths()} is measured against by the benchmark (the same aggregation, every
     * aggregate computed, nothing handed to Java).
     */
    public long dyadMonthsInPlainSql() {
        if (!hasEvents()) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            // every aggregate is summed, so that DuckDB computes them all (a bare count(*) lets it drop them)
            return count(connection, "SELECT count(*), sum(COLUMNS(*)) FROM (" + dyadMonthsQuery("") + ")");
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the events of a plain (uncompressed) file to {@code folder} as Parquet by year and month,
     * as an import does, but with none of an import's checks, line numbers, de-duplication, country
     * mapping or errata ({@link EventStaging#floor}), and returns the events written: the floor the
     * benchmark measures imports against, what DuckDB's reading and partitioned writing cost alone. The
     * folder is not an event store.
     */
    public static long writeFloor(EventFile file, Path folder) {
        if (file.isCompressed()) {
            throw new IllegalArgumentException("the floor reads a plain file, not " + file.path());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(EventStaging.MACROS);
            if (statement.execute("COPY (" + EventStaging.floor(file.format(), file.path()) + ") TO '"
                    + EventStaging.quoted(folder.toString()) + "' (FORMAT PARQUET, PARTITION_BY (year, month),"
                    + " OVERWRITE_OR_IGNORE)")) {
                try (ResultSet written = statement.getResultSet()) {
                    return written.next() ? written.getLong(1) : 0;
                }
            }
            return statement.getUpdateCount();
        } catch (SQLException e) {
            throw new StoreException("cannot write the floor of " + file.path() + " to " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private String dyadMonthsQuery(String where) {
        return tallies("source_cow, target_cow, year, month", where);
    }

    /**
     * The events of one directed dyad dated in {@code span}, in date, file and line order, with their
     * import ids: what a row of {@link #dyadTallies} was tallied from, with their SOURCEURLs.
     */
    public List<StoredEvent> dyadEvents(int sourceCow, int targetCow, EventPeriod.Span span) {
        List<StoredEvent> events = new ArrayList<>();
        if (!hasEvents()) {
            return events;
        }
        String sql = "SELECT dataset, event_id, event_date, source_actor, target_actor, source_country, target_country,"
                + " source_cow, target_cow, event_code, quad_class, goldstein, mentions, source_url, file, line,"
                + " import_id FROM " + eventsRelation() + " WHERE source_cow = " + sourceCow + " AND target_cow = "
                + targetCow + " AND " + dated(span) + " ORDER BY event_date, file, line, import_id";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                events.add(new StoredEvent(new DumpEvent(rows.getString(1), rows.getString(2),
                        rows.getObject(3, LocalDate.class), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), rows.getInt(8), rows.getInt(9), rows.getString(10),
                        QuadClass.ofCode(rows.getInt(11)), rows.getDouble(12), (Integer) rows.getObject(13,
                                Integer.class), rows.getString(14), rows.getString(15), rows.getLong(16)),
                        rows.getString(17)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
        return events;
    }

    /**
     * The days each imported file covers ({@link EventCoverage#coveredDays}: from its first to its last
     * event date within the months it covers), for day and week tallies; files covering no month are
     * left out.
     */
    public List<EventPeriod.Span> coveredDays() {
        List<FileCoverage> files = coverage();
        if (files.isEmpty() || !hasEvents()) {
            return List.of();
        }
        Map<String, Map<YearMonth, EventPeriod.Span>> spans = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT import_id, year, month, min(event_date),"
                        + " max(event_date) FROM " + eventsRelation() + " GROUP BY ALL")) {
            while (rows.next()) {
                spans.computeIfAbsent(rows.getString(1), k -> new HashMap<>()).put(YearMonth.of(rows.getInt(2),
                        rows.getInt(3)), new EventPeriod.Span(rows.getObject(4, LocalDate.class), rows.getObject(5,
                                LocalDate.class)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + root + ": " + e.getMessage(), e);
        }
        List<EventPeriod.Span> days = new ArrayList<>();
        for (FileCoverage file : files) {
            EventCoverage.coveredDays(spans.getOrDefault(EventFile.importId(file.sha256()), Map.of()),
                    file.coveredMonths()).ifPresent(days::add);
        }
        return days;
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
}
