package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static String render(OutputFormat format) {
        ResultTable table = new ResultTable("T", "name", "value", "gap")
                .add("Sino-Pak, \"ironclad\"", 0.01768378, null)
                .add("zero", 0.0, Double.NaN)
                .note("source: test");
        StringWriter out = new StringWriter();
        Renderer.render(List.of(table), format, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void csvQuotesTextKeepsFullPrecisionAndLeavesGapsEmpty() {
        assertThat(render(OutputFormat.CSV).lines()).containsExactly("name,value,gap",
                "\"Sino-Pak, \"\"ironclad\"\"\",0.01768378,", "zero,0,");
    }

    @Test
    void jsonWritesGapsAsNullNotZero() {
        String json = render(OutputFormat.JSON);
        assertThat(json).contains("\"gap\" : null").contains("\"value\" : 0.0").contains("source: test");
    }

    @Test
    void tablesAlignAndPrintNotes() {
        assertThat(render(OutputFormat.TABLE)).contains("name").contains("0.01768378").contains("  source: test");
    }
}
