package org.counterweight.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A legend laid out in rows that wrap at the chart's width; computed before drawing so the height is known.
 * A long entry wraps over several lines (at spaces, never cut), so every entry reads whole at any chart width.
 */
final class Legend {
    static final double ROW = 20;
    private static final double LINE = 15;
    private static final double SWATCH = 18;
    private static final double FONT = 12;
    /** Entries longer than this many characters wrap even where the row would have room. */
    private static final int MAX_CHARS = 48;

    /**
     * A legend entry: a short line (LINE) of a stroke width or a square (BOX) in a colour (or a fill such as
     * a pattern), with extra SVG attributes.
     */
    record Item(String label, String colour, boolean line, String attrs, double lineWidth) {
        /** An entry whose line, if it is one, is 3 wide. */
        Item(String label, String colour, boolean line, String attrs) {
            this(label, colour, line, attrs, 3);
        }
    }

    private final List<Item> items;
    private final List<List<String>> lines = new ArrayList<>();
    private final List<double[]> at = new ArrayList<>();
    private final double height;

    Legend(List<Item> items, double x0, double maxX) {
        this.items = List.copyOf(items);
        int fit = Math.min(MAX_CHARS, Svg.chars(maxX - x0 - SWATCH - 6 - 18, FONT));
        double x = x0;
        double rowTop = 0;
        double rowHeight = 0;
        for (Item it : items) {
            List<String> label = Svg.wrap(it.label(), fit);
            double textW = label.stream().mapToDouble(l -> Svg.width(l, FONT)).max().orElse(0);
            double w = SWATCH + 6 + textW + 18;
            if (x > x0 && x + w > maxX) {
                rowTop += rowHeight;
                rowHeight = 0;
                x = x0;
            }
            lines.add(label);
            at.add(new double[] {x, rowTop});
            rowHeight = Math.max(rowHeight, ROW + LINE * (label.size() - 1));
            x += w;
        }
        height = rowTop + rowHeight;
    }

    double height() {
        return height;
    }

    void draw(Svg svg, double y0) {
        svg.raw("<g class=\"cw-legend\">");
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            double x = at.get(i)[0];
            double y = y0 + at.get(i)[1] + ROW / 2;
            String extra = it.attrs() == null ? "" : it.attrs();
            svg.raw("<g>");
            if (it.line()) {
                svg.line(x, y, x + SWATCH, y, it.colour(), it.lineWidth(), extra);
            } else {
                svg.rect(x + 3, y - 6, 12, 12, it.colour(), extra);
            }
            svg.lines(x + SWATCH + 6, y + 4, lines.get(i), "start", FONT, LINE, "class=\"cw-legend-entry\"");
            svg.raw("</g>");
        }
        svg.raw("</g>");
    }
}
