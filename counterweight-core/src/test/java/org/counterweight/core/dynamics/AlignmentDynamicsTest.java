package org.counterweight.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Alignment-weighted threat and alignment drift: hand-worked derived quantities, and the mechanism's
 * direction stated as tests of the model's logic (seeded loops over random states), not of tuned numbers.
 */
class AlignmentDynamicsTest {
    private static final List<String> CASE = List.of("USA", "IND", "PAK", "CHN", "RUS");
    private static final List<String> THREE = List.of("USA", "IND", "PAK");

    @Test
    void derivedQuantitiesMatchAWorkedExample() {
        // USA, IND, PAK: USA-IND +0.5, IND-PAK -1, USA-PAK -0.2; x = (40, 10, 2)
        // E = (40 + 0.5*10, 10 + 0.5*40, 2) = (45, 30, 2)
        // T_USA = 0.2 * 2 = 0.4; T_IND = 1 * 2 = 2; T_PAK = 1 * 30 + 0.2 * 45 = 39
        // D = (0.4/45, 2/30, 39/2)
        AlignmentDynamics m = AlignmentDynamics.of(THREE);
        double[] s = threeActorState(m, 0.5);
        assertThat(m.effectiveCapability(s)).containsExactly(new double[] {45, 30, 2}, within(1e-12));
        assertThat(m.threat(s)).containsExactly(new double[] {0.4, 2, 39}, within(1e-12));
        assertThat(m.securityDeficit(s)).containsExactly(new double[] {0.4 / 45, 2.0 / 30, 19.5}, within(1e-12));
    }

    @Test
    void removingTheIndoUsTieNeverRaisesPakistansThreat() {
        // same levels, any signs of the other ties: T_PAK = sum_j max(-w_PAK,j, 0) E_j and every E_j is
        // non-decreasing in every positive tie w_jk (j, k != PAK) for x >= 0, so lowering one cannot raise T_PAK
        SplittableRandom rng = new SplittableRandom(7L);
        AlignmentDynamics m = AlignmentDynamics.of(CASE);
        int pak = CASE.indexOf("PAK");
        for (int run = 0; run < 1000; run++) {
            double[] x = randomLevels(rng);
            double[][] w = randomTies(rng);
            w[0][1] = w[1][0] = rng.nextDouble(0.1, 1);
            double with = m.threat(m.state(x, w))[pak];
            w[0][1] = w[1][0] = 0;
            assertThat(m.threat(m.state(x, w))[pak]).as("run %s", run).isLessThanOrEqualTo(with);
        }
    }

    @Test
    void raisingAnEnemysExpenditureRaisesThreat() {
        SplittableRandom rng = new SplittableRandom(11L);
        AlignmentDynamics m = AlignmentDynamics.of(CASE);
        int ind = CASE.indexOf("IND");
        int pak = CASE.indexOf("PAK");
        for (int run = 0; run < 200; run++) {
            double[] x = randomLevels(rng);
            double[][] w = randomTies(rng);
            w[ind][pak] = w[pak][ind] = -rng.nextDouble(0.1, 1);
            double before = m.threat(m.state(x, w))[pak];
            x[ind] = x[ind] * 1.5 + 1;
            assertThat(m.threat(m.state(x, w))[pak]).isGreaterThan(before);
        }
    }

    @Test
    void driftKeepsTheLevelsAndKeepsEveryTieWithinMinusOneAndOne() {
        SplittableRandom rng = new SplittableRandom(3L);
        DormandPrince54Integrator dp = new DormandPrince54Integrator(1e-9, 1, 1e-9, 1e-9);
        for (int run = 0; run < 100; run++) {
            AlignmentDynamics m = AlignmentDynamics.builder(CASE).structuralBalanceRate(rng.nextDouble(0, 2))
                    .threatBalancingRate(rng.nextDouble(0, 2)).build();
            double[] x = randomLevels(rng);
            double[] s = m.state(x, randomTies(rng));
            Integration r = dp.integrate(m, 0, s, 50, (t, y) -> {
                for (int i = 0; i < CASE.size(); i++) {
                    assertThat(y[i]).isEqualTo(x[i]);
                }
                for (int p = CASE.size(); p < y.length; p++) {
                    assertThat(y[p]).isBetween(-1 - 1e-9, 1 + 1e-9);
                }
            });
            assertThat(r.completed()).isTrue();
        }
    }

