package org.counterweight.core.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.power.ExpectedSupport.Reliability;
import org.counterweight.core.similarity.SignorinoRitterS;
import org.junit.jupiter.api.Test;

/**
 * Effective capability under the published weightings, against numbers computed by hand.
 *
 * <p>Two sides, A (own capability 0.10) and B (0.02), and three third parties: K1 (0.12) holds an
 * ATOP defence obligation toward B; K2 (0.24) a non-aggression obligation toward B; K3 (0.06) a
 * defence and offence obligation toward A.
 */
class ExpectedSupportTest {
    private static final Map<String, Double> CAPABILITY = Map.of("A", 0.10, "B", 0.02, "K1", 0.12, "K2", 0.24,
            "K3", 0.06);
    private static final AllianceObligation K1_DEFENDS_B = obligation(true, false, false);
    private static final AllianceObligation K2_NO_AGGRESSION_B = obligation(false, false, true);
    private static final AllianceObligation K3_DEFENDS_AND_ATTACKS_FOR_A = obligation(true, true, false);

    private static AllianceObligation obligation(boolean defence, boolean offence, boolean nonaggression) {
        return new AllianceObligation("5.1", 2, 20, 2000, defence, offence, false, nonaggression, false);
    }

    private static double ratio(Reliability reliability) {
        AlignmentWeights weights = AlignmentWeights.builder()
                .set("B", "K1", ExpectedSupport.obligationWeight(K1_DEFENDS_B, reliability))
                .set("B", "K2", ExpectedSupport.obligationWeight(K2_NO_AGGRESSION_B, reliability))
                .set("A", "K3", ExpectedSupport.obligationWeight(K3_DEFENDS_AND_ATTACKS_FOR_A, reliability)).build();
        return EffectiveCapability.of("A", CAPABILITY, weights).effective()
                / EffectiveCapability.of("B", CAPABILITY, weights).effective();
    }

    /**
     * Leeds, Long &amp; Mitchell's 0.745 for every supporting promise, none for non-aggression:
     * A = 0.10 + 0.745 x 0.06 = 0.1447; B = 0.02 + 0.745 x 0.12 + 0 x 0.24 = 0.1094;
     * A / B = 0.1447 / 0.1094 = 1.3226691042.
     */
    @Test
    void leedsLongMitchellRateWeighsDefenceAndOffenceAlike() {
        assertThat(ratio(Reliability.LEEDS_LONG_MITCHELL_2000)).isCloseTo(1.3226691042, within(1e-9));
        assertThat(ExpectedSupport.obligationWeight(K2_NO_AGGRESSION_B, Reliability.LEEDS_LONG_MITCHELL_2000))
                .isZero();
    }

    /**
     * Berkemeier &amp; Fuhrmann's rates by type: K1's defence 0.41, K3's larger offence rate 0.74:
     * A = 0.10 + 0.74 x 0.06 = 0.1444; B = 0.02 + 0.41 x 0.12 = 0.0692; A / B = 2.0867052023.
     */
    @Test
    void ratesByTypeTakeTheStrongestPromise() {
        assertThat(ratio(Reliability.BERKEMEIER_FUHRMANN_2018)).isCloseTo(2.0867052023, within(1e-9));
        assertThat(ExpectedSupport.supportingPromise(K3_DEFENDS_AND_ATTACKS_FOR_A)).isEqualTo("defence and offence");
        assertThat(ExpectedSupport.supportingPromise(K2_NO_AGGRESSION_B)).isNull();
        assertThat(Reliability.BERKEMEIER_FUHRMANN_2018.describe()).isEqualTo("0.41 for defence, 0.74 for offence"
                + " (Berkemeier & Fuhrmann (2018), wars of 1816-2003)");
        assertThat(Reliability.LEEDS_LONG_MITCHELL_2000.describe()).startsWith("0.745 for defence and offence");
    }

    /**
     * Bueno de Mesquita's third-party weight from S over four items (0-3 scale, m = 3, n = 4):
     * k = (3, 3, 0, 1), side i = (3, 3, 0, 0): distance 1, S = 1 - 2 x 1 / 12 = 5/6; opponent
     * j = (0, 1, 3, 3): distance 3 + 2 + 3 + 2 = 10, S = 1 - 20 / 12 = -2/3. Weight for i:
     * (5/6 + 2/3) / 2 = 0.75; for j: 0. With k's capability 0.2, i's effective capability is
     * 0.10 + 0.75 x 0.2 = 0.25.
     */
    @Test
    void similarityWeightIsHalfTheDifferenceInTheThirdPartysSimilarity() {
        int[] k = {3, 3, 0, 1};
        SignorinoRitterS s = SignorinoRitterS.unweighted(4);
        double toI = s.similarity(k, new int[] {3, 3, 0, 0});
        double toJ = s.similarity(k, new int[] {0, 1, 3, 3});
        assertThat(toI).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(toJ).isCloseTo(-2.0 / 3, within(1e-12));
        assertThat(ExpectedSupport.similarityWeight(toI, toJ)).isCloseTo(0.75, within(1e-12));
        assertThat(ExpectedSupport.similarityWeight(toJ, toI)).isZero();
        AlignmentWeights weights = AlignmentWeights.builder().set("i", "k", 0.75).build();
        assertThat(EffectiveCapability.of("i", 0.10, Map.of("k", 0.2), weights).effective()).isCloseTo(0.25,
                within(1e-12));
        assertThatThrownBy(() -> ExpectedSupport.similarityWeight(1.5, 0)).hasMessageContaining("[-1, 1]");
    }
}
