package org.counterweight.app.knowledge;

import java.util.List;
import org.counterweight.core.model.ClaimStatus;

/**
 * What a review changed.
 *
 * @param ids    the claims reviewed, in the order given
 * @param status the status each now has
 */
public record ClaimReviewResult(List<String> ids, ClaimStatus status) {
    public ClaimReviewResult {
        ids = List.copyOf(ids);
    }
}
