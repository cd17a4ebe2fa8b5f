package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.app.knowledge.KnowledgeTables;
import org.counterweight.app.knowledge.RelationsRequest;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "relations", description = {"Curated relations (rivalry, partnership, dependence...) with sign,"
        + " strength, period (with the sources of its start and end) and evidence.", "With --year, only relations"
        + " holding in that year (default: all)."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight relations --actor PAK",
            "  counterweight relations --actor AFG",
            "  counterweight relations --year 2020"})
final class RelationsCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--actor", paramLabel = "A", description = "Only relations of this actor.")
    String actor;

    @Mixin
    YearOption year;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return KnowledgeTables.of(new KnowledgeService(workbench).relations(new RelationsRequest(caseOption.caseId(),
                actor, YearRange.yearOr(year.year, null, null))));
    }
}
