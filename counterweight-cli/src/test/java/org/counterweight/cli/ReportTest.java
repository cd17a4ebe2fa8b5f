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
        // the bundled event samples, so that the event-data section draws its charts and table (checked at 390 px)
        for (String family : List.of("gdelt", "icews")) {
            Cli.Run imported = cli.run("import", family, "../data/datasets/event-data/" + family
                    + "*_events_sample_*.tsv");
            assertThat(imported.exitCode()).as(imported.err()).isZero();
        }
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
        for (String section : new String[] {"network", "timeline", "power", "arms", "similarity", "events", "balance",
            "landscape", "scenarios", "bargaining", "evidence", "data"}) {
            assertThat(html).contains("<section id=\"" + section + "\">");
        }
        assertThat(html).contains("Source:").contains("gillani-2021").contains("IND-RUS-USA");
        // the event samples: 3 files, 4,415 events, 3 covered months of 1982-2018, the last day 2018-06-02
        assertThat(html).contains("What is loaded: 3 event files, 4,415 events, covering 3 of the 438 months from"
                + " 1982-01 to 2018-06").contains("far too little for a trajectory").contains("IND-USA: mean Goldstein");
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

    /**
     * At a phone's width (390 px, Selenium driving Debian's chromium through its chromedriver) every chart's
     * text is drawn at 11 px or more (its font size times the chart's scale on screen) and nothing is wider
     * than the screen: no page scrolling sideways, no element sticking out, no table scrolling sideways.
     */
    @Test
    void atAPhonesWidthChartTextIsReadableAndNothingIsWiderThanTheScreen() throws Exception {
        HeadlessBrowser.require();
        Path folderForChromium = Files.createTempDirectory(folder, "chromium");
        org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary(HeadlessBrowser.findExecutable().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + folderForChromium,
                "--window-size=390,844");
        System.setProperty("SE_AVOID_STATS", "true");
        org.openqa.selenium.chrome.ChromeDriverService service = new org.openqa.selenium.chrome.ChromeDriverService
                .Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        org.openqa.selenium.chrome.ChromeDriver driver = new org.openqa.selenium.chrome.ChromeDriver(service, options);
        try {
            // a phone's screen: Chromium keeps a window at least 500 wide, so the page's viewport is set instead
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
            driver.get(out.resolve("report.html").toUri().toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) driver.executeScript("""
                    const seen = {inner: innerWidth, scroll: document.documentElement.scrollWidth, texts: 0,
                                  narrow: document.querySelectorAll('.chart.narrow svg text').length,
                                  smallest: 1e9, small: [], wide: [], scrolling: []};
                    for (const t of document.querySelectorAll('svg text')) {
                      if (!t.getClientRects().length) continue;
                      const m = t.getScreenCTM();
                      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
                      seen.texts++;
                      seen.smallest = Math.min(seen.smallest, px);
                      if (px < 11) seen.small.push(t.textContent + ' at ' + px.toFixed(1) + ' px');
                    }
                    for (const e of document.body.querySelectorAll('*')) {
                      const r = e.getBoundingClientRect();
                      if (r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5)) {
                        seen.wide.push(e.tagName + '.' + e.getAttribute('class') + ' ' + Math.round(r.left) + '..'
                            + Math.round(r.right));
                      }
                    }
                    for (const w of document.querySelectorAll('.tablewrap')) {
                      if (w.scrollWidth > w.clientWidth + 1) seen.scrolling.push(w.previousElementSibling.textContent);
                    }
                    return seen;
                    """);
            assertThat(((Number) seen.get("inner")).intValue()).isEqualTo(390);
            assertThat((List<?>) seen.get("small")).as("chart text under 11 px").isEmpty();
            // the texts measured are the narrow drawings' own, every one of them
            assertThat(((Number) seen.get("texts")).intValue()).as("chart texts shown").isPositive()
                    .isEqualTo(((Number) seen.get("narrow")).intValue());
            assertThat(((Number) seen.get("scroll")).intValue()).as("page width").isLessThanOrEqualTo(390);
            assertThat((List<?>) seen.get("wide")).as("elements wider than the screen").isEmpty();
            assertThat((List<?>) seen.get("scrolling")).as("tables scrolling sideways").isEmpty();
            // the figure docs/report-print.md gives; surefire keeps it in the test's output file
            System.out.printf(java.util.Locale.ROOT, "at 390 px: %d chart texts, the smallest at %.2f px%n",
                    ((Number) seen.get("texts")).intValue(), ((Number) seen.get("smallest")).doubleValue());
        } finally {
            driver.quit();
        }
    }

    /**
     * The PDF (printed as {@code report --pdf} prints it) cuts no table column: no glyph lies beyond a page's
     * edge, and every table's column names and the text of every cell are in the PDF's text (compared
     * without white space, since cells wrap), among them the balance table's last columns and the sources'
     * terms whole.
     */
    @Test
    void thePdfKeepsEveryTableColumnAndCellWhole() throws Exception {
        HeadlessBrowser.require();
        Path pdf = folder.resolve("report.pdf");
        PdfPrinter.print(out.resolve("report.html"), pdf);
        PdfText printed = PdfText.read(pdf);
        assertThat(printed.outside()).as("text beyond a page's edge").isEmpty();
        String text = printed.squeezed();
        String html = Files.readString(out.resolve("report.html"));
        Matcher table = Pattern.compile("<table[^>]*>(.*?)</table>", Pattern.DOTALL).matcher(html);
        int tables = 0;
        int cells = 0;
        List<String> missing = new ArrayList<>();
        while (table.find()) {
            tables++;
            Matcher cell = CELL.matcher(table.group(1));
            while (cell.find()) {
                cells++;
                String shown = PdfText.squeeze(unescape(cell.group(1)));
                if (!text.contains(shown)) {
                    missing.add(unescape(cell.group(1)));
                }
            }
        }
        assertThat(tables).isGreaterThanOrEqualTo(15);
        assertThat(missing).as("of %d cells", cells).isEmpty();
        System.out.printf(java.util.Locale.ROOT, "PDF: %d pages, %d tables, %d cells found whole%n", printed.pages(),
                tables, cells);
        assertThat(text).contains("balance_score", "walk_balance", "bloc_a", "bloc_b", "frustrated_ties");
    }

    /** A header or data cell of a table, its content in group 1 (not {@code <thead>} or {@code <tbody>}). */
    private static final Pattern CELL = Pattern.compile("<t[hd](?:\\s[^>]*)?>(.*?)</t[hd]>", Pattern.DOTALL);

    private static String unescape(String html) {
        return html.replace("&ndash;", "\u2013").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
