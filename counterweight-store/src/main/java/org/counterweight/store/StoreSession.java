package org.counterweight.store;

import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * One unit of work on the knowledge base: a connection of its own ({@link DuckDBConnection#duplicate()}
 * of the store's), inside one transaction, so that every query of the unit reads the same snapshot of
 * the store even while an import commits on another thread (DuckDB's MVCC). Sessions are cheap (a
 * duplicate connection costs microseconds) and are used by one thread at a time; open one per request.
 *
 * <p>A session only reads unless {@link #commit()} is called (how {@link KnowledgeBase#write} runs a
 * change); closing it rolls back whatever was not committed, temporary tables included.
 */
public final class StoreSession implements AutoCloseable {
    private final DuckDBConnection connection;
    private final String storeName;

    StoreSession(DuckDBConnection root, String storeName) {
        this.storeName = storeName;
        try {
            this.connection = (DuckDBConnection) root.duplicate();
            this.connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot open a session on " + storeName + ": " + e.getMessage(), e);
        }
    }

    /** The session's connection, for the query classes of this package. */
    DuckDBConnection connection() {
        return connection;
    }

    /** Makes the session's changes durable and starts a new transaction. */
    void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw StoreFaults.translate(storeName, "cannot commit to " + storeName + " (nothing was changed)", e);
        }
    }

    @Override
    public void close() {
        try {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close a session on " + storeName + ": " + e.getMessage(), e);
        }
    }
}
