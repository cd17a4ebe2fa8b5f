package org.counterweight.core.ensemble;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run recorded: named series of values over a common time axis (years, or finer steps).
 * Values may be NaN (not recorded, or undefined at that time). Immutable: arrays are copied in and
 * out; series keep the order in which they were given.
 *
 * @param time   the time points, strictly increasing
 * @param series values by series name, each as long as {@code time}
 */
public record Trajectory(double[] time, Map<String, double[]> series) {
    public Trajectory {
        if (time == null || series == null) {
            throw new IllegalArgumentException("time and series are required");
        }
        time = time.clone();
        for (int i = 1; i < time.length; i++) {
            if (!(time[i] > time[i - 1])) {
                throw new IllegalArgumentException("time must increase strictly, but time[" + i + "] = " + time[i]
                        + " follows " + time[i - 1]);
            }
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("series names and values are required");
            }
            if (e.getValue().length != time.length) {
                throw new IllegalArgumentException("series " + e.getKey() + " has " + e.getValue().length
                        + " values for " + time.length + " time points");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        series = Collections.unmodifiableMap(copy);
    }

    /** A yearly trajectory: time = firstYear, firstYear + 1, ... */
    public static Trajectory yearly(int firstYear, Map<String, double[]> series) {
        int length = series.values().stream().mapToInt(v -> v.length).max().orElse(0);
        double[] time = new double[length];
        for (int i = 0; i < length; i++) {
            time[i] = firstYear + i;
        }
        return new Trajectory(time, series);
    }

    @Override
    public double[] time() {
        return time.clone();
    }

    /** A copy of every series, in order. */
    @Override
    public Map<String, double[]> series() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        series.forEach((name, values) -> copy.put(name, values.clone()));
        return Collections.unmodifiableMap(copy);
    }

    /** The series names, in order. */
    public List<String> names() {
        return List.copyOf(series.keySet());
    }

    /** A copy of one series. */
    public double[] series(String name) {
        return values(name).clone();
    }

    /** One value. */
    public double value(String name, int timeIndex) {
        return values(name)[timeIndex];
    }

    /** The number of time points. */
    public int length() {
        return time.length;
    }

    /** The stored array, not copied: for this package's read-only use. */
    double[] values(String name) {
        double[] values = series.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no series named " + name + "; recorded are " + series.keySet());
        }
        return values;
    }

    /** Whether the time axes are identical. */
    boolean sameTime(Trajectory other) {
        return Arrays.equals(time, other.time);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Trajectory other) || !sameTime(other) || !series.keySet().equals(other.series.keySet())) {
            return false;
        }
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.series.get(e.getKey()))) {
                return false;
            }
        }
        return names().equals(other.names());
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(time);
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            h = 31 * h + e.getKey().hashCode();
            h = 31 * h + Arrays.hashCode(e.getValue());
        }
        return h;
    }

    @Override
    public String toString() {
        return "Trajectory" + names() + " over " + time.length + " time points";
    }
}
