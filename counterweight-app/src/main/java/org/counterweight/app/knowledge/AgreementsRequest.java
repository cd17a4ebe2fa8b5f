package org.counterweight.app.knowledge;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.YearRange;

/**
 * Which agreements of a case to list as a timeline.
 *
 * @param caseId the case whose agreements are read
 * @param actor  only agreements this actor is party to (any reference the case understands), or null
 * @param years  only agreements in effect (or announced) in or after {@code from} and announced or
 *               signed in or before {@code to}; open ends do not filter
 */
public record AgreementsRequest(CaseId caseId, String actor, YearRange years) {
    public AgreementsRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
    }
}
