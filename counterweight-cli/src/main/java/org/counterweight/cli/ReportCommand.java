package org.counterweight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Progress;
import org.counterweight.app.Workbench;
import org.counterweight.app.report.ReportDocument;
import org.counterweight.app.report.ReportRequest;
import org.counterweight.app.report.ReportService;
import org.counterweight.report.Report;
import org.counterweight.report.export.ExportFiles;
import org.counterweight.report.export.NetworkExport;
import org.counterweight.report.export.TableExport;
import org.counterweight.report.html.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", description = {"The analyst's report: one self-contained HTML file (opens offline) with the"
        + " alignment network, timeline, power, arms, similarity, balance, landscape and scenario sections and the"
        + " evidence and data appendices; beside it CSV and JSON of every table (data/), and the network as GraphML"
        + " and GEXF. --pdf also prints it to PDF with headless Chromium.",
    "Defaults: --year " + ReportRequest.DEFAULT_YEAR + ", --runs " + ReportRequest.DEFAULT_RUNS + " per scenario, --seed "
            + ReportRequest.DEFAULT_SEED + "."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight report",
            "  counterweight report --year 2021 --runs 2000 --out r/", "  counterweight report --pdf"})
final class ReportCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--year", paramLabel = "Y", defaultValue = "" + ReportRequest.DEFAULT_YEAR,
            description = "The year of the network, balance and landscape (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    RunOptions runOptions;

    @Option(names = "--pdf", description = "Also write report.pdf (needs Debian's chromium).")
    boolean pdf;

    @Override
    List<Report.Table> run(Workbench workbench) {
        long start = System.nanoTime();
        ReportRequest request = new ReportRequest(caseOption.caseId(), year, runOptions.settings());
        Progress progress = progress(ReportService.STAGES + (pdf ? 2 : 1));
        ReportDocument document = new ReportService(workbench).build(request, progress);
        progress.stage("writing " + out.resolve("report.html") + ", data/ and the network files", 0, null);
        Report.Table.Builder written = Report.Table.builder("report-files", "Report written", "file", "what");
        try {
            Path data = out.resolve("data");
            Files.createDirectories(data);
            Path page = out.resolve("report.html");
            ExportFiles.write(page, HtmlReport.render(document.report()));
            written.row(page.toString(), "the report (open in a browser; works offline)");
            for (Report.Table table : document.tables()) {
                TableExport.writeBoth(table, data);
            }
            written.row(data + "/", document.tables().size() + " tables as CSV and JSON");
            ExportFiles.write(out.resolve("network.graphml"), NetworkExport.graphml(document.graph()));
            ExportFiles.write(out.resolve("network.gexf"), NetworkExport.gexf(document.graph()));
            written.row(out.resolve("network.graphml") + ", network.gexf", "the " + year
                    + " network for Gephi and yEd");
            if (pdf) {
                Path file = out.resolve("report.pdf");
                progress.stage("printing " + file + " with Chromium", 0, null);
                PdfPrinter.print(page, file);
                written.row(file.toString(), "PDF");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException("out", "cannot write to " + out + ": " + e.getMessage());
        }
        progress.finished();
        written.note(String.format(Locale.ROOT, "built in %.1f s (%d runs per scenario, seed %d)",
                (System.nanoTime() - start) / 1e9, request.runCount(), request.seed()));
        return List.of(written.build(null));
    }
}
