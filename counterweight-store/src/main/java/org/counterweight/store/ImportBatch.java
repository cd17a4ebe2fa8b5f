package org.counterweight.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One transactional import into a slot, on a connection of its own. Records are first appended to
 * temporary staging tables of that connection (DuckDB's appender does not take part in transactions,
 * so nothing is appended to a real table, and no other session sees them); {@link #commit()} then
 * checks them, replaces the slot's rows in every table and records the import in the history, in a
 * single transaction, under the store's write lock. Readers see the slot either as it was or as it is
 * after the commit. Closing without committing, or any failure, leaves the store as it was.
 *
 * <p>A user's dataset file ({@link #check}) is checked first: it has rows, no key twice, only known
 * COW codes, and it is not a dataset version already loaded: rows all held already make the import a
 * no-op ("already loaded"), rows clashing with an import loaded are refused
 * ({@link ImportConflictException}) unless the batch {@link #replacing replaces} it; the replaced
 * import's rows are kept aside so that undoing this one brings them back ({@link ImportLog}).
 */
public final class ImportBatch implements AutoCloseable {
    /** Tables describing an import rather than holding its data rows. */
    private static final java.util.Set<String> DESCRIPTIONS = java.util.Set.of("sources", "arms_coverage");

    private final KnowledgeBase store;
    private final DuckDBConnection connection;
    private final Origin origin;
    private final Map<String, String> staged = new LinkedHashMap<>();
    /** Data rows staged (the source description of the import and its coverage declarations are not counted). */
    private long rows;
    private boolean finished;
    private DatasetLayout layout;
    private byte[] content;
    private String contentName;
    private boolean replace;
    private String alsoReplacing;

    /**
     * Where an import comes from.
     *
     * @param dataset    the slot
     * @param kind       bundled, user or case
     * @param format     the dataset format's label, or null
     * @param version    the version the caller gave, or null
     * @param fileName   the file or resource
     * @param sha256     the slot's content hash (content and schema version)
     * @param fileSha256 SHA-256 of the file's bytes alone, or null
     */
    public record Origin(String dataset, String kind, String format, String version, String fileName, String sha256,
            String fileSha256) {
    }

    ImportBatch(KnowledgeBase store, Origin origin) {
        this.store = store;
        this.connection = store.duplicateConnection();
        this.origin = origin;
    }

    /** Checks the rows of a user's file before committing them (see the class comment). */
    ImportBatch check(DatasetLayout layout, String fileName, byte[] content) {
        this.layout = layout;
        this.contentName = fileName;
        this.content = content;
        return this;
    }

    /** Replaces the import loaded in {@code slot} too (a case file's {@code replaces:}), if one is. */
    ImportBatch alsoReplacing(String slot) {
        this.alsoReplacing = slot;
        return this;
    }

    /** Lets the commit replace the imports loaded that hold the same dataset version. */
    ImportBatch replacing(boolean replace) {
        this.replace = replace;
        return this;
    }

    /**
     * Stages the records that {@code producer} passes to its sink. The producer may throw (bad input);
     * the batch is then unusable and closing it discards what was staged.
     */
    public <R> void stage(Table<R> table, Consumer<Consumer<R>> producer) {
        boolean first = !staged.containsKey(table.name());
        String stage = staged.computeIfAbsent(table.name(), name -> "stage_" + name);
        try {
            if (first) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " AS SELECT * FROM main."
                            + table.name() + " LIMIT 0");
                }
            }
            try (DuckDBAppender appender = connection.createAppender("temp", "main", stage)) {
                Row row = new Row(appender);
                producer.accept(record -> {
                    try {
                        appender.beginRow();
                        appender.append(origin.dataset());
                        table.writer().write(record, row);
                        appender.endRow();
                        if (!DESCRIPTIONS.contains(table.name())) {
                            rows++;
                        }
                    } catch (SQLException e) {
                        throw StoreFaults.translate(store.name(), "cannot stage a row of " + table.name(), e);
                    }
                });
            }
        } catch (SQLException e) {
            throw StoreFaults.translate(store.name(), "cannot stage rows for " + table.name(), e);
        }
    }

    /**
     * Checks the staged rows and swaps them in for the slot's old rows in one transaction; returns an
     * unchanged result naming the slot that holds them when they are all loaded already.
     *
     * @throws ImportConflictException when they clash with an import loaded and the batch does not replace
     * @throws org.counterweight.io.InputFormatException when a check fails, naming the file, line and field
     */
    public ImportResult commit() {
        store.writeLock().lock();
        try {
            connection.setAutoCommit(false);
            try {
                ImportResult result = swap();
                if (result.changed()) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                finished = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreFaults.translate(store.name(), "import of " + origin.dataset() + " failed and was rolled back", e);
        } finally {
            store.writeLock().unlock();
        }
    }

    private ImportResult swap() throws SQLException {
        String dataset = origin.dataset();
        String identity = identity();
        List<String> shelve = new ArrayList<>();
        if (layout != null) {
            ImportChecks checks = new ImportChecks(connection, layout, staged.getOrDefault(layout.table(),
                    "stage_" + layout.table()), contentName, content);
            checks.requireRows(rows);
            checks.requireUniqueKeys();
            checks.requireKnownCodes();
            ImportChecks.Verdict verdict = checks.compare(ImportLog.loadedSlots(connection, origin.format()));
            if (verdict instanceof ImportChecks.AlreadyLoaded already) {
                ImportEntry holder = ImportLog.loaded(connection, already.slot()).orElseThrow();
                return new ImportResult(holder.dataset(), false, holder.rows(), holder.id(), holder, List.of());
            }
            if (verdict instanceof ImportChecks.Clash clash) {
                if (!replace) {
                    throw new ImportConflictException(contentName, identity, layout.keyNames(),
                            clash.overlaps().keySet().stream().map(s -> ImportLog.loaded(connection, s).orElseThrow())
                                    .toList(), clash.overlaps().values().stream().mapToLong(Long::longValue).sum(),
                            clash.staged(), clash.differing());
                }
                shelve.addAll(clash.overlaps().keySet());
            }
        }
        if (alsoReplacing != null && !shelve.contains(alsoReplacing)
                && ImportLog.loaded(connection, alsoReplacing).isPresent()) {
            shelve.add(alsoReplacing);
        }
        Optional<ImportEntry> previous = ImportLog.loaded(connection, dataset);
        long id = ImportLog.nextId(connection);
        if (previous.isPresent() && !shelve.contains(dataset)) {
            if ("bundled".equals(origin.kind()) || previous.get().fileSha256() == null) {
                ImportLog.supersede(connection, dataset);
            } else if ("user".equals(origin.kind()) && !replace) {
                throw new ImportConflictException(contentName != null ? contentName : origin.fileName(), identity, layout == null ? "the whole file"
                        : layout.keyNames(), List.of(previous.get()), 0, rows, 0);
            } else {
                shelve.add(dataset);
            }
        }
        for (String slot : shelve) {
            ImportLog.shelve(connection, slot, id, slot.equals(dataset));
        }
        ImportLog.remove(connection, dataset);
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> entry : staged.entrySet()) {
                statement.execute("INSERT INTO main." + entry.getKey() + " SELECT * FROM temp.main." + entry.getValue());
            }
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?, current_timestamp)")) {
            record.setString(1, dataset);
            record.setString(2, origin.kind());
            record.setString(3, origin.fileName());
            record.setString(4, origin.sha256());
            record.setLong(5, rows);
            record.executeUpdate();
        }
        ImportLog.record(connection, new ImportEntry(id, dataset, origin.kind(), origin.format(), origin.version(),
                identity, origin.fileName(), origin.sha256(), origin.fileSha256(), rows, null, ImportLog.LOADED, null));
        List<Long> replaced = new ArrayList<>();
        for (String slot : shelve) {
            replaced.add(Sql.query(connection, "SELECT max(id) FROM import_history WHERE dataset = ? AND replaced_by = ?",
                    row -> row.getLong(1), slot, id).get(0));
        }
        return new ImportResult(dataset, true, rows, id, null, replaced);
    }

    /** The dataset version the rows are: the format and the version given, or those the rows hold. */
    private String identity() {
        if (origin.format() == null) {
            return null;
        }
        String version = origin.version();
        if (version == null && layout != null && layout.versionColumn() != null && staged.containsKey(layout.table())) {
            version = String.join(",", Sql.query(connection, "SELECT DISTINCT CAST(" + layout.versionColumn()
                    + " AS VARCHAR) FROM temp.main." + staged.get(layout.table()) + " ORDER BY 1", row -> row.getString(1)));
        }
        return version == null || version.isEmpty() ? origin.format() : origin.format() + " " + version;
    }

    /** Discards the staging tables (with the connection that holds them). */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            if (!finished) {
                throw new StoreException("cannot discard staged rows of " + origin.dataset() + ": " + e.getMessage(), e);
            }
        }
    }
}
