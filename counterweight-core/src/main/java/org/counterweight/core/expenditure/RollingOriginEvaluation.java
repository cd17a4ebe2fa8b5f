package org.counterweight.core.expenditure;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolling-origin out-of-sample evaluation of a specification against two baselines (Tashman 2000,
 * "Out-of-sample tests of forecasting accuracy: an analysis and review", International Journal of
 * Forecasting 16(4): the "rolling-origin-recalibration" scheme). At every origin t0 the specification
 * is re-estimated on the years up to t0 only (an expanding window from the history's first year), then
 * iterated to t0 + 1 .. t0 + H on its own forecasts, the threat, GDP and hostility paths being the
 * actual ones (the forecast is conditional on them: it answers "given what the others spent, does the
 * model predict this state's expenditure?"). The baselines at the same origin and targets:
 * <ul>
 *   <li>persistence (no change): ln x̂_{t0+h} = ln x_{t0};</li>
 *   <li>random walk with drift ({@link RandomWalkWithDrift}): ln x̂_{t0+h} = ln x_{t0} + h μ̂, μ̂ the mean
 *       log growth up to t0.</li>
 * </ul>
 *
 * <p>Errors are on ln x (so a 0.1 error is about 10%, whatever the state's size or the decade). MASE
 * (Hyndman &amp; Koehler 2006, "Another look at measures of forecast accuracy", International Journal of
 * Forecasting 22(4), 679-688, doi:10.1016/j.ijforecast.2006.03.001): each error is scaled by the origin's
 * in-sample one-step naive MAE, q_{t0} = mean |ln x_t - ln x_{t-1}| over the consecutive observed years
 * up to t0, and MASE is the mean |e| / q over the forecasts of a horizon. RMSE is the root mean squared
 * log error; the ratios RMSE(model) / RMSE(baseline) are Theil's U2 against each baseline. All three
 * are computed on exactly the same (origin, target) pairs: those where the model, both baselines and
 * the actual value exist.
 *
 * <p>An origin enters for a specification when its fit up to t0 succeeds with at least
 * {@link #minimumObservations(int)} rows; fixed before any result was seen, never tuned. A predicted
 * level that is not positive (possible only in levels, {@link RichardsonLevels}) has no log: it is not
 * scored and is counted in {@link Accuracy#nonPositive()}.
 */
public final class RollingOriginEvaluation {
    /** The horizons evaluated, years. */
    public static final List<Integer> HORIZONS = List.of(1, 3, 5);
    /** The fewest rows of any fit. */
    public static final int MIN_OBSERVATIONS = 10;

    private static final RandomWalkWithDrift DRIFT = new RandomWalkWithDrift();

    private RollingOriginEvaluation() {
    }

    /**
     * Forecast accuracy at one horizon, on ln x.
     *
     * @param horizon          years ahead
     * @param forecasts        scored (origin, target) pairs
     * @param nonPositive      predicted levels &lt;= 0 at this horizon, not scored
     * @param mase             the model's MASE
     * @param masePersistence  persistence's MASE on the same pairs
     * @param maseDrift        the drift's MASE on the same pairs
     * @param rmse             the model's RMSE of ln x
     * @param rmsePersistence  persistence's RMSE
     * @param rmseDrift        the drift's RMSE
     */
    public record Accuracy(int horizon, int forecasts, int nonPositive, double mase, double masePersistence,
            double maseDrift, double rmse, double rmsePersistence, double rmseDrift) {
        /** RMSE(model) / RMSE(persistence): below 1 the model wins. */
        public double rmseRatioPersistence() {
            return rmse / rmsePersistence;
        }

        /** RMSE(model) / RMSE(drift): below 1 the model wins. */
        public double rmseRatioDrift() {
            return rmse / rmseDrift;
        }

        /**
         * Whether the model beats both baselines: a lower MASE than each and an RMSE ratio below 1
         * against each.
         */
        public boolean beatsBothBaselines() {
            return forecasts > 0 && mase < masePersistence && mase < maseDrift && rmseRatioPersistence() < 1
                    && rmseRatioDrift() < 1;
        }
    }

    /**
     * One specification's evaluation.
     *
     * @param specification the specification
     * @param origins       the origins at which it was fitted
     * @param accuracy      one entry per horizon of {@link #HORIZONS}, empty entries omitted
     */
    public record Result(Specification specification, List<Integer> origins, List<Accuracy> accuracy) {
        public Result {
            origins = List.copyOf(origins);
            accuracy = List.copyOf(accuracy);
        }

        /** The accuracy at this horizon, if any forecast was scored there. */
        public java.util.Optional<Accuracy> at(int horizon) {
            return accuracy.stream().filter(a -> a.horizon() == horizon).findFirst();
        }
    }

    /** The fewest rows a fit with {@code coefficients} coefficients needs: max(10, 2 k). */
    public static int minimumObservations(int coefficients) {
        return Math.max(MIN_OBSERVATIONS, 2 * coefficients);
    }

    /** Evaluates a specification on a history at {@link #HORIZONS}. */
    public static Result evaluate(Specification specification, ExpenditureHistory history) {
        int maxHorizon = HORIZONS.get(HORIZONS.size() - 1);
        int first = history.firstYear();
        int last = history.lastYear();
        List<Integer> origins = new ArrayList<>();
        List<List<double[]>> errors = new ArrayList<>(); // per horizon: {|e|/q, e, |ep|/q, ep, |ed|/q, ed}
        int[] nonPositive = new int[HORIZONS.size()];
        HORIZONS.forEach(h -> errors.add(new ArrayList<>()));
        for (int origin = first + 1; origin < last; origin++) {
            double lnOrigin = ExpenditurePath.ln(history.level(origin));
            Estimate estimate = specification.fit(history, first, origin);
            Estimate drift = DRIFT.fit(history, first, origin);
            if (!Double.isFinite(lnOrigin) || !estimate.ok() || !drift.ok()
                    || estimate.design().observations() < minimumObservations(estimate.names().size())) {
                continue;
            }
            double scale = meanAbsolute(drift.design().data().response());
            double mu = drift.fit().coefficient(0);
            if (!(scale > 0)) {
                continue;
            }
            origins.add(origin);
            double[] forecast = estimate.model().forecast(history, origin, maxHorizon);
            for (int k = 0; k < HORIZONS.size(); k++) {
                int h = HORIZONS.get(k);
                double actual = ExpenditurePath.ln(history.level(origin + h));
                double predicted = forecast[h - 1];
                if (!Double.isFinite(actual) || Double.isNaN(predicted)) {
                    continue;
                }
                if (predicted <= 0) {
                    nonPositive[k]++;
                    continue;
                }
                double e = actual - Math.log(predicted);
                double ep = actual - lnOrigin;
                double ed = actual - (lnOrigin + h * mu);
                errors.get(k).add(new double[] {Math.abs(e) / scale, e, Math.abs(ep) / scale, ep, Math.abs(ed) / scale,
                    ed});
            }
        }
        List<Accuracy> accuracy = new ArrayList<>();
        for (int k = 0; k < HORIZONS.size(); k++) {
            List<double[]> e = errors.get(k);
            if (e.isEmpty()) {
                continue;
            }
            accuracy.add(new Accuracy(HORIZONS.get(k), e.size(), nonPositive[k], mean(e, 0), mean(e, 2), mean(e, 4),
                    rootMeanSquare(e, 1), rootMeanSquare(e, 3), rootMeanSquare(e, 5)));
        }
        return new Result(specification, origins, accuracy);
    }

    private static double meanAbsolute(double[] values) {
        double s = 0;
        for (double v : values) {
            s += Math.abs(v);
        }
        return s / values.length;
    }

    private static double mean(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(r -> r[column]).average().orElse(Double.NaN);
    }

    private static double rootMeanSquare(List<double[]> rows, int column) {
        return Math.sqrt(rows.stream().mapToDouble(r -> r[column] * r[column]).average().orElse(Double.NaN));
    }
}
