package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.io.dataset.BundledDatasets;
import org.junit.jupiter.api.Test;

/**
 * A SIPRI TIV table a user downloads overlaps the bundled extract of the same release: importing
 * it adds its own slot, and each supplier-recipient-year still counts once.
 */
class SipriExportImportTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SipriExportImportTest.class.getResource("/sipri/" + name).toURI());
    }

    private static java.util.List<org.counterweight.core.model.ArmsTransfer> transfers(KnowledgeBase store) {
        try (StoreSession session = store.openSession()) {
            return new DatasetQueries(session).transfers("2022", 770, true);
        }
    }

    @Test
    void anOverlappingTivTableDoesNotDoubleCount() throws Exception {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            DatasetImporter.importBundled(store, BundledDatasets.get("sipri-tiv-2022").orElseThrow());
            double before = PartnerShares.of(transfers(store), PartnerShares.Direction.IMPORTS,
                    "Pakistan", t -> true, 2015, 2019).totalTiv();

            var outcome = DatasetImporter.importFile(store, DatasetFormat.SIPRI_TIV_TABLE,
                    fixture("TIV-Import-PAK-2015-2019.csv"), null);

            assertThat(outcome.result().changed()).isTrue();
            assertThat(outcome.result().rows()).isPositive();
            PartnerShares after = PartnerShares.of(transfers(store),
                    PartnerShares.Direction.IMPORTS, "Pakistan", t -> true, 2015, 2019);
            assertThat(after.totalTiv()).isEqualTo(before).isEqualTo(4045);
            assertThat(after.partners().get(0).partner()).isEqualTo("China");
        }
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
