package org.counterweight.cli;

import java.util.List;
import org.counterweight.core.model.ClaimStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = "Accept or reject proposed (ingested) claims; only curated and accepted claims"
        + " feed the analyses and the report.")
final class ClaimsReviewCommand extends StoreCommand {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Claim ids (see `claims --status proposed`).")
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
    List<ResultTable> run(Workbench workbench) {
        ClaimStatus status = decision.accept ? ClaimStatus.ACCEPTED : ClaimStatus.REJECTED;
        ResultTable table = new ResultTable(null, "claim", "status");
        for (String id : ids) {
            if (!workbench.store().write(session -> new org.counterweight.store.CaseQueries(session).review(id, status))) {
                throw new UserInputException("no proposed claim '" + id + "' (curated claims are not reviewed)");
            }
            table.add(id, org.counterweight.core.model.Labels.label(status));
        }
        return List.of(table);
    }
}
