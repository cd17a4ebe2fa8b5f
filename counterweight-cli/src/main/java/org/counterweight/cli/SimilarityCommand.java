package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.SimilarityRequest;
import org.counterweight.app.analysis.SimilarityResult;
import org.counterweight.app.analysis.SimilarityService;
import org.counterweight.app.analysis.SimilarityTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "similarity", description = {"Foreign-policy similarity: Signorino & Ritter's S (unweighted, capability-"
        + "weighted, squared), Kendall's tau-b (Bueno de Mesquita 1975), Cohen's kappa and Scott's pi (Hage 2011).",
    "--source atop: alliance portfolios over the year's COW system members (0-3 scale, CINC weights);"
            + " --source unga: UN General Assembly votes of the calendar year (yes/abstain/no; roll calls where"
            + " both voted). For one dyad (--a, --b) over --from..--to, or for every dyad of a --year"
            + " (default: " + SimilarityRequest.DEFAULT_YEAR + ").",
    "--portfolios FILE: two portfolios as state,a,b[,weight] (codes 0-3; weight = the state's capability)."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight similarity --a IND --b PAK --from 1990 --to 2018",
            "  counterweight similarity --source unga --year 2019",
            "  counterweight similarity --portfolios my-portfolios.csv"})
final class SimilarityCommand extends ServiceCommand {
    @Option(names = "--source", paramLabel = "S", defaultValue = "atop", description = "atop or unga.")
    String source;

    @Option(names = "--a", paramLabel = "A", description = "First state of a dyad.")
    String a;

    @Option(names = "--b", paramLabel = "B", description = "Second state of a dyad.")
    String b;

    @Mixin
    CaseOption caseOption;

    @Mixin
    YearOption year;

    @Mixin
    YearRangeOptions range;

    @Mixin
    CarryOption carryOption;

    @Option(names = "--portfolios", paramLabel = "FILE", description = "Your own pair of portfolios.")
    Path portfolios;

    @Override
    List<Report.Table> run(Workbench workbench) {
        UserFile file = portfolios == null ? null : UserFile.read(portfolios);
        SimilarityResult result = new SimilarityService(workbench).similarity(new SimilarityRequest(
                caseOption.caseId(), SimilarityRequest.Source.parse(source), a, b, range.yearOr(year), file,
                carryOption.carry()));
        if (result instanceof SimilarityResult.DyadYears dyads) {
            warn(dyads.warnings());
        }
        return SimilarityTables.of(result);
    }
}
