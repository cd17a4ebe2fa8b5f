package org.counterweight.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A small SVG writer: escaped text, compact coordinates, the shared frame of every chart. */
final class Svg {
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    static final String TEXT = "#222222";
    static final String MUTED = "#555555";
    static final String GRID = "#e3e3e3";
    static final String AXIS = "#888888";

    private final StringBuilder sb = new StringBuilder(4096);

    private final String kind;
    private final double width;
    private final double height;
    private final String title;

    /**
     * Starts a chart of width x height with its title (accessible name and visible heading); the root
     * element is written by {@link #close(String)}, which may add a source line below.
     */
    Svg(String kind, double width, double height, String title) {
        this.kind = kind;
        this.width = width;
        this.height = height;
        this.title = title;
        lines(16, 26, titleLines(title, width), "start", 16, TITLE_LINE, "font-weight=\"600\" class=\"cw-title\"");
    }

    private static final double TITLE_LINE = 20;

    /** The title as drawn at this chart width: wrapped at spaces to fit, never cut. */
    static List<String> titleLines(String title, double width) {
        return wrap(title, chars(width - 32, 16));
    }

    /** Where the content under the title starts: 40 for a one-line title, a line more per wrapped line. */
    static double headerHeight(String title, double width) {
        return 40 + TITLE_LINE * (titleLines(title, width).size() - 1);
    }

    /** How many characters of text at this font size fit in a width (by {@link #width}'s estimate). */
    static int chars(double width, double size) {
        return Math.max(8, (int) (width / (size * 0.58)));
    }

    /**
     * Text of several lines as one text element: a tspan per line, each after the first {@code lineHeight}
     * below the one before, all but the last ending in a space so that the element's text is the whole text.
     */
    Svg lines(double x, double y, List<String> lines, String anchor, double size, double lineHeight, String extra) {
        if (lines.size() == 1) {
            return text(x, y, lines.get(0), anchor, size, extra);
        }
        openText(x, y, anchor, size, extra);
        for (int i = 0; i < lines.size(); i++) {
            sb.append("<tspan x=\"").append(n(x)).append('"');
            if (i > 0) {
                sb.append(" dy=\"").append(n(lineHeight)).append('"');
            }
            sb.append('>').append(esc(lines.get(i) + (i + 1 < lines.size() ? " " : ""))).append("</tspan>");
        }
        sb.append("</text>");
        return this;
    }

    Svg raw(String s) {
        sb.append(s);
        return this;
    }

    /** A text element; {@code extra} are further attributes written verbatim (callers pass constants). */
    Svg text(double x, double y, String s, String anchor, double size, String extra) {
        openText(x, y, anchor, size, extra);
        sb.append(esc(s)).append("</text>");
        return this;
    }

    /** Opens a text element (its content and closing tag follow). */
    private void openText(double x, double y, String anchor, double size, String extra) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!"start".equals(anchor)) {
            sb.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (size != 12) {
            sb.append(" font-size=\"").append(n(size)).append('"');
        }
        if (extra != null && !extra.isEmpty()) {
            sb.append(' ').append(extra);
        }
        sb.append('>');
    }

    Svg title(String s) {
        sb.append("<title>").append(esc(s)).append("</title>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String extra) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (extra != null && !extra.isEmpty()) {
            sb.append(' ').append(extra);
        }
        sb.append("/>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String extra) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"');
        if (extra != null && !extra.isEmpty()) {
            sb.append(' ').append(extra);
        }
        sb.append("/>");
        return this;
    }

    /** Draws "No data" in the middle of the given box. */
    Svg noData(double x, double y, double w, double h) {
        rect(x, y, w, h, "#fafafa", "stroke=\"" + GRID + "\"");
        return text(x + w / 2, y + h / 2 + 5, "No data", "middle", 14, "fill=\"" + MUTED + "\" class=\"cw-nodata\"");
    }

    /** Closes the chart; a non-blank source is written under it, wrapped, in small muted type. */
    String close(String source) {
        List<String> lines = source == null || source.isBlank() ? List.of() : wrap("Source: " + source.strip(), chars(width - 32, 11));
        double h = height + (lines.isEmpty() ? 0 : 8 + 15 * lines.size());
        StringBuilder head = new StringBuilder(512);
        head.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cw-chart cw-").append(kind)
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(h))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" font-family=\"")
                .append(esc(FONT)).append("\" font-size=\"12\" fill=\"").append(TEXT).append("\">");
        head.append("<title>").append(esc(title)).append("</title>");
        head.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(h))
                .append("\" fill=\"#ffffff\"/>");
        sb.insert(0, head);
        for (int i = 0; i < lines.size(); i++) {
            text(16, height + 12 + 15 * i, lines.get(i), "start", 11, "fill=\"" + MUTED + "\" class=\"cw-source\"");
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /** Splits text at spaces into lines of at most about max characters (a longer word stays whole). */
    static List<String> wrap(String s, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** A coordinate: at most one decimal, no trailing zeros, never NaN (callers only pass finite values). */
    static String n(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("non-finite coordinate " + v);
        }
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Escapes text for XML content and attributes; drops characters XML 1.0 does not allow. */
    static String esc(String s) {
        return org.counterweight.report.Markup.escape(s);
    }

    /** Estimated width in px of a text at a font size (sans-serif average advance ~0.58 em). */
    static double width(String s, double size) {
        return s.length() * size * 0.58;
    }

    /** Black or white, whichever reads better on the given #rrggbb fill. */
    static String ink(String fill) {
        int rgb = Integer.parseInt(fill.substring(1), 16);
        double r = lin(((rgb >> 16) & 0xff) / 255.0);
        double g = lin(((rgb >> 8) & 0xff) / 255.0);
        double b = lin((rgb & 0xff) / 255.0);
        double lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return lum > 0.179 ? "#111111" : "#ffffff";
    }

    private static double lin(double c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
