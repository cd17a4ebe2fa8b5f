package org.counterweight.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.counterweight.report.Report;
import org.counterweight.report.chart.LineChart;
import org.counterweight.report.chart.SvgCharts;
import org.junit.jupiter.api.Test;

/** Which tables turn into cards where, and every chart inlined at both widths. */
class HtmlReportLayoutTest {
    /** The balance table's columns with one year's values, as `balance --from 2013 --to 2023` prints them. */
    private static Report.Table balance() {
        return Report.Table.builder("balance", "Balance", "network", "nodes", "ties", "carried_ties", "negative_ties",
                "triangles", "balanced_triangles", "unbalanced_triangles", "frustration_index", "status", "lower_bound",
                "balance_score", "walk_balance", "bloc_a", "bloc_b", "frustrated_ties")
                .row("2013", 10, 34, 0, 4, 56, 42, 14, 4, "optimal", 4, 0.7647, 0.2986,
                        "AFG AUS CHN GBR IND JPN PAK RUS UKR USA", "", "CHN-USA (-); CHN-IND (-); IND-PAK (-); AFG-PAK (-)")
                .build("counterweight balance --from 2013 --to 2023");
    }

    private static Report.Table triads() {
        return Report.Table.builder("triads", "Unbalanced triads", "network", "triad", "signs")
                .row("2013", "AFG-PAK-USA", "-++").build("counterweight balance");
    }

    @Test
    void aTableTooWideForThePageBecomesCardsInPrintAndOnPhones() {
        // 16 columns whose names alone need about 1,450 px
        assertThat(HtmlReport.narrowestWidth(balance())).isGreaterThan(HtmlReport.PRINT_TABLE);
        assertThat(HtmlReport.layout(balance())).contains("cards-narrow", "cards-print");
        // network, triad and signs fit a phone: 7, 11 and 5 characters
        assertThat(HtmlReport.narrowestWidth(triads())).isLessThan(HtmlReport.NARROW_TABLE);
        assertThat(HtmlReport.layout(triads())).doesNotContain("cards");
    }

    /** A card names each cell's column: the data-label the CSS writes before the value. */
    @Test
    void everyCellCarriesItsColumnsName() {
        Report report = new Report("T", "s", List.of(), List.of(new Report.Section("balance", "Balance", null,
                List.of(balance()))));
        String html = HtmlReport.render(report);
        assertThat(html).contains("<td data-label=\"network\">2013</td>", "<td class=\"num\" data-label=\"walk_balance\">",
                "<td class=\"long\" data-label=\"frustrated_ties\">", "content: attr(data-label)");
        assertThat(Pattern.compile("<td[^>]*data-label=").matcher(html).results().count()).isEqualTo(16);
    }

    /**
     * A cell wraps at spaces, never inside a word or number ("0.1235/6574"): no rule for table cells lets a
     * line break anywhere, at any width; a table too wide for a phone scrolls in its box or becomes cards.
     */
    @Test
    void noRuleLetsATableCellBreakInsideAWord() {
        Report report = new Report("T", "s", List.of(), List.of(new Report.Section("balance", "Balance", null,
                List.of(balance(), triads()))));
        String html = HtmlReport.render(report);
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        java.util.regex.Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(style);
        int cellRules = 0;
        while (rule.find()) {
            String selector = rule.group(1).strip();
            // a card's column name (td::before) may break anywhere: it is a label, not a cell's value
            if (Pattern.compile("\\b(td|th|table)\\b").matcher(selector).find() && !selector.endsWith("::before")) {
                cellRules++;
                assertThat(rule.group(2)).as(selector).doesNotContain("anywhere", "break-all");
            }
        }
        assertThat(cellRules).isGreaterThan(3);
    }

    @Test
    void everyChartIsInlinedWideAndNarrow() {
        double[] x = {2000, 2001};
        LineChart chart = new LineChart("Ratio", "year", "ratio", List.of(new LineChart.Series("IND:PAK", x, x)));
        Report report = new Report("T", "s", List.of(), List.of(new Report.Section("power", "Power", null,
                List.of(new Report.Figure(chart, "caption", "counterweight power")))));
        String html = HtmlReport.render(report);
        assertThat(html).contains("<div class=\"chart wide\"><svg", "viewBox=\"0 0 " + (int) SvgCharts.WIDTH + " ",
                "<div class=\"chart narrow\"><svg", "viewBox=\"0 0 " + (int) SvgCharts.NARROW_WIDTH + " ");
        assertThat(html).contains("@media screen and (max-width: " + HtmlReport.NARROW_SCREEN + "px)", "@media print");
    }
}
