package org.counterweight.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helper: renders a local HTML file in headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs) the way a reader would see it, for tests that check the report drew.
 *
 * <p>Each call starts a fresh browser with a new, temporary {@code --user-data-dir} and the flags that
 * work on a closed network ({@code --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
 * --disable-background-networking --disable-component-update --disable-sync}), waits at most the
 * timeout (60 s by default) and then kills the whole process tree. Pages get
 * {@code --virtual-time-budget=5000}: timers and animations up to 5 s of page time run before the DOM
 * is dumped or the screenshot taken, without waiting that long in real time.
 *
 * <p><b>Console errors.</b> Chromium 156 logs console messages to stderr (with
 * {@code --enable-logging=stderr --v=0}) as
 * <pre>
 * [7159:7159:1124/075506.279812:INFO:CONSOLE:2] "message", source: file:///path/page.html (2)
 * </pre>
 * at level INFO whatever the console method, so {@code console.log} and {@code console.error} look
 * alike (older versions wrote {@code INFO:CONSOLE(2)}; both forms are read). A message may span lines.
 * Uncaught exceptions and unhandled rejections read {@code "Uncaught ReferenceError: ..."} and
 * {@code "Uncaught (in promise) ..."}. To tell {@code console.error} apart, the page is rendered from a
 * temporary copy with a small script inserted first in its head that prefixes
 * {@code console.error} messages with {@code [console.error] } (and a {@code <base>} pointing at the
 * original directory, so relative links still resolve); the file under test is not modified. A
 * console error is then an {@code Uncaught ...} message or a {@code console.error} call.
 *
 * <p><b>When Chromium is missing</b>, {@link #require()} fails the test with a message saying so, since
 * CI installs it. Set the environment variable {@code COUNTERWEIGHT_SKIP_BROWSER=1} to skip browser
 * tests instead (locally, on a machine without Chromium).
 */
final class HeadlessBrowser {
    /** Environment variable that, set to {@code 1}, skips browser tests instead of failing them. */
    static final String SKIP_ENV = "COUNTERWEIGHT_SKIP_BROWSER";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_WIDTH = 1400;
    /** Chromium will not paint a surface taller than this; longer pages are cut. */
    static final int MAX_HEIGHT = 16_000;

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", "--mute-audio", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=5000");
    private static final String ERROR_TAG = "[console.error] ";
    private static final String HEIGHT_TAG = "[counterweight:height] ";
    private static final String SHIM = "<script>(function(){var e=console.error;console.error=function(){"
            + "return e.call(console,'" + ERROR_TAG + "'+Array.prototype.map.call(arguments,String).join(' '));};"
            + "function h(){console.log('" + HEIGHT_TAG + "'+Math.ceil(Math.max(document.documentElement.scrollHeight,"
            + "document.body?document.body.scrollHeight:0)));}"
            + "addEventListener('load',function(){h();setTimeout(h,1000);});})();</script>";
    /** One console entry in Chromium's stderr log; group 3 may span lines. */
    static final Pattern CONSOLE = Pattern.compile(
            "^\\[[0-9:/.]+:[A-Z0-9]+:CONSOLE(?::(\\d+)|\\((\\d+)\\))\\] \"(.*?)\", source: ([^\\n]*?) \\((\\d+)\\)$",
            Pattern.MULTILINE | Pattern.DOTALL);

    private final Path executable;
    private final Duration timeout;

    HeadlessBrowser(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** A console message: its text, the page or script that logged it, the line, and whether it is an error. */
    record ConsoleMessage(String text, String source, int line, boolean error) {
    }

    /**
     * What a render saw: the DOM after scripts ran, the console, the page height the page reported (0 if
     * it reported none), and the wall-clock time of the browser run(s).
     */
    record Rendering(String dom, List<ConsoleMessage> console, int pageHeight, Duration elapsed) {
        Rendering {
            console = List.copyOf(console);
        }

        /** The console errors: uncaught exceptions, unhandled rejections and console.error calls. */
        List<ConsoleMessage> errors() {
            return console.stream().filter(ConsoleMessage::error).toList();
        }

        /** How many elements named {@code tag} (e.g. {@code svg}) the rendered DOM holds. */
        int count(String tag) {
            Matcher m = Pattern.compile("<" + Pattern.quote(tag) + "[\\s>/]", Pattern.CASE_INSENSITIVE).matcher(dom);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
    }

    /** Chromium on this machine: {@code chromium} on the PATH, else {@code /usr/bin/chromium}. */
    static Optional<Path> findExecutable() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Path candidate = Path.of(dir, "chromium");
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    /**
     * The browser, for a test that needs it. Skips the test (JUnit assumption) when
     * {@code COUNTERWEIGHT_SKIP_BROWSER=1}; otherwise fails it when Chromium is missing.
     */
    static HeadlessBrowser require() {
        Assumptions.assumeFalse("1".equals(System.getenv(SKIP_ENV)), SKIP_ENV + "=1: browser test skipped");
        return new HeadlessBrowser(findExecutable().orElseThrow(() -> new AssertionError(
                "Chromium not found: no 'chromium' on the PATH and no /usr/bin/chromium. The browser tests need "
                        + "Debian's chromium (.ci/run installs it: apt-get install -y chromium). To skip them on a "
                        + "machine without it, set " + SKIP_ENV + "=1.")), DEFAULT_TIMEOUT);
    }

    /** Renders {@code html} and returns its DOM and console (one browser run). */
    Rendering render(Path html) {
        return withPage(html, page -> run(page, List.of("--window-size=" + DEFAULT_WIDTH + ",900", "--dump-dom")));
    }

    /**
     * Renders {@code html} and saves a full-page PNG screenshot {@code DEFAULT_WIDTH} wide to {@code png}:
     * a first run reads the DOM, the console and the page's height, a second one takes the screenshot
     * at that height (at least 600, at most {@link #MAX_HEIGHT}).
     */
    Rendering render(Path html, Path png) {
        return withPage(html, page -> {
            Rendering first = run(page, List.of("--window-size=" + DEFAULT_WIDTH + ",900", "--dump-dom"));
            int height = Math.max(600, Math.min(MAX_HEIGHT, first.pageHeight()));
            Rendering shot = shoot(page, png, DEFAULT_WIDTH, height);
            return new Rendering(first.dom(), first.console(), first.pageHeight(), first.elapsed().plus(shot.elapsed()));
        });
    }

    /** Saves a screenshot of {@code html} at the given window size to {@code png}; returns the run's console and time. */
    Rendering screenshot(Path html, Path png, int width, int height) {
        return withPage(html, page -> shoot(page, png, width, height));
    }

    private Rendering shoot(Path page, Path png, int width, int height) {
        try {
            Path parent = png.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.deleteIfExists(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Rendering r = run(page, List.of("--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath()));
        if (!Files.isRegularFile(png)) {
            throw new IllegalStateException("chromium wrote no screenshot to " + png);
        }
        return r;
    }

    private interface PageRun {
        Rendering apply(Path page);
    }

    /** Runs {@code body} on a temporary copy of {@code html} with the console shim, then deletes the copy. */
    private Rendering withPage(Path html, PageRun body) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("counterweight-page");
            Path page = dir.resolve("page.html");
            Files.writeString(page, instrument(Files.readString(html, StandardCharsets.UTF_8),
                    html.toAbsolutePath().getParent().toUri().toString()), StandardCharsets.UTF_8);
            return body.apply(page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + html + " for the browser", e);
        } finally {
            deleteTree(dir);
        }
    }

    /** The page with the console shim (and a {@code <base>} unless it has one) inserted first in its head. */
    static String instrument(String html, String baseUri) {
        String base = Pattern.compile("<base[\\s>]", Pattern.CASE_INSENSITIVE).matcher(html).find() ? ""
                : "<base href=\"" + baseUri.replace("\"", "%22") + "\">";
        String insert = base + SHIM;
        for (String tag : List.of("<head(\\s[^>]*)?>", "<html(\\s[^>]*)?>", "<!doctype[^>]*>")) {
            Matcher m = Pattern.compile(tag, Pattern.CASE_INSENSITIVE).matcher(html);
            if (m.find()) {
                return html.substring(0, m.end()) + insert + html.substring(m.end());
            }
        }
        return insert + html;
    }

    private Rendering run(Path page, List<String> args) {
        Path work = null;
        try {
            work = Files.createTempDirectory("counterweight-chromium");
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.addAll(FLAGS);
            command.add("--user-data-dir=" + work.resolve("profile"));
            command.addAll(args);
            command.add(page.toUri().toString());
            Path stdout = work.resolve("stdout");
            Path stderr = work.resolve("stderr");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            boolean done;
            try {
                done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                kill(process);
                throw new IllegalStateException("chromium did not finish within " + timeout.toSeconds() + " s on " + page);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("chromium exited with " + process.exitValue() + " on " + page + ":\n"
                        + tail(err, 4000));
            }
            List<ConsoleMessage> console = new ArrayList<>();
            int height = 0;
            for (ConsoleMessage m : parseConsole(err)) {
                if (m.text().startsWith(HEIGHT_TAG)) {
                    height = Math.max(height, Integer.parseInt(m.text().substring(HEIGHT_TAG.length()).trim()));
                } else {
                    console.add(m);
                }
            }
            return new Rendering(Files.readString(stdout, StandardCharsets.UTF_8), console, height, elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable, e);
        } finally {
            deleteTree(work);
        }
    }

    /** The console messages in Chromium's stderr log, in order; see the class comment for the format. */
    static List<ConsoleMessage> parseConsole(String stderr) {
        List<ConsoleMessage> messages = new ArrayList<>();
        Matcher m = CONSOLE.matcher(stderr.replace("\r\n", "\n"));
        while (m.find()) {
            String text = m.group(3);
            boolean error = text.startsWith("Uncaught");
            if (text.startsWith(ERROR_TAG)) {
                text = text.substring(ERROR_TAG.length());
                error = true;
            }
            messages.add(new ConsoleMessage(text, m.group(4), Integer.parseInt(m.group(5)), error));
        }
        return messages;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(String text, int chars) {
        return text.length() <= chars ? text : text.substring(text.length() - chars);
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
