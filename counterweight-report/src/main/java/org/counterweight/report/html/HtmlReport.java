package org.counterweight.report.html;

import java.util.List;
import java.util.Locale;
import org.counterweight.report.Report;
import org.counterweight.report.chart.Chart;
import org.counterweight.report.chart.SvgCharts;

/**
 * Writes a report as a single HTML5 document. Charts are drawn by the given SVG renderer and
 * inlined; every table and figure carries its source line; tables link to their CSV and JSON
 * exports (written beside the report by the caller, named after the table id). Nothing is loaded
 * from the network: no scripts, fonts or styles from elsewhere.
 *
 * <p>The page prints and shrinks without scripts, by CSS alone:
 * <ul>
 *   <li>each chart is inlined twice, drawn at {@link SvgCharts#WIDTH} and at {@link SvgCharts#NARROW_WIDTH};
 *       screens up to {@value #NARROW_SCREEN} px wide show the narrow drawing, so its text keeps its size
 *       (a 760-wide chart shrunk onto a phone would draw 12 px text at about 5 px); print shows the wide one;</li>
 *   <li>a table too wide for the space turns into cards, one per row, each cell with its column's name:
 *       on narrow screens when its estimated narrowest width exceeds {@value #NARROW_TABLE} px (cells in a
 *       grid, the name above the value), in print when it exceeds {@value #PRINT_TABLE} px, the text width
 *       of an A4 or Letter page (cells one after the other as "name: value", each card on one page), so no
 *       column is cut at the page's edge; a short table is kept on one page.</li>
 * </ul>
 */
public final class HtmlReport {
    /** Screens at most this wide (CSS px) show the narrow charts and the narrow screens' cards. */
    static final int NARROW_SCREEN = 700;
    /** A table whose narrowest layout is wider than this becomes cards on a narrow screen. */
    static final int NARROW_TABLE = 360;
    /** A table whose narrowest layout is wider than this becomes cards in print. */
    static final int PRINT_TABLE = 680;
    /** A text cell longer than this many characters spans a card's whole width. */
    private static final int LONG_CELL = 40;
    /** A table of at most this many rows is kept on one printed page when it fits there. */
    private static final int KEEP_ROWS = 12;

    /** Draws a chart as an {@code <svg>} element at a width (viewBox units). */
    @FunctionalInterface
    public interface ChartDrawer {
        String svg(Chart chart, double width);
    }

    /**
     * Table rows as cards on a narrow screen (CSS for tables of the given class): a card per row, its
     * cells flowing in as many columns as fit, each under its column's name; a long text takes the card's
     * whole width.
     */
    private static String gridCards(String table) {
        return """
                table.CARDS, table.CARDS tbody { display: block; width: auto; }
                table.CARDS thead { display: none; }
                table.CARDS tr { display: grid; grid-template-columns: repeat(auto-fill, minmax(10em, 1fr)); gap: 4px 14px;
                             border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 8px; padding: 6px 10px; }
                table.CARDS td { display: block; padding: 0; border: 0; text-align: left; white-space: normal;
                             overflow-wrap: break-word; min-width: 0; }
                table.CARDS td.long { grid-column: 1 / -1; }
                table.CARDS td::before { content: attr(data-label); display: block; font-size: 11px; font-weight: 600;
                             color: var(--muted); overflow-wrap: anywhere; }
                """.replace("CARDS", table);
    }

    /**
     * Table rows as compact cards on paper (CSS for tables of the given class): a card per row, kept on one
     * page, its cells one after the other as "name: value", a long text on a line of its own.
     */
    private static String printedCards(String table) {
        return """
                table.CARDS, table.CARDS tbody { display: block; }
                table.CARDS thead { display: none; }
                table.CARDS tr { display: block; border: 1px solid var(--rule); border-radius: 4px; margin: 0 0 5px;
                             padding: 3px 8px; break-inside: avoid; page-break-inside: avoid; }
                table.CARDS td { display: inline-block; margin-right: 16px; padding: 0; border: 0; text-align: left; }
                table.CARDS td.long { display: block; margin-right: 0; white-space: normal; }
                table.CARDS td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
                """.replace("CARDS", table);
    }

