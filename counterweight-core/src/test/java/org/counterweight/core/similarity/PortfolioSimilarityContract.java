package org.counterweight.core.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants every {@link PortfolioSimilarity} must meet, subclassed per implementation and
 * variant. Random instances come from a fixed seed.
 */
abstract class PortfolioSimilarityContract {
    static final int CATEGORIES = 4;

    abstract PortfolioSimilarity measure();

    /** Whether the measure is defined when exactly one portfolio is constant. */
    abstract boolean definedWithOneConstantPortfolio();

    /** Whether the measure is defined when both portfolios are the same constant. */
    abstract boolean definedWithIdenticalConstantPortfolios();

    double similarity(int[] x, int[] y, double[] w) {
        return measure().weighted() ? measure().similarity(x, y, w) : measure().similarity(x, y);
    }

    static int[] randomPortfolio(Random random, int n) {
        int[] x = new int[n];
        for (int k = 0; k < n; k++) {
            // skewed toward 0 like alliance portfolios
            x[k] = random.nextInt(3) == 0 ? random.nextInt(CATEGORIES) : 0;
        }
        return x;
    }

    static double[] randomWeights(Random random, int n) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = random.nextInt(5) == 0 ? 0 : random.nextDouble();
        }
        w[random.nextInt(n)] += 0.01;
        return w;
    }

    @Test
    void symmetricAndBoundedOnRandomPortfolios() {
        Random random = new Random(20_240_501L);
        for (int trial = 0; trial < 5_000; trial++) {
            int n = 1 + random.nextInt(30);
            int[] x = randomPortfolio(random, n);
            int[] y = randomPortfolio(random, n);
            double[] w = randomWeights(random, n);
            double xy = similarity(x, y, w);
            double yx = similarity(y, x, w);
            if (Double.isNaN(xy)) {
                assertThat(yx).isNaN();
                continue;
            }
            assertThat(yx).as("trial %d", trial).isCloseTo(xy, within(1e-12));
            assertThat(xy).as("trial %d", trial).isBetween(-1.0 - 1e-12, 1.0 + 1e-12);
        }
    }

    @Test
    void identicalPortfoliosScoreOne() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 1_000; trial++) {
            int n = 2 + random.nextInt(30);
            int[] x = randomPortfolio(random, n);
            x[0] = 3;
            x[1] = 0;
            double[] w = randomWeights(random, n);
            // items 0 and 1 must carry weight, or the weighted portfolio is constant (undefined kappa, pi)
            w[0] += 0.5;
            w[1] += 0.5;
            assertThat(similarity(x, x.clone(), w)).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void allianceConventionSelfTieThreeGivesOneForAStateWithItself() {
        int[] x = {3, 0, 0, 1, 2};
        double[] w = {0.2, 0.2, 0.2, 0.2, 0.2};
        assertThat(similarity(x, x, w)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void constantPortfolios() {
        int[] constant = {0, 0, 0, 0};
        int[] varied = {3, 0, 1, 0};
        double[] w = {1, 1, 1, 1};
        double one = similarity(constant, varied, w);
        double both = similarity(constant, constant.clone(), w);
        if (definedWithOneConstantPortfolio()) {
            assertThat(one).isBetween(-1.0, 1.0);
        } else {
            assertThat(one).isNaN();
        }
        if (definedWithIdenticalConstantPortfolios()) {
            assertThat(both).isEqualTo(1.0);
        } else {
            assertThat(both).isNaN();
        }
    }

    @Test
    void rejectsEmptyNullAndMismatchedPortfolios() {
        double[] w = {1, 1};
        assertThatThrownBy(() -> similarity(new int[0], new int[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
        assertThatThrownBy(() -> similarity(null, new int[] {1, 2}, w))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
        assertThatThrownBy(() -> similarity(new int[] {1, 2}, new int[] {1, 2, 3}, w))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second");
        assertThatThrownBy(() -> similarity(new int[] {1, 4}, new int[] {1, 2}, w))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first[1]");
        assertThatThrownBy(() -> similarity(new int[] {1, 2}, new int[] {-1, 2}, w))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second[0]");
    }

    @Test
    void weightsAreRequiredExactlyByWeightedMeasures() {
        int[] x = {3, 0};
        int[] y = {0, 3};
        if (measure().weighted()) {
            assertThatThrownBy(() -> measure().similarity(x, y))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
            assertThatThrownBy(() -> measure().similarity(x, y, new double[] {1}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
            assertThatThrownBy(() -> measure().similarity(x, y, new double[] {1, -1}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights[1]");
            assertThatThrownBy(() -> measure().similarity(x, y, new double[] {0, 0}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
        } else {
            assertThatThrownBy(() -> measure().similarity(x, y, new double[] {1, 1}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
        }
    }

    @Test
    void rejectsATableOfAnotherScale() {
        JointTable table = JointTable.of(new int[] {0, 1}, new int[] {1, 0}, null, 3);
        assertThatThrownBy(() -> measure().similarity(table))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
    }

    @Test
    void nameIsStableAndScaleIsDeclared() {
        assertThat(measure().name()).matches("[a-z][a-z0-9-]*");
        assertThat(measure().categories()).isEqualTo(CATEGORIES);
    }
}
