package org.counterweight.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RichardsonRegressionTest {
    private static final double C = 2.0;
    private static final double K = 0.3;
    private static final double A = 0.2;

    /** x_t = x_{t-1} + C + K y_{t-1} - A x_{t-1} + noise e_t, y an exogenous noisy trend. */
    private static double[][] simulate(int years, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[years];
        double[] y = new double[years];
        x[0] = 10;
        y[0] = 20;
        for (int t = 1; t < years; t++) {
            y[t] = 20 + 0.5 * t + 3 * rng.nextGaussian();
            x[t] = x[t - 1] + C + K * y[t - 1] - A * x[t - 1] + noise * rng.nextGaussian();
        }
        return new double[][] {x, y};
    }

    @Test
    void noiselessDataRecoverTheParametersExactly() {
        double[][] s = simulate(12, 0, 1);
        RichardsonRegression.Estimate estimate = RichardsonRegression.fit(1990, s[0], s[1]);
        assertThat(estimate.ok()).isTrue();
        assertThat(estimate.k()).isCloseTo(K, within(1e-10));
        assertThat(estimate.a()).isCloseTo(A, within(1e-10));
        assertThat(estimate.c()).isCloseTo(C, within(1e-9));
        assertThat(estimate.fit().rss()).isLessThan(1e-18);
        assertThat(estimate.years()).hasSize(11).startsWith(1991).endsWith(2001);
    }

    /**
     * Noisy data, 200 years, noise sd 1: the estimates fall within 4 standard errors of the truth for
     * each of 20 seeded series. For one coefficient under correct specification the chance of a miss
     * is about 6e-5, so across the 60 checks a false failure has probability below 0.4% for a random
     * seed; the seeds here are fixed, so the test is deterministic.
     */
    @Test
    void noisyDataRecoverTheParametersWithinTheirStandardErrors() {
        for (long seed = 1; seed <= 20; seed++) {
            double[][] s = simulate(200, 1.0, seed);
            RichardsonRegression.Estimate e = RichardsonRegression.fit(1800, s[0], s[1]);
            assertThat(Math.abs(e.k() - K)).isLessThan(4 * e.kStandardError());
            assertThat(Math.abs(e.a() - A)).isLessThan(4 * e.aStandardError());
            assertThat(Math.abs(e.c() - C)).isLessThan(4 * e.cStandardError());
            assertThat(e.fit().residualVariance()).isCloseTo(1.0, within(0.35));
        }
    }

    @Test
    void gapsDropTheAffectedYearsAndAreNeverFilled() {
        double[][] s = simulate(15, 0, 3);
        double[] x = s[0].clone();
        double[] y = s[1].clone();
        x[5] = Double.NaN; // drops 1995 (x_t) and 1996 (x_{t-1})
        y[9] = Double.NaN; // drops 2000 (y_{t-1})
        RichardsonRegression.Estimate e = RichardsonRegression.fit(1990, x, y);
        assertThat(e.droppedYears()).containsExactly(1995, 1996, 2000);
        assertThat(e.years()).doesNotContain(1995, 1996, 2000).hasSize(14 - 3);
        assertThat(e.k()).isCloseTo(K, within(1e-10));
        assertThat(e.a()).isCloseTo(A, within(1e-10));
    }

    @Test
    void aWindowFitsOnlyItsYearsAndTooFewYearsIsAStatus() {
        double[][] s = simulate(20, 0, 4);
        RichardsonRegression.Estimate window = RichardsonRegression.fit(2000, s[0], s[1], 2005, 2010);
        assertThat(window.years()).containsExactly(2005, 2006, 2007, 2008, 2009, 2010);
        RichardsonRegression.Estimate tiny = RichardsonRegression.fit(2000, s[0], s[1], 2001, 2003);
        assertThat(tiny.ok()).isFalse();
        assertThat(tiny.fit().problem()).contains("3 observations for 3 coefficients");
        assertThat(tiny.k()).isNaN();
        assertThatThrownBy(() -> RichardsonRegression.fit(2000, new double[3], new double[4]))
                .hasMessageContaining("align");
    }

    /**
     * Pair: both equations from a jointly simulated noiseless system; the equilibrium matches the
     * closed form x* = (b g + k h)/(a b - k l), y* = (a h + l g)/(a b - k l), and stability verdicts agree
     * with a b > k l and with the spectral radius of the annual map.
     */
    @Test
    void pairRecoversBothEquationsAndTheirEquilibrium() {
        double a = 0.3;
        double b = 0.25;
        double k = 0.2;
        double l = 0.15;
        double g = 1.0;
        double h = 2.0;
        int years = 10;
        double[] x = new double[years];
        double[] y = new double[years];
        x[0] = 1;
        y[0] = 30;
        for (int t = 1; t < years; t++) {
            x[t] = x[t - 1] + g + k * y[t - 1] - a * x[t - 1];
            y[t] = y[t - 1] + h + l * x[t - 1] - b * y[t - 1];
        }
        RichardsonRegression.Pair pair = RichardsonRegression.fitPair(1990, x, y);
        assertThat(pair.own().k()).isCloseTo(k, within(1e-9));
        assertThat(pair.rival().a()).isCloseTo(b, within(1e-9));
        double d = a * b - k * l;
        assertThat(pair.equilibrium()).containsExactly(new double[] {(b * g + k * h) / d, (a * h + l * g) / d},
                within(1e-7));
        assertThat(pair.continuousStable()).isTrue();
        // M = [[0.7, 0.2], [0.15, 0.75]]: eigenvalues 0.725 +- sqrt(0.000625 + 0.03) = 0.9, 0.55.
        assertThat(pair.discreteSpectralRadius()).isCloseTo(0.9, within(1e-8));
    }
}
