package org.counterweight.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The N-actor model: its Richardson special case, hand-worked derived quantities, and the
 * mechanism's direction stated as tests of the model's logic (seeded loops over random parameters),
 * not of tuned numbers.
 */
class SecurityDilemmaModelTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final String[] CASE = {"USA", "IND", "PAK", "CHN", "RUS"};

    @Test
    void twoHostileActorsWithoutCeilingsAreExactlyRichardson() {
        SplittableRandom rng = new SplittableRandom(20240401L);
        for (int run = 0; run < 200; run++) {
            double k = rng.nextDouble(0, 1), l = rng.nextDouble(0, 1), a = rng.nextDouble(0, 1), b = rng.nextDouble(0, 1);
            double g = rng.nextDouble(-5, 5), h = rng.nextDouble(-5, 5);
            RichardsonModel r = new RichardsonModel(k, l, a, b, g, h);
            SecurityDilemmaModel m = SecurityDilemmaModel.builder().actor("X", k, a, g, INF).actor("Y", l, b, h, INF)
                    .build();
            double x0 = rng.nextDouble(0, 50), y0 = rng.nextDouble(0, 50);
            double[] s = m.state(new double[] {x0, y0}, new double[][] {{0, -1}, {-1, 0}});
            assertThat(m.threat(s)).containsExactly(y0, x0);
            double[] f = m.computeDerivatives(0, s);
            double[] fr = r.computeDerivatives(0, new double[] {x0, y0});
            assertThat(f[0]).isCloseTo(fr[0], within(1e-12 * (1 + Math.abs(fr[0]))));
            assertThat(f[1]).isCloseTo(fr[1], within(1e-12 * (1 + Math.abs(fr[1]))));
            assertThat(f[2]).isZero();
        }
    }

    @Test
    void twoActorTrajectoryFollowsRichardsonsClosedForm() {
        // the India-Pakistan dyad read as Richardson's (illustrative parameters, not calibrated)
        RichardsonModel r = new RichardsonModel(0.08, 0.15, 0.1, 0.2, 2, 0.5);
        SecurityDilemmaModel m = SecurityDilemmaModel.builder().actor("IND", 0.08, 0.1, 2, INF)
                .actor("PAK", 0.15, 0.2, 0.5, INF).build();
        double[] y = m.state(new double[] {30, 8}, new double[][] {{0, -1}, {-1, 0}});
        DormandPrince54Integrator dp = new DormandPrince54Integrator(1e-10, 1, 1e-12, 1e-12);
        for (int year = 1; year <= 30; year++) {
            y = dp.integrate(m, year - 1, y, year).state();
            double[] exact = r.stateAt(year, 30, 8);
            assertThat(y[0]).isCloseTo(exact[0], within(1e-8));
            assertThat(y[1]).isCloseTo(exact[1], within(1e-8));
        }
    }

    @Test
    void derivedQuantitiesMatchAWorkedExample() {
        // USA, IND, PAK: USA-IND +0.5, IND-PAK -1, USA-PAK -0.2; x = (40, 10, 2)
        // E = (40 + 0.5*10, 10 + 0.5*40, 2) = (45, 30, 2)
        // T_USA = 0.2 * 2 = 0.4; T_IND = 1 * 2 = 2; T_PAK = 1 * 30 + 0.2 * 45 = 39
        // D = (0.4/45, 2/30, 39/2)
        SecurityDilemmaModel m = model(0, 0, INF);
        double[] s = threeActorState(m, 0.5);
        assertThat(m.effectiveCapability(s)).containsExactly(new double[] {45, 30, 2}, within(1e-12));
        assertThat(m.threat(s)).containsExactly(new double[] {0.4, 2, 39}, within(1e-12));
        assertThat(m.securityDeficit(s)).containsExactly(new double[] {0.4 / 45, 2.0 / 30, 19.5}, within(1e-12));
        assertThat(m.mainThreat(s)).containsExactly(2, 2, 1);
    }

    @Test
    void removingTheIndoUsTieDoesNotRaisePakistansThreatNowOrLater() {
        // all else equal and alignments fixed: for any parameters (k, a >= 0, g >= 0, caps) and any
        // signs of the other ties, Pakistan's threat without the tie is never above the baseline's.
        // Why it must hold: with fixed w the arms system is cooperative (df_i/dx_j >= 0 below the
        // ceilings) and removing a positive tie lowers the field, so by the comparison principle
        // every level, and hence T_PAK, stays at or below the baseline (Hirsch & Smith, monotone systems).
        SplittableRandom rng = new SplittableRandom(7L);
        DormandPrince54Integrator dp = new DormandPrince54Integrator(1e-9, 1, 1e-10, 1e-10);
        for (int run = 0; run < 100; run++) {
            SecurityDilemmaModel m = randomCaseModel(rng, 0, 0, true);
            double[] baseline = randomCaseState(m, rng);
            baseline = m.withTie(baseline, "USA", "IND", rng.nextDouble(0.1, 1));
            double[] without = m.withTie(baseline, "USA", "IND", 0);
            int pak = m.indexOf("PAK");
            for (int year = 0; year <= 30; year++) {
                // slack: the integrator's tolerance, relative to the levels
                assertThat(m.threat(without)[pak]).as("run %s year %s", run, year)
                        .isLessThanOrEqualTo(m.threat(baseline)[pak] * (1 + 1e-7) + 1e-7);
                Integration b = dp.integrate(m, year, baseline, year + 1);
                Integration w = dp.integrate(m, year, without, year + 1);
                assertThat(b.completed() && w.completed()).isTrue();
                baseline = b.state();
                without = w.state();
            }
        }
    }

    @Test
    void raisingAnEnemysExpenditureRaisesThreatAndArmsGrowth() {
        SplittableRandom rng = new SplittableRandom(11L);
        for (int run = 0; run < 100; run++) {
            SecurityDilemmaModel m = randomCaseModel(rng, rng.nextDouble(0, 0.5), rng.nextDouble(0, 0.5), false);
            double[] s = randomCaseState(m, rng);
            s = m.withTie(s, "PAK", "IND", -rng.nextDouble(0.1, 1));
            double[] more = m.withLevel(s, "IND", m.level(s, "IND") * 1.5 + 1);
            int pak = m.indexOf("PAK");
            assertThat(m.threat(more)[pak]).isGreaterThan(m.threat(s)[pak]);
            assertThat(m.computeDerivatives(0, more)[pak]).isGreaterThan(m.computeDerivatives(0, s)[pak]);
        }
    }

    @Test
    void theCeilingIsNeverExceededEvenWithLargeGrievances() {
        SplittableRandom rng = new SplittableRandom(3L);
        DormandPrince54Integrator dp = new DormandPrince54Integrator(1e-9, 1, 1e-9, 1e-9);
        for (int run = 0; run < 100; run++) {
            SecurityDilemmaModel.Builder b = SecurityDilemmaModel.builder().structuralBalanceRate(rng.nextDouble(0, 1))
                    .threatBalancingRate(rng.nextDouble(0, 1));
            double[] caps = new double[CASE.length];
            for (int i = 0; i < CASE.length; i++) {
                caps[i] = rng.nextDouble(5, 100);
                // grievance up to twice what fatigue can absorb at the ceiling
                double a = rng.nextDouble(0, 0.3);
                b.actor(CASE[i], rng.nextDouble(0, 2), a, rng.nextDouble(0, 2 * a * caps[i] + 5), caps[i]);
            }
            SecurityDilemmaModel m = b.build();
            double[] s = randomCaseState(m, rng);
            for (int i = 0; i < CASE.length; i++) {
                s = m.withLevel(s, CASE[i], rng.nextDouble(0, caps[i]));
            }
            for (int i = 0; i < CASE.length; i++) { // at the ceiling the field points inward
                double[] atCap = m.withLevel(s, CASE[i], caps[i]);
                assertThat(m.computeDerivatives(0, atCap)[i]).isLessThanOrEqualTo(0);
            }
            // the exact flow cannot cross; the adaptive integrator follows it to within its tolerance
            Integration r = dp.integrate(m, 0, s, 50, (t, y) -> {
                for (int i = 0; i < CASE.length; i++) {
                    assertThat(y[i]).as("%s at t = %s", CASE[i], t).isLessThanOrEqualTo(caps[i] * (1 + 1e-9));
                }
                for (int p = CASE.length; p < y.length; p++) {
                    assertThat(y[p]).isBetween(-1 - 1e-9, 1 + 1e-9);
                }
            });
            assertThat(r.completed()).isTrue();
        }
    }

    @Test
    void anEnemysPartnerBecomesLessFriendlyUnderStructuralBalance() {
        // PAK hostile to IND, IND partner of USA: the PAK-USA tie cools; USA-IND-PAK balance needs it negative
        SecurityDilemmaModel m = model(0.5, 0, INF);
        double[] s = m.state(new double[] {40, 10, 2}, new double[][] {{0, 0.8, 0.3}, {0.8, 0, -0.9}, {0.3, -0.9, 0}});
        double[] f = m.computeDerivatives(0, s);
        assertThat(f[m.tieIndex(0, 2)]).isNegative();
        // and an enemy's enemy becomes friendlier: USA hostile to CHN, CHN hostile to IND
        SecurityDilemmaModel four = SecurityDilemmaModel.builder().actor("USA", 0, 0, 0, INF).actor("IND", 0, 0, 0, INF)
                .actor("CHN", 0, 0, 0, INF).actor("PAK", 0, 0, 0, INF).structuralBalanceRate(1).build();
        double[][] w = new double[4][4];
        w[0][2] = w[2][0] = -0.8;
        w[1][2] = w[2][1] = -0.6;
        double[] s4 = four.state(new double[] {40, 10, 30, 2}, w);
        assertThat(four.computeDerivatives(0, s4)[four.tieIndex(0, 1)]).isPositive();
    }

    @Test
    void threatBalancingWarmsTiesToTheEnemiesOfTheMainThreat() {
        // PAK's main threat is IND; CHN is hostile to IND: PAK-CHN warms; with beta = 0 nothing moves
        SecurityDilemmaModel off = SecurityDilemmaModel.builder().actor("IND", 0, 0, 0, INF).actor("PAK", 0, 0, 0, INF)
                .actor("CHN", 0, 0, 0, INF).build();
        double[][] w = {{0, -0.9, -0.5}, {-0.9, 0, 0}, {-0.5, 0, 0}};
        double[] s = off.state(new double[] {70, 10, 250}, w);
        assertThat(off.computeDerivatives(0, s)[off.tieIndex(1, 2)]).isZero();
        SecurityDilemmaModel on = off.withAlignmentRates(0, 1);
        assertThat(on.mainThreat(s)[1]).isEqualTo(0);
        assertThat(on.computeDerivatives(0, s)[on.tieIndex(1, 2)]).isPositive();
        // a fixed tie does not move
        SecurityDilemmaModel fixed = SecurityDilemmaModel.builder().actor("IND", 0, 0, 0, INF).actor("PAK", 0, 0, 0, INF)
                .actor("CHN", 0, 0, 0, INF).threatBalancingRate(1).structuralBalanceRate(1).fixTie("CHN", "PAK").build();
        assertThat(fixed.isTieFixed("PAK", "CHN")).isTrue();
        assertThat(fixed.computeDerivatives(0, s)[fixed.tieIndex(1, 2)]).isZero();
    }

    @Test
    void stateLayoutAndValidationNameWhatIsWrong() {
        SecurityDilemmaModel m = model(0, 0, INF);
        assertThat(m.dimension()).isEqualTo(6);
        assertThat(new int[] {m.tieIndex(0, 1), m.tieIndex(0, 2), m.tieIndex(1, 2), m.tieIndex(2, 1)})
                .containsExactly(3, 4, 5, 5);
        assertThatThrownBy(() -> m.state(new double[] {1, 2, 3}, new double[][] {{0, 0.5, 0}, {0.4, 0, 0}, {0, 0, 0}}))
                .hasMessageContaining("symmetric").hasMessageContaining("USA");
        assertThatThrownBy(() -> m.withTie(threeActorState(m, 0.5), "USA", "PAK", 1.5)).hasMessageContaining("[-1, 1]")
                .hasMessageContaining("PAK");
        assertThatThrownBy(() -> m.indexOf("GBR")).hasMessageContaining("unknown actor GBR");
        assertThatThrownBy(() -> SecurityDilemmaModel.builder().actor("A", 0, 0, 0, INF).actor("A", 0, 0, 0, INF).build())
                .hasMessageContaining("duplicate actor id A");
        assertThatThrownBy(() -> new SecurityDilemmaModel.Actor("PAK", -1, 0, 0, INF))
                .hasMessageContaining("reaction of PAK");
        assertThatThrownBy(() -> new SecurityDilemmaModel.Actor("PAK", 0, 0, 0, 0)).hasMessageContaining("capacity of PAK");
        assertThatThrownBy(() -> SecurityDilemmaModel.builder().actor("A", 0, 0, 0, INF).build())
                .hasMessageContaining("at least 2");
    }

    private static SecurityDilemmaModel model(double sigma, double beta, double cap) {
        return SecurityDilemmaModel.builder().actor("USA", 0.05, 0.1, 20, cap).actor("IND", 0.1, 0.1, 3, cap)
                .actor("PAK", 0.2, 0.15, 0.5, cap).structuralBalanceRate(sigma).threatBalancingRate(beta).build();
    }

    private static double[] threeActorState(SecurityDilemmaModel m, double usaInd) {
        return m.state(new double[] {40, 10, 2},
                new double[][] {{0, usaInd, -0.2}, {usaInd, 0, -1}, {-0.2, -1, 0}});
    }

    /** Every actor gets a ceiling when {@code capped}, else half of them at random. */
    private static SecurityDilemmaModel randomCaseModel(SplittableRandom rng, double sigma, double beta,
            boolean capped) {
        SecurityDilemmaModel.Builder b = SecurityDilemmaModel.builder().structuralBalanceRate(sigma)
                .threatBalancingRate(beta);
        for (String id : CASE) {
            double cap = !capped && rng.nextBoolean() ? INF : rng.nextDouble(50, 1000);
            b.actor(id, rng.nextDouble(0, 0.5), rng.nextDouble(0, 0.3), rng.nextDouble(0, 5), cap);
        }
        return b.build();
    }

    /** Levels within [0, min(cap, 50)], ties uniform in [-1, 1]. */
    private static double[] randomCaseState(SecurityDilemmaModel m, SplittableRandom rng) {
        int n = m.actorCount();
        double[] x = new double[n];
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble(0, Math.min(m.actors().get(i).capacity(), 50));
            for (int j = i + 1; j < n; j++) {
                w[i][j] = w[j][i] = rng.nextDouble(-1, 1);
            }
        }
        return m.state(x, w);
    }
}
