package org.counterweight.report.html;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.counterweight.report.Report;
import org.counterweight.report.chart.Chart;

/**
 * Writes a report as a single HTML5 document. Charts are drawn by the given SVG renderer and
 * inlined; every table and figure carries its source line; tables link to their CSV and JSON
 * exports (written beside the report by the caller, named after the table id). Nothing is loaded
 * from the network: no scripts, fonts or styles from elsewhere.
 */
public final class HtmlReport {
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
            figure svg { max-width: 100%; height: auto; }
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
            @media print { nav { display: none; } .tablewrap { max-height: none; overflow: visible; } }
            """;

    private HtmlReport() {
    }

    /**
     * @param svg draws a chart as an {@code <svg>} element
     */
    public static String render(Report report, Function<Chart, String> svg) {
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
                    html.append("<figure>").append(svg.apply(figure.chart())).append("<figcaption>")
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
        html.append("<h3>").append(escape(table.title())).append("</h3>\n<div class=\"tablewrap\"><table><thead><tr>");
        for (String column : table.columns()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            for (Object cell : row) {
                if (cell == null || cell instanceof Double d && !Double.isFinite(d)) {
                    html.append("<td class=\"empty\">&ndash;</td>");
                } else if (cell instanceof Number number) {
                    html.append("<td class=\"num\">").append(escape(number(number))).append("</td>");
                } else {
                    html.append("<td>").append(escape(cell.toString())).append("</td>");
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