    private static final String STYLE = """
            :root { --ink:#1d2733; --muted:#5b6775; --rule:#d9dee5; --accent:#0b5cad; --bg:#ffffff; --band:#f5f7fa; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: var(--ink); background: var(--bg); }
            header.top { padding: 28px 40px 18px; border-bottom: 1px solid var(--rule); background: var(--band); }
            header.top h1 { margin: 0 0 6px; font-size: 26px; }
            header.top p { margin: 0; color: var(--muted); }
            nav { padding: 10px 40px; border-bottom: 1px solid var(--rule); font-size: 14px; }
            nav a { margin-right: 16px; color: var(--accent); text-decoration: none; }
            main { padding: 10px 40px 60px; max-width: 1280px; }
            section { margin-top: 34px; }
            h2 { font-size: 21px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 22px 0 6px; }
            .intro { color: var(--muted); max-width: 920px; }
            .keys { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 12px; margin-top: 18px; }
            .key { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px; background: #fff; }
            .key .value { font-size: 24px; font-weight: 600; }
            .key .label { font-size: 13px; }
            .key .note { font-size: 12px; margin-top: 4px; }
            .source { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
            figure { margin: 16px 0 22px; }
            figure svg { display: block; max-width: 100%; height: auto; }
            .chart.wide svg { max-width: 1000px; }
            .chart.narrow { display: none; }
            figcaption { font-size: 13px; color: var(--muted); }
            .tablewrap { overflow-x: auto; max-height: 560px; overflow-y: auto; border: 1px solid var(--rule); }
            table { border-collapse: collapse; font-size: 13px; width: 100%; }
            th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
            th { position: sticky; top: 0; background: var(--band); font-weight: 600; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.empty { color: #aab3bd; }
            .notes { font-size: 12px; color: var(--muted); margin: 4px 0 0 0; padding-left: 18px; }
            .exports { font-size: 12px; }
            .exports a { color: var(--accent); }
            td { overflow-wrap: break-word; }
            @media print {
              body { font-size: 12px; }
              table { font-size: 11px; }
              nav { display: none; }
              main { padding: 0; max-width: none; }
              header.top { padding: 0 0 12px; }
              .tablewrap { max-height: none; overflow: visible; border: 0; }
              th { position: static; }
              figure, .key, .tablewrap.keep { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
            }
            """ + "@media screen and (max-width: " + NARROW_SCREEN + "px) {\n" + """
              header.top, nav { padding-left: 12px; padding-right: 12px; }
              main { padding: 6px 12px 40px; }
              .chart.wide { display: none; }
              .chart.narrow { display: block; }
              .chart.narrow svg { max-width: 480px; }
              .tablewrap.cards-narrow { overflow-x: hidden; padding: 6px 6px 0; }
            }
            """ + "@media screen and (max-width: " + NARROW_SCREEN + "px) {\n" + gridCards("cards-narrow") + "}\n"
            + "@media print {\n" + printedCards("cards-print") + "}\n";

    private HtmlReport() {
    }

    /** The report with its charts drawn by {@link SvgCharts}. */
    public static String render(Report report) {
        return render(report, (chart, width) -> SvgCharts.render(chart, null, width));
    }

