package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;

@Command(name = "history", description = {"Every import into the knowledge base, oldest first: its id, dataset slot,"
        + " dataset version, state, rows, when, the SHA-256 of its file and the file.",
    "State: loaded, replaced by a later import (undoing that one brings it back), superseded (bundled data reloaded"
            + " after an upgrade) or undone."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight store history"})
final class StoreHistoryCommand extends ServiceCommand {
    @Override
    List<Report.Table> run(Workbench workbench) {
        return DatasetsTables.of(new DatasetsService(workbench).history());
    }
}
