package org.counterweight.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws charts as self-contained SVG: one {@code <svg>} element with a viewBox, {@code width="100%"}, a
 * system sans-serif font, no scripts and no external references, ready to inline in an HTML page that
 * opens offline. Each chart has its title as an SVG {@code <title>} (its accessible name) and as visible
 * text, a legend, axis labels with the units the caller gave, and hover text ({@code <title>} children)
 * on lines, points, bars, nodes, ties and marks. Output is deterministic: the same chart gives the same
 * string.
 *
 * <p>Data that are all NaN give a chart that says "No data"; malformed data are rejected earlier, by the
 * chart records' constructors.
 */
public final class SvgCharts {
    /** The width charts are drawn at by default (viewBox units; 1 unit is 1 px at this width). */
    public static final double WIDTH = 760;
    /**
     * The width of a chart's narrow variant, for phone screens: drawn at about its own width (a 390 px
     * screen less the page's margins), text keeps its size instead of shrinking with the whole chart.
     */
    public static final double NARROW_WIDTH = 360;
    /** Below this width a chart is laid out for a small screen: shorter plot, fewer labels beside the lines. */
    private static final double COMPACT = 560;
    private static final double MARGIN = 16;
    private static final double PLOT_H = 280;
    private static final double NARROW_PLOT_H = 230;

    private SvgCharts() {
    }

    /** Draws any chart by its type. */
    public static String render(Chart chart) {
        return render(chart, null);
    }

    /** Draws any chart by its type, with "Source: ..." under it (nothing if source is null or blank). */
    public static String render(Chart chart, String source) {
        return render(chart, source, WIDTH);
    }

    /**
     * Draws any chart by its type at a width (viewBox units, e.g. {@link #NARROW_WIDTH}): the layout (plot,
     * legend rows, wrapped titles, label lanes) is made for that width, so text drawn at 12 stays 12 px when
     * the chart is shown at about that width. Below 560 the layout is compact: a shorter plot, lines named by
     * the legend only, network nodes labelled by their ids.
     */
    public static String render(Chart chart, String source, double width) {
        if (!(width >= 240 && width <= 4000)) {
            throw new IllegalArgumentException("width: " + width + " is outside 240..4000");
        }
        if (chart instanceof LineChart c) {
            return lineChart(c, source, width);
        } else if (chart instanceof FanChart c) {
            return fanChart(c, source, width);
        } else if (chart instanceof StackedBars c) {
            return stackedBars(c, source, width);
        } else if (chart instanceof NetworkChart c) {
            return network(c, source, width);
        } else if (chart instanceof Timeline c) {
            return timeline(c, source, width);
        }
        throw new IllegalArgumentException("chart: unknown type " + (chart == null ? "null" : chart.getClass()));
    }

    private static boolean compact(double width) {
        return width < COMPACT;
    }

    // ---------------------------------------------------------------- line chart

    /**
     * A line chart: nice 1-2-5 ticks on both axes, horizontal and vertical gridlines, one line per series
     * in its actor's colour, gaps where x or y is NaN (a new path segment, never a drop to 0), isolated
     * points drawn as dots, and every point with hover text.
     */
    public static String lineChart(LineChart c) {
        return lineChart(c, null);
    }

    /** As {@link #lineChart(LineChart)}, with "Source: ..." under the chart (nothing if source is null or blank). */
    public static String lineChart(LineChart c, String source) {
        return lineChart(c, source, WIDTH);
    }

