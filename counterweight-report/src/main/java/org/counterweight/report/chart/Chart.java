package org.counterweight.report.chart;

/**
 * A chart to draw as SVG. Implementations are plain data (records); {@code SvgCharts} draws them.
 * Missing values are NaN and drawn as gaps, never as 0.
 */
public interface Chart {
    /** The chart's title. */
    String title();
}
