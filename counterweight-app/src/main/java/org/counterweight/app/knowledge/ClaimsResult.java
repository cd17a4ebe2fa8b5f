package org.counterweight.app.knowledge;

import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.Evidence;

/**
 * Claims of a case in case-file order, each with the quote that backs it.
 *
 * @param caseId the case read
 * @param claims the claims asked for
 */
public record ClaimsResult(CaseId caseId, List<QuotedClaim> claims) {
    public ClaimsResult {
        claims = List.copyOf(claims);
    }

    /**
     * A claim and the evidence shown for it.
     *
     * @param evidence its first evidence from the source asked for, or its first evidence
     */
    public record QuotedClaim(Claim claim, Evidence evidence) {
    }
}
