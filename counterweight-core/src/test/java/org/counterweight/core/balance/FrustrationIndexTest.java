package org.counterweight.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.counterweight.core.balance.FrustrationIndex.Options;
import org.counterweight.core.balance.FrustrationIndex.Result;
import org.counterweight.core.balance.FrustrationIndex.Status;
import org.junit.jupiter.api.Test;

class FrustrationIndexTest {

    /** Exhaustive minimum over the 2^(n-1) partitions with node 0 in bloc 0. */
    static double bruteForce(SignedNetwork net) {
        int n = net.nodeCount();
        double best = Double.POSITIVE_INFINITY;
        for (long mask = 0; mask < (1L << Math.max(0, n - 1)); mask++) {
            best = Math.min(best, cost(net, mask << 1));
        }
        return best;
    }

    static double cost(SignedNetwork net, long mask) {
        double c = 0;
        for (SignedNetwork.Edge e : net.edges()) {
            long su = (mask >> e.u()) & 1;
            long sv = (mask >> e.v()) & 1;
            if (e.sign() > 0 ? su != sv : su == sv) {
                c += e.weight();
            }
        }
        return c;
    }

    static double cost(SignedNetwork net, Result r) {
        double c = 0;
        for (SignedNetwork.Edge e : net.edges()) {
            int su = r.blocs().get(e.u());
            int sv = r.blocs().get(e.v());
            if (e.sign() > 0 ? su != sv : su == sv) {
                c += e.weight();
            }
        }
        return c;
    }

