package org.counterweight.app.knowledge;

import java.util.List;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.model.ClaimStatus;

/**
 * A reviewer's decision on machine-proposed claims: accepted claims feed the analyses and the report
 * as curated ones do; rejected ones do not. Curated claims are not reviewed.
 *
 * @param ids      the claims' ids, at least one
 * @param decision {@link ClaimStatus#ACCEPTED} or {@link ClaimStatus#REJECTED}
 */
public record ClaimReviewRequest(List<String> ids, ClaimStatus decision) {
    public ClaimReviewRequest {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRequestException("id", "name at least one claim to review");
        }
        ids = List.copyOf(ids);
        if (decision != ClaimStatus.ACCEPTED && decision != ClaimStatus.REJECTED) {
            throw new InvalidRequestException("decision", "a review accepts or rejects, got " + decision);
        }
    }
}