    private static String lineChart(LineChart c, String source, double w) {
        List<LineChart.Series> series = c.series();
        List<String> colours = Colours.assign(series.stream().map(LineChart.Series::name).toList());
        Extent ex = new Extent();
        for (LineChart.Series s : series) {
            double[] x = s.x();
            double[] y = s.y();
            for (int i = 0; i < x.length; i++) {
                ex.add(x[i], y[i]);
            }
        }
        c.marks().forEach(m -> ex.addX(m.x()));
        if (c.yScale() != null) {
            ex.addY(c.yScale().min());
            ex.addY(c.yScale().max());
        }
        List<Legend.Item> items = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            items.add(new Legend.Item(series.get(i).name(), colours.get(i), true, null));
        }
        // end labels: each line is also named at its last point when there are few enough lines and room
        boolean endLabels = series.size() <= 8 && !compact(w);
        double endW = 0;
        if (endLabels) {
            for (LineChart.Series s : series) {
                for (String line : endLabel(s.name())) {
                    endW = Math.max(endW, Svg.width(line, 12));
                }
            }
        }
        Frame f = new Frame("line", c.title(), c.xLabel(), c.yLabel(), items, ex, endLabels ? endW + 10 : 0, w,
                c.marks());
        if (f.empty()) {
            return f.svg.close(source);
        }
        if (endLabels) {
            endLabels(f, series, colours);
        }
        for (int k = 0; k < series.size(); k++) {
            LineChart.Series s = series.get(k);
            String col = colours.get(k);
            double[] x = s.x();
            double[] y = s.y();
            f.svg.raw("<g class=\"cw-series\">").title(s.name());
            double cut = s.dashedFrom();
            f.svg.raw("<path d=\"").raw(path(f, x, y, Double.NEGATIVE_INFINITY, Double.isNaN(cut)
                    ? Double.POSITIVE_INFINITY : cut)).raw("\" fill=\"none\" stroke=\"").raw(col)
                    .raw("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>");
            if (!Double.isNaN(cut)) {
                f.svg.raw("<path class=\"cw-carried\" d=\"").raw(path(f, x, y, cut, Double.POSITIVE_INFINITY))
                        .raw("\" fill=\"none\" stroke=\"").raw(col).raw("\" stroke-width=\"2.5\""
                                + " stroke-dasharray=\"6 4\" stroke-linejoin=\"round\"/>");
            }
            for (int i = 0; i < x.length; i++) {
                if (!finite(x[i], y[i])) {
                    continue;
                }
                boolean isolated = (i == 0 || !finite(x[i - 1], y[i - 1]))
                        && (i == x.length - 1 || !finite(x[i + 1], y[i + 1]));
                f.svg.raw("<circle cx=\"").raw(Svg.n(f.x(x[i]))).raw("\" cy=\"").raw(Svg.n(f.y(y[i])))
                        .raw(isolated ? "\" r=\"3\" fill=\"" + col + "\">" : "\" r=\"5\" fill=\"" + col
                                + "\" fill-opacity=\"0\">")
                        .title(s.name() + ", " + exact(x[i]) + ": " + exact(y[i])).raw("</circle>");
            }
            f.svg.raw("</g>");
        }
        return f.svg.close(source);
    }

    /** Characters per line of an end label; a longer name wraps at spaces onto further lines. */
    private static final int END_LABEL_CHARS = 14;
    private static final double END_LINE = 14;

    /** A series' name as its end label draws it: whole, wrapped at spaces. */
    private static List<String> endLabel(String name) {
        return Svg.wrap(name, END_LABEL_CHARS);
    }

    /**
     * Names each series beside its last finite point, nudged apart vertically so no two overlap; a long
     * name wraps over several lines and takes their height.
     */
    private static void endLabels(Frame f, List<LineChart.Series> series, List<String> colours) {
        // {first baseline, series index, lines}
        List<double[]> at = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            double[] x = series.get(k).x();
            double[] y = series.get(k).y();
            for (int i = x.length - 1; i >= 0; i--) {
                if (finite(x[i], y[i])) {
                    at.add(new double[] {f.y(y[i]) + 4, k, endLabel(series.get(k).name()).size()});
                    break;
                }
            }
        }
        at.sort(Comparator.comparingDouble((double[] a) -> a[0]).thenComparingDouble(a -> a[1]));
        for (int i = 1; i < at.size(); i++) {
            double[] above = at.get(i - 1);
            at.get(i)[0] = Math.max(at.get(i)[0], above[0] + END_LINE * above[2]);
        }
        double limit = f.bottom + 4;
        for (int i = at.size() - 1; i >= 0; i--) {
            double[] a = at.get(i);
            a[0] = Math.min(a[0], limit - END_LINE * (a[2] - 1));
            limit = a[0] - END_LINE;
        }
        for (double[] a : at) {
            int k = (int) a[1];
            f.svg.lines(f.right + 6, a[0], endLabel(series.get(k).name()), "start", 12, END_LINE, "fill=\""
                    + colours.get(k) + "\" font-weight=\"600\" class=\"cw-end-label\"");
        }
    }

    /** Path data with a new "M" after every gap. */
    private static String path(Frame f, double[] x, double[] y) {
        return path(f, x, y, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** The path through the points with {@code from <= x <= to}; gaps where a point is missing. */
    private static String path(Frame f, double[] x, double[] y, double from, double to) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < x.length; i++) {
            if (!finite(x[i], y[i]) || x[i] < from || x[i] > to) {
                pen = false;
                continue;
            }
            d.append(d.length() == 0 ? "" : " ").append(pen ? 'L' : 'M').append(Svg.n(f.x(x[i]))).append(' ')
                    .append(Svg.n(f.y(y[i])));
            pen = true;
        }
        return d.toString();
    }

    // ---------------------------------------------------------------- fan chart

    /**
     * A fan chart: per band, in the band's colour, the 25-75 percentile range hatched (each band at its own
     * angle, so where two bands overlap both hatchings stay visible instead of blending into a third
     * colour), the 5-95 range bounded by dashed lines and the median as a solid line; gaps where any
     * percentile or x is NaN. The legend shows each band's three marks with the same colour, hatching and
     * dashes as the plot.
     */
    public static String fanChart(FanChart c) {
        return fanChart(c, null);
    }

    /** As {@link #fanChart(FanChart)}, with "Source: ..." under the chart (nothing if source is null or blank). */
    public static String fanChart(FanChart c, String source) {
        return fanChart(c, source, WIDTH);
    }

    private static String fanChart(FanChart c, String source, double w) {
        List<FanChart.Band> bands = c.bands();
        List<String> colours = Colours.assign(bands.stream().map(FanChart.Band::name).toList());
        Extent ex = new Extent();
        for (FanChart.Band b : bands) {
            double[] x = b.x();
            double[][] ps = {b.p5(), b.p25(), b.p50(), b.p75(), b.p95()};
            for (double[] p : ps) {
                for (int i = 0; i < x.length; i++) {
                    ex.add(x[i], p[i]);
                }
            }
        }
        // pattern ids unique to this chart at this width: several charts share one HTML page
        String ids = "cw-hatch-" + Integer.toHexString((c.title() + "\u0000" + String.join("\u0000",
                bands.stream().map(FanChart.Band::name).toList()) + "\u0000" + Svg.n(w)).hashCode()) + "-";
        List<Legend.Item> items = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            String name = bands.get(i).name();
            String col = colours.get(i);
            items.add(new Legend.Item(name + ": median", col, true, null, MEDIAN_WIDTH));
            items.add(new Legend.Item(name + ": middle 50 % of runs",
                    "url(#" + ids + i + ")", false, "stroke=\"" + col + "\" stroke-width=\"1\""));
            items.add(new Legend.Item(name + ": middle 90 % of runs", col, true,
                    "stroke-dasharray=\"" + OUTER_DASH + "\"", OUTER_WIDTH));
        }
        Frame f = new Frame("fan", c.title(), c.xLabel(), c.yLabel(), items, ex, 0, w, List.of());
        if (f.empty()) {
            return f.svg.close(source);
        }
        f.svg.raw("<defs>");
        for (int k = 0; k < bands.size(); k++) {
            f.svg.raw(hatch(ids + k, colours.get(k), HATCH_ANGLES[k % HATCH_ANGLES.length]));
        }
        f.svg.raw("</defs>");
        for (int k = 0; k < bands.size(); k++) {
            FanChart.Band b = bands.get(k);
            String col = colours.get(k);
            double[] x = b.x();
            double[] p5 = b.p5();
            double[] p25 = b.p25();
            double[] p50 = b.p50();
            double[] p75 = b.p75();
            double[] p95 = b.p95();
            f.svg.raw("<g class=\"cw-band\">").title(b.name());
            area(f, x, p25, p75, "url(#" + ids + k + ")");
            for (double[] bound : new double[][] {p5, p95}) {
                f.svg.raw("<path class=\"cw-outer\" d=\"").raw(path(f, x, bound)).raw("\" fill=\"none\" stroke=\"")
                        .raw(col).raw("\" stroke-width=\"" + Svg.n(OUTER_WIDTH) + "\" stroke-dasharray=\"" + OUTER_DASH
                                + "\"/>");
            }
            f.svg.raw("<path class=\"cw-median\" d=\"").raw(path(f, x, p50)).raw("\" fill=\"none\" stroke=\"")
                    .raw(col).raw("\" stroke-width=\"" + Svg.n(MEDIAN_WIDTH) + "\" stroke-linejoin=\"round\"/>");
            for (int i = 0; i < x.length; i++) {
                if (!finite(x[i], p50[i])) {
                    continue;
                }
                StringBuilder t = new StringBuilder(b.name()).append(", ").append(exact(x[i])).append(": median ")
                        .append(exact(p50[i]));
                if (Double.isFinite(p25[i]) && Double.isFinite(p75[i])) {
                    t.append("; 50 % of runs in ").append(exact(p25[i])).append(" to ").append(exact(p75[i]));
                }
                if (Double.isFinite(p5[i]) && Double.isFinite(p95[i])) {
                    t.append("; 90 % in ").append(exact(p5[i])).append(" to ").append(exact(p95[i]));
                }
                f.svg.raw("<circle cx=\"").raw(Svg.n(f.x(x[i]))).raw("\" cy=\"").raw(Svg.n(f.y(p50[i])))
                        .raw("\" r=\"5\" fill=\"").raw(col).raw("\" fill-opacity=\"0\">").title(t.toString())
                        .raw("</circle>");
            }
            f.svg.raw("</g>");
        }
        return f.svg.close(source);
    }

    private static final double MEDIAN_WIDTH = 2.5;
    private static final double OUTER_WIDTH = 1.5;
    private static final String OUTER_DASH = "6 3";
    /** The hatching's angle per band: the first two bands cross at right angles. */
    private static final int[] HATCH_ANGLES = {45, -45, 90, 0};

    /** A hatching in a colour at an angle: lines 6 units apart, no fill between them. */
    private static String hatch(String id, String colour, int angle) {
        return "<pattern id=\"" + id + "\" class=\"cw-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
                + " patternTransform=\"rotate(" + angle + ")\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\""
                + colour + "\" stroke-width=\"2\" stroke-opacity=\"0.7\"/></pattern>";
    }

    /** Filled polygons between lo and hi, one per run of indices where x, lo and hi are all finite. */
    private static void area(Frame f, double[] x, double[] lo, double[] hi, String fill) {
        int i = 0;
        while (i < x.length) {
            if (!finite(x[i], lo[i]) || !Double.isFinite(hi[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < x.length && finite(x[j + 1], lo[j + 1]) && Double.isFinite(hi[j + 1])) {
                j++;
            }
            StringBuilder d = new StringBuilder();
            for (int k = i; k <= j; k++) {
                d.append(k == i ? "M" : " L").append(Svg.n(f.x(x[k]))).append(' ').append(Svg.n(f.y(hi[k])));
            }
            for (int k = j; k >= i; k--) {
                d.append(" L").append(Svg.n(f.x(x[k]))).append(' ').append(Svg.n(f.y(lo[k])));
            }
            d.append(" Z");
            f.svg.raw("<path class=\"cw-inner\" d=\"").raw(d.toString()).raw("\" fill=\"").raw(fill)
                    .raw("\" stroke=\"none\"/>");
            i = j + 1;
        }
    }

    // ---------------------------------------------------------------- stacked bars

    /**
     * Vertical stacked bars from 0: the first segment at the bottom, NaN segments left out, a category
     * with no data at all marked "no data"; values written on segments tall enough to hold them.
     */
    public static String stackedBars(StackedBars c) {
        return stackedBars(c, null);
    }

    /** As {@link #stackedBars(StackedBars)}, with "Source: ..." under the chart (nothing if source is null or blank). */
    public static String stackedBars(StackedBars c, String source) {
        return stackedBars(c, source, WIDTH);
    }

    private static String stackedBars(StackedBars c, String source, double w) {
        List<String> cats = c.categories();
        List<StackedBars.Segment> segs = c.segments();
        List<String> colours = Colours.assign(segs.stream().map(StackedBars.Segment::name).toList());
        double[][] v = new double[segs.size()][];
        for (int s = 0; s < segs.size(); s++) {
            v[s] = segs.get(s).values();
        }
        double max = 0;
        boolean any = false;
        for (int k = 0; k < cats.size(); k++) {
            double total = 0;
            for (double[] row : v) {
                if (Double.isFinite(row[k])) {
                    total += row[k];
                    any = true;
                }
            }
            max = Math.max(max, total);
        }
        List<Legend.Item> items = new ArrayList<>();
        for (int i = 0; i < segs.size(); i++) {
            items.add(new Legend.Item(segs.get(i).name(), colours.get(i), false, null));
        }
        Axis ya = Axis.nice(0, max > 0 ? max : 1, 5);
        double left = MARGIN + tickWidth(ya) + 8;
        double right = w - MARGIN - 8;
        double slot = (right - left) / cats.size();
        double catW = 0;
        for (String cat : cats) {
            catW = Math.max(catW, Svg.width(cat, 12));
        }
        boolean rotate = catW > slot - 6;
        double catH = rotate ? catW * Math.sin(Math.toRadians(35)) + 20 : 22;
        Legend legend = new Legend(items, MARGIN, w - MARGIN);
        double legendTop = Svg.headerHeight(c.title(), w);
        double plotH = plotHeight(w);
        List<String> yLabel = yLabelLines(c.yLabel(), w);
        double top = legendTop + legend.height() + 34 + Y_LABEL_LINE * (yLabel.size() - 1);
        double bottom = top + plotH;
        double height = bottom + catH + 12;
        Svg svg = new Svg("bars", w, height, c.title());
        legend.draw(svg, legendTop);
        drawYLabel(svg, left - tickWidth(ya) - 8, top, yLabel);
        if (!any) {
            svg.noData(left, top, right - left, plotH);
            return svg.close(source);
        }
        yGrid(svg, ya, left, right, top, bottom);
        double barW = Math.min(72, slot * 0.62);
        for (int k = 0; k < cats.size(); k++) {
            double cx = left + slot * (k + 0.5);
            String cat = cats.get(k);
            if (rotate) {
                svg.text(cx, bottom + 16, cat, "end", 12, "transform=\"rotate(-35 " + Svg.n(cx) + " "
                        + Svg.n(bottom + 16) + ")\" class=\"cw-category\"");
            } else {
                svg.text(cx, bottom + 18, cat, "middle", 12, "class=\"cw-category\"");
            }
            double acc = 0;
            boolean has = false;
            for (int s = 0; s < segs.size(); s++) {
                double val = v[s][k];
                if (!Double.isFinite(val)) {
                    continue;
                }
                has = true;
                double y0 = ya.px(acc, bottom, top);
                double y1 = ya.px(acc + val, bottom, top);
                acc += val;
                String col = colours.get(s);
                svg.raw("<g class=\"cw-segment\">");
                svg.rect(cx - barW / 2, y1, barW, Math.max(0, y0 - y1), col, "stroke=\"#ffffff\" stroke-width=\"0.75\"");
                svg.title(segs.get(s).name() + ", " + cats.get(k) + ": " + exact(val));
                String lab = Axis.value(val);
                if (y0 - y1 >= 16 && Svg.width(lab, 11) + 6 <= barW) {
                    svg.text(cx, (y0 + y1) / 2 + 4, lab, "middle", 11, "fill=\"" + Svg.ink(col)
                            + "\" pointer-events=\"none\"");
                }
                svg.raw("</g>");
            }
            if (!has) {
                svg.text(cx, bottom - 8, "no data", "middle", 11, "fill=\"" + Svg.MUTED + "\" font-style=\"italic\"");
            }
        }
        svg.line(left, bottom, right, bottom, Svg.AXIS, 1, null);
        return svg.close(source);
    }

    // ---------------------------------------------------------------- network

    private static final String[] BLOC_TINT = {"#e8f0f8", "#f8ece4", "#eaf5ee", "#f3eaf5", "#f5f3e4"};

    /**
     * A signed network in a circle layout: nodes ordered by bloc (0, 1, ..., then those without one), so
     * each bloc sits on its own arc, shaded; node area proportional to size; ties as lines, alignment
     * solid green, rivalry dashed red, neutral dotted grey, width by weight; parallel ties curved apart.
     * Deterministic: depends only on the input order and values.
     */
    public static String network(NetworkChart c) {
        return network(c, null);
    }

    /** As {@link #network(NetworkChart)}, with "Source: ..." under the chart (nothing if source is null or blank). */
    public static String network(NetworkChart c, String source) {
        return network(c, source, WIDTH);
    }

    private static String network(NetworkChart c, String source, double w) {
        List<NetworkChart.Node> nodes = circleOrder(c.nodes());
        int n = nodes.size();
        List<String> colours = Colours.assign(nodes.stream().map(NetworkChart.Node::id).toList());
        double maxSize = 0;
        for (NetworkChart.Node nd : nodes) {
            if (Double.isFinite(nd.size())) {
                maxSize = Math.max(maxSize, nd.size());
            }
        }
        // the compact layout labels nodes by id (the hover text keeps the name) and fits the ring to the width
        boolean compact = compact(w);
        double rMin = compact ? 6 : 9;
        double rMax = compact ? 18 : 30;
        double idW = nodes.stream().mapToDouble(nd -> Svg.width(nd.id(), 13)).max().orElse(0);
        double ring = compact ? Math.max(40, w / 2 - MARGIN - idW - rMax - 10) : n <= 2 ? 140 : 175;
        Map<Integer, List<String>> blocs = new LinkedHashMap<>();
        for (NetworkChart.Node nd : nodes) {
            if (nd.group() >= 0) {
                blocs.computeIfAbsent(nd.group(), g -> new ArrayList<>()).add(nd.id());
            }
        }
        List<Legend.Item> items = new ArrayList<>();
        boolean[] signs = new boolean[3];
        for (NetworkChart.Edge e : c.edges()) {
            signs[e.sign() + 1] = true;
        }
        if (signs[2] || c.edges().isEmpty()) {
            items.add(new Legend.Item("Alignment (+)", POS, true, null));
        }
        if (signs[0] || c.edges().isEmpty()) {
            items.add(new Legend.Item("Rivalry (\u2212)", NEG, true, "stroke-dasharray=\"6 3\""));
        }
        if (signs[1]) {
            items.add(new Legend.Item("Neutral", NEU, true, "stroke-dasharray=\"2 3\""));
        }
        if (c.edges().stream().anyMatch(NetworkChart.Edge::carried)) {
            items.add(new Legend.Item("Carried past its dataset's end (faded)", POS, true, "stroke-opacity=\"0.35\""));
        }
        for (Map.Entry<Integer, List<String>> b : blocs.entrySet()) {
            items.add(new Legend.Item("Bloc " + b.getKey() + ": " + String.join(", ", b.getValue()),
                    tint(b.getKey()), false, "stroke=\"#999999\""));
        }
        Legend legend = new Legend(items, MARGIN, w - MARGIN);
        double legendTop = Svg.headerHeight(c.title(), w);
        double top = legendTop + legend.height() + 16;
        double cx = w / 2;
        double cy = top + ring + rMax + 28;
        double height = cy + ring + rMax + 40;
        Svg svg = new Svg("network", w, height, c.title());
        legend.draw(svg, legendTop);

        double[] ang = new double[n];
        double[] px = new double[n];
        double[] py = new double[n];
        double[] rad = new double[n];
        Map<String, Integer> index = new HashMap<>();
        int firstGroupSize = 0;
        for (NetworkChart.Node nd : nodes) {
            if (nd.group() == nodes.get(0).group()) {
                firstGroupSize++;
            }
        }
        double stepA = 2 * Math.PI / n;
        for (int i = 0; i < n; i++) {
            NetworkChart.Node nd = nodes.get(i);
            index.put(nd.id(), i);
            // the first bloc centred on the left, the others following clockwise
            ang[i] = Math.PI + stepA * (i - (firstGroupSize - 1) / 2.0);
            double r = n == 1 ? 0 : ring;
            px[i] = cx + r * Math.cos(ang[i]);
            py[i] = cy + r * Math.sin(ang[i]);
            double s = nd.size();
            rad[i] = Double.isFinite(s) && maxSize > 0 ? rMin + (rMax - rMin) * Math.sqrt(s / maxSize) : rMin;
        }
        // bloc arcs
        if (n > 1) {
            for (Map.Entry<Integer, List<String>> b : blocs.entrySet()) {
                List<String> ids = b.getValue();
                double a0 = ang[index.get(ids.get(0))] - stepA * 0.42;
                double a1 = ang[index.get(ids.get(ids.size() - 1))] + stepA * 0.42;
                String tint = tint(b.getKey());
                String stroke = "\" fill=\"none\" stroke=\"" + tint + "\" stroke-width=\"" + Svg.n(2 * rMax + 24)
                        + "\" stroke-linecap=\"butt\"";
                if (ids.size() == n) {
                    svg.raw("<circle cx=\"" + Svg.n(cx) + "\" cy=\"" + Svg.n(cy) + "\" r=\"" + Svg.n(ring) + stroke
                            + "><title>" + Svg.esc("Bloc " + b.getKey()) + "</title></circle>");
                } else {
                    boolean large = a1 - a0 > Math.PI;
                    svg.raw("<path d=\"M" + Svg.n(cx + ring * Math.cos(a0)) + " " + Svg.n(cy + ring * Math.sin(a0))
                            + " A" + Svg.n(ring) + " " + Svg.n(ring) + " 0 " + (large ? 1 : 0) + " 1 "
                            + Svg.n(cx + ring * Math.cos(a1)) + " " + Svg.n(cy + ring * Math.sin(a1)) + stroke
                            + "><title>" + Svg.esc("Bloc " + b.getKey() + ": " + String.join(", ", ids))
                            + "</title></path>");
                }
            }
        }
        // edges, parallel ties curved apart
        double maxW = 0;
        for (NetworkChart.Edge e : c.edges()) {
            maxW = Math.max(maxW, e.weight());
        }
        Map<String, Integer> multiplicity = new HashMap<>();
        for (NetworkChart.Edge e : c.edges()) {
            multiplicity.merge(pairKey(e), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (NetworkChart.Node nd : nodes) {
            labels.put(nd.id(), nd.label().isBlank() ? nd.id() : nd.label());
        }
        for (NetworkChart.Edge e : c.edges()) {
            String key = pairKey(e);
            int m = multiplicity.get(key);
            int k = seen.merge(key, 1, Integer::sum) - 1;
            boolean flip = e.a().compareTo(e.b()) > 0;
            int ia = index.get(flip ? e.b() : e.a());
            int ib = index.get(flip ? e.a() : e.b());
            double mx = (px[ia] + px[ib]) / 2;
            double my = (py[ia] + py[ib]) / 2;
            double dx = px[ib] - px[ia];
            double dy = py[ib] - py[ia];
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            double off = (k - (m - 1) / 2.0) * 22;
            double qx = mx - dy / len * off * 2;
            double qy = my + dx / len * off * 2;
            String d = "M" + Svg.n(px[ia]) + " " + Svg.n(py[ia]) + " Q" + Svg.n(qx) + " " + Svg.n(qy) + " "
                    + Svg.n(px[ib]) + " " + Svg.n(py[ib]);
            double width = maxW > 0 ? 1.5 + 4.5 * e.weight() / maxW : 2.5;
            String col = e.sign() > 0 ? POS : e.sign() < 0 ? NEG : NEU;
            String dash = e.sign() > 0 ? "" : e.sign() < 0 ? " stroke-dasharray=\"8 4\"" : " stroke-dasharray=\"2 4\"";
            String what = e.sign() > 0 ? "alignment" : e.sign() < 0 ? "rivalry" : "neutral";
            boolean events = e.basis() == NetworkChart.TieBasis.EVENT_BASED;
            svg.raw("<g class=\"" + (e.carried() ? "cw-edge cw-carried" : events ? "cw-edge cw-event-based" : "cw-edge")
                    + "\">");
            svg.title(labels.get(e.a()) + " \u2013 " + labels.get(e.b()) + ": " + what + " (weight "
                    + exact(e.weight()) + (e.carried() ? ", carried past its dataset's end" : events
                            ? ", event-based: from coded events alone" : "") + ")"
                    + (e.evidence().isBlank() ? "" : "\n" + e.evidence()));
            svg.raw("<path d=\"" + d + "\" fill=\"none\" stroke=\"" + col + "\" stroke-width=\"" + Svg.n(width)
                    + "\" stroke-opacity=\"" + (e.carried() ? "0.35" : "0.85") + "\"" + dash + "/>");
            if (events) {
                // hollow: a white core inside the tie's own stroke, so the sign's dashes still show
                svg.raw("<path d=\"" + d + "\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\""
                        + Svg.n(Math.max(0.8, width - 2.4)) + "\"" + dash + "/>");
            }
            svg.raw("<path d=\"" + d + "\" fill=\"none\" stroke=\"#000000\" stroke-opacity=\"0\" stroke-width=\""
                    + Svg.n(Math.max(12, width + 8)) + "\"/>");
            svg.raw("</g>");
        }
        // nodes and labels
        for (int i = 0; i < n; i++) {
            NetworkChart.Node nd = nodes.get(i);
            String label = labels.get(nd.id());
            StringBuilder t = new StringBuilder(label);
            if (!label.equals(nd.id())) {
                t.append(" (").append(nd.id()).append(')');
            }
            if (Double.isFinite(nd.size())) {
                t.append("\nsize: ").append(exact(nd.size()));
            }
            t.append(nd.group() >= 0 ? "\nbloc " + nd.group() : "\nno bloc");
            svg.raw("<g class=\"cw-node\">").title(t.toString());
            svg.raw("<circle cx=\"" + Svg.n(px[i]) + "\" cy=\"" + Svg.n(py[i]) + "\" r=\"" + Svg.n(rad[i])
                    + "\" fill=\"" + colours.get(i) + "\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
            double cos = n == 1 ? 0 : Math.cos(ang[i]);
            double sin = n == 1 ? 1 : Math.sin(ang[i]);
            double lr = rad[i] + 8;
            double lx = px[i] + lr * cos;
            double ly = py[i] + lr * sin + 4.5;
            String anchor = cos > 0.35 ? "start" : cos < -0.35 ? "end" : "middle";
            if ("middle".equals(anchor)) {
                ly += sin > 0 ? 9 : -3;
            }
            svg.text(lx, ly, compact ? nd.id() : label, anchor, 13, "font-weight=\"600\" stroke=\"#ffffff\" "
                    + "stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\" class=\"cw-node-label\"");
            svg.raw("</g>");
        }
        return svg.close(source);
    }

    /**
     * The order around the circle: the first bloc, half of the nodes without a bloc, the other blocs in
     * increasing number, then the rest of those without a bloc; so with two blocs, bloc 0 faces bloc 1
     * across the circle and the unaligned sit between them. Input order is kept within each part.
     */
    static List<NetworkChart.Node> circleOrder(List<NetworkChart.Node> in) {
        List<NetworkChart.Node> none = in.stream().filter(nd -> nd.group() < 0).toList();
        List<NetworkChart.Node> blocs = new ArrayList<>(in.stream().filter(nd -> nd.group() >= 0).toList());
        blocs.sort(Comparator.comparingInt(NetworkChart.Node::group));
        List<NetworkChart.Node> out = new ArrayList<>();
        int first = blocs.isEmpty() ? -1 : blocs.get(0).group();
        blocs.stream().filter(nd -> nd.group() == first).forEach(out::add);
        int half = out.isEmpty() ? 0 : (none.size() + 1) / 2;
        out.addAll(none.subList(0, half));
        blocs.stream().filter(nd -> nd.group() != first).forEach(out::add);
        out.addAll(none.subList(half, none.size()));
        return out;
    }

    private static final String POS = "#1A9850";
    private static final String NEG = "#D73027";
    private static final String NEU = "#999999";

    private static String tint(int group) {
        return BLOC_TINT[group % BLOC_TINT.length];
    }

    private static String pairKey(NetworkChart.Edge e) {
        return e.a().compareTo(e.b()) < 0 ? e.a() + "\u0000" + e.b() : e.b() + "\u0000" + e.a();
    }

    // ---------------------------------------------------------------- timeline

    /**
     * A timeline: a year axis at the bottom, each mark a dot on the axis with a leader up to its label,
     * labels stacked in lanes so that none overlap, coloured by kind, the full label and detail on hover.
     * A long label wraps at spaces over several lanes (never cut).
     */
    public static String timeline(Timeline c) {
        return timeline(c, null);
    }

    /** As {@link #timeline(Timeline)}, with "Source: ..." under the chart (nothing if source is null or blank). */
    public static String timeline(Timeline c, String source) {
        return timeline(c, source, WIDTH);
    }

    private static String timeline(Timeline c, String source, double w) {
        List<Timeline.Mark> marks = new ArrayList<>(c.marks());
        marks.sort(Comparator.comparingDouble(Timeline.Mark::when));
        List<String> kinds = new ArrayList<>();
        for (Timeline.Mark m : c.marks()) {
            if (!kinds.contains(m.kind())) {
                kinds.add(m.kind());
            }
        }
        List<String> kindColours = Colours.assign(kinds);
        Map<String, String> colourOf = new HashMap<>();
        List<Legend.Item> items = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            colourOf.put(kinds.get(i), kindColours.get(i));
            items.add(new Legend.Item(kinds.get(i), kindColours.get(i), false, "rx=\"6\""));
        }
        double t0 = marks.get(0).when();
        double t1 = marks.get(marks.size() - 1).when();
        double pad = Math.max(0.5, (t1 - t0) * 0.03);
        double left = MARGIN + 12;
        double right = w - MARGIN - 22;
        Axis ta = Axis.nice(Math.floor(t0 - pad), Math.ceil(t1 + pad), (int) ((right - left) / 70), 1);
        // lanes: the lowest run of lanes, as many as the label has lines, whose intervals leave room for it
        double font = 11;
        int chars = compact(w) ? 24 : 32;
        List<List<double[]>> lanes = new ArrayList<>();
        int[] laneOf = new int[marks.size()];
        boolean[] toLeft = new boolean[marks.size()];
        List<List<String>> shown = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            Timeline.Mark m = marks.get(i);
            double x = ta.px(m.when(), left, right);
            List<String> lines = Svg.wrap(m.label().isBlank() ? m.date() : m.label(), chars);
            shown.add(lines);
            double labelW = lines.stream().mapToDouble(l -> Svg.width(l, font)).max().orElse(0) + 10;
            toLeft[i] = x + labelW > right;
            double s = toLeft[i] ? x - labelW : x - 4;
            double e = toLeft[i] ? x + 4 : x + labelW;
            int lane = 0;
            while (!free(lanes, lane, lines.size(), s, e)) {
                lane++;
            }
            for (int l = lane; l < lane + lines.size(); l++) {
                while (lanes.size() <= l) {
                    lanes.add(new ArrayList<>());
                }
                lanes.get(l).add(new double[] {s, e});
            }
            laneOf[i] = lane;
        }
        Legend legend = new Legend(items, MARGIN, w - MARGIN);
        double legendTop = Svg.headerHeight(c.title(), w);
        double laneH = 15;
        double top = legendTop + legend.height() + 20;
        double axisY = top + lanes.size() * laneH + 14;
        double height = axisY + 40;
        Svg svg = new Svg("timeline", w, height, c.title());
        legend.draw(svg, legendTop);
        for (double t : ta.ticks) {
            double x = ta.px(t, left, right);
            svg.line(x, top - 6, x, axisY, Svg.GRID, 1, null);
            svg.line(x, axisY, x, axisY + 5, Svg.AXIS, 1, null);
            svg.text(x, axisY + 19, ta.label(t), "middle", 12, "class=\"cw-tick\"");
        }
        svg.line(left, axisY, right, axisY, Svg.AXIS, 1.5, null);
        svg.text((left + right) / 2, axisY + 36, "Year", "middle", 12, "fill=\"" + Svg.MUTED + "\" class=\"cw-axis-label\"");
        for (int i = 0; i < marks.size(); i++) {
            Timeline.Mark m = marks.get(i);
            String col = colourOf.get(m.kind());
            double x = ta.px(m.when(), left, right);
            double ly = axisY - 14 - (laneOf[i] + shown.get(i).size() - 1) * laneH;
            svg.raw("<g class=\"cw-mark\">");
            svg.title(m.date() + " \u2014 " + m.label() + " (" + m.kind() + ")"
                    + (m.detail().isBlank() ? "" : "\n" + m.detail()));
            svg.line(x, axisY, x, ly, col, 1, "stroke-opacity=\"0.6\"");
            svg.raw("<circle cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(axisY) + "\" r=\"4\" fill=\"" + col
                    + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
            svg.raw("<circle cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(ly) + "\" r=\"2.5\" fill=\"" + col + "\"/>");
            svg.lines(toLeft[i] ? x - 5 : x + 5, ly + 4, shown.get(i), toLeft[i] ? "end" : "start", font, laneH,
                    "stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\" class=\"cw-mark-label\"");
            svg.raw("</g>");
        }
        return svg.close(source);
    }

    /** Whether lanes {@code from .. from+count-1} leave the interval s..e free (6 units apart). */
    private static boolean free(List<List<double[]>> lanes, int from, int count, double s, double e) {
        for (int lane = from; lane < from + count && lane < lanes.size(); lane++) {
            for (double[] iv : lanes.get(lane)) {
                if (s < iv[1] + 6 && e > iv[0] - 6) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- shared frame for x-y charts

    private static boolean finite(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /** A number for hover text: up to six significant digits, plain notation, no trailing zeros. */
    static String exact(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString();
    }

    /** The plot's height at a chart width: shorter in the compact layout. */
    private static double plotHeight(double width) {
        return compact(width) ? NARROW_PLOT_H : PLOT_H;
    }

    private static double tickWidth(Axis a) {
        double w = 0;
        for (double t : a.ticks) {
            w = Math.max(w, Svg.width(a.label(t), 12));
        }
        return w;
    }

    private static void yGrid(Svg svg, Axis ya, double left, double right, double top, double bottom) {
        for (double t : ya.ticks) {
            double y = ya.px(t, bottom, top);
            svg.line(left, y, right, y, Svg.GRID, 1, null);
            svg.text(left - 8, y + 4, ya.label(t), "end", 12, "class=\"cw-tick\"");
        }
    }

    /** The extent of the finite (x, y) pairs of a chart. */
    private static final class Extent {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        boolean integralX = true;

        void add(double x, double y) {
            if (!finite(x, y)) {
                return;
            }
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
            integralX &= x == Math.rint(x);
        }

        /** Widens the x range to {@code x} (a mark), once some point has set the range. */
        void addX(double x) {
            if (!empty()) {
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                integralX &= x == Math.rint(x);
            }
        }

        /** Widens the y range to {@code y} (a fixed scale), once some point has set the range. */
        void addY(double y) {
            if (!empty()) {
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
            }
        }

        boolean empty() {
            return x0 > x1;
        }
    }

    private static final double Y_LABEL_LINE = 15;

    /** The y axis's label as drawn above the plot at this chart width: wrapped at spaces to fit, never cut. */
    private static List<String> yLabelLines(String label, double width) {
        return Svg.wrap(label, Svg.chars(width - 2 * MARGIN, 12));
    }

    /** Draws the y axis's label lines above the plot, the last line 14 above its top. */
    private static void drawYLabel(Svg svg, double x, double top, List<String> lines) {
        svg.lines(x, top - 14 - Y_LABEL_LINE * (lines.size() - 1), lines, "start", 12, Y_LABEL_LINE,
                "fill=\"" + Svg.MUTED + "\" class=\"cw-axis-label\"");
    }

    /** Marks' labels are drawn in this size. */
    private static final double MARK_FONT = 11;

    /**
     * Title, legend, axes, gridlines, marks and labels of a line or fan chart, with the pixel mapping. Above
     * the plot, in rows of their own that no data can reach, are the y axis's label and the marks' labels:
     * the label's last line in the row nearest the plot, each mark's label in the nearest row where it
     * overlaps no other text, the mark's line rising to it unless text in a row below is in the way.
     */
    private static final class Frame {
        final Svg svg;
        final Axis xa;
        final Axis ya;
        final double left;
        final double right;
        final double top;
        final double bottom;
        private final boolean empty;

        Frame(String kind, String title, String xLabel, String yLabel, List<Legend.Item> items, Extent ex,
                double rightExtra, double width, List<LineChart.Mark> marks) {
            empty = ex.empty();
            ya = empty ? Axis.nice(0, 1, 5) : Axis.nice(ex.y0, ex.y1, 5);
            double tw = tickWidth(ya);
            left = MARGIN + tw + 10;
            right = width - MARGIN - Math.max(22, rightExtra);
            int xTarget = (int) Math.max(2, (right - left) / 90);
            xa = empty ? Axis.nice(0, 1, xTarget) : Axis.nice(ex.x0, ex.x1, xTarget, ex.integralX ? 1 : 0);
            Legend legend = new Legend(items, MARGIN, width - MARGIN);
            double legendTop = Svg.headerHeight(title, width);
            double plotH = plotHeight(width);
            List<String> yLines = yLabelLines(yLabel, width);
            // the rows above the plot, nearest first, each the spans [from, to] of the text in it
            List<List<double[]>> rows = new ArrayList<>();
            for (int i = 0; i < yLines.size(); i++) {
                occupy(rows, yLines.size() - 1 - i, new double[] {MARGIN, MARGIN + Svg.width(yLines.get(i), 12)});
            }
            // per mark: its x, whether its label ends at it (else starts there), its row, whether its line reaches it
            List<double[]> labelled = new ArrayList<>();
            for (LineChart.Mark mark : empty ? List.<LineChart.Mark>of() : marks) {
                double x = xa.px(mark.x(), left, right);
                double w = Svg.width(mark.label(), MARK_FONT);
                // the label ends at the mark; a mark near the left edge has its label start there instead
                boolean before = x - 4 - w >= MARGIN || x + 4 + w > width - MARGIN;
                double[] span = before ? new double[] {x - 4 - w, x - 4} : new double[] {x + 4, x + 4 + w};
                int row = 0;
                while (row < rows.size() && rows.get(row).stream().anyMatch(o -> span[0] < o[1] + 6 && o[0] < span[1] + 6)) {
                    row++;
                }
                // the mark's line rises to its label's row where no text in the rows below is in the way
                boolean clear = rows.stream().limit(row).flatMap(List::stream).allMatch(o -> x < o[0] - 3 || x > o[1] + 3);
                occupy(rows, row, span);
                labelled.add(new double[] {x, before ? 1 : 0, row, clear ? 1 : 0});
            }
            top = legendTop + legend.height() + 34 + Y_LABEL_LINE * (Math.max(1, rows.size()) - 1);
            bottom = top + plotH;
            double height = bottom + 52;
            svg = new Svg(kind, width, height, title);
            legend.draw(svg, legendTop);
            drawYLabel(svg, MARGIN, top, yLines);
            svg.text((left + right) / 2, bottom + 42, xLabel, "middle", 12, "fill=\"" + Svg.MUTED
                    + "\" class=\"cw-axis-label\"");
            if (empty) {
                svg.noData(left, top, right - left, plotH);
                return;
            }
            for (double t : xa.ticks) {
                double x = xa.px(t, left, right);
                svg.line(x, top, x, bottom, "#f0f0f0", 1, null);
                svg.line(x, bottom, x, bottom + 5, Svg.AXIS, 1, null);
                svg.text(x, bottom + 19, xa.label(t), "middle", 12, "class=\"cw-tick\"");
            }
            yGrid(svg, ya, left, right, top, bottom);
            svg.line(left, bottom, right, bottom, Svg.AXIS, 1, null);
            svg.line(left, top, left, bottom, Svg.AXIS, 1, null);
            // vertical dashed marks across the plot (the x axis spans them), under the data
            for (int i = 0; i < labelled.size(); i++) {
                double x = labelled.get(i)[0];
                boolean before = labelled.get(i)[1] == 1;
                String label = marks.get(i).label();
                double baseline = top - 14 - Y_LABEL_LINE * labelled.get(i)[2];
                svg.raw("<g class=\"cw-mark\">").title(label);
                svg.line(x, labelled.get(i)[3] == 1 ? baseline - 9 : top, x, bottom, Svg.MUTED, 1,
                        "stroke-dasharray=\"3 3\"");
                svg.text(before ? x - 4 : x + 4, baseline, label, before ? "end" : "start", MARK_FONT, "fill=\""
                        + Svg.MUTED + "\"");
                svg.raw("</g>");
            }
        }

        /** Puts a span of text into a row above the plot, adding rows up to it. */
        private static void occupy(List<List<double[]>> rows, int row, double[] span) {
            while (rows.size() <= row) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(span);
        }

        boolean empty() {
            return empty;
        }

        double x(double v) {
            return xa.px(v, left, right);
        }

        double y(double v) {
            return ya.px(v, bottom, top);
        }
    }
}
