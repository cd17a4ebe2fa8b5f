package org.counterweight.report.chart;

/**
 * A chart to draw as SVG. Implementations are plain data (records); {@link SvgCharts} draws them.
 * Missing values are NaN and drawn as gaps, never as 0.
 */
public sealed interface Chart permits LineChart, FanChart, StackedBars, NetworkChart, Timeline {
    /** The chart's title. */
    String title();
}
