package org.counterweight.report.chart;

import java.util.ArrayList;
import java.util.List;

/** A legend laid out in rows that wrap at the chart's width; computed before drawing so the height is known. */
final class Legend {
    static final double ROW = 20;
    private static final double SWATCH = 18;
    private static final double FONT = 12;

    /** A legend entry: a short line (LINE) or a square (BOX) in a colour, with extra SVG attributes. */
    record Item(String label, String colour, boolean line, String attrs) {
    }

    private final List<Item> items;
    private final List<double[]> at = new ArrayList<>();
    private final int rows;

    Legend(List<Item> items, double x0, double maxX) {
        this.items = List.copyOf(items);
        double x = x0;
        int row = 0;
        for (Item it : items) {
            String label = Svg.clip(it.label(), 48);
            double w = SWATCH + 6 + Svg.width(label, FONT) + 18;
            if (x > x0 && x + w > maxX) {
                row++;
                x = x0;
            }
            at.add(new double[] {x, row});
            x += w;
        }
        rows = items.isEmpty() ? 0 : row + 1;
    }

    double height() {
        return rows * ROW;
    }

    void draw(Svg svg, double y0) {
        svg.raw("<g class=\"cw-legend\">");
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            double x = at.get(i)[0];
            double y = y0 + at.get(i)[1] * ROW + ROW / 2;
            String extra = it.attrs() == null ? "" : it.attrs();
            svg.raw("<g>");
            if (it.line()) {
                svg.line(x, y, x + SWATCH, y, it.colour(), 3, extra);
            } else {
                svg.rect(x + 3, y - 6, 12, 12, it.colour(), extra);
            }
            svg.text(x + SWATCH + 6, y + 4, Svg.clip(it.label(), 48), "start", FONT, "class=\"cw-legend-entry\"");
            if (it.label().length() > 48) {
                svg.title(it.label());
            }
            svg.raw("</g>");
        }
        svg.raw("</g>");
    }
}
