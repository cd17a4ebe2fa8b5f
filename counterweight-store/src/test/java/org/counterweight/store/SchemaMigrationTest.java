package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.counterweight.core.model.Agreement;
import org.counterweight.io.casefile.BundledCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {
    private static final String DIALOGUE = "us-ind-2plus2-dialogue";

    /** A store file as Counterweight left it at schema version 2, holding one agreement of the bundled case. */
    private static void writeVersionTwoStore(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            Schema.migrate(connection, file.toString(), 2);
            statement.execute("INSERT INTO agreements VALUES ('case:south-asia', '" + DIALOGUE + "', "
                    + "'US-India 2+2 Ministerial Dialogue (foreign and defence ministers)', '2+2', 'strategic-dialogue', "
                    + "'USA,IND', NULL, '2018-09-06', 2018, NULL, NULL, NULL, NULL)");
            statement.execute("INSERT INTO evidence VALUES ('case:south-asia', 'agreement', '" + DIALOGUE + "', 0, "
                    + "'us-india-convergence-2022', 'a quote', NULL)");
            statement.execute("INSERT INTO imports VALUES ('case:south-asia', 'case', 'case.yaml', "
                    + "'sha256 of schema-2 and the case file before it had aliases', 2, current_timestamp)");
            statement.execute("INSERT INTO result_cache VALUES ('key', 'test', 'cached value', current_timestamp)");
        }
    }

    private static Agreement dialogue(KnowledgeBase store) {
        try (StoreSession session = store.openSession()) {
            return new CaseQueries(session).agreements("south-asia", null, null, null).stream()
                    .filter(a -> a.id().equals(DIALOGUE)).findFirst().orElseThrow();
        }
    }

    @Test
    void aVersionTwoStoreMigratesKeepsItsRowsAndGetsAliasesWhenTheChangedCaseIsImportedAgain(@TempDir Path folder)
            throws SQLException {
        Path file = folder.resolve("v2.duckdb");
        writeVersionTwoStore(file);

        try (KnowledgeBase store = KnowledgeBase.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(5).isEqualTo(Schema.currentVersion());
            assertThat(dialogue(store).aliases()).isEmpty();

            BundledCases.LoadedCase bundled = BundledCases.bundled("south-asia");
            assertThat(BundledData.importCase(store, bundled).changed()).isTrue();
            assertThat(dialogue(store).aliases()).contains("2+2 Ministerial Dialogue", "2+2 dialogue");
            assertThat(dialogue(store).name()).startsWith("US-India 2+2");
            assertThat(BundledData.importCase(store, bundled).changed()).isFalse();
        }
        try (KnowledgeBase store = KnowledgeBase.open(file); StoreSession session = store.openSession();
                Statement statement = session.connection().createStatement();
                ResultSet versions = statement.executeQuery("SELECT count(*), max(version) FROM schema_version")) {
            versions.next();
            assertThat(versions.getInt(1)).as("migrations applied once each").isEqualTo(5);
            assertThat(versions.getInt(2)).isEqualTo(5);
            assertThat(dialogue(store).aliases()).contains("2+2 dialogue");
        }
    }
}
