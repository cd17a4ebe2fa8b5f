package org.counterweight.core.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Bootstrap distribution of OLS coefficients (Efron 1979, "Bootstrap Methods: Another Look at the
 * Jackknife", Annals of Statistics 7(1); schemes as in Davison & Hinkley 1997, Bootstrap Methods and
 * their Application, section 6.2), with percentile intervals (type-7 quantiles of the draws).
 *
 * <ul>
 *   <li>{@link Scheme#RESIDUAL}: y* = X beta + e*, e* drawn with replacement from the residuals,
 *       centred and inflated by sqrt(n / (n - k)) (Davison & Hinkley's simple variance correction, not
 *       the leverage-adjusted one). Treats X as fixed: with a lagged dependent variable among the
 *       regressors (the Richardson equation) this ignores the feedback of the shocks into later
 *       regressors; prefer {@link Scheme#PAIRS} or {@link Scheme#BLOCK_PAIRS} when that matters.</li>
 *   <li>{@link Scheme#PAIRS}: whole rows (y_i, x_i) drawn with replacement; robust to
 *       heteroskedasticity.</li>
 *   <li>{@link Scheme#BLOCK_PAIRS}: moving-block bootstrap of rows (Kunsch 1989, Annals of Statistics
 *       17(3)): blocks of consecutive rows, start drawn uniformly, concatenated and cut to n; keeps
 *       short-range serial dependence. Rows are in the data's order (years, for
 *       {@link RichardsonRegression}).</li>
 * </ul>
 *
 * <p>The generator is the caller's: the same generator state gives the same draws. The draws are
 * consumed sequentially, so this is single-threaded by design. A resample whose regression is rank
 * deficient (possible with pairs) is counted in {@link Result#failedDraws()} and skipped, and the
 * drawing continues until the requested number of successful draws or 10 x that many attempts.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** How resamples are formed. */
    public enum Scheme {
        /** Fixed design, resampled residuals. */
        RESIDUAL,
        /** Resampled rows. */
        PAIRS,
        /** Resampled blocks of consecutive rows. */
        BLOCK_PAIRS
    }

    /**
     * Bootstrap draws of the coefficients.
     *
     * @param original    the fit on the data
     * @param names       coefficient names
     * @param draws       successful draws, one row of k coefficients each, in drawing order
     * @param failedDraws resamples whose regression failed and were skipped
     * @param level       the interval coverage, e.g. 0.9
     * @param lower       per coefficient, the (1 - level)/2 type-7 quantile of the draws
     * @param upper       per coefficient, the (1 + level)/2 type-7 quantile of the draws
     */
    public record Result(OrdinaryLeastSquares.Fit original, List<String> names, double[][] draws, int failedDraws,
            double level, double[] lower, double[] upper) {
        public Result {
            names = List.copyOf(names);
            draws = copy(draws);
            lower = lower.clone();
            upper = upper.clone();
        }

        @Override
        public double[][] draws() {
            return copy(draws);
        }

        @Override
        public double[] lower() {
            return lower.clone();
        }

        @Override
        public double[] upper() {
            return upper.clone();
        }

        /** The number of successful draws. */
        public int size() {
            return draws.length;
        }

        /** Draw i's coefficients. */
        public double[] draw(int i) {
            return draws[i].clone();
        }

        /** The draws of one coefficient. */
        public double[] coefficientDraws(int j) {
            double[] column = new double[draws.length];
            for (int i = 0; i < draws.length; i++) {
                column[i] = draws[i][j];
            }
            return column;
        }

        /** The bootstrap standard error (standard deviation of the draws, divisor B - 1). */
        public double standardError(int j) {
            double[] column = coefficientDraws(j);
            double mean = Arrays.stream(column).average().orElse(Double.NaN);
            double s = 0;
            for (double v : column) {
                s += (v - mean) * (v - mean);
            }
            return Math.sqrt(s / (column.length - 1));
        }

        private static double[][] copy(double[][] m) {
            double[][] c = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    /**
     * Bootstraps with {@link Scheme#RESIDUAL} or {@link Scheme#PAIRS}.
     *
     * @param replicates number of successful draws wanted, >= 2
     * @param level      interval coverage in (0, 1)
     * @param rng        the caller's generator
     * @throws IllegalArgumentException when the original fit fails (its problem is named)
     */
    public static Result of(RegressionData data, Scheme scheme, int replicates, double level, RandomGenerator rng) {
        if (scheme == Scheme.BLOCK_PAIRS) {
            throw new IllegalArgumentException("BLOCK_PAIRS needs a block length: use ofBlocks");
        }
        return run(data, scheme, 1, replicates, level, rng);
    }

    /** Moving-block bootstrap of rows with the given block length (1 is the pairs bootstrap). */
    public static Result ofBlocks(RegressionData data, int blockLength, int replicates, double level,
            RandomGenerator rng) {
        if (blockLength < 1 || blockLength > data.observations()) {
            throw new IllegalArgumentException("block length must be in [1, " + data.observations() + "], got "
                    + blockLength);
        }
        return run(data, Scheme.BLOCK_PAIRS, blockLength, replicates, level, rng);
    }

    private static Result run(RegressionData data, Scheme scheme, int blockLength, int replicates, double level,
            RandomGenerator rng) {
        if (replicates < 2) {
            throw new IllegalArgumentException("replicates must be >= 2, got " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        if (rng == null) {
            throw new IllegalArgumentException("a random generator is required");
        }
        OrdinaryLeastSquares.Fit original = OrdinaryLeastSquares.fit(data);
        if (!original.ok()) {
            throw new IllegalArgumentException("cannot bootstrap a failed fit: " + original.problem());
        }
        int n = data.observations();
        int k = data.regressors();
        double[] fitted = new double[n];
        double[] residuals = original.residuals();
        double meanResidual = Arrays.stream(residuals).average().orElse(0);
        double inflate = Math.sqrt((double) n / (n - k));
        for (int i = 0; i < n; i++) {
            fitted[i] = data.y(i) - residuals[i];
            residuals[i] = (residuals[i] - meanResidual) * inflate;
        }
        List<double[]> draws = new ArrayList<>(replicates);
        int failed = 0;
        long maxAttempts = 10L * replicates;
        for (long attempt = 0; draws.size() < replicates && attempt < maxAttempts; attempt++) {
            RegressionData resample;
            if (scheme == Scheme.RESIDUAL) {
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    y[i] = fitted[i] + residuals[rng.nextInt(n)];
                }
                resample = data.withResponse(y);
            } else {
                resample = data.rows(blockIndices(n, blockLength, rng));
            }
            OrdinaryLeastSquares.Fit fit = OrdinaryLeastSquares.fit(resample);
            if (fit.ok()) {
                draws.add(fit.coefficients());
            } else {
                failed++;
            }
        }
        if (draws.size() < 2) {
            throw new IllegalArgumentException("only " + draws.size() + " of " + (draws.size() + failed)
                    + " resamples could be fitted; the data are too few or too collinear to bootstrap");
        }
        double[][] array = draws.toArray(new double[0][]);
        double[] lower = new double[k];
        double[] upper = new double[k];
        double[] column = new double[array.length];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < array.length; i++) {
                column[i] = array[i][j];
            }
            Arrays.sort(column);
            lower[j] = Quantiles.type7Sorted(column, (1 - level) / 2);
            upper[j] = Quantiles.type7Sorted(column, (1 + level) / 2);
        }
        return new Result(original, data.names(), array, failed, level, lower, upper);
    }

    private static int[] blockIndices(int n, int blockLength, RandomGenerator rng) {
        int[] indices = new int[n];
        int filled = 0;
        int starts = n - blockLength + 1;
        while (filled < n) {
            int start = rng.nextInt(starts);
            for (int i = 0; i < blockLength && filled < n; i++) {
                indices[filled++] = start + i;
            }
        }
        return indices;
    }
}
