package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;

@Command(name = "status", description = "The knowledge base: its file, schema version, what was imported from where,"
        + " and row counts.",
        footerHeading = "%nExamples:%n", footer = {"  counterweight status          # what the store holds and where it"
                + " came from"})
final class StatusCommand extends ServiceCommand {
    @Override
    List<Report.Table> run(Workbench workbench) {
        return DatasetsTables.of(new DatasetsService(workbench).status());
    }
}
