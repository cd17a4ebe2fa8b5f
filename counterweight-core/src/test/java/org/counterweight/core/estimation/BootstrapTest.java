package org.counterweight.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static RegressionData line(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[n];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i};
            y[i] = 1 + 0.5 * i + rng.nextGaussian();
        }
        return RegressionData.withIntercept(y, x, List.of("t"));
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        RegressionData data = line(1, 30);
        for (Bootstrap.Scheme scheme : List.of(Bootstrap.Scheme.RESIDUAL, Bootstrap.Scheme.PAIRS)) {
            Bootstrap.Result first = Bootstrap.of(data, scheme, 200, 0.9, new SplittableRandom(42));
            Bootstrap.Result second = Bootstrap.of(data, scheme, 200, 0.9, new SplittableRandom(42));
            Bootstrap.Result other = Bootstrap.of(data, scheme, 200, 0.9, new SplittableRandom(43));
            assertThat(first.draws()).isDeepEqualTo(second.draws());
            assertThat(first.lower()).containsExactly(second.lower());
            assertThat(first.draws()).isNotEqualTo(other.draws());
            assertThat(first.size()).isEqualTo(200);
        }
        Bootstrap.Result blocks = Bootstrap.ofBlocks(data, 4, 100, 0.9, new SplittableRandom(42));
        assertThat(blocks.draws()).isDeepEqualTo(Bootstrap.ofBlocks(data, 4, 100, 0.9, new SplittableRandom(42))
                .draws());
    }

    /**
     * The residual bootstrap's standard error of the slope approximates the OLS standard error: for
     * n = 60 with the sqrt(n / (n - k)) correction, 2000 draws estimate it to within about 3%
     * (Monte Carlo sd of a bootstrap sd is about se / sqrt(2B)), so a 15% tolerance is wide.
     */
    @Test
    void residualBootstrapAgreesWithClassicalStandardErrors() {
        RegressionData data = line(5, 60);
        Bootstrap.Result r = Bootstrap.of(data, Bootstrap.Scheme.RESIDUAL, 2000, 0.95, new SplittableRandom(9));
        double se = r.original().standardError(1);
        assertThat(r.standardError(1)).isCloseTo(se, within(0.15 * se));
        double slope = r.original().coefficient(1);
        assertThat(r.lower()[1]).isLessThan(slope);
        assertThat(r.upper()[1]).isGreaterThan(slope);
        assertThat(r.upper()[1] - r.lower()[1]).isCloseTo(2 * 1.96 * se, within(0.25 * 2 * 1.96 * se));
        assertThat(r.names()).containsExactly("const", "t");
        assertThat(r.coefficientDraws(1)).hasSize(2000);
    }

    @Test
    void percentileIntervalsAreType7QuantilesOfTheDraws() {
        Bootstrap.Result r = Bootstrap.of(line(2, 25), Bootstrap.Scheme.PAIRS, 101, 0.8, new SplittableRandom(1));
        double[] q = Quantiles.type7(r.coefficientDraws(0), (1 - 0.8) / 2, (1 + 0.8) / 2);
        assertThat(r.lower()[0]).isEqualTo(q[0]);
        assertThat(r.upper()[0]).isEqualTo(q[1]);
    }

    @Test
    void degenerateInputsAreRejected() {
        RegressionData collinear = RegressionData.withIntercept(new double[] {1, 2, 3}, new double[][] {{1}, {1},
            {1}}, List.of("flat"));
        assertThatThrownBy(() -> Bootstrap.of(collinear, Bootstrap.Scheme.PAIRS, 10, 0.9, new SplittableRandom(1)))
                .hasMessageContaining("flat");
        assertThatThrownBy(() -> Bootstrap.of(line(1, 10), Bootstrap.Scheme.PAIRS, 10, 1.5, new SplittableRandom(1)))
                .hasMessageContaining("level");
        // A pairs resample of 3 rows repeats one row with probability 1/9, leaving x constant: such
        // resamples are counted, not fatal.
        Bootstrap.Result few = Bootstrap.of(line(3, 3), Bootstrap.Scheme.PAIRS, 50, 0.9, new SplittableRandom(8));
        assertThat(few.failedDraws()).isPositive();
        assertThat(few.size()).isEqualTo(50);
    }
}
