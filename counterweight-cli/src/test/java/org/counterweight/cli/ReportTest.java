package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as a person sees it: written, offline, drawn in a real browser. */
class ReportTest {
    @TempDir
    static Path folder;

    private static Path out;

    @BeforeAll
    static void writeTheReport() {
        Cli cli = Cli.overLoadedStore(folder);
        out = folder.resolve("report");
        Cli.Run run = cli.run("report", "--runs", "20", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    }

    @Test
    void writesTheReportAndItsExports() throws Exception {
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(out.resolve("network.graphml")).isRegularFile();
        assertThat(out.resolve("network.gexf")).isRegularFile();
        assertThat(out.resolve("data/claims.csv")).isRegularFile();
        assertThat(out.resolve("data/arms-pak.json")).isRegularFile();
        String html = Files.readString(out.resolve("report.html"));
        for (String section : new String[] {"network", "timeline", "power", "arms", "similarity", "balance",
            "landscape", "scenarios", "evidence", "data"}) {
            assertThat(html).contains("<section id=\"" + section + "\">");
        }
        assertThat(html).contains("Source:").contains("gillani-2021").contains("IND-RUS-USA");
    }

    /** Nothing is loaded from the network: no external src, href or CSS url(), no scripts at all. */
    @Test
    void referencesNothingOutsideTheFile() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        Matcher external = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?(https?:)?//")
                .matcher(html);
        assertThat(external.find()).as("external reference at %s", external.find() ? external.group() : "").isFalse();
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import");
    }

    /** Every figure draws, without a console error (the harness's own test covers its screenshots). */
    @Test
    void drawsInHeadlessChromiumWithoutConsoleErrors() throws Exception {
        var rendering = HeadlessBrowser.require().render(out.resolve("report.html"));
        assertThat(rendering.errors()).isEmpty();
        long figures = Pattern.compile("<figure>").matcher(Files.readString(out.resolve("report.html"))).results().count();
        assertThat(rendering.count("svg")).isGreaterThanOrEqualTo((int) figures).isGreaterThanOrEqualTo(8);
    }
}
