package org.counterweight.app.knowledge;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.YearRange;

/**
 * Which coded events of a case to list.
 *
 * @param caseId the case whose events are read
 * @param actor  only events this actor did or underwent (any reference the case understands), or null
 * @param years  only events dated in these years; open ends do not filter
 */
public record EventsRequest(CaseId caseId, String actor, YearRange years) {
    public EventsRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
    }
}
