package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.app.datasets.UndoRequest;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "undo", description = {"Remove one import in one transaction; the imports it replaced are loaded"
        + " again as they were.", "Bundled data cannot be undone (it is loaded on every start): import a file that"
                + " replaces it instead."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight store undo 35"})
final class StoreUndoCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "IMPORT_ID", description = "The import's id (see `store history`).")
    long importId;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    List<Report.Table> run(Workbench workbench) {
        return DatasetsTables.of(new DatasetsService(workbench).undo(new UndoRequest(importId)));
    }
}
