package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.LandscapeRequest;
import org.counterweight.app.analysis.LandscapeService;
import org.counterweight.app.analysis.LandscapeTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "landscape", description = {"Landscape theory of aggregation (Axelrod & Bennett 1993): energy of every"
        + " two-bloc configuration, the global minimum, every local minimum under single-actor moves with its basin,"
        + " and each actor's frustration. Exact up to 26 actors (basins) / 32 (minima); a seeded multi-start descent"
        + " with a proven lower bound beyond.",
    "From files: --sizes actor,size and --propensities (square matrix, names in the header row and first column).",
    "From the knowledge base (--year, default: NMC's last year): sizes are NMC CINC (after NMC's last year, its"
            + " CINC, carried forward and said so); the propensity of two states is the signed weight of their tie"
            + " under the balance rules (see `balance --help`), 0 without a tie."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight landscape --year 2021",
            "  counterweight landscape --sizes sizes.csv --propensities matrix.csv --centre 3"})
final class LandscapeCommand extends ServiceCommand {
    @Option(names = "--sizes", paramLabel = "FILE", description = "Sizes: actor,size.")
    Path sizes;

    @Option(names = "--propensities", paramLabel = "FILE", description = "Square propensity matrix.")
    Path propensities;

    @Option(names = "--centre", paramLabel = "C", defaultValue = "0",
            description = "Subtract C from every file propensity (Axelrod & Furnas centre their 1-5 scale with 3).")
    double centre;

    @Mixin
    CaseOption caseOption;

    @Mixin
    YearOption year;

    @Option(names = "--minima", paramLabel = "K", defaultValue = "" + LandscapeRequest.DEFAULT_MINIMA,
            description = "Local minima listed (default: ${DEFAULT-VALUE}).")
    int shown;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "" + LandscapeRequest.DEFAULT_STARTS,
            description = "Heuristic starts beyond the exact limit (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + LandscapeRequest.DEFAULT_SEED,
            description = "Seed of the heuristic (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    CarryOption carryOption;

    @Mixin
    ObligationsOption obligations;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return LandscapeTables.of(new LandscapeService(workbench).landscape(new LandscapeRequest(caseOption.caseId(),
                year.year, sizes == null ? null : UserFile.read(sizes),
                propensities == null ? null : UserFile.read(propensities), centre, shown, starts, seed,
                carryOption.carry(), obligations.scope)));
    }
}
