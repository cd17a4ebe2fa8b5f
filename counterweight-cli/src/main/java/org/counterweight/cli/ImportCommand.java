package org.counterweight.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.counterweight.io.casefile.BundledCases;
import org.counterweight.store.BundledData;
import org.counterweight.store.DatasetFormat;
import org.counterweight.store.DatasetImporter;
import org.counterweight.store.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Import a newer or fuller copy of a dataset, or a case file, in one transaction.",
    "Importing the same file again changes nothing; a file with an error changes nothing either.",
    "DATASET is 'case' or one of: cow-nmc, atop, sipri-milex, sipri-tiv, sipri-tiv-table, sipri-trade-register, sipri-tiv-totals, cow-states,"
            + " gw-states, countrycode, td-rivalries, cow-contiguity, cow-majors, unga-votes, unga-ideal-points,"
            + " unga-agreement, cameo-codebook."})
final class ImportCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "DATASET", description = "What the file is (see above).")
    String dataset;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--version", paramLabel = "V", description = "The dataset version, where the file does not state it (cow-nmc: 7.0).")
    String version;

    @Override
    List<ResultTable> run(Workbench workbench) {
        ResultTable table = new ResultTable(null, "dataset", "changed", "rows", "file");
        if (dataset.equals("case")) {
            ImportResult result = BundledData.importCase(workbench.store(), BundledCases.fromFile(file));
            table.add(result.dataset(), result.changed(), result.rows(), file.toString());
        } else {
            DatasetFormat format;
            try {
                format = DatasetFormat.fromLabel(dataset);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown DATASET '" + dataset + "'; known: case, " + Arrays
                        .stream(DatasetFormat.values()).map(DatasetFormat::label).collect(Collectors.joining(", ")));
            }
            DatasetImporter.Outcome outcome = DatasetImporter.importFile(workbench.store(), format, file, version);
            table.add(outcome.result().dataset(), outcome.result().changed(), outcome.result().rows(), file.toString());
            if (!outcome.unmappedNames().isEmpty()) {
                table.note("warning: no COW code known for " + outcome.unmappedNames()
                        + "; their rows are kept with an empty code");
            }
        }
        if (!table.rows().isEmpty() && Boolean.FALSE.equals(table.rows().get(0)[1])) {
            table.note("unchanged: the same content was already imported");
        }
        return List.of(table);
    }
}
