package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.OverviewRequest;
import org.counterweight.app.analysis.OverviewService;
import org.counterweight.app.analysis.OverviewTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "overview", description = {"What the strategic system looks like in a year: the case's states with"
        + " their capabilities and military spending, the relations between them, the agreements in force, and who"
        + " arms whom. Every table names its sources.",
    "--year defaults to the last year with SIPRI military expenditure; after NMC's last year, its CINC stands in"
            + " (the cinc_year column says which)."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight overview --year 2019"})
final class OverviewCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Mixin
    YearOption year;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return OverviewTables.of(new OverviewService(workbench).overview(new OverviewRequest(caseOption.caseId(),
                year.year)));
    }
}
