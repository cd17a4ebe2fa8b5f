package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.CoverageRequest;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "coverage", description = {"What the knowledge base covers for a case: the years its views can"
        + " show, then per source (the case's curated evidence and each dataset) its first and last year, its"
        + " basis and how a later year is shown (carried forward or not covered, never 0), then the imported"
        + " event files with the months they cover.",
    "The same tables as the web workbench's /api/coverage."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight coverage                    # the years, each"
                + " dataset's span and where it ends",
            "  counterweight coverage --table coverage-sources --format csv"})
final class CoverageCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return DatasetsTables.of(new DatasetsService(workbench).coverage(new CoverageRequest(caseOption.caseId())));
    }
}
