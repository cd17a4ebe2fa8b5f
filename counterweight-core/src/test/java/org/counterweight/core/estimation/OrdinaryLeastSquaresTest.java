package org.counterweight.core.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.counterweight.core.estimation.OrdinaryLeastSquares.Fit;
import org.counterweight.core.estimation.OrdinaryLeastSquares.Status;
import org.junit.jupiter.api.Test;

class OrdinaryLeastSquaresTest {
    private static double[][] column(double... values) {
        double[][] rows = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new double[] {values[i]};
        }
        return rows;
    }

    /**
     * Hand-worked simple regression: x = 1..5, y = (2, 4, 5, 4, 5). Sxx = 10, Sxy = 6, so slope 0.6
     * and intercept 4 - 0.6 * 3 = 2.2; residuals (-0.8, 0.6, 1.0, -0.6, -0.2), RSS = 2.4, s^2 = 0.8,
     * se(slope) = sqrt(0.8 / 10), se(intercept) = sqrt(0.8 (1/5 + 9/10)), TSS = 6, R^2 = 0.6,
     * adjusted R^2 = 1 - 0.4 * 4 / 3.
     */
    @Test
    void simpleRegressionMatchesTheHandWorkedClosedForm() {
        Fit fit = OrdinaryLeastSquares.fit(RegressionData.withIntercept(new double[] {2, 4, 5, 4, 5},
                column(1, 2, 3, 4, 5), List.of("x"))).requireOk();

        assertThat(fit.coefficient("const")).isCloseTo(2.2, within(1e-12));
        assertThat(fit.coefficient("x")).isCloseTo(0.6, within(1e-12));
        assertThat(fit.residuals()).containsExactly(new double[] {-0.8, 0.6, 1.0, -0.6, -0.2}, within(1e-12));
        assertThat(fit.rss()).isCloseTo(2.4, within(1e-12));
        assertThat(fit.residualVariance()).isCloseTo(0.8, within(1e-12));
        assertThat(fit.standardError("x")).isCloseTo(Math.sqrt(0.08), within(1e-12));
        assertThat(fit.standardError("const")).isCloseTo(Math.sqrt(0.88), within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(0.6, within(1e-12));
        assertThat(fit.adjustedRSquared()).isCloseTo(1 - 0.4 * 4 / 3, within(1e-12));
        assertThat(fit.n()).isEqualTo(5);
        assertThat(fit.k()).isEqualTo(2);
        assertThat(fit.residualDegreesOfFreedom()).isEqualTo(3);
        assertThat(fit.predict(1, 10)).isCloseTo(8.2, within(1e-12));
    }

    /**
     * Two regressors; expected values computed independently with NumPy 2 ({@code np.linalg.lstsq},
     * s^2 (X'X)^{-1} for the covariance, SciPy 1.17 {@code stats.t.sf} for p-values):
     * <pre>
     * x1 = 1..8; x2 = [2,1,4,3,6,5,8,9]; y = [3.1,3.9,7.2,7.8,11.1,11.7,15.2,16.9]
     * X = column_stack([ones(8), x1, x2]); b = lstsq(X, y); r = y - X b; s2 = r.r / 5
     * </pre>
     */
    @Test
    void twoRegressorsMatchAnIndependentComputation() {
        double[] x1 = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] x2 = {2, 1, 4, 3, 6, 5, 8, 9};
        double[] y = {3.1, 3.9, 7.2, 7.8, 11.1, 11.7, 15.2, 16.9};
        double[][] rows = new double[8][];
        for (int i = 0; i < 8; i++) {
            rows[i] = new double[] {x1[i], x2[i]};
        }
        Fit fit = OrdinaryLeastSquares.fit(RegressionData.withIntercept(y, rows, List.of("x1", "x2"))).requireOk();

        assertThat(fit.coefficients()).containsExactly(new double[] {0.55784314, 1.31568627, 0.65980392},
                within(1e-8));
        assertThat(fit.standardErrors()).containsExactly(new double[] {0.08213323, 0.04486513, 0.03902897},
                within(1e-8));
        assertThat(fit.rss()).isCloseTo(0.05549019607843139, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(0.999683001471999, within(1e-12));
        assertThat(fit.pValue(0)).isCloseTo(1.05295955e-03, within(1e-10));
        assertThat(fit.pValue(1)).isCloseTo(8.64352820e-07, within(1e-13));
        assertThat(fit.pValue(2)).isCloseTo(1.32440138e-05, within(1e-12));
        double[][] cov = fit.covariance();
        assertThat(cov[1][2]).isEqualTo(cov[2][1]);
    }

    @Test
    void exactDataIsRecoveredAndScaleDoesNotTriggerTheRankCheck() {
        // y = 3 + 2e-6 x1 - 5e4 x2 exactly, with regressors on very different scales.
        double[][] rows = new double[6][];
        double[] y = new double[6];
        for (int i = 0; i < 6; i++) {
            double a = 1e6 * (i + 1) * (i % 2 == 0 ? 1 : 1.5);
            double b = 1e-4 * (i * i - 2);
            rows[i] = new double[] {a, b};
            y[i] = 3 + 2e-6 * a - 5e4 * b;
        }
        Fit fit = OrdinaryLeastSquares.fit(RegressionData.withIntercept(y, rows, List.of("big", "small"))).requireOk();
        assertThat(fit.coefficient("const")).isCloseTo(3, within(1e-9));
        assertThat(fit.coefficient("big")).isCloseTo(2e-6, within(1e-15));
        assertThat(fit.coefficient("small")).isCloseTo(-5e4, within(1e-6));
        assertThat(fit.rss()).isLessThan(1e-20);
    }

    @Test
    void noInterceptUsesUncentredRSquared() {
        double[] y = {1, 2, 2, 5};
        RegressionData data = new RegressionData(y, column(1, 2, 3, 4), List.of("x"), false);
        Fit fit = OrdinaryLeastSquares.fit(data).requireOk();
        // beta = sum xy / sum x^2 = (1 + 4 + 6 + 20) / 30
        double beta = 31.0 / 30;
        assertThat(fit.coefficient(0)).isCloseTo(beta, within(1e-12));
        double rss = 0;
        for (int i = 0; i < 4; i++) {
            rss += Math.pow(y[i] - beta * (i + 1), 2);
        }
        assertThat(fit.rSquared()).isCloseTo(1 - rss / 34, within(1e-12));
        assertThat(fit.adjustedRSquared()).isCloseTo(1 - (rss / 34) * 4 / 3, within(1e-12));
    }

    @Test
    void collinearColumnsAndTooFewObservationsAreAStatusNamingTheProblem() {
        double[][] rows = {{1, 2}, {2, 4}, {3, 6}, {4, 8}};
        Fit collinear = OrdinaryLeastSquares.fit(RegressionData.withIntercept(new double[] {1, 2, 3, 5}, rows,
                List.of("a", "twiceA")));
        assertThat(collinear.status()).isEqualTo(Status.RANK_DEFICIENT);
        assertThat(collinear.problem()).contains("twiceA").contains("linear combination");
        assertThatThrownBy(collinear::requireOk).isInstanceOf(IllegalStateException.class).hasMessageContaining(
                "twiceA");

        Fit constant = OrdinaryLeastSquares.fit(RegressionData.withIntercept(new double[] {1, 2, 3},
                column(7, 7, 7), List.of("flat")));
        assertThat(constant.status()).isEqualTo(Status.RANK_DEFICIENT);
        assertThat(constant.problem()).contains("flat");

        Fit zeros = OrdinaryLeastSquares.fit(RegressionData.withIntercept(new double[] {1, 2, 3},
                column(0, 0, 0), List.of("nothing")));
        assertThat(zeros.problem()).contains("nothing is all zeros");

        Fit few = OrdinaryLeastSquares.fit(RegressionData.withIntercept(new double[] {1, 2}, column(1, 2),
                List.of("x")));
        assertThat(few.status()).isEqualTo(Status.TOO_FEW_OBSERVATIONS);
        assertThat(few.problem()).contains("2 observations for 2 coefficients");
        assertThat(few.coefficients()).isEmpty();
        assertThat(few.rSquared()).isNaN();
    }

    @Test
    void badInputIsRejectedNamingTheCell() {
        assertThatThrownBy(() -> RegressionData.withIntercept(new double[] {1, Double.NaN}, column(1, 2),
                List.of("x"))).hasMessageContaining("response[1] is NaN");
        assertThatThrownBy(() -> RegressionData.withIntercept(new double[] {1, 2}, column(1, Double.NaN),
                List.of("x"))).hasMessageContaining("design[1][1] (x) is NaN");
        assertThatThrownBy(() -> RegressionData.withIntercept(new double[] {1, 2, 3}, column(1, 2),
                List.of("x"))).hasMessageContaining("2 rows but response has 3");
    }
}
