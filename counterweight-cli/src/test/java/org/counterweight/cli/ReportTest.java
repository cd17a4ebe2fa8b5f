package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static Cli cli;

    @BeforeAll
    static void writeTheReport() {
        cli = Cli.overLoadedStore(folder);
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
            "landscape", "scenarios", "bargaining", "evidence", "data"}) {
            assertThat(html).contains("<section id=\"" + section + "\">");
        }
        assertThat(html).contains("Source:").contains("gillani-2021").contains("IND-RUS-USA");
    }

    /**
     * Every headline card equals, to the card's rounding, the cell of the command it names: the
     * command is run as a user would, with --format json, and its table, row and column are read.
     */
    @Test
    void everyHeadlineNumberIsWhatItsCommandPrints() throws Exception {
        JsonNode headlines = new ObjectMapper().readTree(out.resolve("data/headline-numbers.json").toFile());
        String html = Files.readString(out.resolve("report.html"));
        assertThat(headlines.get("rows")).hasSize((int) Pattern.compile("<div class=\"key\">").matcher(html)
                .results().count()).hasSizeGreaterThanOrEqualTo(4);
        for (JsonNode headline : headlines.get("rows")) {
            String command = headline.get("command").asText();
            assertThat(command).startsWith("counterweight ");
            List<String> args = new ArrayList<>(List.of(command.substring("counterweight ".length()).split(" ")));
            args.addAll(List.of("--format", "json"));
            JsonNode printed = cli.json(args.toArray(String[]::new));
            JsonNode cell = cell(printed, headline.get("table").asText(), headline.get("row").asText(),
                    headline.get("column").asText());
            BigDecimal card = new BigDecimal(headline.get("value").asText().replace("%", ""));
            assertThat(cell.decimalValue().setScale(card.scale(), RoundingMode.HALF_UP))
                    .as("%s: %s", headline.get("label").asText(), command).isEqualTo(card);
            assertThat(html).contains(">" + headline.get("value").asText() + "<");
        }
    }

    private static JsonNode cell(JsonNode printed, String tableId, String row, String column) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String pair : row.split("; ")) {
            key.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        for (JsonNode table : printed.isArray() ? printed : List.of(printed)) {
            if (!table.get("id").asText().equals(tableId)) {
                continue;
            }
            for (JsonNode r : table.get("rows")) {
                if (key.entrySet().stream().allMatch(e -> r.has(e.getKey())
                        && r.get(e.getKey()).asText().equals(e.getValue()))) {
                    return r.get(column);
                }
            }
            throw new AssertionError("no row " + row + " in table " + tableId);
        }
        throw new AssertionError("no table " + tableId + " in " + printed);
    }

    /** A negative number that rounds to zero reads as 0, in the page and in its exports. */
    @Test
    void noNumberReadsAsNegativeZero() throws Exception {
        Pattern negativeZero = Pattern.compile(">-0(\\.0*)?<|(^|[,\\[:])-0(\\.0*)?([,}\\]]|$)", Pattern.MULTILINE);
        assertThat(negativeZero.matcher(Files.readString(out.resolve("report.html"))).find()).isFalse();
        try (var files = Files.list(out.resolve("data"))) {
            for (Path file : files.toList()) {
                assertThat(negativeZero.matcher(Files.readString(file)).find()).as(file.toString()).isFalse();
            }
        }
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
