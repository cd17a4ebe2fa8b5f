package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.CapabilitiesRequest;
import org.counterweight.app.analysis.CapabilitiesResult;
import org.counterweight.app.analysis.CapabilitiesService;
import org.counterweight.app.analysis.CapabilitiesTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "capabilities", description = {"A state's NMC components and CINC, and its SIPRI military expenditure,"
        + " by year.", "Years: --from defaults to the first year with data, --to to the last year of either dataset."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight capabilities --actor PAK --from 1990"})
final class CapabilitiesCommand extends ServiceCommand {
    @Option(names = "--actor", paramLabel = "A", required = true, description = "The state (ISO3, COW code, name).")
    String actor;

    @Mixin
    CaseOption caseOption;

    @Mixin
    YearRangeOptions range;

    @Option(names = "--nmc-version", paramLabel = "V", description = "NMC version (default: the newest loaded).")
    String nmcVersion;

    @Override
    List<Report.Table> run(Workbench workbench) {
        CapabilitiesResult result = new CapabilitiesService(workbench).capabilities(new CapabilitiesRequest(
                caseOption.caseId(), actor, range.years(), nmcVersion));
        warn(result.warnings());
        return CapabilitiesTables.of(result);
    }
}
