package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;

@Command(name = "sources", description = "Every source in the knowledge base: bundled datasets, articles, documents;"
        + " version, date, terms.",
        footerHeading = "%nExamples:%n", footer = {"  counterweight sources          # every source: version, date,"
                + " terms of use"})
final class SourcesCommand extends ServiceCommand {
    @Override
    List<Report.Table> run(Workbench workbench) {
        return DatasetsTables.of(new DatasetsService(workbench).sources());
    }
}
