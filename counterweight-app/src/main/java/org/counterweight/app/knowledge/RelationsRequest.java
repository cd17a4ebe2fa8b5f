package org.counterweight.app.knowledge;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.YearRange;

/**
 * Which curated relations of a case to list.
 *
 * @param caseId the case whose relations are read
 * @param actor  only relations of this actor (any reference the case understands), or null
 * @param years  only relations holding in some year of these (one year, usually); open ends do not filter
 */
public record RelationsRequest(CaseId caseId, String actor, YearRange years) {
    public RelationsRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
    }
}
