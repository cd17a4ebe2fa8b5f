package org.counterweight.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.capability.CompositeIndexOfNationalCapability;
import org.counterweight.core.capability.CompositeIndexOfNationalCapability.Score;
import org.counterweight.core.model.NationalCapabilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CINC recomputed from the NMC components reproduces the published {@code cinc} column of every
 * state-year of the bundled NMC releases to 1e-7. Reference values: the COW project's own cinc column
 * (NMC v6.0 and v7.0 abridged files, as bundled; see data/datasets/cow-nmc/SOURCE.md).
 */
class CincReproductionTest {

    @ParameterizedTest
    @ValueSource(strings = {"7.0", "6.0"})
    void recomputedCincMatchesThePublishedColumnForEveryStateYear(String version) {
        List<NationalCapabilities> records = TestData.readBundled(new NmcReader(version), "cow-nmc-" + version);
        Map<String, Double> recomputed = new HashMap<>();
        for (Score score : CompositeIndexOfNationalCapability.compute(records)) {
            recomputed.put(score.cowCode() + "/" + score.year(), score.cinc());
        }
        int compared = 0;
        double worst = 0;
        for (NationalCapabilities record : records) {
            assertThat(record.publishedCinc()).as("published cinc of %d/%d", record.cowCode(), record.year()).isPresent();
            Double mine = recomputed.get(record.cowCode() + "/" + record.year());
            assertThat(mine).as("recomputed cinc of %d/%d", record.cowCode(), record.year()).isNotNull();
            worst = Math.max(worst, Math.abs(mine - record.publishedCinc().getAsDouble()));
            compared++;
        }
        assertThat(compared).isEqualTo(version.equals("7.0") ? 17_121 : 15_951);
        assertThat(worst).as("largest absolute difference").isLessThan(1e-7);
    }
}
