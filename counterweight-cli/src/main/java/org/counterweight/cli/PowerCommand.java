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
        + " SIPRI military expenditure), and effective capability that adds what third parties can be expected to"
        + " lend in a war: own + sum of w x third party's capability; third parties are the case's states in none of"
        + " the blocs.",
    "Weights (--partners): obligations (the default): a third party with an ATOP defence or offence obligation toward"
            + " a member lends 0.745, the rate at which wartime commitments were honoured 1816-1944 (Leeds, Long &"
            + " Mitchell 2000); other obligations and partnerships without a treaty lend 0; the case's curated"
            + " hostility for the pair overrules a treaty. obligations-by-type: defence 0.41, offence 0.74 (Berkemeier"
            + " & Fuhrmann 2018, 1816-2003). obligations-post-1945: 0.22 (ibid., 1945-2003). similarity: Bueno de"
            + " Mesquita's third-party weight (S(k,side) - S(k,opponent))/2 from ATOP alliance portfolios. none: own"
            + " capability only. Override with --weight IND:USA=0.5 (what USA lends IND).",
    "Every weighting is computed: ratio_low and ratio_high give the range of the effective ratio over them, and the"
            + " power-methods table each one. After ATOP's last year (2018) its obligations and portfolios are carried,"
            + " marked (--no-carry: not covered).",
    "Years: --to defaults to the measure's last year, --from to --to; years outside the dataset are refused."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight power --actors IND,PAK --from 2000 --to 2022",
            "  counterweight power --actors IND,PAK --from 2000 --to 2022 --partners similarity",
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

    @Option(names = "--partners", paramLabel = "RULE", defaultValue = "obligations", description = "The main weighting:"
            + " obligations, obligations-by-type, obligations-post-1945, similarity or none (default: obligations).")
    String partners;

    @Option(names = "--weight", paramLabel = "A:P=W", description = "Override a weight: what partner P lends actor A, 0-1.")
    List<String> weights = new ArrayList<>();

    @Mixin
    CarryOption carryOption;

    @Override
    List<Report.Table> run(Workbench workbench) {
        PowerResult result = new PowerService(workbench).power(new PowerRequest(caseOption.caseId(),
                PowerRequest.blocs(actors), range.years(), PowerRequest.Measure.parse(measure),
                PowerRequest.Partners.parse(partners), weights.stream().map(PowerRequest.Weight::parse).toList(),
                carryOption.carry()));
        warn(result.warnings());
        return PowerTables.of(result);
    }
}
