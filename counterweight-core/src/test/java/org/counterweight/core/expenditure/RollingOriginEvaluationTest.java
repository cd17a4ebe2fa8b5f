package org.counterweight.core.expenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingOriginEvaluationTest {
    /** Fourteen levels from 2000; threat, income and hostility constant (the drift needs none of them). */
    private static ExpenditureHistory fourteen() {
        double[] x = {10, 11, 11.5, 12.8, 13.1, 14.6, 15.0, 16.9, 17.2, 18.8, 20.1, 20.5, 22.9, 23.4};
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1);
        return new ExpenditureHistory("XYZ", 2000, x, ones, ones, ones);
    }

    /**
     * The drift evaluated against the baselines, as computed independently with NumPy: origins are the
     * indices o = 10, 11, 12 (at least 10 growth rates before each); q = mean |diff(l[:o+1])|, mu =
     * mean diff(l[:o+1]), l = log x; h = 1: n 3, MASE persistence 0.7638663407333991, drift
     * 0.7004828359629401, RMSE persistence 0.06611092649779775, drift 0.047707830024118006; h = 3 (one
     * origin, o = 10): MASE persistence 2.1774623506431032, drift 0.8225376493568934.
     */
    @Test
    void maseAndRmseOfTheBaselinesMatchAnIndependentComputation() {
        RollingOriginEvaluation.Result r = RollingOriginEvaluation.evaluate(new RandomWalkWithDrift(), fourteen());
        assertThat(r.origins()).containsExactly(2010, 2011, 2012);
        RollingOriginEvaluation.Accuracy one = r.at(1).orElseThrow();
        assertThat(one.forecasts()).isEqualTo(3);
        assertThat(one.masePersistence()).isCloseTo(0.7638663407333991, within(1e-12));
        assertThat(one.maseDrift()).isCloseTo(0.7004828359629401, within(1e-12));
        assertThat(one.mase()).isCloseTo(one.maseDrift(), within(1e-12));
        assertThat(one.rmsePersistence()).isCloseTo(0.06611092649779775, within(1e-12));
        assertThat(one.rmseDrift()).isCloseTo(0.047707830024118006, within(1e-12));
        assertThat(one.rmseRatioDrift()).isCloseTo(1, within(1e-12));
        assertThat(one.beatsBothBaselines()).isFalse(); // the drift does not beat itself
        RollingOriginEvaluation.Accuracy three = r.at(3).orElseThrow();
        assertThat(three.forecasts()).isEqualTo(1);
        assertThat(three.masePersistence()).isCloseTo(2.1774623506431032, within(1e-12));
        assertThat(three.maseDrift()).isCloseTo(0.8225376493568934, within(1e-12));
        assertThat(r.at(5)).isEmpty();
    }

    /** On a series its own noise-free equation generated, a specification forecasts without error. */
    @Test
    void theTrueSpecificationBeatsBothBaselinesAtEveryHorizon() {
        double[] lx = new double[30];
        double[] threat = new double[30];
        double[] ones = new double[30];
        Arrays.fill(ones, 1);
        for (int t = 0; t < 30; t++) {
            threat[t] = 100 * Math.exp(0.05 * t + 0.3 * Math.sin(t));
        }
        lx[0] = Math.log(10);
        lx[1] = Math.log(10.5);
        for (int t = 2; t < 30; t++) {
            lx[t] = lx[t - 1] + 0.02 + 0.5 * (Math.log(threat[t - 1]) - Math.log(threat[t - 2]))
                    + 0.2 * (lx[t - 1] - lx[t - 2]);
        }
        ExpenditureHistory h = new ExpenditureHistory("XYZ", 1990, Arrays.stream(lx).map(Math::exp).toArray(), threat,
                ones, ones);
        RollingOriginEvaluation.Result r = RollingOriginEvaluation.evaluate(new GrowthReaction(), h);
        // Rows start in 1992; ten rows (2*3 = 6 < 10) are there at the origin 2001.
        assertThat(r.origins().get(0)).isEqualTo(2001);
        for (int horizon : RollingOriginEvaluation.HORIZONS) {
            RollingOriginEvaluation.Accuracy a = r.at(horizon).orElseThrow();
            assertThat(a.mase()).isLessThan(1e-8);
            assertThat(a.beatsBothBaselines()).isTrue();
            assertThat(a.forecasts()).isEqualTo(2019 - 2001 - horizon + 1);
        }
    }

    @Test
    void aNonPositiveLevelForecastIsCountedAndNotScored() {
        double[] x = new double[20];
        double[] threat = new double[20];
        double[] ones = new double[20];
        Arrays.fill(ones, 1);
        for (int t = 0; t < 20; t++) {
            // x falls by about 19 a year to 10 in 2000, then stays near 10: fitted to 2000, the levels
            // equation carries the fall on below zero while the actual level stays positive.
            x[t] = t <= 10 ? 200 - 19 * t + (t % 2 == 0 ? 0.5 : -0.5) : 10 + t % 2;
            threat[t] = 50 + t % 3;
        }
        ExpenditureHistory h = new ExpenditureHistory("XYZ", 1990, x, threat, ones, ones);
        RollingOriginEvaluation.Result r = RollingOriginEvaluation.evaluate(new RichardsonLevels(), h);
        assertThat(r.accuracy()).isNotEmpty();
        List<Integer> horizons = r.accuracy().stream().map(RollingOriginEvaluation.Accuracy::horizon).toList();
        assertThat(horizons).contains(1);
        RollingOriginEvaluation.Accuracy one = r.at(1).orElseThrow();
        assertThat(one.nonPositive()).isPositive();
        assertThat(one.forecasts() + one.nonPositive()).isEqualTo(r.origins().size());
    }
}
