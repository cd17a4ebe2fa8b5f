package org.counterweight.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.duckdb.DuckDBConnection;

/**
 * The knowledge base: one DuckDB database file (or an in-memory database for tests), opened with
 * its schema migrated to the current version.
 *
 * <p>Safe to share between threads, as a server does: every unit of work runs on a connection of its
 * own ({@link #openSession()}, one transaction, a consistent snapshot), and changes (imports,
 * reviews, cached results) are serialised by one write lock, each committed in one transaction.
 *
 * <p>Imports go through {@link #beginImport}: an import whose content hash equals the one already
 * recorded for its slot changes nothing (importing the same file twice is a no-op).
 */
public final class KnowledgeBase implements AutoCloseable {
    /** Tables holding per-slot rows, in the order a slot's rows are deleted. */
    static final List<String> SLOT_TABLES = List.of("sources", "actors", "actor_aliases", "evidence", "agreements",
            "agreement_aliases", "agreement_parties", "memberships", "relations", "events", "claims", "nmc", "milex",
            "arms_transfers", "arms_coverage", "arms_export_totals", "atop_ddy", "state_spells", "country_codes", "rivalries",
            "contiguity", "major_powers", "un_roll_calls", "un_votes", "un_ideal_points", "un_agreement", "cameo_codes",
            "arms_deals", "state_names", "obligation_ends", "case_bases", "democracy", "economy", "disputes",
            "capitals", "min_distances", "igo_dyads", "igo_states", "state_adjectives");

    private final DuckDBConnection connection;
    private final String name;
    private final boolean readOnly;
    private final String url;
    private final ReentrantLock writes = new ReentrantLock();
    /** Results a read-only store computed, written back when it closes if no other process holds it. */
    private final java.util.Queue<ResultCache.Entry> unwritten = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private KnowledgeBase(DuckDBConnection connection, String name, boolean readOnly, String url) {
        this.connection = connection;
        this.name = name;
        this.readOnly = readOnly;
        this.url = url;
    }

    /** How long opening waits for a store another process holds: {@value #DEFAULT_LOCK_WAIT_SECONDS} s. */
    public static final int DEFAULT_LOCK_WAIT_SECONDS = 10;

    /** Opens (creating if needed) the store at {@code file} for writing, migrating its schema. */
    public static KnowledgeBase open(Path file) {
        return open(file, false, Duration.ofSeconds(DEFAULT_LOCK_WAIT_SECONDS));
    }

