package org.counterweight.core.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * Granger causality by the F-test of nested autoregressions (Granger 1969, "Investigating Causal
 * Relations by Econometric Models and Cross-spectral Methods", Econometrica 37(3), 424-438): y
 * Granger-causes x with p lags when the lags of y improve the prediction of x beyond x's own lags.
 * <pre>
 *   unrestricted: x_t = c + sum_{i=1..p} alpha_i x_{t-i} + sum_{i=1..p} beta_i y_{t-i} + e_t
 *   restricted:   x_t = c + sum_{i=1..p} alpha_i x_{t-i} + u_t
 *   F = ((RSS_r - RSS_u) / p) / (RSS_u / (T - 2p - 1)),  df1 = p, df2 = T - 2p - 1
 * </pre>
 * Both regressions use the same T observations: the years t with x_t and all needed lags of x and y
 * present (gaps are dropped, never filled). This is the x equation of a bivariate VAR(p) estimated
 * equation by equation by OLS (identical to joint estimation, by Zellner's result for equal
 * regressors). The F distribution is exact only for fixed regressors with normal errors; with lagged
 * dependent variables it is a finite-sample approximation (the asymptotic test is chi-square with p
 * df). Series should be stationary (difference them first otherwise): with unit roots the test
 * over-rejects (Toda & Yamamoto 1995 give a remedy).
 */
public final class GrangerCausality {
    private GrangerCausality() {
    }

    /**
     * The test of "y Granger-causes x".
     *
     * @param f            the F statistic (NaN when a regression failed)
     * @param df1          numerator degrees of freedom p
     * @param df2          denominator degrees of freedom T - 2p - 1
     * @param pValue       P(F(df1, df2) > f)
     * @param observations T
     * @param restricted   x on its own lags
     * @param unrestricted x on its own and y's lags
     * @param problem      empty, or why the test could not be computed
     */
    public record Result(double f, int df1, int df2, double pValue, int observations,
            OrdinaryLeastSquares.Fit restricted, OrdinaryLeastSquares.Fit unrestricted, String problem) {
        /** Whether both regressions succeeded. */
        public boolean ok() {
            return problem.isEmpty();
        }

        /** Whether H0 "y does not Granger-cause x" is rejected at level alpha. */
        public boolean rejects(double alpha) {
            return ok() && pValue < alpha;
        }
    }

    /** Both directions of a bivariate VAR(p). */
    public record Both(Result yCausesX, Result xCausesY) {
    }

    /**
     * Tests whether y Granger-causes x.
     *
     * @param x    the effect series (NaN for gaps)
     * @param y    the candidate cause, aligned with x
     * @param lags p >= 1
     */
    public static Result test(double[] x, double[] y, int lags) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (lags < 1) {
            throw new IllegalArgumentException("lags must be >= 1, got " + lags);
        }
        List<Double> response = new ArrayList<>();
        List<double[]> restrictedRows = new ArrayList<>();
        List<double[]> unrestrictedRows = new ArrayList<>();
        for (int t = lags; t < x.length; t++) {
            boolean complete = Double.isFinite(x[t]);
            double[] r = new double[lags];
            double[] u = new double[2 * lags];
            for (int i = 1; i <= lags && complete; i++) {
                complete = Double.isFinite(x[t - i]) && Double.isFinite(y[t - i]);
                r[i - 1] = x[t - i];
                u[i - 1] = x[t - i];
                u[lags + i - 1] = y[t - i];
            }
            if (complete) {
                response.add(x[t]);
                restrictedRows.add(r);
                unrestrictedRows.add(u);
            }
        }
        List<String> restrictedNames = new ArrayList<>();
        List<String> unrestrictedNames = new ArrayList<>();
        for (int i = 1; i <= lags; i++) {
            restrictedNames.add("x_lag" + i);
        }
        unrestrictedNames.addAll(restrictedNames);
        for (int i = 1; i <= lags; i++) {
            unrestrictedNames.add("y_lag" + i);
        }
        double[] yValues = response.stream().mapToDouble(Double::doubleValue).toArray();
        OrdinaryLeastSquares.Fit restricted = OrdinaryLeastSquares.fit(RegressionData.withIntercept(yValues,
                restrictedRows.toArray(new double[0][]), restrictedNames));
        OrdinaryLeastSquares.Fit unrestricted = OrdinaryLeastSquares.fit(RegressionData.withIntercept(yValues,
                unrestrictedRows.toArray(new double[0][]), unrestrictedNames));
        int observations = yValues.length;
        int df2 = observations - 2 * lags - 1;
        if (!unrestricted.ok() || !restricted.ok()) {
            String problem = !unrestricted.ok() ? unrestricted.problem() : restricted.problem();
            return new Result(Double.NaN, lags, df2, Double.NaN, observations, restricted, unrestricted,
                    "cannot test with " + observations + " complete observations: " + problem);
        }
        double f = ((restricted.rss() - unrestricted.rss()) / lags) / (unrestricted.rss() / df2);
        if (unrestricted.rss() == 0) {
            f = restricted.rss() == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        f = Math.max(f, 0); // rounding can make RSS_r - RSS_u a hair negative
        return new Result(f, lags, df2, FDistribution.survival(f, lags, df2), observations, restricted, unrestricted,
                "");
    }

    /** Both directions: y to x and x to y. */
    public static Both bothDirections(double[] x, double[] y, int lags) {
        return new Both(test(x, y, lags), test(y, x, lags));
    }
}
