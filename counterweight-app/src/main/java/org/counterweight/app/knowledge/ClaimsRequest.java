package org.counterweight.app.knowledge;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.core.model.Labels;

/**
 * Which claims of a case to list. The claims an article ingestion proposed live in a case of their
 * own, {@code ingest-<source id>}.
 *
 * @param caseId the case whose claims are read
 * @param actor  only claims about this actor, as subject or object (any reference the case understands),
 *               or null
 * @param source only claims quoted from this source id, or null
 * @param kind   only claims of this kind, or null
 * @param status only claims with this status, or null
 */
public record ClaimsRequest(CaseId caseId, String actor, String source, ClaimKind kind, ClaimStatus status) {
    public ClaimsRequest {
        Objects.requireNonNull(caseId, "caseId");
    }

    /** A request with the kind and status given as their labels ("fact", "proposed"), either null. */
    public static ClaimsRequest of(CaseId caseId, String actor, String source, String kind, String status) {
        return new ClaimsRequest(caseId, actor, source, label(ClaimKind.class, kind, "kind"),
                label(ClaimStatus.class, status, "status"));
    }

    private static <E extends Enum<E>> E label(Class<E> type, String text, String parameter) {
        try {
            return text == null ? null : Labels.parse(type, text, "the " + parameter);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parameter, e.getMessage());
        }
    }
}
