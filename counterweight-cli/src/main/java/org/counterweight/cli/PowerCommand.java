package org.counterweight.cli;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.PowerRequest;
import org.counterweight.app.analysis.PowerResult;
import org.counterweight.app.analysis.PowerService;
import org.counterweight.app.analysis.PowerTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "power", description = {"Capability shares and ratios for actors or blocs by year (CINC from COW NMC, or"
        + " SIPRI military expenditure), and effective capability that adds alignment-weighted partners.",
    "Weights (--partners relations, the default): w(i,j) = strength of the strongest curated positive relation"
            + " (partnership, alliance, alignment, dependence) of the case between i and j holding in the year;"
            + " override with --weight IND:USA=0.5 (what USA lends IND). --partners none counts own capability only.",
    "Years: --to defaults to the measure's last year, --from to --to; years outside the dataset are refused."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight power --actors IND,PAK --from 2000 --to 2022",
            "  counterweight power --actors USA+IND,CHN+PAK --measure milex"})
final class PowerCommand extends ServiceCommand {
    @Option(names = "--actors", paramLabel = "A,B,...", split = ",", required = true,
            description = "Actors, or blocs written A+B (e.g. --actors IND,PAK or --actors USA+IND,CHN+PAK).")
    List<String> actors;

    @Mixin
    CaseOption caseOption;

    @Mixin
    YearRangeOptions range;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "cinc", description = "cinc (COW NMC) or milex (SIPRI, constant US$).")
    String measure;

    @Option(names = "--partners", paramLabel = "RULE", defaultValue = "relations", description = "relations or none.")
    String partners;

    @Option(names = "--weight", paramLabel = "A:P=W", description = "Override a weight: what partner P lends actor A, 0-1.")
    List<String> weights = new ArrayList<>();

    @Override
    List<Report.Table> run(Workbench workbench) {
        PowerResult result = new PowerService(workbench).power(new PowerRequest(caseOption.caseId(),
                PowerRequest.blocs(actors), range.years(), PowerRequest.Measure.parse(measure),
                PowerRequest.Partners.parse(partners), weights.stream().map(PowerRequest.Weight::parse).toList()));
        warn(result.warnings());
        return PowerTables.of(result);
    }
}
