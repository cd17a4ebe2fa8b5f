package org.counterweight.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The history of imports ({@code import_history}, schema 9) and the moves that keep it true: every
 * import gets an id; an import that replaces another moves the other's rows to the schema
 * {@code shelved} (a copy of each slot table with the id of the import they belonged to), and undoing
 * the replacing import moves them back. All methods run inside the caller's transaction, under the
 * store's write lock.
 */
final class ImportLog {
    static final String LOADED = "loaded";
    static final String REPLACED = "replaced";
    static final String SUPERSEDED = "superseded";
    static final String UNDONE = "undone";

    private static final String COLUMNS = "id, dataset, kind, format, version, identity, file_name, sha256, file_sha256,"
            + " row_count, CAST(imported_at AS VARCHAR) AS imported_at, state, replaced_by";

    private ImportLog() {
    }

    static List<ImportEntry> entries(Connection connection) {
        return Sql.query(connection, "SELECT " + COLUMNS + " FROM import_history ORDER BY id", ImportLog::entry);
    }

    static Optional<ImportEntry> entry(Connection connection, long id) {
        return Sql.query(connection, "SELECT " + COLUMNS + " FROM import_history WHERE id = ?", ImportLog::entry, id)
                .stream().findFirst();
    }

    /** The import whose rows the slot holds now, if any. */
    static Optional<ImportEntry> loaded(Connection connection, String slot) {
        return Sql.query(connection, "SELECT " + COLUMNS + " FROM import_history WHERE dataset = ? AND state = '"
                + LOADED + "' ORDER BY id DESC", ImportLog::entry, slot).stream().findFirst();
    }

    /** The slots whose rows are loaded from files of {@code format}, oldest first. */
    static List<String> loadedSlots(Connection connection, String format) {
        return Sql.query(connection, "SELECT dataset FROM import_history WHERE format = ? AND state = '" + LOADED
                + "' ORDER BY id", row -> row.getString(1), format);
    }

    /** A loaded import of this format, version and file content, if there is one. */
    static Optional<ImportEntry> loadedContent(Connection connection, String format, String version, String fileSha256) {
        return Sql.query(connection, "SELECT " + COLUMNS + " FROM import_history WHERE format = ? AND file_sha256 = ?"
                + " AND version IS NOT DISTINCT FROM ? AND state = '" + LOADED + "' ORDER BY id", ImportLog::entry,
                format, fileSha256, version).stream().findFirst();
    }

    /** Whether the latest import of the slot was replaced by a user's (bundled data then stays out). */
    static boolean replacedByUser(Connection connection, String slot) {
        return Sql.query(connection, "SELECT state FROM import_history WHERE dataset = ? ORDER BY id DESC LIMIT 1",
                row -> row.getString(1), slot).stream().anyMatch(REPLACED::equals);
    }

    static long nextId(Connection connection) {
        return Sql.query(connection, "SELECT coalesce(max(id), 0) + 1 FROM import_history", row -> row.getLong(1)).get(0);
    }

