package org.counterweight.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MultiStartDescentSearchTest {
    private static final long SEED = 7L;

    @Test
    void lowerBoundNeverExceedsTheExactGlobalMinimumAndTheHeuristicFindsIt() {
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int trial = 0; trial < 60; trial++) {
            int n = 2 + trial % 11;
            Landscape landscape = BruteForce.random(n, rng, trial % 2 == 0);
            LandscapeAnalysis exact = new ExhaustiveAlignmentSearch().search(landscape);
            double bound = MultiStartDescentSearch.lowerBound(landscape);
            assertThat(bound).as("trial %d", trial).isLessThanOrEqualTo(exact.bestEnergy());
            assertThat(bound).isGreaterThanOrEqualTo(landscape.splitAllEnemiesBound());

            // 2000 starts over at most 2^11 partitions: every basin holds ≥ 1/2048 of the space, so a
            // miss has probability ≤ (1 − 1/2048)^2000 per trial for the smallest basin; the global
            // minimum's basin is usually far larger, and the seed is fixed.
            LandscapeAnalysis heuristic = new MultiStartDescentSearch(2000, SEED + trial).search(landscape);
            assertThat(heuristic.exhaustive()).isFalse();
            assertThat(heuristic.basinMeasure()).isEqualTo(BasinMeasure.SAMPLED);
            assertThat(heuristic.bestEnergy()).as("trial %d", trial).isEqualTo(exact.bestEnergy());
            assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(heuristic.bestEnergy());
            assertThat(heuristic.gap()).isGreaterThanOrEqualTo(0);
            long hits = 0;
            for (LocalMinimum m : heuristic.minima()) {
                assertThat(landscape.isLocalMinimum(m.configuration())).isTrue();
                assertThat(exact.minima()).extracting(LocalMinimum::configuration).contains(m.configuration());
                hits += m.basinSize();
            }
            assertThat(hits).isEqualTo(2000);
        }
    }

    @Test
    void sampledBasinSharesEstimateTheExactBasins() {
        Landscape landscape = BruteForce.random(12, new SplittableRandom(SEED + 100), true);
        LandscapeAnalysis exact = new ExhaustiveAlignmentSearch().search(landscape);
        int starts = 40_000;
        LandscapeAnalysis sampled = new MultiStartDescentSearch(starts, SEED).search(landscape);
        for (LocalMinimum m : sampled.minima()) {
            double share = exact.minima().stream().filter(x -> x.configuration() == m.configuration())
                    .findFirst().orElseThrow().basinSize() / 2048.0;
            // binomial standard deviation ≤ 0.0025; 6 sd: false failure probability < 1e-8 per minimum
            assertThat(m.basinSize() / (double) starts).isCloseTo(share, within(0.015));
        }
    }

    @Test
    void sameSeedSameResult() {
        Landscape landscape = BruteForce.random(40, new SplittableRandom(SEED), false);
        LandscapeAnalysis a = new MultiStartDescentSearch(200, 99).search(landscape);
        LandscapeAnalysis b = new MultiStartDescentSearch(200, 99).search(landscape);
        assertThat(a).isEqualTo(b);
        assertThat(a.lowerBound()).isLessThanOrEqualTo(a.bestEnergy());
        assertThat(a.minima()).allMatch(m -> landscape.isLocalMinimum(m.configuration()));
    }

    @Test
    void spectralBoundIsTightWhenAllPairsAreFriends() {
        // all p_ij = 1: the minimum is everyone together, E = 0; the bound should be ≤ 0 and close
        int n = 8;
        double[][] p = new double[n][n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 1;
            for (int j = 0; j < n; j++) {
                p[i][j] = 1;
            }
        }
        Landscape friends = Landscape.of(BruteForce.names(n), s, p);
        assertThat(MultiStartDescentSearch.lowerBound(friends)).isLessThanOrEqualTo(0).isGreaterThan(-1e-6);
    }

    @Test
    void jacobiFindsTheLargestEigenvalue() {
        double[][] m = {{2, 1, 0}, {1, 2, 1}, {0, 1, 2}};
        double[] v = new double[3];
        // eigenvalues 2 − √2, 2, 2 + √2; top eigenvector (1, √2, 1)/2 up to sign
        assertThat(SpectralBound.largestEigenpair(m, v)).isCloseTo(2 + Math.sqrt(2), within(1e-12));
        assertThat(Math.abs(v[1])).isCloseTo(Math.sqrt(2) / 2, within(1e-12));
    }

    @Test
    void rejectsNonPositiveStarts() {
        assertThatThrownBy(() -> new MultiStartDescentSearch(0, 1)).hasMessageContaining("starts must be > 0");
    }
}
