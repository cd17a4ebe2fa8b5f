package org.counterweight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.report.export.ExportFiles;

/**
 * Prints an HTML page to PDF with headless Chromium (Debian's {@code chromium} on the PATH), as the page's
 * print style lays it out (the report's wide tables as cards, its charts at full width), without
 * Chromium's header and footer, into a temporary file beside the PDF renamed over it once Chromium has
 * written it whole (a failure leaves no empty PDF). What {@code report --pdf} runs, and what the test of the PDF checks.
 */
final class PdfPrinter {
    private PdfPrinter() {
    }

    /**
     * @throws InvalidRequestException ({@code pdf}) when Chromium cannot be started
     * @throws IllegalStateException   when it writes no PDF within 120 s
     */
    static void print(Path page, Path pdf) throws IOException {
        Path profile = Files.createTempDirectory("counterweight-chromium");
        Path part = pdf.toAbsolutePath().resolveSibling("." + pdf.getFileName() + ".part");
        List<String> command = List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--no-pdf-header-footer",
                "--print-to-pdf=" + part, page.toAbsolutePath().toUri().toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium did not print the PDF within 120 s");
            }
            if (!Files.isRegularFile(part) || Files.size(part) == 0) {
                throw new IllegalStateException("chromium wrote no PDF (exit " + process.exitValue() + ")");
            }
            ExportFiles.moveOver(part, pdf.toAbsolutePath());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while printing the PDF");
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw new InvalidRequestException("pdf", "printing needs Debian's chromium on the PATH (apt-get install"
                    + " chromium): " + e.getMessage());
        } finally {
            delete(profile);
        }
    }

    /** Deletes Chromium's temporary profile; one left behind is harmless. */
    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