    static SignedNetwork random(SplittableRandom rng, int n, double density, double negativeShare, boolean weights) {
        SignedNetwork.Builder b = SignedNetwork.builder();
        for (int i = 0; i < n; i++) {
            b.addNode("v" + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rng.nextDouble() < density) {
                    double w = weights ? (rng.nextBoolean() ? 1 + rng.nextInt(5) : 0.1 + rng.nextDouble() * 3) : 1;
                    b.addEdge("v" + i, "v" + j, rng.nextDouble() < negativeShare ? -1 : 1, w);
                }
            }
        }
        return b.build();
    }

    @Test
    void equalsExhaustiveSearchOnSeededRandomNetworks() {
        SplittableRandom rng = new SplittableRandom(20240611L);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(12);
            SignedNetwork net = random(rng, n, 0.15 + 0.8 * rng.nextDouble(), rng.nextDouble(), trial % 3 == 2);
            double exact = bruteForce(net);

            Result r = FrustrationIndex.compute(net, Options.defaults().withSeed(trial));

            assertThat(r.status()).isEqualTo(Status.OPTIMAL);
            assertThat(r.frustration()).as("trial %d: %s", trial, net).isCloseTo(exact, within(1e-9));
            assertThat(r.lowerBound()).isCloseTo(exact, within(1e-9));
            assertThat(cost(net, r)).isCloseTo(r.frustration(), within(1e-9));
            assertThat(r.frustratedTies().stream().mapToDouble(FrustrationIndex.Tie::weight).sum())
                    .isCloseTo(r.frustration(), within(1e-9));
            // the index never exceeds any partition's count
            for (int k = 0; k < 20 && n > 1; k++) {
                assertThat(cost(net, rng.nextLong(1L << n))).isGreaterThanOrEqualTo(r.frustration() - 1e-9);
            }
        }
    }

    @Test
    void aBudgetGivesAProvenBracketAndNeverClaimsOptimality() {
        SplittableRandom rng = new SplittableRandom(7);
        int exceeded = 0;
        for (int trial = 0; trial < 60; trial++) {
            SignedNetwork net = random(rng, 12, 0.9, 0.5, trial % 2 == 1);
            double exact = bruteForce(net);

            Result r = FrustrationIndex.compute(net, new Options(3, null, trial, 1));

            assertThat(r.lowerBound()).isLessThanOrEqualTo(exact + 1e-9);
            assertThat(r.frustration()).isGreaterThanOrEqualTo(exact - 1e-9);
            assertThat(cost(net, r)).isCloseTo(r.frustration(), within(1e-9));
            if (r.status() == Status.OPTIMAL) {
                assertThat(r.frustration()).isCloseTo(exact, within(1e-9));
            } else {
                exceeded++;
            }
        }
        assertThat(exceeded).isPositive();
    }

    @Test
    void balancedNetworksHaveIndexZeroAndScoreOne() {
        SignedNetwork net = SignedNetwork.builder().addEdge("A", "B", 1).addEdge("C", "D", 1).addEdge("A", "C", -1)
                .addEdge("B", "D", -1).addEdge("A", "D", -1).addNode("E").build();

        Result r = FrustrationIndex.compute(net);

        assertThat(r.frustration()).isZero();
        assertThat(r.balanceScore()).isEqualTo(1.0);
        assertThat(r.blocA()).contains("A", "B").doesNotContain("C", "D");
        assertThat(r.blocB()).containsExactly("C", "D");
        assertThat(r.frustratedTies()).isEmpty();
    }

    @Test
    void blocksMeetingAtCutVerticesAddUp() {
        // two unbalanced triangles (+,+,-) sharing node X, plus a pendant edge and a bridge to a K4 (+,-,...)
        SignedNetwork net = SignedNetwork.builder().addEdge("X", "A", 1).addEdge("A", "B", 1).addEdge("X", "B", -1)
                .addEdge("X", "C", -1).addEdge("C", "D", -1).addEdge("X", "D", -1).addEdge("D", "P", -1)
                .addEdge("B", "Q", 1).addEdge("Q", "R", -1).addEdge("R", "S", -1).addEdge("Q", "S", -1)
                .addEdge("Q", "T", -1).addEdge("R", "T", 1).addEdge("S", "T", 1).build();

        Result r = FrustrationIndex.compute(net);

        assertThat(r.frustration()).isEqualTo(bruteForce(net));
        assertThat(r.frustration()).isEqualTo(3.0);
        assertThat(r.blockCount()).isEqualTo(3);
        assertThat(r.frustratedTies()).hasSize(3);
    }

    /**
     * Gahuku-Gama tribes (Read 1954): 16 tribes, 58 ties. Published frustration index 7 (Aref &amp;
     * Wilson 2019; signnet's frustration_exact(tribes) gives 7); see
     * src/test/resources/balance/README.md.
     */
    @Test
    void gahukuGamaTribesHaveTheIndexAndTriangleShareSignnetReports() {
        SignedNetwork tribes = Datasets.tribes();
        assertThat(tribes.nodeCount()).isEqualTo(16);
        assertThat(tribes.edgeCount()).isEqualTo(58);

        Result r = FrustrationIndex.compute(tribes);

        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.frustration()).isEqualTo(7.0);
        assertThat(r.frustration()).isEqualTo(bruteForce(tribes));
        assertThat(r.balanceScore()).isCloseTo(1 - 7 / 29.0, within(1e-12));
        // signnet: frustration_exact(tribes)$partition = 0 0 1 1 1 1 1 1 1 1 1 1 1 1 0 0 in its node order;
        // optimal partitions need not be unique, so only the size split is compared here
        assertThat(List.of(r.blocA().size(), r.blocB().size())).containsAnyOf(4, 12);
        // signnet: balance_score(tribes, "triangles") = 0.867647 (59 of 68 triangles balanced)
        TriangleCensus census = TriangleCensus.of(tribes);
        assertThat(census.triangles()).isEqualTo(68);
        assertThat(census.balancedShare()).isCloseTo(0.867647, within(5e-7));
    }

    /** A few COW windows (all 51 are exercised by the benchmark-sized test in CowWindowsTest). */
    @Test
    void cowWindowsSolveToOptimality() {
        Map<String, SignedNetwork> windows = Datasets.cowWindows();
        assertThat(windows).hasSize(51);
        for (String w : List.of("46-49", "75-78", "96-99")) {
            SignedNetwork net = windows.get(w);
            Result r = FrustrationIndex.compute(net);
            assertThat(r.status()).as(w).isEqualTo(Status.OPTIMAL);
            assertThat(cost(net, r)).isEqualTo(r.frustration());
            assertThat(r.frustration()).isPositive();
        }
    }
}
