package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.counterweight.report.Report;
import org.counterweight.report.export.TableExport;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static final Report.Table TABLE = Report.Table.builder("t", "T", "name", "value", "gap")
            .row("Sino-Pak, \"ironclad\"", 0.01768378, null)
            .row("zero", 0.0, Double.NaN)
            .note("source: test").build("counterweight test");

    private static String render(List<Report.Table> tables, OutputFormat format) {
        StringWriter out = new StringWriter();
        Renderer.render(tables, format, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void csvQuotesTextKeepsFullPrecisionAndLeavesGapsEmpty() {
        assertThat(render(List.of(TABLE), OutputFormat.CSV)).isEqualTo("name,value,gap\r\n"
                + "\"Sino-Pak, \"\"ironclad\"\"\",0.01768378,\r\nzero,0,\r\n");
    }

    /** A command's JSON is the report's export of the same table: one shape for both. */
    @Test
    void jsonIsTheReportsExportShapeWithGapsAsNull() {
        String json = render(List.of(TABLE), OutputFormat.JSON);
        assertThat(json).isEqualTo(TableExport.json(TABLE)).contains("\"gap\": null").contains("\"value\": 0")
                .contains("source: test").contains("\"source\": \"counterweight test\"");
        assertThat(render(List.of(TABLE, TABLE), OutputFormat.JSON)).startsWith("[").isEqualTo(
                TableExport.json(List.of(TABLE, TABLE)));
    }

    @Test
    void tablesAlignAndPrintNotes() {
        assertThat(render(List.of(TABLE), OutputFormat.TABLE)).contains("name").contains("0.01768378")
                .contains("  source: test");
    }

    /**
     * A text table cuts cells longer than 80 characters and says so under its notes, pointing to the
     * formats that keep them whole; a table with no long cell says nothing of cutting.
     */
    @Test
    void aTextTableThatCutsCellsSaysSo() {
        String quote = "x".repeat(81);
        Report.Table table = Report.Table.builder("t", "T", "quote").row(quote).row("short").note("source: test")
                .build(null);
        String text = render(List.of(table), OutputFormat.TABLE);
        assertThat(text).contains("x".repeat(79) + "…").doesNotContain(quote).contains("  source: test\n"
                + "  (cut: 1 cell longer than 80 characters, ending in '…' here; --format csv or json gives every cell"
                + " whole, quotes exactly)");
        assertThat(render(List.of(table), OutputFormat.CSV)).contains(quote);
        assertThat(render(List.of(TABLE), OutputFormat.TABLE)).doesNotContain("(cut");
    }
}
