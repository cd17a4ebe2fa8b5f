/**
 * Charts for the report: immutable chart data ({@link org.counterweight.report.chart.LineChart},
 * {@link org.counterweight.report.chart.FanChart}, {@link org.counterweight.report.chart.StackedBars},
 * {@link org.counterweight.report.chart.NetworkChart}, {@link org.counterweight.report.chart.Timeline}) and
 * one renderer, {@link org.counterweight.report.chart.SvgCharts}, that draws each as a self-contained SVG
 * string (no scripts, no external references, so the report opens offline). Colours per actor come from
 * {@link org.counterweight.report.chart.Palette}, so USA is the same blue in every chart.
 *
 * <p>Conventions shared by every chart:
 * <ul>
 *   <li>Missing values are {@code NaN} and are drawn as gaps (a line breaks into separate path segments, a
 *       bar segment is left out), never as 0. The strings "NaN" and "Infinity" never appear in the SVG.</li>
 *   <li>Structurally invalid input (null fields, arrays of different lengths, an empty list of series,
 *       unknown node ids, ...) is rejected by the record's constructor with an
 *       {@link java.lang.IllegalArgumentException} whose message names the field and the value. Input that
 *       is well formed but has nothing finite to draw (all values NaN) renders a chart that says
 *       "No data".</li>
 *   <li>All text is escaped for XML; numbers are written with {@link java.util.Locale#ROOT}, compactly.</li>
 *   <li>Hover text uses SVG {@code <title>} children, which browsers show as tooltips without scripts.</li>
 * </ul>
 *
 * <p>Depends on the JDK only. Helpers ({@code Svg}, {@code Axis}, {@code Legend}, {@code Colours}, {@code Check}) are
 * package-private.
 */
package org.counterweight.report.chart;
