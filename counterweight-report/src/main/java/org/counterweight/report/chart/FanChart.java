package org.counterweight.report.chart;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Percentile fans over time, e.g. an ensemble's baseline and a scenario: per band the 5-95 and 25-75
 * percentile ranges shaded and the median drawn as a line. Drawn by {@link SvgCharts#fanChart(FanChart)}.
 *
 * @param title  the chart title
 * @param xLabel the x axis label, e.g. "Year"
 * @param yLabel the y axis label with its unit
 * @param bands  at least one band, with distinct names
 * @throws IllegalArgumentException naming the field if a field is null, a label blank, bands empty, or
 *                                  names repeat
 */
public record FanChart(String title, String xLabel, String yLabel, List<Band> bands) implements Chart {
    public FanChart {
        Check.nonBlank(title, "title");
        Check.nonBlank(xLabel, "xLabel");
        Check.nonBlank(yLabel, "yLabel");
        bands = Check.list(bands, "bands", false);
        Set<String> names = new HashSet<>();
        for (Band b : bands) {
            if (!names.add(b.name())) {
                throw new IllegalArgumentException("band name " + Check.quote(b.name()) + " appears twice");
            }
        }
    }

    /**
     * One fan: all arrays of the same length; at every index where they are finite,
     * p5 &lt;= p25 &lt;= p50 &lt;= p75 &lt;= p95. A NaN at an index leaves a gap there.
     *
     * @param name the legend entry, e.g. "Baseline" or an actor id
     * @param x    the x values (copied)
     * @param p5   the 5th percentiles (copied)
     * @param p25  the 25th percentiles (copied)
     * @param p50  the medians (copied)
     * @param p75  the 75th percentiles (copied)
     * @param p95  the 95th percentiles (copied)
     */
    public record Band(String name, double[] x, double[] p5, double[] p25, double[] p50, double[] p75,
            double[] p95) {
        public Band {
            Check.nonBlank(name, "band name");
            String f = "band " + Check.quote(name) + " ";
            x = Check.array(x, f + "x");
            p5 = Check.array(p5, f + "p5");
            p25 = Check.array(p25, f + "p25");
            p50 = Check.array(p50, f + "p50");
            p75 = Check.array(p75, f + "p75");
            p95 = Check.array(p95, f + "p95");
            Check.sameLength(x, f + "x", p5, f + "p5");
            Check.sameLength(x, f + "x", p25, f + "p25");
            Check.sameLength(x, f + "x", p50, f + "p50");
            Check.sameLength(x, f + "x", p75, f + "p75");
            Check.sameLength(x, f + "x", p95, f + "p95");
            double[][] ps = {p5, p25, p50, p75, p95};
            String[] pn = {"p5", "p25", "p50", "p75", "p95"};
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k + 1 < ps.length; k++) {
                    double lo = ps[k][i];
                    double hi = ps[k + 1][i];
                    if (Double.isFinite(lo) && Double.isFinite(hi) && lo > hi) {
                        throw new IllegalArgumentException(f + pn[k] + "[" + i + "] = " + lo + " exceeds "
                                + pn[k + 1] + "[" + i + "] = " + hi);
                    }
                }
            }
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] p5() {
            return p5.clone();
        }

        @Override
        public double[] p25() {
            return p25.clone();
        }

        @Override
        public double[] p50() {
            return p50.clone();
        }

        @Override
        public double[] p75() {
            return p75.clone();
        }

        @Override
        public double[] p95() {
            return p95.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Band b && name.equals(b.name) && Arrays.equals(x, b.x) && Arrays.equals(p5, b.p5)
                    && Arrays.equals(p25, b.p25) && Arrays.equals(p50, b.p50) && Arrays.equals(p75, b.p75)
                    && Arrays.equals(p95, b.p95);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(p5), Arrays.hashCode(p25),
                    Arrays.hashCode(p50), Arrays.hashCode(p75), Arrays.hashCode(p95));
        }

        @Override
        public String toString() {
            return "Band[name=" + name + ", n=" + x.length + "]";
        }
    }
}
