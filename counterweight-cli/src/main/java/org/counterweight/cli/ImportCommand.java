package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.DatasetsTables;
import org.counterweight.app.datasets.ImportRequest;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Import a newer or fuller copy of a dataset, or a case file, in one"
        + " transaction.",
    "Importing the same file again changes nothing; a file with an error changes nothing either. Imports add to"
            + " the bundled data: SIPRI TIV tables are merged with the bundled extract, each supplier-recipient-year"
            + " from the newest release covering it (README, 'Importing data').",
    "DATASET is 'case' or one of: cow-nmc, atop, sipri-milex, sipri-tiv, sipri-tiv-table, sipri-trade-register,"
            + " sipri-tiv-totals, cow-states, gw-states, countrycode, obligation-ends, td-rivalries, tss-rivalries,"
            + " cow-contiguity, cow-majors, unga-votes, unga-ideal-points, unga-agreement, cameo-codebook."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight import cow-nmc NMC-7.0-abridged.csv --version 7.0   # a newer or fuller copy of a dataset",
            "  counterweight import sipri-tiv-table TIV-Import-PAK-1950-2023.csv # a TIV table downloaded from SIPRI",
            "  counterweight import case my-case.yaml       # your own case file (docs/case-file-format.md)"})
final class ImportCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "DATASET", description = "What the file is (see above).")
    String dataset;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--version", paramLabel = "V", description = "The dataset version, where the file does not state"
            + " it (cow-nmc: 7.0).")
    String version;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return DatasetsTables.of(new DatasetsService(workbench).importFile(new ImportRequest(dataset, file, version)));
    }
}
