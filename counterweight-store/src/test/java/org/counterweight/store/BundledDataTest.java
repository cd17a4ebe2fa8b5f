package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.counterweight.core.model.CapitalSpell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Everything bundled loads into an empty store. The store is written to {@value #LOADED} and left
 * there: the test knowledge bases of the modules built after this one start from it (they check it
 * with the same content hashes, so it is never read stale), which spares each a load of its own.
 */
class BundledDataTest {
    /** Where the loaded store is left, relative to this module's folder. */
    static final String LOADED = "target/test-kb/bundled.duckdb";

    private static KnowledgeBase store;
    private static List<ImportResult> first;

    @BeforeAll
    static void load() throws IOException {
        Path file = Path.of(LOADED);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        store = KnowledgeBase.open(file);
        first = BundledData.ensureLoaded(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static long count(String sql) throws SQLException {
        try (StoreSession session = store.openSession(); Statement statement = session.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void loadsEveryBundledDatasetWithItsRowCount() throws SQLException {
        assertThat(first).allMatch(ImportResult::changed);
        assertThat(count("SELECT count(*) FROM nmc WHERE dataset = 'cow-nmc-7.0'")).isEqualTo(17_121);
        assertThat(count("SELECT count(*) FROM nmc WHERE dataset = 'cow-nmc-6.0'")).isEqualTo(15_951);
        assertThat(count("SELECT count(*) FROM atop_ddy")).isEqualTo(273_296);
        assertThat(count("SELECT count(*) FROM un_votes")).isEqualTo(870_109);
        assertThat(count("SELECT count(*) FROM arms_transfers")).isEqualTo(1_319);
        assertThat(count("SELECT count(*) FROM nmc WHERE dataset = 'cow-nmc-7.0' AND milex IS NULL")).isEqualTo(2_360);
        assertThat(count("SELECT count(*) FROM sources WHERE kind = 'dataset'")).isGreaterThanOrEqualTo(16);
    }

    /** The covariates load with the row counts their SOURCE.md files give (data/datasets/). */
    @Test
    void loadsTheCovariatesWithTheRowCountsTheirSourceNotesGive() throws SQLException {
        assertThat(count("SELECT count(*) FROM democracy")).isEqualTo(16_731);
        assertThat(count("SELECT count(*) FROM democracy WHERE v2x_polyarchy IS NOT NULL")).isEqualTo(15_339);
        assertThat(count("SELECT count(*) FROM economy")).isEqualTo(27_753);
        assertThat(count("SELECT count(*) FROM economy WHERE sdpest = 0")).isEqualTo(5_776);
        assertThat(count("SELECT count(*) FROM disputes WHERE dataset = 'gml-mid-2.2.1'")).isEqualTo(9_284);
        assertThat(count("SELECT count(*) FROM disputes WHERE dataset = 'cow-mid-5.0'")).isEqualTo(10_234);
        assertThat(count("SELECT count(*) FROM capitals WHERE dataset = 'capitals-2024'")).isEqualTo(242);
        assertThat(count("SELECT sum(last_year - first_year + 1) FROM min_distances")).as("spells expand to every row of"
                + " cow_mindist.csv").isEqualTo(952_244);
        assertThat(count("SELECT count(*) FROM igo_dyads")).as("read from the gzip file").isEqualTo(917_695);
        assertThat(count("SELECT count(*) FROM igo_dyads WHERE dyadigos = 0")).isEqualTo(45_276);
        assertThat(count("SELECT count(*) FROM igo_states")).isEqualTo(15_557);
    }

    /**
     * The curated adjectives load one row per state (data/datasets/country-codes/SOURCE.md, section
     * 6), and each state's capital at the end of the capitals data reads back, the corrections' in
     * place of peacesciencer's (data/datasets/capitals/SOURCE.md: Ankara from 1923-10-13).
     */
    @Test
    void theCuratedAdjectivesAndTheCurrentCapitalsReadBack() throws SQLException {
        assertThat(count("SELECT count(*) FROM state_adjectives WHERE dataset = 'state-adjectives-curated'"))
                .isEqualTo(185);
        try (StoreSession session = store.openSession()) {
            DatasetQueries queries = new DatasetQueries(session);
            assertThat(queries.stateAdjectives()).filteredOn(s -> s.iso3().equals("NPL")).singleElement()
                    .satisfies(nepal -> assertThat(nepal.adjectives()).containsExactly("Nepalese", "Nepali"));
            assertThat(queries.stateAdjectives()).filteredOn(s -> s.iso3().equals("COD")).singleElement()
                    .satisfies(congo -> assertThat(congo.adjectives()).isEmpty());
            List<CapitalSpell> capitals = queries.currentCapitals();
            assertThat(capitals).hasSize(198).allMatch(c -> c.end().equals(LocalDate.of(2024, 12, 31)));
            assertThat(capitals).filteredOn(c -> c.ccode() == 790).extracting(CapitalSpell::capital)
                    .containsExactly("Kathmandu");
            assertThat(capitals).filteredOn(c -> c.ccode() == 640).singleElement().satisfies(turkey -> {
                assertThat(turkey.capital()).isEqualTo("Ankara");
                assertThat(turkey.start()).isEqualTo(LocalDate.of(1923, 10, 13));
            });
        }
    }

    @Test
    void secondLoadChangesNothing() throws SQLException {
        long before = count("SELECT count(*) FROM claims") + count("SELECT count(*) FROM un_votes");
        assertThat(BundledData.ensureLoaded(store)).noneMatch(ImportResult::changed);
        assertThat(count("SELECT count(*) FROM claims") + count("SELECT count(*) FROM un_votes")).isEqualTo(before);
    }

    @Test
    void theCaseIsQueryable() {
        try (StoreSession session = store.openSession()) {
            CaseQueries queries = new CaseQueries(session);
            assertThat(queries.caseIds()).containsExactly("south-asia");
            assertThat(queries.agreements("south-asia", "IND", null, null)).extracting(a -> a.shortName())
                    .contains("GSOMIA", "LEMOA", "COMCASA", "BECA");
            assertThat(queries.agreements("another-case", "IND", null, null)).isEmpty();
            assertThat(queries.claims(new CaseQueries.ClaimFilter(null, "gillani-2021", null, null)))
                    .hasSizeGreaterThan(30);
            assertThat(queries.actors("south-asia")).anySatisfy(a -> assertThat(a.id()).isEqualTo("PAK"));
            assertThat(queries.actors(null)).isEqualTo(queries.actors("south-asia"));
        }
    }
}
