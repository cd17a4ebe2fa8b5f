package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.ArmsService;
import org.counterweight.app.analysis.DependenceRequest;
import org.counterweight.app.analysis.DependenceTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dependence", description = {"Arms dependence over windows (SIPRI's five-year convention by default):"
        + " partner shares, concentration (Herfindahl-Hirschman index) and switches of the largest partner.",
    "Years: --from is the earliest year a window may start, --to the year the last window ends (defaults: the"
            + " first and last years the SIPRI releases loaded hold of the state)."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight dependence --recipient PAK --to 2019"})
final class DependenceCommand extends ServiceCommand {
    @Mixin
    ArmsFocusOptions focus;

    @Mixin
    CaseOption caseOption;

    @Mixin
    YearRangeOptions range;

    @Option(names = "--window", paramLabel = "N", defaultValue = "" + DependenceRequest.DEFAULT_WINDOW,
            description = "Window length in years (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--step", paramLabel = "N", description = "Years between windows (default: the window length,"
            + " i.e. non-overlapping; 1 for a moving window).")
    Integer step;

    @Option(names = "--top", paramLabel = "K", defaultValue = "" + DependenceRequest.DEFAULT_TOP,
            description = "Partners listed per window (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return DependenceTables.of(new ArmsService(workbench).dependence(new DependenceRequest(caseOption.caseId(),
                focus.focus(), range.years(), window, step, top)));
    }
}
