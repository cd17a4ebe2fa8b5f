package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.app.datasets.ImportRequest;
import org.counterweight.app.events.EventImportRequest;
import org.counterweight.app.events.EventsService;
import org.counterweight.app.events.EventsTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Import a newer or fuller copy of a dataset, or a case file, in one"
        + " transaction.",
    "A dataset version already loaded is recognised whatever the file is called (by the SHA-256 of its bytes, or"
            + " by its rows): importing it again says 'already loaded' and changes nothing. A file holding a dataset"
            + " version loaded from other content is refused unless --replace; `store history` lists imports and"
            + " `store undo` removes one. A file with an error (a duplicate key, a state code not in the COW list, no"
            + " data rows) changes nothing either. Imports add to"
            + " the bundled data: SIPRI TIV tables are merged with the bundled extract, each supplier-recipient-year"
            + " from the newest release covering it (README, 'Importing data').",
    "DATASET is 'case' or one of: cow-nmc, atop, sipri-milex, sipri-tiv, sipri-tiv-table, sipri-trade-register,"
            + " sipri-tiv-totals, cow-states, gw-states, countrycode, obligation-ends, td-rivalries, tss-rivalries,"
            + " cow-contiguity, cow-majors, unga-votes, unga-ideal-points, unga-agreement, cameo-codebook.",
    "Event data (gdelt, icews, or events for either): FILE is a file, a folder or a quoted glob, plain, .gz or .zip;"
            + " GDELT 1.0 (57/58 columns) and 2.0 (61) events and 2.0 mentions (16), ICEWS (20), detected from the"
            + " file. Stored as Parquet by year and month beside the knowledge base; bad lines are listed and skipped,"
            + " a file that is not an event file stops the import before anything is written (docs/event-data.md)."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight import cow-nmc NMC-7.0-abridged.csv --version 7.0   # already loaded: changes nothing",
            "  counterweight import cow-nmc NMC-7.1-abridged.csv --version 7.1   # a newer version of a dataset",
            "  counterweight import cow-nmc fuller-NMC-7.0.csv --version 7.0 --replace  # replace version 7.0",
            "  counterweight import sipri-tiv-table TIV-Import-PAK-1950-2023.csv # a TIV table downloaded from SIPRI",
            "  counterweight import case my-case.yaml       # your own case file (docs/case-file-format.md)",
            "  counterweight import gdelt data/datasets/event-data/gdelt1_events_sample_daily_20160728.tsv",
            "  counterweight import gdelt 'dumps/2016*.export.CSV.zip'   # a glob (quoted) or a folder",
            "  counterweight import icews data/datasets/event-data/icews_events_sample_2018-06-01_02.tsv"})
final class ImportCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "DATASET", description = "What the file is (see above).")
    String dataset;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import (event data: a file, folder or"
            + " glob).")
    String file;

    @Option(names = "--version", paramLabel = "V", description = "The dataset version, where the file does not state"
            + " it (cow-nmc: 7.0).")
    String version;

    @Option(names = "--replace", description = "Replace the imports that hold the same dataset version with other"
            + " content (kept aside: `store undo` of this import brings them back).")
    boolean replace;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    List<Report.Table> run(Workbench workbench) {
        if (EventImportRequest.FAMILIES.contains(dataset)) {
            return EventsTables.of(new EventsService(workbench).importEvents(new EventImportRequest(dataset, file)));
        }
        return DatasetsTables.of(new DatasetsService(workbench).importFile(new ImportRequest(dataset,
                Path.of(file), version, replace)));
    }
}
