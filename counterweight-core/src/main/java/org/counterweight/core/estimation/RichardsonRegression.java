package org.counterweight.core.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * The discretised Richardson equation for one actor, estimated by OLS:
 * <pre>
 *   x_t - x_{t-1} = c + k y_{t-1} - a x_{t-1} + e_t
 * </pre>
 * with x the actor's and y its rival's military expenditure, k the reaction (defence) coefficient, a
 * the fatigue (expense) coefficient and c the grievance term. Richardson (1960), Arms and Insecurity
 * (continuous form dx/dt = k y - a x + g); the annual difference form and its OLS estimation follow
 * the practice surveyed by Dunne & Smith (2007), "The Econometrics of Military Arms Races", Handbook
 * of Defense Economics 2, ch. 28 (Elsevier), doi:10.1016/S1574-0013(06)02028-9, who also note its
 * weaknesses: levels are usually non-stationary (so t-ratios can mislead; consider cointegration or
 * differencing), and the fit says nothing about who reacts to whom beyond this one equation.
 *
 * <p>Data: two aligned yearly series starting in the same year; gaps are NaN. A year t enters only
 * when x_t, x_{t-1} and y_{t-1} are all present: years with gaps are dropped, never filled. The OLS
 * columns are {@code const} (c), {@code rival_lag} (k) and {@code own_lag} (-a), so a = -beta_own and
 * se(a) = se(beta_own). Units are those of the series (the coefficients k and a are per year).
 */
public final class RichardsonRegression {
    /** OLS column name of the intercept c. */
    public static final String GRIEVANCE = "const";
    /** OLS column name of y_{t-1}, coefficient k. */
    public static final String RIVAL_LAG = "rival_lag";
    /** OLS column name of x_{t-1}, coefficient -a. */
    public static final String OWN_LAG = "own_lag";

    private RichardsonRegression() {
    }

    /**
     * One actor's estimate.
     *
     * @param firstYear    year of index 0 of the input series
     * @param years        the years t whose change entered the regression, ascending
     * @param droppedYears years in the requested range left out because a value was missing
     * @param data         the regression data (response x_t - x_{t-1}; columns const, rival_lag, own_lag)
     * @param fit          the OLS fit; when not OK, the coefficient accessors return NaN
     */
    public record Estimate(int firstYear, int[] years, int[] droppedYears, RegressionData data,
            OrdinaryLeastSquares.Fit fit) {
        public Estimate {
            years = years.clone();
            droppedYears = droppedYears.clone();
        }

        @Override
        public int[] years() {
            return years.clone();
        }

        @Override
        public int[] droppedYears() {
            return droppedYears.clone();
        }

        /** Whether OLS succeeded. */
        public boolean ok() {
            return fit.ok();
        }

        /** Reaction coefficient k (per year). */
        public double k() {
            return ok() ? fit.coefficient(RIVAL_LAG) : Double.NaN;
        }

        /** Standard error of k. */
        public double kStandardError() {
            return ok() ? fit.standardError(RIVAL_LAG) : Double.NaN;
        }

        /** Fatigue coefficient a (per year), the negated coefficient of x_{t-1}. */
        public double a() {
            return ok() ? -fit.coefficient(OWN_LAG) : Double.NaN;
        }

        /** Standard error of a. */
        public double aStandardError() {
            return ok() ? fit.standardError(OWN_LAG) : Double.NaN;
        }

        /** Grievance c (units of the series per year). */
        public double c() {
            return ok() ? fit.coefficient(GRIEVANCE) : Double.NaN;
        }

        /** Standard error of c. */
        public double cStandardError() {
            return ok() ? fit.standardError(GRIEVANCE) : Double.NaN;
        }

        /** The predicted next level x_{t-1} + c + k y_{t-1} - a x_{t-1}. */
        public double predictNext(double ownPrevious, double rivalPrevious) {
            fit.requireOk();
            return ownPrevious + c() + k() * rivalPrevious - a() * ownPrevious;
        }
    }

