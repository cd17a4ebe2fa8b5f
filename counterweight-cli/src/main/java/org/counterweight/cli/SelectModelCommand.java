package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Progress;
import org.counterweight.app.Workbench;
import org.counterweight.app.calibration.CalibrationRequest;
import org.counterweight.app.calibration.SelectionRequest;
import org.counterweight.app.calibration.SelectionResult;
import org.counterweight.app.calibration.SelectionService;
import org.counterweight.app.calibration.SelectionTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "select-model", description = {"Compares the specifications of each state's military expenditure"
        + " (Richardson in levels, action-reaction in growth rates, ARDL error correction, the demand for military"
        + " expenditure) out of sample at 1, 3 and 5 years against persistence and a random walk with drift, chooses"
        + " the best that beats both at 1 year (else the drift: no evidence of reaction) and draws its parameters"
        + " within the admissible region (docs/models/specifications.md).",
    "Years: --from (default " + CalibrationRequest.DEFAULT_FROM + ") to --to (default: SIPRI's last year)."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight select-model",
            "  counterweight select-model --without AFG", "  counterweight select-model --format csv"})
final class SelectModelCommand extends ServiceCommand {
    @Mixin
    SystemOptions system;

    @Option(names = "--draws", paramLabel = "B", defaultValue = "" + CalibrationRequest.DEFAULT_DRAWS,
            description = "Admissible parameter draws per state (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + CalibrationRequest.DEFAULT_SEED,
            description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    List<Report.Table> run(Workbench workbench) {
        Progress progress = progress(SelectionService.STAGES);
        SelectionResult result = new SelectionService(workbench).select(new SelectionRequest(system.caseId(),
                system.years(), draws, seed, system.without, system.carry(), system.obligations()), progress);
        progress.finished();
        return SelectionTables.of(result);
    }
}
