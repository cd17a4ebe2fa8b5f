package org.counterweight.core.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded loops: tau-b against the O(n^2) definition, and all-pairs against one dyad at a time. */
class InvariantLoopsTest {

    /** Kendall's tau-b by its definition, counting pairs of items. */
    static double bruteForceTauB(int[] x, int[] y) {
        int n = x.length;
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int dx = Integer.signum(x[i] - x[j]);
                int dy = Integer.signum(y[i] - y[j]);
                if (dx == 0) {
                    tiedX++;
                }
                if (dy == 0) {
                    tiedY++;
                }
                if (dx * dy > 0) {
                    concordant++;
                } else if (dx * dy < 0) {
                    discordant++;
                }
            }
        }
        long n0 = (long) n * (n - 1) / 2;
        return (concordant - discordant) / Math.sqrt((double) (n0 - tiedX) * (n0 - tiedY));
    }

    @Test
    void tauBMatchesTheDefinitionOnRandomPortfolios() {
        Random random = new Random(1975L);
        KendallTauB tau = new KendallTauB(5);
        int defined = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            int n = 2 + random.nextInt(60);
            int[] x = new int[n];
            int[] y = new int[n];
            for (int k = 0; k < n; k++) {
                x[k] = random.nextInt(5);
                y[k] = random.nextBoolean() ? x[k] : random.nextInt(5);
            }
            double expected = bruteForceTauB(x, y);
            double actual = tau.similarity(x, y);
            if (Double.isNaN(expected)) {
                assertThat(actual).isNaN();
            } else {
                assertThat(actual).as("trial %d", trial).isCloseTo(expected, within(1e-12));
                defined++;
            }
        }
        assertThat(defined).isGreaterThan(2_500);
    }

    @Test
    void allPairsEqualsOneDyadAtATime() {
        Random random = new Random(1815L);
        for (int year = 0; year < 40; year++) {
            int states = 1 + random.nextInt(25);
            int[][] codes = new int[states][states];
            for (int s = 0; s < states; s++) {
                for (int k = 0; k < states; k++) {
                    codes[s][k] = s == k ? 3 : random.nextInt(4) == 0 ? random.nextInt(4) : 0;
                }
            }
            double[] weights = PortfolioSimilarityContract.randomWeights(random, states);
            List<PortfolioSimilarity> measures = SimilarityMatrix.standardMeasures(4, true);
            SimilarityMatrix matrix = SimilarityMatrix.allPairs(codes, weights, 4);
            assertThat(matrix.measures()).containsExactlyElementsOf(measures.stream().map(PortfolioSimilarity::name).toList());
            assertThat(matrix.size()).isEqualTo(states);
            for (int m = 0; m < measures.size(); m++) {
                PortfolioSimilarity measure = measures.get(m);
                double[][] full = matrix.matrix(measure.name());
                for (int i = 0; i < states; i++) {
                    for (int j = 0; j < states; j++) {
                        double expected = measure.weighted()
                                ? measure.similarity(codes[i], codes[j], weights)
                                : measure.similarity(codes[i], codes[j]);
                        double actual = full[i][j];
                        if (Double.isNaN(expected)) {
                            assertThat(actual).isNaN();
                        } else {
                            assertThat(actual).as("%s year %d (%d,%d)", measure.name(), year, i, j)
                                    .isCloseTo(expected, within(1e-12));
                        }
                        assertThat(Double.compare(matrix.get(m, i, j), matrix.get(m, j, i))).isZero();
                    }
                }
            }
        }
    }

    @Test
    void allPairsHandlesDenseNonSquareUnVotePortfolios() {
        Random random = new Random(1946L);
        int states = 12;
        int rollCalls = 40;
        int[][] votes = new int[states][rollCalls];
        for (int s = 0; s < states; s++) {
            for (int k = 0; k < rollCalls; k++) {
                votes[s][k] = random.nextInt(3);
            }
        }
        SimilarityMatrix matrix = SimilarityMatrix.allPairs(votes, null, 3);
        assertThat(matrix.measures()).doesNotContain("s-absolute-weighted");
        ScottPi pi = new ScottPi(3, Distance.SQUARED, false);
        for (int i = 0; i < states; i++) {
            for (int j = 0; j < states; j++) {
                assertThat(matrix.get("pi-squared", i, j)).isCloseTo(pi.similarity(votes[i], votes[j]), within(1e-12));
            }
        }
    }

    @Test
    void allPairsValidatesItsInput() {
        int[][] codes = {{3, 0}, {0, 3}};
        List<PortfolioSimilarity> weighted = List.of(SignorinoRitterS.capabilityWeighted(4));
        assertThatThrownBy(() -> SimilarityMatrix.allPairs(codes, null, weighted))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
        assertThatThrownBy(() -> SimilarityMatrix.allPairs(new int[][] {{3, 0}, {0}}, null, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("codes[1]");
        assertThatThrownBy(() -> SimilarityMatrix.allPairs(new int[][] {{3, 0}, {0, 4}}, null, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("codes[1][1]");
        assertThatThrownBy(() -> SimilarityMatrix.allPairs(new int[0][], null, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("codes");
        assertThatThrownBy(() -> SimilarityMatrix.allPairs(codes, null,
                List.of(new KendallTauB(4), new KendallTauB(3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measures[1]");
        SimilarityMatrix matrix = SimilarityMatrix.allPairs(codes, null, 4);
        assertThatThrownBy(() -> matrix.get("no-such", 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measure");
        assertThatThrownBy(() -> matrix.get(0, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("j");
    }
}
