package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Supports;
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
            assertThat(store.schemaVersion()).isEqualTo(11).isEqualTo(Schema.currentVersion());
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
            assertThat(versions.getInt(1)).as("migrations applied once each").isEqualTo(11);
            assertThat(versions.getInt(2)).isEqualTo(11);
            assertThat(dialogue(store).aliases()).contains("2+2 dialogue");
        }
    }

    /**
     * Arms-transfer files a user imported before schema 5 get the coverage their rows show: a TIV
     * table with one recipient held that recipient's imports, one with one supplier that supplier's
     * exports, over the years with deliveries; and so they are read again after the migration.
     */
    @Test
    void userArmsImportsOfAnOlderSchemaGetTheCoverageTheirRowsShow(@TempDir Path folder) throws SQLException {
        Path file = folder.resolve("v4.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            Schema.migrate(connection, file.toString(), 4);
            statement.execute("INSERT INTO arms_transfers VALUES"
                    + " ('sipri-tiv-table:imports.csv', '2024', 'France', 220, 'India', 750, 2019, 400),"
                    + " ('sipri-tiv-table:imports.csv', '2024', 'Russia', 365, 'India', 750, 2023, 600),"
                    + " ('sipri-tiv-table:exports.csv', '2024', 'Belarus', 370, 'Sudan', 625, 2017, 18),"
                    + " ('sipri-tiv-table:exports.csv', '2024', 'Belarus', 370, 'Viet Nam', 816, 2015, 23)");
        }
        try (KnowledgeBase store = KnowledgeBase.open(file); StoreSession session = store.openSession()) {
            List<ArmsCoverage> coverage = new DatasetQueries(session).armsCoverage();
            assertThat(coverage).containsExactlyInAnyOrder(
                    new ArmsCoverage("2024", ArmsCoverage.Side.RECIPIENT, "India", 750, 2019, 2023),
                    new ArmsCoverage("2024", ArmsCoverage.Side.SUPPLIER, "Belarus", 370, 2015, 2017));
            assertThat(new DatasetQueries(session).transfers(List.of("2024"), 750, true)).hasSize(2);
        }
    }

    /** A store file as Counterweight left it at schema version 4, holding one relation of the bundled case. */
    private static void writeVersionFourStore(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            Schema.migrate(connection, file.toString(), 4);
            statement.execute("INSERT INTO relations VALUES ('case:south-asia', 'ind-afg-influence', 'IND', 'AFG', "
                    + "'partnership', 1, 0.4, '2021-05-01', 2021, NULL, NULL, 'no end yet')");
            statement.execute("INSERT INTO evidence VALUES ('case:south-asia', 'relation', 'ind-afg-influence', 0, "
                    + "'gillani-2021', 'a quote', NULL)");
            statement.execute("INSERT INTO imports VALUES ('case:south-asia', 'case', 'case.yaml', "
                    + "'sha256 of schema-4 and the case file before its relations had ends', 4, current_timestamp)");
        }
    }

    private static Relation relation(KnowledgeBase store, String id) {
        try (StoreSession session = store.openSession()) {
            return new CaseQueries(session).relations("south-asia").stream().filter(r -> r.id().equals(id))
                    .findFirst().orElseThrow();
        }
    }

    /**
     * Schema 6 records what each piece of evidence supports: rows of version 4 read as evidence of
     * existence, and the case imported again brings the sources of each relation's start and end.
     */
    @Test
    void aVersionFourStoreReadsItsEvidenceAsExistenceAndGetsStartAndEndSourcesOnReimport(@TempDir Path folder)
            throws SQLException {
        Path file = folder.resolve("v4.duckdb");
        writeVersionFourStore(file);

        try (KnowledgeBase store = KnowledgeBase.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.currentVersion());
            Relation before = relation(store, "ind-afg-influence");
            assertThat(before.period().end()).isEmpty();
            assertThat(before.evidence()).extracting(Evidence::supports).containsExactly(Supports.EXISTENCE);

            assertThat(BundledData.importCase(store, BundledCases.bundled("south-asia")).changed()).isTrue();
            Relation after = relation(store, "ind-afg-influence");
            assertThat(after.period().to()).hasToString("2021-08-15");
            assertThat(after.evidence(Supports.END)).extracting(Evidence::sourceId).containsExactly("taliban-kabul-2021");
            assertThat(after.evidence(Supports.START)).extracting(Evidence::sourceId)
                    .containsExactly("voa-2011-ind-afg-partnership");
        }
    }
}
