package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Progress;
import org.counterweight.app.Workbench;
import org.counterweight.app.calibration.CalibrationRequest;
import org.counterweight.app.calibration.CalibrationResult;
import org.counterweight.app.calibration.CalibrationService;
import org.counterweight.app.calibration.CalibrationTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "calibrate", description = {"Fits each state's arms equation dx/dt = k T - a x + c to SIPRI military"
        + " expenditure, T the threat from the knowledge base's alignment path, with OLS, a pairs bootstrap and"
        + " Granger tests side by side, and backtests it against persistence (docs/models/calibration.md).",
    "Years: --from (default " + CalibrationRequest.DEFAULT_FROM + ") to --to (default: SIPRI's last year)."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight calibrate",
            "  counterweight calibrate --from 1990 --split 2012", "  counterweight calibrate --without AFG"})
final class CalibrateCommand extends ServiceCommand {
    @Mixin
    SystemOptions system;

    @Option(names = "--split", paramLabel = "Y", defaultValue = "" + CalibrationRequest.DEFAULT_SPLIT,
            description = "Last year fitted in the backtest (default: ${DEFAULT-VALUE}).")
    int split;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "" + CalibrationRequest.DEFAULT_DRAWS,
            description = "Bootstrap draws (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + CalibrationRequest.DEFAULT_SEED,
            description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    List<Report.Table> run(Workbench workbench) {
        Progress progress = progress(CalibrationService.STAGES);
        CalibrationResult result = new CalibrationService(workbench).calibrate(new CalibrationRequest(system.caseId(),
                system.years(), split, draws, seed, system.without, system.carry(), system.obligations()), progress);
        progress.finished();
        return CalibrationTables.of(result);
    }
}
