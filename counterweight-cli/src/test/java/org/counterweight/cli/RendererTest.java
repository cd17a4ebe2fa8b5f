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
}
