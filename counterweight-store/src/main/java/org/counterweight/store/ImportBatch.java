package org.counterweight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One transactional import into a slot, on a connection of its own. Records are first appended to
 * temporary staging tables of that connection (DuckDB's appender does not take part in transactions,
 * so nothing is appended to a real table, and no other session sees them); {@link #commit()} then
 * replaces the slot's rows in every table and records the import, in a single transaction, under
 * the store's write lock. Readers see the slot either as it was or as it is after the commit.
 * Closing without committing, or any failure, leaves the store as it was.
 */
public final class ImportBatch implements AutoCloseable {
    /** Tables describing an import rather than holding its data rows. */
    private static final java.util.Set<String> DESCRIPTIONS = java.util.Set.of("sources", "arms_coverage");

    private final KnowledgeBase store;
    private final DuckDBConnection connection;
    private final String dataset;
    private final String kind;
    private final String fileName;
    private final String sha256;
    private final Map<String, String> staged = new LinkedHashMap<>();
    /** Data rows staged (the source description of the import and its coverage declarations are not counted). */
    private long rows;
    private boolean finished;

    ImportBatch(KnowledgeBase store, String dataset, String kind, String fileName, String sha256) {
        this.store = store;
        this.connection = store.duplicateConnection();
        this.dataset = dataset;
        this.kind = kind;
        this.fileName = fileName;
        this.sha256 = sha256;
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
                        appender.append(dataset);
                        table.writer().write(record, row);
                        appender.endRow();
                        if (!DESCRIPTIONS.contains(table.name())) {
                            rows++;
                        }
                    } catch (SQLException e) {
                        throw new StoreException("cannot stage a row of " + table.name() + ": " + e.getMessage(), e);
                    }
                });
            }
        } catch (SQLException e) {
            throw new StoreException("cannot stage rows for " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /** Swaps the staged rows in for the slot's old rows in one transaction. */
    public ImportResult commit() {
        store.writeLock().lock();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String table : KnowledgeBase.SLOT_TABLES) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM main." + table + " WHERE dataset = ?")) {
                        delete.setString(1, dataset);
                        delete.executeUpdate();
                    }
                }
                for (Map.Entry<String, String> entry : staged.entrySet()) {
                    statement.execute("INSERT INTO main." + entry.getKey() + " SELECT * FROM temp.main." + entry.getValue());
                }
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?, current_timestamp)")) {
                    record.setString(1, dataset);
                    record.setString(2, kind);
                    record.setString(3, fileName);
                    record.setString(4, sha256);
                    record.setLong(5, rows);
                    record.executeUpdate();
                }
                connection.commit();
                finished = true;
                return new ImportResult(dataset, true, rows);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("import of " + dataset + " failed and was rolled back: " + e.getMessage(), e);
        } finally {
            store.writeLock().unlock();
        }
    }

    /** Discards the staging tables (with the connection that holds them). */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            if (!finished) {
                throw new StoreException("cannot discard staged rows of " + dataset + ": " + e.getMessage(), e);
            }
        }
    }
}
