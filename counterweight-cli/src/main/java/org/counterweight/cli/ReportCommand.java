package org.counterweight.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.counterweight.report.Report;
import org.counterweight.report.chart.SvgCharts;
import org.counterweight.report.export.NetworkExport;
import org.counterweight.report.export.TableExport;
import org.counterweight.report.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = {"The analyst's report: one self-contained HTML file (opens offline) with the"
        + " alignment network, timeline, power, arms, similarity, balance, landscape and scenario sections and the"
        + " evidence and data appendices; beside it CSV and JSON of every table (data/), and the network as GraphML"
        + " and GEXF. --pdf also prints it to PDF with headless Chromium."})
final class ReportCommand extends StoreCommand {
    @Option(names = "--case", paramLabel = "C", defaultValue = "south-asia", description = "The case (default: ${DEFAULT-VALUE}).")
    String caseId;

    @Option(names = "--year", paramLabel = "Y", defaultValue = "2023", description = "The year of the network, balance and landscape (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000", description = "Monte Carlo runs per scenario (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--pdf", description = "Also write report.pdf (needs Debian's chromium).")
    boolean pdf;

    @Override
    List<ResultTable> run(Workbench workbench) {
        if (!caseId.equals("south-asia")) {
            throw new UserInputException("only the south-asia case is bundled; got --case " + caseId);
        }
        if (year < 1990 || year > 2023) {
            throw new UserInputException("--year must lie in 1990-2023 (the data's common range), got " + year);
        }
        if (runs < 10 || runs > 100_000) {
            throw new UserInputException("--runs must be 10-100000, got " + runs);
        }
        long start = System.nanoTime();
        ReportBuilder builder = new ReportBuilder(workbench, year, runs, seed);
        Report report = builder.build();
        String html = HtmlReport.render(report, SvgCharts::render);
        ResultTable written = new ResultTable("Report written", "file", "what");
        try {
            Path data = out.resolve("data");
            Files.createDirectories(data);
            Path page = out.resolve("report.html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            written.add(page.toString(), "the report (open in a browser; works offline)");
            for (Map.Entry<String, Report.Table> table : builder.tables().entrySet()) {
                TableExport.writeCsv(table.getValue(), data.resolve(table.getKey() + ".csv"));
                TableExport.writeJson(table.getValue(), data.resolve(table.getKey() + ".json"));
            }
            written.add(data + "/", builder.tables().size() + " tables as CSV and JSON");
            Files.writeString(out.resolve("network.graphml"), NetworkExport.graphml(builder.graph()), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("network.gexf"), NetworkExport.gexf(builder.graph()), StandardCharsets.UTF_8);
            written.add(out.resolve("network.graphml") + ", network.gexf", "the " + year + " network for Gephi and yEd");
            if (pdf) {
                Path file = out.resolve("report.pdf");
                printPdf(page, file);
                written.add(file.toString(), "PDF");
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write to " + out + ": " + e.getMessage());
        }
        written.note(String.format(java.util.Locale.ROOT, "built in %.1f s (%d runs per scenario, seed %d)",
                (System.nanoTime() - start) / 1e9, runs, seed));
        return List.of(written);
    }

    private static void printPdf(Path page, Path pdf) throws IOException {
        Path profile = Files.createTempDirectory("counterweight-chromium");
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf.toAbsolutePath(), page.toAbsolutePath().toUri().toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new UserInputException("chromium did not print the PDF within 120 s");
            }
            if (!Files.isRegularFile(pdf)) {
                throw new UserInputException("chromium wrote no PDF (exit " + process.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserInputException("interrupted while printing the PDF");
        } catch (IOException e) {
            throw new UserInputException("--pdf needs Debian's chromium on the PATH (apt-get install chromium): "
                    + e.getMessage());
        }
    }
}
