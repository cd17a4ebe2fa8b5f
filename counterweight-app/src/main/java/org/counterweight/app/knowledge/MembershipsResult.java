package org.counterweight.app.knowledge;

import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.core.model.Membership;

/**
 * Memberships, bids and observer seats of a case in case-file order, each with its evidence.
 *
 * @param caseId      the case read
 * @param memberships the memberships asked for
 */
public record MembershipsResult(CaseId caseId, List<Membership> memberships) {
    public MembershipsResult {
        memberships = List.copyOf(memberships);
    }
}
