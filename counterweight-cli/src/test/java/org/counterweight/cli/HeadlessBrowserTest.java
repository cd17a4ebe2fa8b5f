package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser harness against small static pages. Needs Debian's chromium (.ci/run installs it); set
 * COUNTERWEIGHT_SKIP_BROWSER=1 to skip the tests that start it on a machine without it.
 */
class HeadlessBrowserTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * A clean page taller than the window: one SVG in its markup, three more drawn half a second after
     * loading by a script from a relative path, one log line, no error.
     */
    private static final String CLEAN = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>clean</title><style>body{margin:0}</style>
            <script src="assets/chart.js"></script></head>
            <body><h1>Alignment</h1>
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" role="img">
              <circle cx="50" cy="50" r="40" fill="#1f77b4"/><text x="100" y="55">India</text>
            </svg>
            <div style="height:3000px;background:linear-gradient(#fff,#1f77b4)">top</div><p>bottom</p>
            <script>console.log("drawn");</script>
            </body></html>
            """;

    private static Path page(Path dir, String name, String html) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * One render of a clean, tall page: its DOM after its scripts ran (relative files resolve), its
     * console, and a screenshot of the whole page.
     */
    @Test
    void cleanPageRendersWithoutErrorsAndItsScreenshotCoversTheWholePage(@TempDir Path dir) throws Exception {
        HeadlessBrowser browser = HeadlessBrowser.require();
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/chart.js"), """
                setTimeout(function () {
                  for (var i = 0; i < 3; i++) {
                    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
                    svg.setAttribute("width", "100"); svg.setAttribute("height", "50");
                    document.body.appendChild(svg);
                  }
                }, 500);
                """, StandardCharsets.UTF_8);
        Path png = dir.resolve("shots/clean.png");
        HeadlessBrowser.Rendering r = browser.render(page(dir, "clean.html", CLEAN), png);

        assertThat(r.count("svg")).isEqualTo(4);
        assertThat(r.errors()).isEmpty();
        assertThat(r.console()).extracting(HeadlessBrowser.ConsoleMessage::text).containsExactly("drawn");
        assertThat(r.pageHeight()).isGreaterThan(3000);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(java.util.Arrays.copyOf(bytes, PNG_MAGIC.length)).isEqualTo(PNG_MAGIC);
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.wrap(bytes, 16, 8);
        assertThat(ihdr.getInt()).isEqualTo(HeadlessBrowser.DEFAULT_WIDTH);
        assertThat(ihdr.getInt()).isEqualTo(r.pageHeight());
        assertThat(dir.resolve("clean.html")).hasContent(CLEAN);
    }

    @Test
    void consoleErrorsAndUncaughtExceptionsAreDetectedButLogsAreNot(@TempDir Path dir) throws Exception {
        HeadlessBrowser browser = HeadlessBrowser.require();
        HeadlessBrowser.Rendering r = browser.render(page(dir, "broken.html", """
                <!DOCTYPE html><html><head><title>broken</title></head><body>
                <script>console.log("just a log"); console.warn("a warning"); console.error("chart failed:", 42);</script>
                <script>drawChart();</script>
                </body></html>
                """));

        assertThat(r.errors()).extracting(HeadlessBrowser.ConsoleMessage::text)
                .containsExactly("chart failed: 42", "Uncaught ReferenceError: drawChart is not defined");
        assertThat(r.errors().get(0).source()).endsWith(".html");
        assertThat(r.console()).filteredOn(m -> !m.error()).extracting(HeadlessBrowser.ConsoleMessage::text)
                .containsExactly("just a log", "a warning");
    }

    @Test
    void aPageThatNeverFinishesIsKilledAtTheTimeout(@TempDir Path dir) throws Exception {
        HeadlessBrowser.require();
        HeadlessBrowser impatient = new HeadlessBrowser(HeadlessBrowser.findExecutable().orElseThrow(),
                java.time.Duration.ofSeconds(2));
        Path hang = page(dir, "hang.html", "<!DOCTYPE html><html><head></head><body><script>for(;;){}</script></body></html>");
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.render(hang)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not finish within 2 s");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30.0);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("chromium"))).isEmpty();
    }

    /** The stderr format observed from Debian's Chromium 156 (console lines are INFO whatever the method). */
    @Test
    void parsesChromiumConsoleLinesIncludingMultiLineMessages() {
        String stderr = """
                /usr/bin/chromium: 9: [: 25276510208: unexpected operator
                [6568:6597:1124/075442.464406:ERROR:dbus/bus.cc:405] Failed to connect to the bus: no socket
                [7159:7159:1124/075506.279812:INFO:CONSOLE:1] "[console.error] x-error-msg [object Object] 3", source: file:///tmp/cx/shim.html (1)
                [7159:7159:1124/075506.279864:INFO:CONSOLE:2] "fine
                second line", source: file:///tmp/cx/shim.html (2)
                [7159:7159:1124/075506.289137:INFO:CONSOLE:2] "Uncaught (in promise) Error: rej", source: file:///tmp/cx/shim.html (2)
                [1:1:0101/000000.000001:INFO:CONSOLE(7)] "old format", source: file:///a.html (7)
                6524 bytes written to file /tmp/cx/s.png
                """;
        List<HeadlessBrowser.ConsoleMessage> messages = HeadlessBrowser.parseConsole(stderr);
        assertThat(messages).containsExactly(
                new HeadlessBrowser.ConsoleMessage("x-error-msg [object Object] 3", "file:///tmp/cx/shim.html", 1, true),
                new HeadlessBrowser.ConsoleMessage("fine\nsecond line", "file:///tmp/cx/shim.html", 2, false),
                new HeadlessBrowser.ConsoleMessage("Uncaught (in promise) Error: rej", "file:///tmp/cx/shim.html", 2, true),
                new HeadlessBrowser.ConsoleMessage("old format", "file:///a.html", 7, false));
    }

    @Test
    void instrumentsTheHeadOrWhateverComesFirst() {
        assertThat(HeadlessBrowser.instrument("<!doctype html><html><head lang=en><title>t</title>", "file:///r/"))
                .startsWith("<!doctype html><html><head lang=en><base href=\"file:///r/\"><script>")
                .endsWith("</script><title>t</title>");
        assertThat(HeadlessBrowser.instrument("<p>bare</p>", "file:///r/")).startsWith("<base href=").endsWith("<p>bare</p>");
        assertThat(HeadlessBrowser.instrument("<html><head><base href=\"x/\"></head>", "file:///r/"))
                .doesNotContain("file:///r/");
    }
}
