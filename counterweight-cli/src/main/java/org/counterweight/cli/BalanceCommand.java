package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.BalanceRequest;
import org.counterweight.app.analysis.BalanceService;
import org.counterweight.app.analysis.BalanceTables;
import org.counterweight.core.network.TieRules;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "balance", description = {"Structural balance of a signed network: triangle census with every"
        + " unbalanced triad named, the exact frustration index (line index of balance) with an optimal two-bloc"
        + " partition, and walk-based balance (Estrada & Benzi).",
    "Without --edges: the network of the case's states built from the knowledge base, for --year (default "
            + BalanceRequest.DEFAULT_YEAR + ") or each year of --from..--to (with each triad's balance over time).",
    TieRules.SUMMARY},
        footerHeading = "%nExamples:%n", footer = {"  counterweight balance --year 2021",
            "  counterweight balance --from 2000 --to 2022",
            "  counterweight balance --year 2023 --obligations commitments", "  counterweight balance --edges my-edges.csv --group window"})
final class BalanceCommand extends ServiceCommand {
    @Option(names = "--edges", paramLabel = "FILE", description = "A signed edge list: from,to,sign[,weight][,GROUP].")
    Path edges;

    @Option(names = "--group", paramLabel = "COLUMN", description = "With --edges: a column splitting rows into separate networks (e.g. window).")
    String group;

    @Mixin
    CaseOption caseOption;

    @Mixin
    YearOption year;

    @Mixin
    YearRangeOptions range;

    @Option(names = "--weighted", description = "Use tie weights in the frustration index and walk balance (default: signs only).")
    boolean weighted;

    @Mixin
    CarryOption carryOption;

    @Mixin
    ObligationsOption obligations;

    @Override
    List<Report.Table> run(Workbench workbench) {
        UserFile file = edges == null ? null : UserFile.read(edges);
        return BalanceTables.of(new BalanceService(workbench).balance(new BalanceRequest(caseOption.caseId(),
                range.yearOr(year), file, group, weighted, carryOption.carry(), obligations.scope)));
    }
}
