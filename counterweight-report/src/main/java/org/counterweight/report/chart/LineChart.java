package org.counterweight.report.chart;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lines over a numeric x axis, e.g. CINC shares of IND and PAK by year, or the IND:PAK ratio (a ratio is
 * just another series). Drawn by {@link SvgCharts#lineChart(LineChart)}.
 *
 * @param title  the chart title
 * @param xLabel the x axis label, e.g. "Year"
 * @param yLabel the y axis label with its unit, e.g. "CINC (share of system)" or "US$ bn (constant 2022)"
 * @param series at least one series, with distinct names
 * @param marks  vertical marks on the x axis, e.g. where a dataset's coverage ends (may be empty)
 * @param yScale the y range always shown, for a bounded scale (Goldstein's -10 to +10), so that a few
 *               points are read against the whole scale; null to fit the data
 * @throws IllegalArgumentException naming the field if a field is null, a label blank, series empty, or
 *                                  names repeat
 */
public record LineChart(String title, String xLabel, String yLabel, List<Series> series, List<Mark> marks,
        Scale yScale) implements Chart {
    public LineChart {
        Check.nonBlank(title, "title");
        Check.nonBlank(xLabel, "xLabel");
        Check.nonBlank(yLabel, "yLabel");
        series = Check.list(series, "series", false);
        marks = Check.list(marks, "marks", true);
        Set<String> names = new HashSet<>();
        for (Series s : series) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("series name " + Check.quote(s.name()) + " appears twice");
            }
        }
    }

    /** A chart whose y axis fits the data. */
    public LineChart(String title, String xLabel, String yLabel, List<Series> series, List<Mark> marks) {
        this(title, xLabel, yLabel, series, marks, null);
    }

    /** A chart without marks. */
    public LineChart(String title, String xLabel, String yLabel, List<Series> series) {
        this(title, xLabel, yLabel, series, List.of());
    }

    /**
     * A range of a scale, both ends finite, {@code min < max}.
     *
     * @param min the lowest value
     * @param max the highest value
     */
    public record Scale(double min, double max) {
        public Scale {
            if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
                throw new IllegalArgumentException("a scale runs from a finite min to a larger finite max, got "
                        + min + " to " + max);
            }
        }
    }

    /**
     * A vertical mark at {@code x}, labelled, e.g. "ATOP ends (2018)": drawn as a thin dashed line across
     * the plot with its label above the plot, where no data can be drawn over it.
     */
    public record Mark(double x, String label) {
        public Mark {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("mark x = " + x + " must be finite");
            }
            Check.nonBlank(label, "mark label");
        }
    }

    /**
     * One line: x and y of the same length; a NaN (or infinite) x or y is a missing point, drawn as a gap.
     * The series is named after an actor id ("IND", "IND:PAK", "USA+IND") to take that actor's colour.
     *
     * @param name       the legend entry
     * @param x          the x values (copied)
     * @param y          the y values (copied)
     * @param dashedFrom the points with an x above this are drawn dashed (values resting on data carried past
     *                   a dataset's end); NaN: none
     */
    public record Series(String name, double[] x, double[] y, double dashedFrom) {
        public Series {
            Check.nonBlank(name, "series name");
            x = Check.array(x, "series " + Check.quote(name) + " x");
            y = Check.array(y, "series " + Check.quote(name) + " y");
            Check.sameLength(x, "series " + Check.quote(name) + " x", y, "series " + Check.quote(name) + " y");
        }

        /** A series drawn solid throughout. */
        public Series(String name, double[] x, double[] y) {
            this(name, x, y, Double.NaN);
        }

        /** A copy of the x values. */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** A copy of the y values. */
        @Override
        public double[] y() {
            return y.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Series s && name.equals(s.name) && Arrays.equals(x, s.x) && Arrays.equals(y, s.y)
                    && Double.compare(dashedFrom, s.dashedFrom) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y), dashedFrom);
        }

        @Override
        public String toString() {
            return "Series[name=" + name + ", x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y)
                    + (Double.isNaN(dashedFrom) ? "" : ", dashedFrom=" + dashedFrom) + "]";
        }
    }
}
