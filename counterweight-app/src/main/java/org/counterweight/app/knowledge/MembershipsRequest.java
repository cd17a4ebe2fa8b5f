package org.counterweight.app.knowledge;

import java.util.Objects;
import org.counterweight.app.CaseId;

/**
 * Which memberships of a case to list.
 *
 * @param caseId the case whose memberships are read
 * @param actor  only this member, or the members of this organisation (any reference the case
 *               understands), or null
 */
public record MembershipsRequest(CaseId caseId, String actor) {
    public MembershipsRequest {
        Objects.requireNonNull(caseId, "caseId");
    }
}
