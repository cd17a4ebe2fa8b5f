package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.knowledge.EventsRequest;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.app.knowledge.KnowledgeTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events", description = {"Dated events coded in CAMEO, with their Goldstein values from the codebook"
        + " and their evidence.", "With --from/--to, only events dated in those years (default: all)."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight events --format json",
            "  counterweight events --actor PAK --from 2019 --to 2019"})
final class EventsCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--actor", paramLabel = "A", description = "Only events this actor did or underwent.")
    String actor;

    @Mixin
    YearRangeOptions range;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return KnowledgeTables.of(new KnowledgeService(workbench).events(new EventsRequest(caseOption.caseId(), actor,
                range.years())));
    }
}