    /**
     * A pair of estimates, each actor reacting to the other, with the stability verdicts of the
     * implied two-actor system.
     *
     * @param own   x's equation (x reacting to y)
     * @param rival y's equation (y reacting to x)
     */
    public record Pair(Estimate own, Estimate rival) {
        /**
         * Richardson's stability condition for the continuous system, a b > k l (REFERENCES.md); NaN
         * inputs give false.
         */
        public boolean continuousStable() {
            return own.a() * rival.a() > own.k() * rival.k();
        }

        /**
         * Spectral radius of the annual map (x, y)_t = M (x, y)_{t-1} + (c, h), M = [[1 - a, k], [l, 1 - b]];
         * the discrete system converges to its fixed point iff this is below 1 (a stricter requirement
         * than a b > k l when a or b is large).
         */
        public double discreteSpectralRadius() {
            double m11 = 1 - own.a();
            double m12 = own.k();
            double m21 = rival.k();
            double m22 = 1 - rival.a();
            double trace = m11 + m22;
            double det = m11 * m22 - m12 * m21;
            double disc = trace * trace / 4 - det;
            if (disc >= 0) {
                double s = Math.sqrt(disc);
                return Math.max(Math.abs(trace / 2 + s), Math.abs(trace / 2 - s));
            }
            return Math.sqrt(det);
        }

        /** The equilibrium (x*, y*) = ((b g + k h) / (a b - k l), (a h + l g) / (a b - k l)). */
        public double[] equilibrium() {
            double a = own.a();
            double b = rival.a();
            double k = own.k();
            double l = rival.k();
            double g = own.c();
            double h = rival.c();
            double d = a * b - k * l;
            return new double[] {(b * g + k * h) / d, (a * h + l * g) / d};
        }
    }

    /** Fits x's equation over every usable year. */
    public static Estimate fit(int firstYear, double[] own, double[] rival) {
        return fit(firstYear, own, rival, firstYear + 1, firstYear + own.length - 1);
    }

    /**
     * Fits x's equation on the changes of years fromYear..toYear (inclusive; the lagged values of
     * fromYear - 1 are used).
     *
     * @throws IllegalArgumentException when the series differ in length or the range is empty
     */
    public static Estimate fit(int firstYear, double[] own, double[] rival, int fromYear, int toYear) {
        if (own.length != rival.length) {
            throw new IllegalArgumentException("own series has " + own.length + " years but rival series has "
                    + rival.length + "; align them first");
        }
        int from = Math.max(fromYear, firstYear + 1);
        int to = Math.min(toYear, firstYear + own.length - 1);
        if (from > to) {
            throw new IllegalArgumentException("no year to fit between " + fromYear + " and " + toYear
                    + " for series covering " + firstYear + ".." + (firstYear + own.length - 1));
        }
        List<Integer> used = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Double> changes = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            int t = year - firstYear;
            double x = own[t];
            double xPrev = own[t - 1];
            double yPrev = rival[t - 1];
            if (!Double.isFinite(x) || !Double.isFinite(xPrev) || !Double.isFinite(yPrev)) {
                dropped.add(year);
                continue;
            }
            used.add(year);
            changes.add(x - xPrev);
            rows.add(new double[] {yPrev, xPrev});
        }
        double[] response = changes.stream().mapToDouble(Double::doubleValue).toArray();
        RegressionData data = RegressionData.withIntercept(response, rows.toArray(new double[0][]),
                List.of(RIVAL_LAG, OWN_LAG));
        return new Estimate(firstYear, used.stream().mapToInt(Integer::intValue).toArray(),
                dropped.stream().mapToInt(Integer::intValue).toArray(), data, OrdinaryLeastSquares.fit(data));
    }

    /** Fits both equations (x on y and y on x) over every usable year. */
    public static Pair fitPair(int firstYear, double[] x, double[] y) {
        return new Pair(fit(firstYear, x, y), fit(firstYear, y, x));
    }
}
