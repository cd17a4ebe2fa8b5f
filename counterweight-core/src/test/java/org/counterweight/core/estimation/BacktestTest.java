package org.counterweight.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed tiny series. In-sample (2000-2004) x follows x_t = x_{t-1} + 1 + 0.5 y_{t-1} - 0.2
 * x_{t-1} exactly: x = 5, 10, 15, 18.5, 23.3 with y = 10, 12, 11, 15, 14, so the fit up to 2004
 * recovers c = 1, k = 0.5, a = 0.2. Out of sample x_2005 = 26, x_2006 = 27 (y_2005 = 13).
 * <pre>
 * one-step: x^2005 = 23.3 + 1 + 7 - 4.66 = 26.64 (error -0.64); x^2006 = 26 + 1 + 6.5 - 5.2 = 28.3 (-1.3)
 *           naive 23.3 (2.7), 26 (1.0)
 *           RMSE = sqrt((0.4096 + 1.69)/2), MAE = 0.97; naive RMSE = sqrt((7.29 + 1)/2), MAE = 1.85
 * dynamic:  x^2005 = 26.64; x^2006 = 26.64 + 1 + 6.5 - 5.328 = 28.812 (-1.812); naive 23.3, 23.3 (2.7, 3.7)
 * </pre>
 */
class BacktestTest {
    private static final double[] X = {5, 10, 15, 18.5, 23.3, 26, 27};
    private static final double[] Y = {10, 12, 11, 15, 14, 13, 16};

    @Test
    void oneStepAheadMatchesTheHandComputation() {
        Backtest.Result r = Backtest.richardson(2000, X, Y, 2004, Backtest.Mode.ONE_STEP);
        assertThat(r.estimate().c()).isCloseTo(1, within(1e-9));
        assertThat(r.estimate().k()).isCloseTo(0.5, within(1e-10));
        assertThat(r.estimate().a()).isCloseTo(0.2, within(1e-10));
        assertThat(r.years()).containsExactly(2005, 2006);
        assertThat(r.forecast()).containsExactly(new double[] {26.64, 28.3}, within(1e-9));
        assertThat(r.naive()).containsExactly(23.3, 26);
        Backtest.Errors e = r.errors();
        assertThat(e.n()).isEqualTo(2);
        assertThat(e.rmse()).isCloseTo(Math.sqrt((0.4096 + 1.69) / 2), within(1e-9));
        assertThat(e.mae()).isCloseTo(0.97, within(1e-9));
        assertThat(e.naiveRmse()).isCloseTo(Math.sqrt((7.29 + 1) / 2), within(1e-12));
        assertThat(e.naiveMae()).isCloseTo(1.85, within(1e-12));
        assertThat(e.rmseRatio()).isCloseTo(Math.sqrt(1.0498 / 4.145), within(1e-9));
        assertThat(e.maeRatio()).isCloseTo(0.97 / 1.85, within(1e-9));
    }

    @Test
    void dynamicIteratesOnItsOwnForecasts() {
        Backtest.Result r = Backtest.richardson(2000, X, Y, 2004, Backtest.Mode.DYNAMIC);
        assertThat(r.forecast()).containsExactly(new double[] {26.64, 28.812}, within(1e-9));
        assertThat(r.naive()).containsExactly(23.3, 23.3);
        assertThat(r.errors().rmse()).isCloseTo(Math.sqrt((0.64 * 0.64 + 1.812 * 1.812) / 2), within(1e-9));
        assertThat(r.errors().naiveMae()).isCloseTo(3.2, within(1e-12));
    }

    @Test
    void missingYearsAreNotScored() {
        double[] y = {10, 12, 11, 15, 14, 13, 16, 15};
        double[] x = Arrays.copyOf(X, 8);
        x[6] = Double.NaN;
        x[7] = 30;
        Backtest.Result r = Backtest.richardson(2000, x, y, 2004, Backtest.Mode.ONE_STEP);
        assertThat(r.scored()).containsExactly(true, false, false);
        assertThat(r.errors().n()).isEqualTo(1);
        Backtest.Result dynamic = Backtest.richardson(2000, x, y, 2004, Backtest.Mode.DYNAMIC);
        assertThat(dynamic.scored()).containsExactly(true, false, true);
        assertThatThrownBy(() -> Backtest.richardson(2000, X, Y, 2006, Backtest.Mode.ONE_STEP))
                .hasMessageContaining("split year 2006");
        assertThatThrownBy(() -> Backtest.richardson(2000, X, Y, 2002, Backtest.Mode.ONE_STEP))
                .hasMessageContaining("cannot fit up to 2002");
    }
}
