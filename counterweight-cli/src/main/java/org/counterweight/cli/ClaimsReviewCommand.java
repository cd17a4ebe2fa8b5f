package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.knowledge.ClaimReviewRequest;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.app.knowledge.KnowledgeTables;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.report.Report;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = {"Accept or reject proposed (ingested) claims; only curated and accepted claims"
        + " feed the analyses and the report.", "All or none: when one ID is not a proposed claim, nothing changes.",
        "List what to review with `claims --case ingest-SOURCE-ID --status proposed`: least confident first."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight claims review my-article-relation-8 --accept"})
final class ClaimsReviewCommand extends ServiceCommand {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Claim ids (see `claims --case ingest-SOURCE-ID"
            + " --status proposed`).")
    List<String> ids;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Decision decision;

    /** Exactly one decision. */
    static final class Decision {
        @Option(names = "--accept", description = "Accept the claims.")
        boolean accept;

        @Option(names = "--reject", description = "Reject the claims.")
        boolean reject;
    }

    @Override
    boolean writes() {
        return true;
    }

    @Override
    List<Report.Table> run(Workbench workbench) {
        return KnowledgeTables.of(new KnowledgeService(workbench).review(new ClaimReviewRequest(ids,
                decision.accept ? ClaimStatus.ACCEPTED : ClaimStatus.REJECTED)));
    }
}