    /**
     * @param svg draws a chart as an {@code <svg>} element at a width
     */
    public static String render(Report report, ChartDrawer svg) {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header class=\"top\"><h1>").append(escape(report.title()))
                .append("</h1><p>").append(escape(report.subtitle())).append("</p>");
        if (!report.summary().isEmpty()) {
            html.append("<div class=\"keys\">");
            for (Report.KeyNumber key : report.summary()) {
                html.append("<div class=\"key\"><div class=\"value\">").append(escape(key.value()))
                        .append("</div><div class=\"label\">").append(escape(key.label()))
                        .append("</div>");
                if (key.note() != null) {
                    html.append("<div class=\"note\">").append(escape(key.note())).append("</div>");
                }
                html.append("<div class=\"source\">").append(escape(key.source())).append("</div></div>");
            }
            html.append("</div>");
        }
        html.append("</header>\n<nav>");
        for (Report.Section section : report.sections()) {
            html.append("<a href=\"#").append(escape(section.id())).append("\">").append(escape(section.title()))
                    .append("</a>");
        }
        html.append("</nav>\n<main>\n");
        for (Report.Section section : report.sections()) {
            html.append("<section id=\"").append(escape(section.id())).append("\">\n<h2>")
                    .append(escape(section.title())).append("</h2>\n");
            if (section.intro() != null && !section.intro().isBlank()) {
                html.append("<p class=\"intro\">").append(escape(section.intro())).append("</p>\n");
            }
            for (Report.Block block : section.blocks()) {
                if (block instanceof Report.Table table) {
                    table(html, table);
                } else if (block instanceof Report.Figure figure) {
                    html.append("<figure><div class=\"chart wide\">").append(svg.svg(figure.chart(), SvgCharts.WIDTH))
                            .append("</div><div class=\"chart narrow\">")
                            .append(svg.svg(figure.chart(), SvgCharts.NARROW_WIDTH)).append("</div><figcaption>")
                            .append(escape(figure.caption())).append("</figcaption><p class=\"source\">Source: ")
                            .append(escape(figure.source())).append("</p></figure>\n");
                } else if (block instanceof Report.Paragraph paragraph) {
                    html.append("<p>").append(escape(paragraph.text())).append("</p>\n");
                }
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, Report.Table table) {
        String layout = layout(table);
        html.append("<h3>").append(escape(table.title())).append("</h3>\n<div class=\"tablewrap").append(layout)
                .append("\"><table class=\"").append(layout.strip()).append("\"><thead><tr>");
        for (String column : table.columns()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                String label = " data-label=\"" + escape(table.columns().get(c)) + "\"";
                if (cell == null || cell instanceof Double d && !Double.isFinite(d)) {
                    html.append("<td class=\"empty\"").append(label).append(">&ndash;</td>");
                } else if (cell instanceof Number number) {
                    html.append("<td class=\"num\"").append(label).append('>').append(escape(number(number)))
                            .append("</td>");
                } else {
                    String text = cell.toString();
                    html.append(text.length() > LONG_CELL ? "<td class=\"long\"" : "<td").append(label).append('>')
                            .append(escape(text)).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n");
        if (!table.notes().isEmpty()) {
            html.append("<ul class=\"notes\">");
            table.notes().forEach(note -> html.append("<li>").append(escape(note)).append("</li>"));
            html.append("</ul>");
        }
        html.append("<p class=\"source\">Source: ").append(escape(table.source()))
                .append(" <span class=\"exports\">&middot; data: <a href=\"data/").append(escape(table.id()))
                .append(".csv\">CSV</a> <a href=\"data/").append(escape(table.id())).append(".json\">JSON</a></span></p>\n");
    }

    /** The table's layout classes, each with a leading space: where it turns into cards. */
    static String layout(Report.Table table) {
        double narrowest = narrowestWidth(table);
        return (narrowest > NARROW_TABLE ? " cards-narrow" : "") + (narrowest > PRINT_TABLE ? " cards-print" : "")
                + (table.rows().size() <= KEEP_ROWS ? " keep" : "");
    }

    /**
     * An estimate of the table's narrowest layout in CSS px at the report's 13 px table font: per column its
     * longest unbreakable run (the header, a number, the longest word of a text) at 7.2 px a character, plus
     * the cell padding. Browsers can wrap a table down to about this width and no further.
     */
    static double narrowestWidth(Report.Table table) {
        double total = 0;
        for (int c = 0; c < table.columns().size(); c++) {
            int longest = table.columns().get(c).length();
            for (List<Object> row : table.rows()) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    longest = Math.max(longest, number(number).length());
                } else if (cell != null) {
                    for (String word : cell.toString().split("\\s+")) {
                        longest = Math.max(longest, word.length());
                    }
                }
            }
            total += longest * 7.2 + 16;
        }
        return total;
    }

    /** Numbers for reading: integers plainly, others to 4 significant decimals. */
    static String number(Number number) {
        if (number instanceof Integer || number instanceof Long) {
            return number.toString();
        }
        double d = number.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return withoutNegativeZero(String.format(Locale.ROOT, "%.0f", d));
        }
        double magnitude = Math.abs(d);
        int decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 3 : 4;
        String text = String.format(Locale.ROOT, "%." + (magnitude < 0.001 ? 6 : decimals) + "f", d);
        return withoutNegativeZero(text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text);
    }

    /** "-0" (a negative number that rounds to zero, or -0.0 itself) reads as 0. */
    private static String withoutNegativeZero(String text) {
        return text.equals("-0") ? "0" : text;
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        return org.counterweight.report.Markup.escape(text);
    }
}
