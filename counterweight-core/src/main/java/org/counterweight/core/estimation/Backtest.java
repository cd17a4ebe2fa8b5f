package org.counterweight.core.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * Out-of-sample backtest of the Richardson regression against a naive persistence forecast: fit
 * {@link RichardsonRegression} on the changes of years <= splitYear, forecast each later year, and
 * compare root mean squared and mean absolute errors.
 *
 * <ul>
 *   <li>{@link Mode#ONE_STEP} (recursive one-step-ahead, the parameters fixed at the split):
 *       x^_t = x_{t-1} + c + k y_{t-1} - a x_{t-1} from the actual previous values; naive
 *       x^_t = x_{t-1}. A year is scored when x_t, x_{t-1} and y_{t-1} are present.</li>
 *   <li>{@link Mode#DYNAMIC} (multi-step from the split, conditional on the rival's actual path):
 *       x^_t = x^_{t-1} + c + k y_{t-1} - a x^_{t-1} starting from the actual x at splitYear; naive
 *       x^_t = x_split (no change). A missing y_{t-1} ends the path (later forecasts are NaN); a
 *       missing actual x_t is not scored but the path continues.</li>
 * </ul>
 * The ratio RMSE(model) / RMSE(naive) is Theil's U2 in the form used by forecasters (Theil 1966,
 * Applied Economic Forecasting): below 1 the model beats persistence.
 */
public final class Backtest {
    private Backtest() {
    }

    /** Forecasting scheme. */
    public enum Mode {
        /** Each year from the actual previous values. */
        ONE_STEP,
        /** Iterated from the split year on its own forecasts; the rival's actual path is given. */
        DYNAMIC
    }

    /**
     * Forecast errors of a model and of the naive forecast over the same scored years.
     *
     * @param n         scored years
     * @param rmse      model root mean squared error
     * @param mae       model mean absolute error
     * @param naiveRmse naive root mean squared error
     * @param naiveMae  naive mean absolute error
     */
    public record Errors(int n, double rmse, double mae, double naiveRmse, double naiveMae) {
        /** RMSE(model) / RMSE(naive) (Theil's U2): below 1 the model beats persistence. */
        public double rmseRatio() {
            return rmse / naiveRmse;
        }

        /** MAE(model) / MAE(naive). */
        public double maeRatio() {
            return mae / naiveMae;
        }
    }

    /**
     * @param mode      forecasting scheme
     * @param splitYear last year of the fitting window
     * @param estimate  the fit on years <= splitYear
     * @param years     the forecast years splitYear+1 .. last
     * @param actual    x_t (NaN where missing)
     * @param forecast  model forecast (NaN where not available)
     * @param naive     naive forecast (NaN where not available)
     * @param scored    whether each year entered the errors
     * @param errors    the error summary
     */
    public record Result(Mode mode, int splitYear, RichardsonRegression.Estimate estimate, int[] years,
            double[] actual, double[] forecast, double[] naive, boolean[] scored, Errors errors) {
        public Result {
            years = years.clone();
            actual = actual.clone();
            forecast = forecast.clone();
            naive = naive.clone();
            scored = scored.clone();
        }

        @Override
        public int[] years() {
            return years.clone();
        }

        @Override
        public double[] actual() {
            return actual.clone();
        }

        @Override
        public double[] forecast() {
            return forecast.clone();
        }

        @Override
        public double[] naive() {
            return naive.clone();
        }

        @Override
        public boolean[] scored() {
            return scored.clone();
        }
    }

    /**
     * Backtests x's Richardson equation.
     *
     * @param firstYear year of index 0 of both series
     * @param own       x, NaN for gaps
     * @param rival     y, aligned with x
     * @param splitYear last year of the fitting window; at least one later year must exist
     * @throws IllegalArgumentException when there is nothing to forecast, or the fit fails (naming why)
     */
    public static Result richardson(int firstYear, double[] own, double[] rival, int splitYear, Mode mode) {
        int lastYear = firstYear + own.length - 1;
        if (splitYear < firstYear + 1 || splitYear >= lastYear) {
            throw new IllegalArgumentException("split year " + splitYear + " must leave years to fit and to forecast in "
                    + firstYear + ".." + lastYear);
        }
        RichardsonRegression.Estimate estimate = RichardsonRegression.fit(firstYear, own, rival, firstYear + 1,
                splitYear);
        if (!estimate.ok()) {
            throw new IllegalArgumentException("cannot fit up to " + splitYear + ": " + estimate.fit().problem());
        }
        int horizon = lastYear - splitYear;
        int[] years = new int[horizon];
        double[] actual = new double[horizon];
        double[] forecast = new double[horizon];
        double[] naive = new double[horizon];
        boolean[] scored = new boolean[horizon];
        double path = own[splitYear - firstYear];
        double naiveLevel = path;
        if (mode == Mode.DYNAMIC && !Double.isFinite(path)) {
            throw new IllegalArgumentException("dynamic forecast needs the actual value of " + splitYear
                    + ", which is missing");
        }
        for (int h = 0; h < horizon; h++) {
            int year = splitYear + 1 + h;
            int t = year - firstYear;
            years[h] = year;
            actual[h] = own[t];
            double xPrev = own[t - 1];
            double yPrev = rival[t - 1];
            if (mode == Mode.ONE_STEP) {
                boolean lagsPresent = Double.isFinite(xPrev) && Double.isFinite(yPrev);
                forecast[h] = lagsPresent ? estimate.predictNext(xPrev, yPrev) : Double.NaN;
                naive[h] = Double.isFinite(xPrev) ? xPrev : Double.NaN;
            } else {
                path = Double.isFinite(path) && Double.isFinite(yPrev) ? estimate.predictNext(path, yPrev) : Double.NaN;
                forecast[h] = path;
                naive[h] = naiveLevel;
            }
            scored[h] = Double.isFinite(actual[h]) && Double.isFinite(forecast[h]) && Double.isFinite(naive[h]);
        }
        return new Result(mode, splitYear, estimate, years, actual, forecast, naive, scored,
                score(actual, forecast, naive));
    }

    /**
     * RMSE and MAE of a forecast and of a naive forecast over the entries where all three are finite.
     *
     * @throws IllegalArgumentException when the arrays differ in length or no entry can be scored
     */
    public static Errors score(double[] actual, double[] forecast, double[] naive) {
        if (actual.length != forecast.length || actual.length != naive.length) {
            throw new IllegalArgumentException("actual, forecast and naive differ in length: " + actual.length + ", "
                    + forecast.length + ", " + naive.length);
        }
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < actual.length; i++) {
            if (Double.isFinite(actual[i]) && Double.isFinite(forecast[i]) && Double.isFinite(naive[i])) {
                scored.add(i);
            }
        }
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("no year has an actual value, a forecast and a naive forecast");
        }
        double se = 0;
        double ae = 0;
        double naiveSe = 0;
        double naiveAe = 0;
        for (int i : scored) {
            double e = actual[i] - forecast[i];
            double en = actual[i] - naive[i];
            se += e * e;
            ae += Math.abs(e);
            naiveSe += en * en;
            naiveAe += Math.abs(en);
        }
        int n = scored.size();
        return new Errors(n, Math.sqrt(se / n), ae / n, Math.sqrt(naiveSe / n), naiveAe / n);
    }
}