    /**
     * Opens the store at {@code file}. Read-only, several processes may read it at once (DuckDB takes a
     * shared lock); the store must exist, and its schema is not migrated ({@link #current()} says whether
     * it is up to date). For writing, it is created if needed and migrated, and no other process may have
     * it open. When another process holds it, opening retries for up to {@code lockWait} and then fails
     * naming the process ({@link StoreException.Fault#LOCKED}).
     */
    public static KnowledgeBase open(Path file, boolean readOnly, Duration lockWait) {
        String name = file.toString();
        if (!readOnly) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw StoreFaults.translate(name, "cannot create the folder for " + name, e);
            }
        }
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                return connect("jdbc:duckdb:" + file.toAbsolutePath(), name, readOnly);
            } catch (StoreException e) {
                if (e.fault() != StoreException.Fault.LOCKED || System.nanoTime() > deadline) {
                    throw e.fault() == StoreException.Fault.LOCKED ? new StoreException(e.fault(), e.getMessage()
                            + " (waited " + lockWait.toSeconds() + " s; try again when it is done)", e) : e;
                }
                try {
                    Thread.sleep(LOCK_RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static final long LOCK_RETRY_MILLIS = 200;

    /** A fresh in-memory store, for tests and one-off runs. */
    public static KnowledgeBase inMemory() {
        return connect("jdbc:duckdb:", "in-memory store", false);
    }

    private static KnowledgeBase connect(String url, String name, boolean readOnly) {
        DuckDBConnection connection;
        try {
            Properties properties = new Properties();
            properties.setProperty("duckdb.read_only", String.valueOf(readOnly));
            connection = (DuckDBConnection) DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw StoreFaults.translate(name, "cannot open " + name + (readOnly ? " for reading" : ""), e);
        }
        try {
            if (readOnly) {
                Schema.requireKnown(connection, name);
            } else {
                Schema.migrate(connection, name);
                ImportLog.prepareShelves(connection);
            }
            return new KnowledgeBase(connection, name, readOnly, url);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StoreException store) {
                throw store;
            }
            throw StoreFaults.translate(name, "cannot open " + name, e);
        }
    }

    /** Whether the store was opened read-only (then it changes nothing; results are cached when it closes). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether the store's schema is this Counterweight's (a store opened read-only is not migrated). */
    public boolean current() {
        return schemaVersion() == Schema.currentVersion();
    }

    /** Whether the latest import of a bundled slot was replaced by a user's file (it then stays out). */
    public boolean replacedByUser(String slot) {
        return read(session -> ImportLog.replacedByUser(session.connection(), slot));
    }

    public String name() {
        return name;
    }

    /** A unit of work that reads one consistent snapshot of the store; close it when done. */
    public StoreSession openSession() {
        return new StoreSession(connection, name);
    }

    /** Runs a change in one session and commits it, one change at a time. */
    public <T> T write(Function<StoreSession, T> change) {
        if (readOnly) {
            throw new StoreException(StoreException.Fault.READ_ONLY, name + " is open for reading only: this change"
                    + " needs it opened for writing", null);
        }
        writes.lock();
        try (StoreSession session = openSession()) {
            T result = change.apply(session);
            session.commit();
            return result;
        } finally {
            writes.unlock();
        }
    }

    private <T> T read(Function<StoreSession, T> query) {
        try (StoreSession session = openSession()) {
            return query.apply(session);
        }
    }

    public int schemaVersion() {
        return read(session -> {
            try {
                return Schema.version(session.connection());
            } catch (SQLException e) {
                throw new StoreException("cannot read the schema version of " + name, e);
            }
        });
    }

    /**
     * Starts an import into {@code dataset}, or returns empty when content with the same hash is
     * already there.
     */
    public Optional<ImportBatch> beginImport(String dataset, String kind, String fileName, String sha256) {
        return beginImport(new ImportBatch.Origin(dataset, kind, null, null, fileName, sha256, null));
    }

    /**
     * Starts an import, or returns empty when the slot holds content with the same hash already, or
     * when it is bundled data the user replaced with a file of their own.
     */
    public Optional<ImportBatch> beginImport(ImportBatch.Origin origin) {
        if (importedHash(origin.dataset()).filter(origin.sha256()::equals).isPresent()) {
            return Optional.empty();
        }
        if ("bundled".equals(origin.kind()) && replacedByUser(origin.dataset())) {
            return Optional.empty();
        }
        return Optional.of(new ImportBatch(this, origin));
    }

    /** The import loaded from a file of this format and version with these bytes, if there is one. */
    public Optional<ImportEntry> loadedContent(String format, String version, String fileSha256) {
        return read(session -> ImportLog.loadedContent(session.connection(), format, version, fileSha256));
    }

    /** The import whose rows a slot holds now, if any. */
    public Optional<ImportEntry> loadedImport(String slot) {
        return read(session -> ImportLog.loaded(session.connection(), slot));
    }

    /** Every import, oldest first, with what became of it. */
    public List<ImportEntry> history() {
        return read(session -> ImportLog.entries(session.connection()));
    }

    /** One import of the history. */
    public Optional<ImportEntry> historyEntry(long id) {
        return read(session -> ImportLog.entry(session.connection(), id));
    }

    /**
     * Removes the rows of a loaded import and brings back those it replaced, in one transaction.
     *
     * @return the imports brought back
     * @throws IllegalArgumentException when there is no such import or it is not loaded
     */
    public List<ImportEntry> undo(long id) {
        return write(session -> {
            try {
                return ImportLog.undo(session.connection(), id);
            } catch (java.sql.SQLException e) {
                throw StoreFaults.translate(name, "undoing import " + id + " failed and changed nothing", e);
            }
        });
    }

    /** The content hash recorded for a slot, if it was imported. */
    public Optional<String> importedHash(String dataset) {
        return read(session -> Sql.query(session.connection(), "SELECT sha256 FROM imports WHERE dataset = ?",
                row -> row.getString(1), dataset).stream().findFirst());
    }

    /** The content hash recorded for every slot, by slot name in order. */
    public SortedMap<String, String> importedHashes() {
        SortedMap<String, String> hashes = new TreeMap<>();
        read(session -> Sql.query(session.connection(), "SELECT dataset, sha256 FROM imports",
                row -> new String[] {row.getString(1), row.getString(2)})).forEach(r -> hashes.put(r[0], r[1]));
        return Collections.unmodifiableSortedMap(hashes);
    }

    /** What was imported into a slot, and when. */
    public record ImportRecord(String dataset, String kind, String fileName, long rows, String importedAt) {
    }

    /** The import log: every slot with what it was loaded from. */
    public List<ImportRecord> imports() {
        return read(session -> Sql.query(session.connection(), "SELECT * FROM imports ORDER BY dataset",
                row -> new ImportRecord(row.getString("dataset"), row.getString("kind"), row.getString("file_name"),
                        row.getLong("row_count"), row.getString("imported_at"))));
    }

    /** Row counts of every data table, for status displays and for checking that a failed import wrote nothing. */
    public Map<String, Long> tableCounts() {
        return read(session -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : SLOT_TABLES) {
                counts.put(table, Sql.query(session.connection(), "SELECT count(*) FROM " + table,
                        row -> row.getLong(1)).get(0));
            }
            counts.put("imports", Sql.query(session.connection(), "SELECT count(*) FROM imports",
                    row -> row.getLong(1)).get(0));
            return counts;
        });
    }

    /**
     * A fingerprint of everything imported: changes whenever any slot's content does. Derived results
     * cached under a key that includes it are recomputed after any import.
     */
    public String contentFingerprint() {
        return read(session -> String.join(",", Sql.query(session.connection(),
                "SELECT dataset || ':' || sha256 FROM imports ORDER BY dataset", row -> row.getString(1))));
    }

    /** The cache of derived results. */
    public ResultCache resultCache() {
        return new ResultCache(this);
    }

    /** A connection of its own for an import's staging tables (autocommit), closed by the batch. */
    DuckDBConnection duplicateConnection() {
        try {
            return (DuckDBConnection) connection.duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to " + name + ": " + e.getMessage(), e);
        }
    }

    /** The lock every change to the store holds while it commits. */
    ReentrantLock writeLock() {
        return writes;
    }

    /** Keeps a result a read-only store computed, to write back when it closes ({@link #close}). */
    void keepUnwritten(ResultCache.Entry entry) {
        unwritten.add(entry);
    }

    /**
     * Closes the store. A read-only store that computed results to cache writes them back now, when it
     * can open the store for writing at once (no other process has it open, the file is writable);
     * otherwise they are dropped: the cache only saves time.
     */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + name + ": " + e.getMessage(), e);
        }
        if (readOnly && !unwritten.isEmpty()) {
            try (KnowledgeBase writable = connect(url, name, false)) {
                ResultCache cache = writable.resultCache();
                unwritten.forEach(cache::put);
            } catch (StoreException e) {
                unwritten.clear();
            }
        }
    }
}
