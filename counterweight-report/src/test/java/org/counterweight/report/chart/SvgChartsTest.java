package org.counterweight.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterweight.report.chart.Fixtures.NaN;
import static org.counterweight.report.chart.SvgAssert.byClass;
import static org.counterweight.report.chart.SvgAssert.child;
import static org.counterweight.report.chart.SvgAssert.parse;
import static org.counterweight.report.chart.SvgAssert.texts;
import static org.counterweight.report.chart.SvgAssert.titles;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartsTest {

    static Stream<Chart> charts() {
        return Stream.of(Fixtures.cinc(), Fixtures.similarity(), Fixtures.fan(), Fixtures.suppliers(),
                Fixtures.network(), Fixtures.timeline());
    }

    @ParameterizedTest
    @MethodSource("charts")
    void everyChartIsWellFormedSelfContainedAndTitled(Chart chart) {
        String svg = SvgCharts.render(chart);
        Document doc = parse(svg);
        assertThat(titles(doc).get(0)).isEqualTo(chart.title());
        assertThat(texts(doc)).contains(chart.title());
        assertThat(byClass(doc, "cw-legend")).hasSize(1);
        assertThat(SvgCharts.render(chart)).as("deterministic").isEqualTo(svg);
    }

    @Test
    void lineChartShowsAxisLabelsTicksAndLegend() {
        Document doc = parse(SvgCharts.lineChart(Fixtures.cinc()));
        List<String> texts = texts(doc);
        assertThat(texts).contains("Year", "CINC (share of system)", "IND", "PAK", "CHN");
        assertThat(texts).contains("1990", "1992", "1998").contains("0.02", "0.06", "0.14");
        assertThat(texts).noneMatch(t -> t.matches(".*\\.\\d{4,}.*"));
    }

    @Test
    void lineChartUsesActorColours() {
        String svg = SvgCharts.lineChart(Fixtures.cinc());
        assertThat(svg).contains("stroke=\"" + Palette.colour("IND") + "\"", "stroke=\"" + Palette.colour("PAK") + "\"",
                "stroke=\"" + Palette.colour("CHN") + "\"");
    }

    @Test
    void nanBreaksALineIntoSegmentsAndIsNeverDrawnAsZero() {
        double[] x = {2000, 2001, 2002, 2003, 2004};
        LineChart c = new LineChart("Gap", "Year", "Ratio (IND:PAK)",
                List.of(new LineChart.Series("IND:PAK", x, new double[] {5, 6, NaN, 7, 8})));
        Document doc = parse(SvgCharts.lineChart(c));
        Element path = child(byClass(doc, "cw-series").get(0), "path");
        String d = path.getAttribute("d");
        assertThat(d.chars().filter(ch -> ch == 'M')).hasSize(2);
        assertThat(d.chars().filter(ch -> ch == 'L')).hasSize(2);
        // the y axis spans the finite values only: 0 is not a tick, so nothing was drawn at 0
        assertThat(texts(doc)).doesNotContain("0", "0.0").contains("5.0", "8.0");
        assertThat(titles(doc)).contains("IND:PAK, 2003: 7").noneMatch(t -> t.contains("2002:"));
    }

    @Test
    void anIsolatedPointBetweenGapsIsDrawnAsADot() {
        LineChart c = new LineChart("Dot", "Year", "US$ bn (constant 2022)",
                List.of(new LineChart.Series("PAK", new double[] {1, 2, 3}, new double[] {NaN, 4, NaN})));
        Document doc = parse(SvgCharts.lineChart(c));
        Element circle = child(byClass(doc, "cw-series").get(0), "circle");
        assertThat(circle.getAttribute("r")).isEqualTo("3");
        assertThat(circle.hasAttribute("fill-opacity")).isFalse();
    }

    /** A bounded scale is shown whole: two points near +5 are read against -10..+10, not a 5.0-6.0 axis. */
    @Test
    void aFixedScaleIsShownWholeAroundFewPoints() {
        LineChart c = new LineChart("Scale", "year", "mean Goldstein (-10 to +10)", List.of(new LineChart.Series(
                "RUS to PAK", new double[] {2016.5, 2018.4}, new double[] {5, 6})), List.of(),
                new LineChart.Scale(-10, 10));
        assertThat(texts(parse(SvgCharts.lineChart(c)))).contains("-10", "0", "10");
        assertThatThrownBy(() -> new LineChart.Scale(1, 1)).isInstanceOf(IllegalArgumentException.class);
        // without the scale, the axis fits the points
        LineChart fitted = new LineChart("Fitted", "year", "mean Goldstein", c.series(), List.of());
        assertThat(texts(parse(SvgCharts.lineChart(fitted)))).doesNotContain("-10");
    }

    /** A mark at the plot's left edge has its label start at the mark, inside the plot, not cut off before it. */
    @Test
    void aMarkNearTheLeftEdgeIsLabelledToItsRight() {
        LineChart c = new LineChart("Marks", "year", "mean Goldstein", List.of(new LineChart.Series("RUS to PAK",
                new double[] {1982, 2018}, new double[] {5, 6})), List.of(new LineChart.Mark(1982,
                        "event data begin (1982-01)"), new LineChart.Mark(2018, "event data end (2018-06)")));
        Document doc = parse(SvgCharts.lineChart(c));
        List<Element> labels = byClass(doc, "cw-mark").stream().map(g -> child(g, "text")).toList();
        // SVG text starts at x unless anchored otherwise
        assertThat(labels).extracting(t -> t.getAttribute("text-anchor")).containsExactly("", "end");
        // two marks whose labels would overlap: the second goes a row lower
        LineChart close = new LineChart("Close", "year", "mean Goldstein", c.series(), List.of(new LineChart.Mark(
                2000, "a long label of the first mark"), new LineChart.Mark(2001, "a long label of the second")));
        List<String> ys = byClass(parse(SvgCharts.lineChart(close)), "cw-mark").stream().map(g -> child(g, "text")
                .getAttribute("y")).toList();
        assertThat(Double.parseDouble(ys.get(1)) - Double.parseDouble(ys.get(0))).as("a row further up").isEqualTo(-15.0);
    }

    /** A mark's line rises from the plot to its label's row when no text is in its way (here, both marks'). */
    @Test
    void markLinesRiseToTheirLabels() {
        Document doc = parse(SvgCharts.lineChart(Fixtures.similarity()));
        List<Element> marks = byClass(doc, "cw-mark");
        assertThat(marks).hasSize(2);
        for (Element mark : marks) {
            double labelY = Double.parseDouble(child(mark, "text").getAttribute("y"));
            assertThat(Double.parseDouble(child(mark, "line").getAttribute("y1"))).isLessThan(plotTop(doc))
                    .isBetween(labelY - 12, labelY);
        }
    }

    /**
     * Marks' labels sit above the plot, where no point or line can be drawn over them ("ATOP ends 20..." was
     * overdrawn by points near the top of the plot), and overlap neither each other, the y axis's label nor a
     * tick label, at both widths.
     */
    @ParameterizedTest
    @MethodSource("xyCharts")
    void markLabelsAxisLabelsAndTicksHaveBoxesOfTheirOwnAbovePlotAndData(Chart chart) {
        for (double width : new double[] {SvgCharts.WIDTH, SvgCharts.NARROW_WIDTH}) {
            Document doc = parse(SvgCharts.render(chart, null, width));
            double plotTop = plotTop(doc);
            List<Element> marks = byClass(doc, "cw-mark").stream().map(g -> child(g, "text")).toList();
            assertThat(marks).hasSize(chart instanceof LineChart c ? c.marks().size() : 0);
            for (Element label : marks) {
                // the box's bottom (baseline + descent) above the plot by more than a point's radius (5)
                assertThat(box(label)[3]).as("%s at %s", label.getTextContent(), width).isLessThan(plotTop - 5);
            }
            List<Element> texts = new java.util.ArrayList<>(marks);
            texts.addAll(byClass(doc, "cw-axis-label"));
            texts.addAll(byClass(doc, "cw-tick"));
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    assertThat(overlap(box(texts.get(i)), box(texts.get(j)))).as("'%s' and '%s' at %s",
                            texts.get(i).getTextContent(), texts.get(j).getTextContent(), width).isFalse();
                }
            }
        }
    }

    /** The y axis reaches past every value with a tick at each end: no value drawn above the top gridline. */
    @ParameterizedTest
    @MethodSource("xyCharts")
    void theYAxisHasATickAtOrBeyondEveryValue(Chart chart) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (chart instanceof LineChart c) {
            for (LineChart.Series s : c.series()) {
                for (double v : s.y()) {
                    lo = Double.isFinite(v) ? Math.min(lo, v) : lo;
                    hi = Double.isFinite(v) ? Math.max(hi, v) : hi;
                }
            }
        } else if (chart instanceof FanChart c) {
            for (FanChart.Band b : c.bands()) {
                for (double[] p : new double[][] {b.p5(), b.p95()}) {
                    for (double v : p) {
                        lo = Double.isFinite(v) ? Math.min(lo, v) : lo;
                        hi = Double.isFinite(v) ? Math.max(hi, v) : hi;
                    }
                }
            }
        }
        List<Double> ticks = yTicks(parse(SvgCharts.render(chart))).stream().map(t -> Double.parseDouble(
                t.getTextContent())).toList();
        assertThat(java.util.Collections.max(ticks)).isGreaterThanOrEqualTo(hi);
        assertThat(java.util.Collections.min(ticks)).isLessThanOrEqualTo(lo);
    }

    static Stream<Chart> xyCharts() {
        return Stream.of(Fixtures.cinc(), Fixtures.similarity(), Fixtures.fan(), new LineChart("Marks", "year",
                "mean Goldstein (-10 to +10)", List.of(new LineChart.Series("RUS to PAK", new double[] {1982, 2018},
                        new double[] {10, 10})), List.of(new LineChart.Mark(1982, "event data begin (1982-01)"),
                                new LineChart.Mark(2018, "event data end (2018-06)"))));
    }

    /** The y axis's tick labels: the ticks anchored at their end, left of the plot. */
    private static List<Element> yTicks(Document doc) {
        return byClass(doc, "cw-tick").stream().filter(t -> "end".equals(t.getAttribute("text-anchor"))).toList();
    }

    /** The plot's top: the top tick's gridline, 4 above that tick label's baseline. */
    private static double plotTop(Document doc) {
        return yTicks(doc).stream().mapToDouble(t -> Double.parseDouble(t.getAttribute("y"))).min().orElseThrow() - 4;
    }

    /**
     * A text's box {left, top, right, bottom} by the width estimate the layout uses, from 0.8 of its size above
     * the baseline to 0.25 below, each line of a wrapped text included.
     */
    private static double[] box(Element text) {
        double size = text.hasAttribute("font-size") ? Double.parseDouble(text.getAttribute("font-size")) : 12;
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        org.w3c.dom.NodeList tspans = text.getElementsByTagNameNS("*", "tspan");
        double w = 0;
        double below = 0;
        for (int i = 0; i < tspans.getLength(); i++) {
            Element t = (Element) tspans.item(i);
            w = Math.max(w, Svg.width(t.getTextContent().strip(), size));
            below += t.hasAttribute("dy") ? Double.parseDouble(t.getAttribute("dy")) : 0;
        }
        if (tspans.getLength() == 0) {
            w = Svg.width(text.getTextContent(), size);
        }
        String anchor = text.getAttribute("text-anchor");
        double from = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
        return new double[] {from, y - 0.8 * size, from + w, y + below + 0.25 * size};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    @Test
    void allNaNDataSaysNoData() {
        LineChart c = new LineChart("Empty", "Year", "CINC (share of system)",
                List.of(new LineChart.Series("IND", new double[] {1990, 1991}, new double[] {NaN, NaN})));
        Document doc = parse(SvgCharts.lineChart(c));
        assertThat(texts(doc)).contains("No data", "Empty", "CINC (share of system)", "IND");
        StackedBars b = new StackedBars("Empty bars", "Share (%)", List.of("2015-2019"),
                List.of(new StackedBars.Segment("RUS", new double[] {NaN})));
        assertThat(texts(parse(SvgCharts.stackedBars(b)))).contains("No data");
        double[] n = {NaN};
        FanChart f = new FanChart("Empty fan", "Year", "Ratio", List.of(new FanChart.Band("Baseline", n, n, n, n, n, n)));
        assertThat(texts(parse(SvgCharts.fanChart(f)))).contains("No data");
    }

    @Test
    void fanChartHatchesTheMiddleHalfBoundsTheNinetyPercentRangeAndDrawsTheMedianPerBand() {
        Document doc = parse(SvgCharts.fanChart(Fixtures.fan()));
        List<Element> bands = byClass(doc, "cw-band");
        assertThat(bands).hasSize(2);
        assertThat(texts(doc)).contains("Year", "Ratio (IND / PAK)", "Baseline: median",
                "Scenario: US arms to PAK: median");
        // baseline: one hatched 25-75 area, two dashed 5 and 95 bounds, one median line
        assertThat(bands.get(0).getElementsByTagNameNS("*", "path").getLength()).isEqualTo(4);
        // scenario: the NaN in p25 splits the 25-75 area in two; the bounds and the median stay whole
        assertThat(bands.get(1).getElementsByTagNameNS("*", "path").getLength()).isEqualTo(5);
        assertThat(titles(doc)).contains("Baseline, 2030: median 8.5; 50 % of runs in 7 to 10; 90 % in 6 to 12.5");
    }

    /**
     * Each band's marks look as its legend says: the swatch of its middle half has the same fill (its own
     * hatching, in its colour) as its area, the swatch of its 90 % range the same colour and dashes as its
     * bounds; the two bands' hatchings run at different angles, so an overlap shows both.
     */
    @Test
    void fanBandsMatchTheirLegendSwatchesAndOverlapWithoutBlending() {
        Document doc = parse(SvgCharts.fanChart(Fixtures.fan()));
        List<Element> bands = byClass(doc, "cw-band");
        Element legend = byClass(doc, "cw-legend").get(0);
        List<Element> swatches = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = legend.getFirstChild(); n != null; n = n.getNextSibling()) {
            swatches.add((Element) ((Element) n).getFirstChild());
        }
        assertThat(swatches).hasSize(6);
        java.util.Set<String> angles = new java.util.HashSet<>();
        for (int k = 0; k < 2; k++) {
            Element median = byClassIn(bands.get(k), "cw-median").get(0);
            Element inner = byClassIn(bands.get(k), "cw-inner").get(0);
            Element outer = byClassIn(bands.get(k), "cw-outer").get(0);
            String colour = median.getAttribute("stroke");
            assertThat(swatches.get(3 * k).getAttribute("stroke")).isEqualTo(colour);
            assertThat(swatches.get(3 * k).getAttribute("stroke-width")).isEqualTo(median.getAttribute("stroke-width"));
            assertThat(swatches.get(3 * k + 1).getAttribute("fill")).isEqualTo(inner.getAttribute("fill"))
                    .startsWith("url(#");
            assertThat(swatches.get(3 * k + 2).getAttribute("stroke")).isEqualTo(outer.getAttribute("stroke"))
                    .isEqualTo(colour);
            assertThat(swatches.get(3 * k + 2).getAttribute("stroke-dasharray"))
                    .isEqualTo(outer.getAttribute("stroke-dasharray")).isNotBlank();
            assertThat(swatches.get(3 * k + 2).getAttribute("stroke-width")).isEqualTo(outer.getAttribute("stroke-width"));
            String id = inner.getAttribute("fill").replaceAll("^url\\(#|\\)$", "");
            Element pattern = SvgAssert.byTag(doc, "pattern").stream().filter(p -> p.getAttribute("id").equals(id))
                    .findFirst().orElseThrow();
            assertThat(child(pattern, "line").getAttribute("stroke")).isEqualTo(colour);
            angles.add(pattern.getAttribute("patternTransform"));
            // no translucent fill that would blend with the other band
            assertThat(inner.hasAttribute("fill-opacity")).isFalse();
        }
        assertThat(angles).hasSize(2);
        assertThat(bands.get(0).getAttribute("class")).isEqualTo("cw-band");
    }

    private static List<Element> byClassIn(Element root, String cls) {
        List<Element> out = new java.util.ArrayList<>();
        org.w3c.dom.NodeList nl = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void stackedBarsStackSegmentsWithLabelsAndLegend() {
        Document doc = parse(SvgCharts.stackedBars(Fixtures.suppliers()));
        List<String> texts = texts(doc);
        assertThat(texts).contains("Share of imports (%)", "2000-2004", "2015-2019", "CHN", "USA", "Other");
        assertThat(texts).contains("0", "20", "100").contains("73", "38");
        assertThat(byClass(doc, "cw-segment")).hasSize(12);
        assertThat(titles(doc)).contains("CHN, 2015-2019: 73");
        // the small USA segment of 2015-2019 (3 %) gets no label inside the bar, only hover text
        assertThat(texts).doesNotContain("3");
        assertThat(titles(doc)).contains("USA, 2015-2019: 3");
    }

    @Test
    void stackedBarsLeaveMissingValuesOutAndMarkEmptyCategories() {
        StackedBars c = new StackedBars("Arms imports of India", "Share of imports (%)", List.of("1990-1994", "1995-1999"),
                List.of(new StackedBars.Segment("RUS", new double[] {NaN, 70}),
                        new StackedBars.Segment("FRA", new double[] {NaN, 30})));
        Document doc = parse(SvgCharts.stackedBars(c));
        assertThat(byClass(doc, "cw-segment")).hasSize(2);
        assertThat(texts(doc)).contains("no data");
    }

    @Test
    void networkHasATitleOnEveryEdgeAndNodeAndIsDeterministic() {
        NetworkChart net = Fixtures.network();
        String svg = SvgCharts.network(net);
        assertThat(SvgCharts.network(Fixtures.network())).isEqualTo(svg);
        Document doc = parse(svg);
        List<Element> edges = byClass(doc, "cw-edge");
        assertThat(edges).hasSize(net.edges().size());
        assertThat(edges).allSatisfy(e -> assertThat(child(e, "title")).isNotNull());
        assertThat(titles(doc)).anyMatch(t -> t.startsWith("India \u2013 Pakistan: rivalry") && t.contains("Pulwama"));
        List<Element> nodes = byClass(doc, "cw-node");
        assertThat(nodes).hasSize(6).allSatisfy(n -> assertThat(child(n, "title")).isNotNull());
        assertThat(texts(doc)).contains("United States", "India", "Pakistan", "China", "Russia", "Afghanistan",
                "Alignment (+)", "Rivalry (\u2212)", "Bloc 0: USA, IND", "Bloc 1: PAK, CHN");
        assertThat(svg).contains("fill=\"" + Palette.colour("PAK") + "\"").contains("stroke-dasharray");
    }

    @Test
    void networkEdgesAreSolidForAlignmentDashedForRivalryAndWidthGrowsWithWeight() {
        NetworkChart c = new NetworkChart("Two ties", List.of(new NetworkChart.Node("IND", "India", 1, -1),
                new NetworkChart.Node("PAK", "Pakistan", 0.2, -1), new NetworkChart.Node("CHN", "China", NaN, -1)),
                List.of(new NetworkChart.Edge("IND", "PAK", -1, 2, "rivalry"),
                        new NetworkChart.Edge("CHN", "PAK", 1, 1, "alignment")));
        List<Element> edges = byClass(parse(SvgCharts.network(c)), "cw-edge");
        Element neg = child(edges.get(0), "path");
        Element pos = child(edges.get(1), "path");
        assertThat(neg.hasAttribute("stroke-dasharray")).isTrue();
        assertThat(pos.hasAttribute("stroke-dasharray")).isFalse();
        assertThat(Double.parseDouble(neg.getAttribute("stroke-width")))
                .isGreaterThan(Double.parseDouble(pos.getAttribute("stroke-width")));
    }

    @Test
    void networkLayoutDependsOnlyOnInput() {
        NetworkChart a = Fixtures.network();
        NetworkChart b = new NetworkChart(a.title(), List.copyOf(a.nodes()), List.copyOf(a.edges()));
        assertThat(SvgCharts.network(b)).isEqualTo(SvgCharts.network(a));
        NetworkChart single = new NetworkChart("Alone", List.of(new NetworkChart.Node("AFG", "Afghanistan", 0, -1)), List.of());
        assertThat(texts(parse(SvgCharts.network(single)))).contains("Afghanistan");
    }

    @Test
    void timelineStacksOverlappingLabelsAndColoursByKind() {
        Document doc = parse(SvgCharts.timeline(Fixtures.timeline()));
        List<Element> marks = byClass(doc, "cw-mark");
        assertThat(marks).hasSize(7).allSatisfy(m -> assertThat(child(m, "title")).isNotNull());
        assertThat(texts(doc)).contains("event", "treaty", "agreement", "Year", "1970", "2010", "Simla Agreement");
        assertThat(titles(doc)).contains("1999-02 \u2014 Lahore Declaration (agreement)\nIND-PAK");
        // labels of the 1971-72 cluster sit in different lanes: no two labels overlap
        List<double[]> boxes = marks.stream().map(m -> {
            Element t = child(m, "text");
            double x = Double.parseDouble(t.getAttribute("x"));
            double y = Double.parseDouble(t.getAttribute("y"));
            double w = Svg.width(t.getTextContent(), 11);
            boolean end = "end".equals(t.getAttribute("text-anchor"));
            return new double[] {end ? x - w : x, y, end ? x : x + w};
        }).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] p = boxes.get(i);
                double[] q = boxes.get(j);
                boolean sameLane = Math.abs(p[1] - q[1]) < 12;
                boolean overlap = p[0] < q[2] && q[0] < p[2];
                assertThat(sameLane && overlap).as("labels %d and %d overlap", i, j).isFalse();
            }
        }
    }

    @Test
    void textIsEscaped() {
        double[] x = {1, 2};
        LineChart c = new LineChart("<b>Guns & \"butter\"</b>", "Year 'x'", "US$ <bn>",
                List.of(new LineChart.Series("<b>IND</b>", x, x)));
        String svg = SvgCharts.lineChart(c);
        assertThat(svg).contains("&lt;b&gt;Guns &amp; &quot;butter&quot;&lt;/b&gt;", "&lt;b&gt;IND&lt;/b&gt;")
                .doesNotContain("<b>");
        Document doc = parse(svg);
        assertThat(texts(doc)).contains("<b>Guns & \"butter\"</b>", "Year 'x'", "US$ <bn>", "<b>IND</b>");

        NetworkChart n = new NetworkChart("<net>", List.of(new NetworkChart.Node("A&B", "<A>", 1, 0),
                new NetworkChart.Node("C", "C\u0000", 1, 1)), List.of(new NetworkChart.Edge("A&B", "C", 1, 1, "x < y & z")));
        Document nd = parse(SvgCharts.network(n));
        assertThat(titles(nd)).anyMatch(t -> t.endsWith("\nx < y & z"));
        Timeline t = new Timeline("T", List.of(new Timeline.Mark("2001", "<i>", "a&b", "\"q\"")));
        assertThat(texts(parse(SvgCharts.timeline(t)))).contains("<i>", "a&b");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void theSourceIsWrittenUnderTheChart(Chart chart) {
        String source = "Correlates of War, National Material Capabilities v6.0 (Singer et al. 1972); query: cinc by year & state";
        String plain = SvgCharts.render(chart);
        String svg = SvgCharts.render(chart, source);
        Document doc = parse(svg);
        List<Element> lines = byClass(doc, "cw-source");
        assertThat(lines).isNotEmpty();
        assertThat(String.join(" ", lines.stream().map(Element::getTextContent).toList())).isEqualTo("Source: " + source);
        double plainH = Double.parseDouble(parse(plain).getDocumentElement().getAttribute("viewBox").split(" ")[3]);
        double h = Double.parseDouble(doc.getDocumentElement().getAttribute("viewBox").split(" ")[3]);
        assertThat(h).isGreaterThan(plainH);
        assertThat(Double.parseDouble(lines.get(lines.size() - 1).getAttribute("y"))).isLessThan(h);
        assertThat(SvgCharts.render(chart, " ")).isEqualTo(plain);
    }

    @Test
    void linesEndingTogetherGetEndLabelsThatDoNotOverlap() {
        double[] x = {2000, 2001};
        LineChart c = new LineChart("Ends", "Year", "CINC (share of system)", List.of(
                new LineChart.Series("IND", x, new double[] {1, 2}), new LineChart.Series("PAK", x, new double[] {1, 2}),
                new LineChart.Series("USA+IND", x, new double[] {0, 2})));
        List<Element> labels = byClass(parse(SvgCharts.lineChart(c)), "cw-end-label");
        assertThat(labels).extracting(Element::getTextContent).containsExactlyInAnyOrder("IND", "PAK", "USA+IND");
        List<Double> ys = labels.stream().map(e -> Double.parseDouble(e.getAttribute("y"))).sorted().toList();
        for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i) - ys.get(i - 1)).isGreaterThanOrEqualTo(13.9);
        }
        assertThat(labels).allSatisfy(e -> assertThat(e.getAttribute("fill")).startsWith("#"));
    }

    /** A name too long for one line of end label wraps onto more lines and is never cut. */
    @Test
    void longEndLabelsWrapWhole() {
        double[] x = {2000, 2001};
        LineChart c = new LineChart("Ratios", "Year", "ratio", List.of(
                new LineChart.Series("IND:PAK CINC", x, new double[] {5, 5.5}),
                new LineChart.Series("IND:PAK with partners", x, new double[] {5, 5.6}),
                new LineChart.Series("CHN:IND military expenditure", x, new double[] {2, 2.1})));
        String svg = SvgCharts.lineChart(c);
        List<Element> labels = byClass(parse(svg), "cw-end-label");
        assertThat(labels).extracting(Element::getTextContent).containsExactlyInAnyOrder("IND:PAK CINC",
                "IND:PAK with partners", "CHN:IND military expenditure");
        assertThat(svg).doesNotContain("\u2026");
        // the lines of one label and the labels themselves do not overlap: 14 units apart at least
        List<Double> ys = new java.util.ArrayList<>();
        for (Element label : labels) {
            double y = Double.parseDouble(label.getAttribute("y"));
            int lines = Math.max(1, label.getElementsByTagNameNS("*", "tspan").getLength());
            for (int i = 0; i < lines; i++) {
                ys.add(y + 14 * i);
            }
        }
        java.util.Collections.sort(ys);
        for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i) - ys.get(i - 1)).isGreaterThanOrEqualTo(13.9);
        }
    }

    /** A legend entry longer than a row wraps over lines and is never cut. */
    @Test
    void longLegendEntriesWrapWhole() {
        NetworkChart big = new NetworkChart("Blocs", java.util.stream.IntStream.range(0, 14)
                .mapToObj(i -> new NetworkChart.Node("A" + (char) ('A' + i) + "X", "State " + i, 1, 0)).toList(), List.of());
        Document doc = parse(SvgCharts.render(big, null, SvgCharts.NARROW_WIDTH));
        String bloc = "Bloc 0: " + String.join(", ", big.nodes().stream().map(NetworkChart.Node::id).toList());
        assertThat(byClass(doc, "cw-legend-entry")).extracting(Element::getTextContent).contains(bloc);
        assertThat(SvgCharts.render(big, null, SvgCharts.NARROW_WIDTH)).doesNotContain("\u2026");
    }

    /**
     * At the narrow width every chart is laid out for it: the viewBox is that wide, every text (each line of
     * wrapped text) lies inside it by the width estimate the layout uses, and no text is smaller than 11.
     */
    @ParameterizedTest
    @MethodSource("charts")
    void theNarrowVariantKeepsEveryTextInsideAtReadableSizes(Chart chart) {
        for (double width : new double[] {SvgCharts.NARROW_WIDTH, SvgCharts.WIDTH}) {
            Document doc = parse(SvgCharts.render(chart, "a source line long enough to wrap at the narrow width of a"
                    + " phone screen, with words", width));
            assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0 0 " + Svg.n(width) + " ");
            for (Element text : SvgAssert.byTag(doc, "text")) {
                double size = text.hasAttribute("font-size") ? Double.parseDouble(text.getAttribute("font-size")) : 12;
                assertThat(size).as(text.getTextContent()).isGreaterThanOrEqualTo(11);
                if (text.hasAttribute("transform")) {
                    continue; // rotated category labels hang below the plot, not across its width
                }
                org.w3c.dom.NodeList tspans = text.getElementsByTagNameNS("*", "tspan");
                List<String> lines = new java.util.ArrayList<>();
                if (tspans.getLength() == 0) {
                    lines.add(text.getTextContent());
                } else {
                    for (int i = 0; i < tspans.getLength(); i++) {
                        lines.add(tspans.item(i).getTextContent().strip());
                    }
                }
                double x = Double.parseDouble(text.getAttribute("x"));
                String anchor = text.hasAttribute("text-anchor") ? text.getAttribute("text-anchor") : "start";
                for (String line : lines) {
                    double w = Svg.width(line, size);
                    double from = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
                    assertThat(from).as("%s at width %s", line, width).isGreaterThanOrEqualTo(-0.5);
                    assertThat(from + w).as("%s at width %s", line, width).isLessThanOrEqualTo(width + 0.5);
                }
            }
        }
    }
}
