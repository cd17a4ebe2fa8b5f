package org.counterweight.core.ensemble;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.estimation.Quantiles;

/**
 * Per series and time point, the quantiles and mean of an ensemble's runs. Quantiles follow Hyndman &
 * Fan's definition 7 (R's default; see {@link Quantiles}). NaN values are excluded and counted in
 * {@link SeriesBands#missing()}; where every run is NaN the quantiles and the mean are NaN. Infinite
 * values are kept (they sort to the ends; the mean becomes infinite).
 *
 * <p>Complexity O(S T N log N) for S series, T time points and N runs.
 */
public final class QuantileBands {
    /** 5, 25, 50, 75 and 95 per cent. */
    public static final List<Double> DEFAULT_PROBABILITIES = List.of(0.05, 0.25, 0.5, 0.75, 0.95);

    private QuantileBands() {
    }

    /**
     * One series' bands.
     *
     * @param name          the series
     * @param probabilities the quantile probabilities, ascending
     * @param quantiles     quantiles[p][t]: probability index p, time index t
     * @param mean          mean of the non-NaN values at each time
     * @param count         non-NaN values at each time
     * @param missing       NaN values at each time
     */
    public record SeriesBands(String name, double[] probabilities, double[][] quantiles, double[] mean, int[] count,
            int[] missing) {
        public SeriesBands {
            probabilities = probabilities.clone();
            quantiles = copy(quantiles);
            mean = mean.clone();
            count = count.clone();
            missing = missing.clone();
        }

        @Override
        public double[] probabilities() {
            return probabilities.clone();
        }

        @Override
        public double[][] quantiles() {
            return copy(quantiles);
        }

        @Override
        public double[] mean() {
            return mean.clone();
        }

        @Override
        public int[] count() {
            return count.clone();
        }

        @Override
        public int[] missing() {
            return missing.clone();
        }

        /** The band for one probability, over time; the probability must be one of those computed. */
        public double[] quantile(double probability) {
            for (int p = 0; p < probabilities.length; p++) {
                if (probabilities[p] == probability) {
                    return quantiles[p].clone();
                }
            }
            throw new IllegalArgumentException("probability " + probability + " was not computed; computed are "
                    + Arrays.toString(probabilities));
        }

        /** Quantile p (by index) at time index t. */
        public double quantile(int probabilityIndex, int timeIndex) {
            return quantiles[probabilityIndex][timeIndex];
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
     * Bands of every series.
     *
     * @param time          the common time axis
     * @param runs          the number of runs summarised
     * @param probabilities the quantile probabilities
     * @param series        bands by series name, in the runs' order
     */
    public record Bands(double[] time, int runs, double[] probabilities, Map<String, SeriesBands> series) {
        public Bands {
            time = time.clone();
            probabilities = probabilities.clone();
            series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        }

        @Override
        public double[] time() {
            return time.clone();
        }

        @Override
        public double[] probabilities() {
            return probabilities.clone();
        }

        /** One series' bands. */
        public SeriesBands series(String name) {
            SeriesBands bands = series.get(name);
            if (bands == null) {
                throw new IllegalArgumentException("no series named " + name + "; summarised are " + series.keySet());
            }
            return bands;
        }
    }

    /** Bands at {@link #DEFAULT_PROBABILITIES}. */
    public static Bands of(Ensemble ensemble) {
        return of(ensemble, DEFAULT_PROBABILITIES.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Bands at the given probabilities.
     *
     * @param probabilities strictly ascending, each in [0, 1]
     */
    public static Bands of(Ensemble ensemble, double... probabilities) {
        double[] probs = probabilities.clone();
        if (probs.length == 0) {
            throw new IllegalArgumentException("at least one probability is required");
        }
        for (int p = 0; p < probs.length; p++) {
            if (!(probs[p] >= 0 && probs[p] <= 1)) {
                throw new IllegalArgumentException("probability " + probs[p] + " is outside [0, 1]");
            }
            if (p > 0 && !(probs[p] > probs[p - 1])) {
                throw new IllegalArgumentException("probabilities must increase strictly: " + Arrays.toString(probs));
            }
        }
        int n = ensemble.size();
        double[] time = ensemble.time();
        int length = time.length;
        Map<String, SeriesBands> result = new LinkedHashMap<>();
        double[] column = new double[n];
        double[][] byRun = new double[n][];
        for (String name : ensemble.names()) {
            for (int r = 0; r < n; r++) {
                byRun[r] = ensemble.runs().get(r).values(name);
            }
            double[][] quantiles = new double[probs.length][length];
            double[] mean = new double[length];
            int[] count = new int[length];
            int[] missing = new int[length];
            for (int t = 0; t < length; t++) {
                int m = 0;
                double sum = 0;
                for (int r = 0; r < n; r++) {
                    double v = byRun[r][t];
                    if (Double.isNaN(v)) {
                        missing[t]++;
                    } else {
                        column[m++] = v;
                        sum += v;
                    }
                }
                count[t] = m;
                if (m == 0) {
                    mean[t] = Double.NaN;
                    for (int p = 0; p < probs.length; p++) {
                        quantiles[p][t] = Double.NaN;
                    }
                    continue;
                }
                mean[t] = sum / m;
                Arrays.sort(column, 0, m);
                for (int p = 0; p < probs.length; p++) {
                    quantiles[p][t] = Quantiles.type7Sorted(column, m, probs[p]);
                }
            }
            result.put(name, new SeriesBands(name, probs, quantiles, mean, count, missing));
        }
        return new Bands(time, n, probs, result);
    }
}
