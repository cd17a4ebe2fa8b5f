package org.counterweight.report.chart;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Vertical stacked bars, one per category, e.g. arms-supplier shares (%) of Pakistan's imports per
 * five-year window. Drawn by {@link SvgCharts#stackedBars(StackedBars)}.
 *
 * @param title      the chart title
 * @param yLabel     the y axis label with its unit, e.g. "Share of imports (%)"
 * @param categories at least one category label, e.g. "2015-2019"
 * @param segments   at least one segment, with distinct names, one value per category each
 * @throws IllegalArgumentException naming the field if a field is null, a label blank, a list empty,
 *                                  names repeat or a segment's length differs from the categories'
 */
public record StackedBars(String title, String yLabel, List<String> categories, List<Segment> segments)
        implements Chart {
    public StackedBars {
        Check.nonBlank(title, "title");
        Check.nonBlank(yLabel, "yLabel");
        categories = Check.list(categories, "categories", false);
        segments = Check.list(segments, "segments", false);
        Set<String> names = new HashSet<>();
        for (Segment s : segments) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("segment name " + Check.quote(s.name()) + " appears twice");
            }
            if (s.values.length != categories.size()) {
                throw new IllegalArgumentException("segment " + Check.quote(s.name()) + " values has "
                        + s.values.length + " values but categories has " + categories.size());
            }
        }
    }

    /**
     * One layer of every bar: a non-negative value per category; NaN means no data (left out, not 0).
     *
     * @param name   the legend entry (an actor id takes the actor's colour)
     * @param values one value per category (copied)
     */
    public record Segment(String name, double[] values) {
        public Segment {
            Check.nonBlank(name, "segment name");
            values = Check.array(values, "segment " + Check.quote(name) + " values");
            for (int i = 0; i < values.length; i++) {
                if (values[i] < 0 || values[i] == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException("segment " + Check.quote(name) + " values[" + i + "] = "
                            + values[i] + " must be finite and non-negative (or NaN for no data)");
                }
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Segment s && name.equals(s.name) && Arrays.equals(values, s.values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(values));
        }

        @Override
        public String toString() {
            return "Segment[name=" + name + ", values=" + Arrays.toString(values) + "]";
        }
    }
}