    static void record(Connection connection, ImportEntry entry) throws SQLException {
        try (var insert = Sql.prepare(connection, "INSERT INTO import_history VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " current_timestamp, '" + LOADED + "', NULL, NULL)", entry.id(), entry.dataset(), entry.kind(),
                entry.format(), entry.version(), entry.identity(), entry.fileName(), entry.sha256(),
                entry.fileSha256(), entry.rows())) {
            insert.executeUpdate();
        }
    }

    /**
     * Moves the rows of the import loaded in {@code slot} aside, for {@link #undo} of {@code by} to
     * restore; {@code reloaded} when {@code by} loads the same slot (its entry is then replaced, not deleted).
     */
    static void shelve(Connection connection, String slot, long by, boolean reloaded) throws SQLException {
        ImportEntry shelved = loaded(connection, slot).orElseThrow(() -> new IllegalStateException(
                "no import is loaded in " + slot));
        for (String table : KnowledgeBase.SLOT_TABLES) {
            update(connection, "INSERT INTO shelved." + table + " BY NAME SELECT ? AS shelved_import, * FROM main."
                    + table + " WHERE dataset = ?", shelved.id(), slot);
        }
        remove(connection, slot);
        if (!reloaded) {
            forget(connection, slot);
        }
        update(connection, "UPDATE import_history SET state = '" + REPLACED + "', replaced_by = ?, ended_at ="
                + " current_timestamp WHERE id = ?", by, shelved.id());
    }

    /** Drops the rows of the import loaded in {@code slot}, which a newer bundle loads in the same slot. */
    static void supersede(Connection connection, String slot) throws SQLException {
        Optional<ImportEntry> old = loaded(connection, slot);
        remove(connection, slot);
        if (old.isPresent()) {
            update(connection, "UPDATE import_history SET state = '" + SUPERSEDED + "', ended_at = current_timestamp"
                    + " WHERE id = ?", old.get().id());
        }
    }

    /**
     * Removes the rows of import {@code id} and brings back the imports it replaced, as they were.
     *
     * @return the imports restored
     */
    static List<ImportEntry> undo(Connection connection, long id) throws SQLException {
        ImportEntry undone = entry(connection, id).orElseThrow(() -> new IllegalArgumentException("no import " + id));
        if (!LOADED.equals(undone.state())) {
            throw new IllegalArgumentException("import " + id + " is " + undone.state() + ", not loaded");
        }
        List<ImportEntry> restored = Sql.query(connection, "SELECT " + COLUMNS + " FROM import_history WHERE"
                + " replaced_by = ? ORDER BY id", ImportLog::entry, id);
        remove(connection, undone.dataset());
        if (restored.stream().noneMatch(e -> e.dataset().equals(undone.dataset()))) {
            forget(connection, undone.dataset());
        }
        update(connection, "UPDATE import_history SET state = '" + UNDONE + "', ended_at = current_timestamp WHERE id = ?",
                id);
        for (ImportEntry entry : restored) {
            for (String table : KnowledgeBase.SLOT_TABLES) {
                update(connection, "INSERT INTO main." + table + " BY NAME SELECT * EXCLUDE (shelved_import) FROM"
                        + " shelved." + table + " WHERE shelved_import = ?", entry.id());
                update(connection, "DELETE FROM shelved." + table + " WHERE shelved_import = ?", entry.id());
            }
            update(connection, "INSERT OR REPLACE INTO imports SELECT dataset, kind, file_name, sha256, row_count, imported_at"
                    + " FROM import_history WHERE id = ?", entry.id());
            update(connection, "UPDATE import_history SET state = '" + LOADED + "', replaced_by = NULL, ended_at = NULL"
                    + " WHERE id = ?", entry.id());
        }
        return restored;
    }

    /**
     * Gives every slot table a copy in the schema {@code shelved} with the same columns and the id of
     * the import its rows belong to ({@code shelved_import}), adding the columns a migration added
     * since. Run when the store is opened for writing, not inside an import: DuckDB aborts a commit
     * that changed the catalog while other sessions read.
     */
    static void prepareShelves(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS shelved");
            for (String table : KnowledgeBase.SLOT_TABLES) {
                statement.execute("CREATE TABLE IF NOT EXISTS shelved." + table + " AS SELECT CAST(NULL AS BIGINT)"
                        + " AS shelved_import, * FROM main." + table + " LIMIT 0");
                List<String[]> missing = Sql.query(connection, "SELECT m.column_name, m.data_type FROM"
                        + " information_schema.columns m WHERE m.table_schema = 'main' AND m.table_name = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM information_schema.columns s WHERE s.table_schema = 'shelved' AND s.table_name"
                        + " = m.table_name AND s.column_name = m.column_name)", row -> new String[] {row.getString(1),
                                row.getString(2)}, table);
                for (String[] column : missing) {
                    statement.execute("ALTER TABLE shelved." + table + " ADD COLUMN \"" + column[0] + "\" " + column[1]);
                }
            }
        }
    }

    /** Deletes a slot's rows from every table (its entry in the current imports stays: see {@link #forget}). */
    static void remove(Connection connection, String slot) throws SQLException {
        for (String table : KnowledgeBase.SLOT_TABLES) {
            update(connection, "DELETE FROM main." + table + " WHERE dataset = ?", slot);
        }
    }

    /**
     * Deletes a slot's entry in the current imports. Never followed by an insert of the same slot in
     * one transaction (that is an {@code INSERT OR REPLACE}): DuckDB's key index still holds a key
     * deleted while other sessions read, and the commit would fail.
     */
    static void forget(Connection connection, String slot) throws SQLException {
        update(connection, "DELETE FROM imports WHERE dataset = ?", slot);
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = Sql.prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static ImportEntry entry(java.sql.ResultSet row) throws SQLException {
        Long replacedBy = Sql.number(row, "replaced_by") == null ? null : row.getLong("replaced_by");
        return new ImportEntry(row.getLong("id"), row.getString("dataset"), row.getString("kind"),
                row.getString("format"), row.getString("version"), row.getString("identity"), row.getString("file_name"),
                row.getString("sha256"), row.getString("file_sha256"), row.getLong("row_count"),
                row.getString("imported_at"), row.getString("state"), replacedBy);
    }
}
