package org.counterweight.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema. Each migration is a SQL script on the classpath
 * ({@code org/counterweight/store/schema-N.sql}); opening a store applies the ones it lacks, in one
 * transaction each. A store written by a newer Counterweight is refused rather than misread.
 */
public final class Schema {
    /** The migrations in order; the schema version is the number applied. */
    static final List<String> MIGRATIONS = List.of("schema-1.sql", "schema-2.sql", "schema-3.sql", "schema-4.sql",
            "schema-5.sql", "schema-6.sql", "schema-7.sql", "schema-8.sql", "schema-9.sql", "schema-10.sql",
            "schema-11.sql");

    private Schema() {
    }

    public static int currentVersion() {
        return MIGRATIONS.size();
    }

    static void migrate(Connection connection, String storeName) throws SQLException {
        migrate(connection, storeName, currentVersion());
    }

    /**
     * Applies the migrations the store lacks up to version {@code target} only, leaving it as an
     * older Counterweight would have: how migration tests build a store to upgrade.
     */
    static void migrate(Connection connection, String storeName, int target) throws SQLException {
        int version = version(connection);
        if (version > currentVersion()) {
            throw new StoreException(storeName + " has schema version " + version + " but this Counterweight knows "
                    + currentVersion() + ": use a newer Counterweight or another --db");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP)");
        }
        for (int next = version; next < target; next++) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : script(MIGRATIONS.get(next)).split(";\\s*\n")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("INSERT INTO schema_version VALUES (" + (next + 1) + ", current_timestamp)");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Refuses a store written by a newer Counterweight, or a file that is no knowledge base; reads an older one as it is. */
    static void requireKnown(Connection connection, String storeName) throws SQLException {
        if (!hasVersionTable(connection)) {
            throw new StoreException(storeName + " is not a Counterweight knowledge base (it has no schema version)");
        }
        int version = version(connection);
        if (version > currentVersion()) {
            throw new StoreException(storeName + " has schema version " + version + " but this Counterweight knows "
                    + currentVersion() + ": use a newer Counterweight or another --db");
        }
    }

    /** The schema version applied, 0 for a new store. */
    static int version(Connection connection) throws SQLException {
        if (!hasVersionTable(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean hasVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
                        + " WHERE table_schema = 'main' AND table_name = 'schema_version'")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    private static String script(String name) {
        try (InputStream in = Schema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("schema script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
