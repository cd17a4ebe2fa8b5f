package org.counterweight.core.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * A regression's data: the response y (n values) and the design matrix X (n rows of k regressors, an
 * intercept included as a column of ones when wanted), with a name per column.
 *
 * <p>Immutable: arrays are copied in and out. All values must be finite (drop missing observations
 * before building it, as {@link RichardsonRegression} does).
 *
 * @param response  y, length n
 * @param design    X, n rows of length k
 * @param names     the k column names, for reports
 * @param intercept whether one column is the constant; decides centred (true) or uncentred (false)
 *                  R^2, as R's {@code summary.lm} does
 */
public record RegressionData(double[] response, double[][] design, List<String> names, boolean intercept) {
    public RegressionData {
        if (response == null || design == null || names == null) {
            throw new IllegalArgumentException("response, design and names are required");
        }
        if (design.length != response.length) {
            throw new IllegalArgumentException(
                    "design has " + design.length + " rows but response has " + response.length + " values");
        }
        names = List.copyOf(names);
        int k = names.size();
        response = response.clone();
        double[][] copy = new double[design.length][];
        for (int i = 0; i < design.length; i++) {
            if (design[i] == null || design[i].length != k) {
                throw new IllegalArgumentException("design row " + i + " has "
                        + (design[i] == null ? "no" : String.valueOf(design[i].length)) + " values, expected " + k);
            }
            copy[i] = design[i].clone();
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(copy[i][j])) {
                    throw new IllegalArgumentException("design[" + i + "][" + j + "] (" + names.get(j) + ") is "
                            + copy[i][j] + "; drop missing observations first");
                }
            }
            if (!Double.isFinite(response[i])) {
                throw new IllegalArgumentException("response[" + i + "] is " + response[i]
                        + "; drop missing observations first");
            }
        }
        design = copy;
    }

    /**
     * Builds data with a leading intercept column named {@code "const"}.
     *
     * @param regressors n rows of the non-constant regressors
     */
    public static RegressionData withIntercept(double[] response, double[][] regressors, List<String> names) {
        double[][] design = new double[regressors.length][];
        for (int i = 0; i < regressors.length; i++) {
            if (regressors[i] == null) {
                throw new IllegalArgumentException("regressor row " + i + " is missing");
            }
            design[i] = new double[regressors[i].length + 1];
            design[i][0] = 1.0;
            System.arraycopy(regressors[i], 0, design[i], 1, regressors[i].length);
        }
        List<String> all = new ArrayList<>();
        all.add("const");
        all.addAll(names);
        return new RegressionData(response, design, all, true);
    }

    /** The number of observations n. */
    public int observations() {
        return response.length;
    }

    /** The number of regressors k (columns of X, the intercept included). */
    public int regressors() {
        return names.size();
    }

    /** y_i. */
    public double y(int i) {
        return response[i];
    }

    /** X_ij. */
    public double x(int i, int j) {
        return design[i][j];
    }

    @Override
    public double[] response() {
        return response.clone();
    }

    @Override
    public double[][] design() {
        double[][] copy = new double[design.length][];
        for (int i = 0; i < design.length; i++) {
            copy[i] = design[i].clone();
        }
        return copy;
    }

    /** The same design with another response (for the residual bootstrap). */
    RegressionData withResponse(double[] newResponse) {
        return new RegressionData(newResponse, design, names, intercept);
    }

    /** The rows at the given indices, repeats allowed (for the pairs bootstrap). */
    RegressionData rows(int[] indices) {
        double[] y = new double[indices.length];
        double[][] x = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            y[i] = response[indices[i]];
            x[i] = design[indices[i]];
        }
        return new RegressionData(y, x, names, intercept);
    }
}