    @Test
    void anEnemysPartnerBecomesLessFriendlyUnderStructuralBalance() {
        // PAK hostile to IND, IND partner of USA: the PAK-USA tie cools; USA-IND-PAK balance needs it negative
        AlignmentDynamics m = AlignmentDynamics.builder(THREE).structuralBalanceRate(0.5).build();
        double[] s = m.state(new double[] {40, 10, 2}, new double[][] {{0, 0.8, 0.3}, {0.8, 0, -0.9}, {0.3, -0.9, 0}});
        assertThat(m.computeDerivatives(0, s)[m.tieIndex(0, 2)]).isNegative();
        // and an enemy's enemy becomes friendlier: USA hostile to CHN, CHN hostile to IND
        AlignmentDynamics four = AlignmentDynamics.builder(List.of("USA", "IND", "CHN", "PAK")).structuralBalanceRate(1)
                .build();
        double[][] w = new double[4][4];
        w[0][2] = w[2][0] = -0.8;
        w[1][2] = w[2][1] = -0.6;
        double[] s4 = four.state(new double[] {40, 10, 30, 2}, w);
        assertThat(four.computeDerivatives(0, s4)[four.tieIndex(0, 1)]).isPositive();
    }

    @Test
    void threatBalancingWarmsTiesToTheEnemiesOfTheMainThreat() {
        // PAK's main threat is IND; CHN is hostile to IND: PAK-CHN warms; with beta = 0 nothing moves
        List<String> ids = List.of("IND", "PAK", "CHN");
        AlignmentDynamics off = AlignmentDynamics.of(ids);
        double[][] w = {{0, -0.9, -0.5}, {-0.9, 0, 0}, {-0.5, 0, 0}};
        double[] s = off.state(new double[] {70, 10, 250}, w);
        assertThat(off.computeDerivatives(0, s)).containsOnly(0.0);
        AlignmentDynamics on = off.withAlignmentRates(0, 1);
        assertThat(on.computeDerivatives(0, s)[on.tieIndex(1, 2)]).isPositive();
        // a fixed tie does not move
        AlignmentDynamics fixed = AlignmentDynamics.builder(ids).threatBalancingRate(1).structuralBalanceRate(1)
                .fixTie("CHN", "PAK").build();
        assertThat(fixed.computeDerivatives(0, s)[fixed.tieIndex(1, 2)]).isZero();
    }

    @Test
    void stateLayoutAndValidationNameWhatIsWrong() {
        AlignmentDynamics m = AlignmentDynamics.of(THREE);
        assertThat(m.dimension()).isEqualTo(6);
        assertThat(new int[] {m.tieIndex(0, 1), m.tieIndex(0, 2), m.tieIndex(1, 2), m.tieIndex(2, 1)})
                .containsExactly(3, 4, 5, 5);
        assertThatThrownBy(() -> m.state(new double[] {1, 2, 3}, new double[][] {{0, 0.5, 0}, {0.4, 0, 0}, {0, 0, 0}}))
                .hasMessageContaining("symmetric").hasMessageContaining("USA");
        assertThatThrownBy(() -> m.state(new double[] {1, 2, 3}, new double[][] {{0, 0, 1.5}, {0, 0, 0}, {1.5, 0, 0}}))
                .hasMessageContaining("[-1, 1]").hasMessageContaining("PAK");
        assertThatThrownBy(() -> m.indexOf("GBR")).hasMessageContaining("unknown actor GBR");
        assertThatThrownBy(() -> AlignmentDynamics.of(List.of("A", "A"))).hasMessageContaining("duplicate actor id A");
        assertThatThrownBy(() -> AlignmentDynamics.of(List.of("A"))).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> AlignmentDynamics.builder(THREE).structuralBalanceRate(-1).build())
                .hasMessageContaining("structuralBalanceRate");
    }

    private static double[] threeActorState(AlignmentDynamics m, double usaInd) {
        return m.state(new double[] {40, 10, 2}, new double[][] {{0, usaInd, -0.2}, {usaInd, 0, -1}, {-0.2, -1, 0}});
    }

    private static double[] randomLevels(SplittableRandom rng) {
        double[] x = new double[CASE.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble(0, 1000);
        }
        return x;
    }

    /** Ties uniform in [-1, 1], symmetric. */
    private static double[][] randomTies(SplittableRandom rng) {
        int n = CASE.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                w[i][j] = w[j][i] = rng.nextDouble(-1, 1);
            }
        }
        return w;
    }
}
