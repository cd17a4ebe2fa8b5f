package org.counterweight.core.estimation;

import java.util.List;

/**
 * Ordinary least squares, beta = argmin ||y - X beta||^2, solved by Householder QR of X (never by
 * forming X'X, which squares the condition number), with classical (homoskedastic) standard errors.
 *
 * <p>Definitions, as in R's {@code lm}/{@code summary.lm} (Chambers 1992, "Linear models", ch. 4 of
 * Statistical Models in S): residual variance s^2 = RSS / (n - k); Cov(beta) = s^2 (X'X)^{-1} =
 * s^2 R^{-1} R^{-T}; R^2 = 1 - RSS / TSS with TSS centred when the design has an intercept and
 * uncentred (sum of y^2) otherwise; adjusted R^2 = 1 - (1 - R^2)(n - i)/(n - k), i = 1 with an
 * intercept, 0 without; t = beta / se with two-sided p-values from Student's t with n - k degrees of
 * freedom.
 *
 * <p>Rank check: column j is declared collinear when the norm of its component orthogonal to the
 * earlier columns, |R_jj|, is below {@value #RANK_TOLERANCE} times its own norm (a scale-free test:
 * rescaling a column, say from US$ to thousands, does not change the verdict). Problems the data can
 * legitimately have are a {@link Status}, not an exception: too few observations (n <= k) and rank
 * deficiency. Complexity O(n k^2) time, O(n k) memory.
 */
public final class OrdinaryLeastSquares {
    /** Relative size of |R_jj| below which column j counts as a linear combination of the earlier ones. */
    public static final double RANK_TOLERANCE = 1e-10;

    private OrdinaryLeastSquares() {
    }

    /** Whether a fit was possible. */
    public enum Status {
        /** Estimated. */
        OK,
        /** n <= k: no degrees of freedom left for the residual variance. */
        TOO_FEW_OBSERVATIONS,
        /** A column is (numerically) a linear combination of the earlier columns, or all zeros. */
        RANK_DEFICIENT
    }

    /**
     * A fitted regression. When {@link #status()} is not {@link Status#OK} the arrays are empty, the
     * numbers NaN and {@link #problem()} says what is wrong; use {@link #requireOk()} to turn that into
     * an exception.
     *
     * @param status           whether the fit succeeded
     * @param problem          empty when OK, otherwise what is wrong, naming the column
     * @param names            column names
     * @param coefficients     beta, length k
     * @param standardErrors   se(beta), length k
     * @param residuals        y - X beta, length n
     * @param covariance       s^2 (X'X)^{-1}, k x k
     * @param rSquared         R^2 (NaN when y is constant and the model has an intercept)
     * @param adjustedRSquared adjusted R^2
     * @param residualVariance s^2 = RSS / (n - k)
     * @param rss              residual sum of squares
     * @param n                observations
     * @param k                regressors (intercept included)
     */
    public record Fit(Status status, String problem, List<String> names, double[] coefficients,
            double[] standardErrors, double[] residuals, double[][] covariance, double rSquared,
            double adjustedRSquared, double residualVariance, double rss, int n, int k) {
        public Fit {
            names = List.copyOf(names);
            coefficients = coefficients.clone();
            standardErrors = standardErrors.clone();
            residuals = residuals.clone();
            covariance = copy(covariance);
        }

        /** Whether the fit succeeded. */
        public boolean ok() {
            return status == Status.OK;
        }

        /**
         * @return this fit
         * @throws IllegalStateException naming the problem when the fit did not succeed
         */
        public Fit requireOk() {
            if (!ok()) {
                throw new IllegalStateException("least squares failed (" + status + "): " + problem);
            }
            return this;
        }

        /** Residual degrees of freedom n - k. */
        public int residualDegreesOfFreedom() {
            return n - k;
        }

        /** beta_j. */
        public double coefficient(int j) {
            return coefficients[j];
        }

        /** beta for the named column. */
        public double coefficient(String name) {
            return coefficients[index(name)];
        }

        /** se(beta_j). */
        public double standardError(int j) {
            return standardErrors[j];
        }

        /** se(beta) for the named column. */
        public double standardError(String name) {
            return standardErrors[index(name)];
        }

        /** t_j = beta_j / se_j. */
        public double tStatistic(int j) {
            return coefficients[j] / standardErrors[j];
        }

        /** Two-sided p-value of H0: beta_j = 0, from Student's t with n - k degrees of freedom. */
        public double pValue(int j) {
            return StudentT.twoSidedPValue(tStatistic(j), n - k);
        }

        /** x' beta for one row of regressors (same columns as the design). */
        public double predict(double... row) {
            requireOk();
            if (row.length != k) {
                throw new IllegalArgumentException("row has " + row.length + " values, expected " + k);
            }
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += row[j] * coefficients[j];
            }
            return s;
        }

