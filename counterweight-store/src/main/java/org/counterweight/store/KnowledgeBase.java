package org.counterweight.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
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
            "arms_deals", "state_names", "obligation_ends", "democracy", "economy", "disputes", "capitals",
            "min_distances", "igo_dyads", "igo_states");

    private final DuckDBConnection connection;
    private final String name;
    private final ReentrantLock writes = new ReentrantLock();

    private KnowledgeBase(DuckDBConnection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Opens (creating if needed) the store at {@code file}, migrating its schema. */
    public static KnowledgeBase open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        return connect("jdbc:duckdb:" + file.toAbsolutePath(), file.toString());
    }

    /** A fresh in-memory store, for tests and one-off runs. */
    public static KnowledgeBase inMemory() {
        return connect("jdbc:duckdb:", "in-memory store");
    }

    private static KnowledgeBase connect(String url, String name) {
        try {
            Properties properties = new Properties();
            properties.setProperty("duckdb.read_only", "false");
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(url, properties);
            try {
                Schema.migrate(connection, name);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new KnowledgeBase(connection, name);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + name + ": " + e.getMessage(), e);
        }
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
        if (importedHash(dataset).filter(sha256::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ImportBatch(this, dataset, kind, fileName, sha256));
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

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + name + ": " + e.getMessage(), e);
        }
    }
}
