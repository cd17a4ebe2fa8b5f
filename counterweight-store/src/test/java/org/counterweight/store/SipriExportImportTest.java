package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.io.dataset.BundledDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIPRI files a user imports add to the bundled extract: a table of the same release overlapping it
 * counts each supplier-recipient-year once, and a table of a newer release replaces the bundled
 * figures only for what it covers (its recipient, in its years).
 */
class SipriExportImportTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SipriExportImportTest.class.getResource("/sipri/" + name).toURI());
    }

    private static List<ArmsTransfer> transfers(KnowledgeBase store, int recipient) {
        try (StoreSession session = store.openSession()) {
            DatasetQueries queries = new DatasetQueries(session);
            List<String> newestFirst = queries.armsReleases().stream().map(r -> r.version()).toList();
            return queries.transfers(newestFirst, recipient, true);
        }
    }

    private static double total(List<ArmsTransfer> transfers, int from, int to) {
        return PartnerShares.of(transfers, PartnerShares.Direction.IMPORTS, "", t -> true, from, to).totalTiv();
    }

    /** The bundled extract and a synthetic "2024" table of India's imports, 2015-2023, in memory. */
    private static KnowledgeBase bundledAndNewerIndia() throws URISyntaxException {
        KnowledgeBase store = KnowledgeBase.inMemory();
        DatasetImporter.importBundled(store, BundledDatasets.get("sipri-tiv-2022").orElseThrow());
        DatasetImporter.importFile(store, DatasetFormat.SIPRI_TIV_TABLE,
                fixture("TIV-Import-IND-2015-2023-synthetic.csv"), null);
        return store;
    }

    @Test
    void anOverlappingTivTableDoesNotDoubleCount() throws Exception {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            DatasetImporter.importBundled(store, BundledDatasets.get("sipri-tiv-2022").orElseThrow());
            double before = total(transfers(store, 770), 2015, 2019);

            var outcome = DatasetImporter.importFile(store, DatasetFormat.SIPRI_TIV_TABLE,
                    fixture("TIV-Import-PAK-2015-2019.csv"), null);

            assertThat(outcome.result().changed()).isTrue();
            assertThat(outcome.result().rows()).isPositive();
            PartnerShares after = PartnerShares.of(transfers(store, 770),
                    PartnerShares.Direction.IMPORTS, "Pakistan", t -> true, 2015, 2019);
            assertThat(after.totalTiv()).isEqualTo(before).isEqualTo(4045);
            assertThat(after.partners().get(0).partner()).isEqualTo("China");
        }
    }

    /**
     * The bundled extract declares what it holds: the imports of its six recipients (four states and
     * two Afghan non-state groups) over 1950-2021, as its SOURCE.md says.
     */
    @Test
    void theBundledExtractDeclaresItsRecipientsAndYears() {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            DatasetImporter.importBundled(store, BundledDatasets.get("sipri-tiv-2022").orElseThrow());
            try (StoreSession session = store.openSession()) {
                List<ArmsCoverage> coverage = new DatasetQueries(session).armsCoverage();
                assertThat(coverage).extracting(ArmsCoverage::country).containsExactlyInAnyOrder("India", "Pakistan",
                        "China", "Afghanistan", "Mujahedin (Afghanistan)*", "Northern Alliance (Afghanistan)*");
                assertThat(coverage).allSatisfy(c -> {
                    assertThat(c.release()).isEqualTo("2022");
                    assertThat(c.side()).isEqualTo(ArmsCoverage.Side.RECIPIENT);
                    assertThat(c.firstYear()).isEqualTo(1950);
                    assertThat(c.lastYear()).isEqualTo(2021);
                });
            }
        }
    }

    /**
     * A synthetic "2024" table of India's imports, 2015-2023: India's figures of those years come from
     * it (2015-2019: 1350 x 4 + 1800), India's earlier years and Pakistan's every year from the bundled
     * 2022 extract (India 2010-2014: 19671, Pakistan 2015-2019: 4045, sums of the extract by awk).
     */
    @Test
    void aNewerReleaseReplacesTheBundledFiguresOnlyWhereItCovers() throws Exception {
        try (KnowledgeBase store = bundledAndNewerIndia()) {

            List<ArmsTransfer> india = transfers(store, 750);
            assertThat(total(india, 2015, 2019)).isEqualTo(7200);
            assertThat(total(india, 2010, 2014)).isEqualTo(19671);
            assertThat(india).filteredOn(t -> t.year() >= 2015).allSatisfy(t -> assertThat(t.release())
                    .isEqualTo("2024"));
            assertThat(india).filteredOn(t -> t.year() < 2015).allSatisfy(t -> assertThat(t.release())
                    .isEqualTo("2022"));
            List<ArmsTransfer> pakistan = transfers(store, 770);
            assertThat(total(pakistan, 2015, 2019)).isEqualTo(4045);
            assertThat(pakistan).allSatisfy(t -> assertThat(t.release()).isEqualTo("2022"));
            try (StoreSession session = store.openSession()) {
                assertThat(new DatasetQueries(session).armsReleases()).extracting(r -> r.version())
                        .containsExactly("2024", "2022");
            }
        }
    }

    /** Only the release named is read when the list holds one. */
    @Test
    void aReleaseNamedAloneIsReadAlone() throws Exception {
        try (KnowledgeBase store = bundledAndNewerIndia()) {
            try (StoreSession session = store.openSession()) {
                DatasetQueries queries = new DatasetQueries(session);
                assertThat(total(queries.transfers(List.of("2022"), 750, true), 2015, 2019)).isEqualTo(14318);
                assertThat(queries.transfers(List.of("2024"), 750, true)).hasSize(34);
                assertThat(queries.transfers(List.of("2024"), 770, true)).isEmpty();
            }
        }
    }

    /**
     * A user's SIPRI military expenditure file (the bundled layout, so release 2024) of a country the
     * extract lacks (Nepal) adds to the bundled release: the release still spans 1949-2023, not the
     * file's 1990-2000. One with other figures for country-years the extract holds (Bangladesh) is
     * refused: it would hold two figures for one country-year of one release.
     */
    @Test
    void aMilexFileAddsToItsReleaseWithoutNarrowingItsYears(@TempDir Path folder) throws Exception {
        Path nepal = Files.writeString(folder.resolve("milex-nepal.csv"), milex("Nepal"));
        Path bangladesh = Files.writeString(folder.resolve("milex-bangladesh.csv"), milex("Bangladesh"));
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            DatasetImporter.importBundled(store, BundledDatasets.get("sipri-milex-2024").orElseThrow());
            assertThatThrownBy(() -> DatasetImporter.importFile(store, DatasetFormat.SIPRI_MILEX, bangladesh, null))
                    .isInstanceOf(ImportConflictException.class)
                    .hasMessageContaining("11 of the file's 11 rows have keys (country, year) held there, 11 of them"
                            + " with other values");
            DatasetImporter.importFile(store, DatasetFormat.SIPRI_MILEX, nepal, null);
            try (StoreSession session = store.openSession()) {
                List<DatasetCoverage> releases = new DatasetQueries(session).milexReleases();
                assertThat(releases).hasSize(1);
                assertThat(releases.get(0).version()).isEqualTo("2024");
                assertThat(releases.get(0).firstYear()).isEqualTo(1949);
                assertThat(releases.get(0).lastYear()).isEqualTo(2023);
                assertThat(releases.get(0).dataset()).isEqualTo("sipri-milex-2024, sipri-milex:milex-nepal.csv");
            }
        }
    }

    private static String milex(String country) {
        StringBuilder file = new StringBuilder("country,year,milex_const2022_usd_m,status_const2022,milex_share_gdp,"
                + "status_share_gdp\n");
        for (int year = 1990; year <= 2000; year++) {
            file.append(country).append(',').append(year).append(",3000,value,0.01,value\n");
        }
        return file.toString();
    }

    @Test
    void aTradeRegisterImportsItsDeals() throws Exception {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            var outcome = DatasetImporter.importFile(store, DatasetFormat.SIPRI_TRADE_REGISTER,
                    fixture("trade-register-sample.csv"), null);
            assertThat(outcome.result().rows()).isEqualTo(5);
            assertThat(store.tableCounts().get("arms_deals")).isEqualTo(5);
        }
    }
}