        private int index(String name) {
            int j = names.indexOf(name);
            if (j < 0) {
                throw new IllegalArgumentException("no column named " + name + "; columns are " + names);
            }
            return j;
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        @Override
        public double[] standardErrors() {
            return standardErrors.clone();
        }

        @Override
        public double[] residuals() {
            return residuals.clone();
        }

        @Override
        public double[][] covariance() {
            return copy(covariance);
        }

        private static double[][] copy(double[][] m) {
            double[][] c = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    /** Fits y on X. */
    public static Fit fit(RegressionData data) {
        int n = data.observations();
        int k = data.regressors();
        if (k == 0) {
            throw new IllegalArgumentException("the design has no columns");
        }
        if (n <= k) {
            return failed(data, Status.TOO_FEW_OBSERVATIONS,
                    n + " observations for " + k + " coefficients; need at least " + (k + 1));
        }
        double[][] a = data.design();
        double[] qty = data.response();
        double[] rDiag = new double[k];
        for (int j = 0; j < k; j++) {
            double columnNorm = 0;
            for (int i = 0; i < n; i++) {
                columnNorm = Math.hypot(columnNorm, a[i][j]);
            }
            if (columnNorm == 0) {
                return failed(data, Status.RANK_DEFICIENT, "column " + data.names().get(j) + " is all zeros");
            }
            // Householder reflection H = I - 2 v v' / (v'v) zeroing a[j+1..n-1][j].
            // Columns before j have already been applied: the original norm for the rank test is
            // the norm of column j of X, which applying reflections (orthogonal) does not change.
            double norm = 0;
            for (int i = j; i < n; i++) {
                norm = Math.hypot(norm, a[i][j]);
            }
            if (norm <= RANK_TOLERANCE * columnNorm) {
                return failed(data, Status.RANK_DEFICIENT, "column " + data.names().get(j)
                        + " is (numerically) a linear combination of " + data.names().subList(0, j)
                        + " (orthogonal part " + norm + " of norm " + columnNorm + ")");
            }
            double alpha = a[j][j] > 0 ? -norm : norm;
            double[] v = new double[n];
            v[j] = a[j][j] - alpha;
            for (int i = j + 1; i < n; i++) {
                v[i] = a[i][j];
            }
            double vtv = 0;
            for (int i = j; i < n; i++) {
                vtv += v[i] * v[i];
            }
            for (int c = j; c < k; c++) {
                reflect(a, c, v, vtv, j, n);
            }
            double dot = 0;
            for (int i = j; i < n; i++) {
                dot += v[i] * qty[i];
            }
            double f = 2 * dot / vtv;
            for (int i = j; i < n; i++) {
                qty[i] -= f * v[i];
            }
            rDiag[j] = a[j][j];
        }
        // Back substitution R beta = (Q'y)[0..k-1].
        double[] beta = new double[k];
        for (int j = k - 1; j >= 0; j--) {
            double s = qty[j];
            for (int c = j + 1; c < k; c++) {
                s -= a[j][c] * beta[c];
            }
            beta[j] = s / rDiag[j];
        }
        // R^{-1}, upper triangular.
        double[][] rInv = new double[k][k];
        for (int col = 0; col < k; col++) {
            rInv[col][col] = 1.0 / rDiag[col];
            for (int row = col - 1; row >= 0; row--) {
                double s = 0;
                for (int m = row + 1; m <= col; m++) {
                    s += a[row][m] * rInv[m][col];
                }
                rInv[row][col] = -s / rDiag[row];
            }
        }
        double[] residuals = new double[n];
        double rss = 0;
        double sumY = 0;
        double sumY2 = 0;
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            for (int j = 0; j < k; j++) {
                fitted += data.x(i, j) * beta[j];
            }
            residuals[i] = data.y(i) - fitted;
            rss += residuals[i] * residuals[i];
            sumY += data.y(i);
        }
        double meanY = sumY / n;
        for (int i = 0; i < n; i++) {
            double d = data.intercept() ? data.y(i) - meanY : data.y(i);
            sumY2 += d * d;
        }
        int df = n - k;
        double s2 = rss / df;
        double[][] cov = new double[k][k];
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double s = 0;
                for (int m = Math.max(i, j); m < k; m++) {
                    s += rInv[i][m] * rInv[j][m];
                }
                cov[i][j] = s2 * s;
                cov[j][i] = cov[i][j];
            }
            se[i] = Math.sqrt(cov[i][i]);
        }
        double r2 = sumY2 == 0 ? Double.NaN : 1 - rss / sumY2;
        int interceptDf = data.intercept() ? 1 : 0;
        double adjusted = 1 - (1 - r2) * (n - interceptDf) / df;
        return new Fit(Status.OK, "", data.names(), beta, se, residuals, cov, r2, adjusted, s2, rss, n, k);
    }

    private static void reflect(double[][] a, int c, double[] v, double vtv, int j, int n) {
        double dot = 0;
        for (int i = j; i < n; i++) {
            dot += v[i] * a[i][c];
        }
        double f = 2 * dot / vtv;
        for (int i = j; i < n; i++) {
            a[i][c] -= f * v[i];
        }
    }

    private static Fit failed(RegressionData data, Status status, String problem) {
        return new Fit(status, problem, data.names(), new double[0], new double[0], new double[0], new double[0][],
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, data.observations(), data.regressors());
    }
}
