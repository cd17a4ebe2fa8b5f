package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.knowledge.ClaimsRequest;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.app.knowledge.KnowledgeTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "claims", description = {"Claims of the case with their exact quotes: facts, assessments and"
        + " recommendations.", "The claims proposed by ingesting an article are in case ingest-SOURCE-ID"
                + " (--case ingest-my-article)."},
        subcommands = ClaimsReviewCommand.class,
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight claims --source gillani-2021 --format csv   # every claim of the article, with its exact"
                    + " quote",
            "  counterweight claims --actor PAK --kind recommendation",
            "  counterweight claims --case ingest-my-article --status proposed"})
final class ClaimsCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--actor", paramLabel = "A", description = "Only claims about this actor (as subject or object).")
    String actor;

    @Option(names = "--source", paramLabel = "S", description = "Only claims quoted from this source id (see"
            + " `sources`).")
    String source;

    @Option(names = "--kind", paramLabel = "K", description = "fact, assessment or recommendation.")
    String kind;

    @Option(names = "--status", paramLabel = "S", description = "Only claims with this status: curated, proposed,"
            + " accepted, rejected.")
    String status;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return KnowledgeTables.of(new KnowledgeService(workbench).claims(ClaimsRequest.of(caseOption.caseId(), actor,
                source, kind, status)));
    }
}
