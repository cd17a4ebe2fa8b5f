package org.counterweight.app.ingest;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.text.MentionKind;

/**
 * Score the extractor of a case against gold articles.
 *
 * @param caseId     the case whose actors and agreements the extractor looks for
 * @param gold       the annotated articles
 * @param repeat     how many extra extraction passes over the texts to time (0: none)
 * @param errorKinds the kinds whose errors (missed annotations, unmatched predictions) to list; empty: none
 * @param minConfidence predictions below this confidence are dropped before scoring, as
 *                   {@code ingest --min-confidence} drops them (0: keep all)
 */
public record EvaluationRequest(CaseId caseId, GoldSet gold, int repeat, Set<MentionKind> errorKinds,
        double minConfidence) {
    public EvaluationRequest {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new InvalidRequestException("min-confidence", "the minimum confidence must be in [0, 1], got " + minConfidence);
        }
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(gold, "gold");
        if (repeat < 0) {
            throw new InvalidRequestException("repeat", "repeat must be >= 0, got " + repeat);
        }
        errorKinds = Set.copyOf(errorKinds);
    }

    /** Every prediction kept. */
    public EvaluationRequest(CaseId caseId, GoldSet gold, int repeat, Set<MentionKind> errorKinds) {
        this(caseId, gold, repeat, errorKinds, 0);
    }

    /**
     * The kinds an {@code errors} parameter names: one kind's label ({@code actor}, {@code date}, ...)
     * or {@code all}.
     *
     * @throws InvalidRequestException naming parameter {@code errors} for an unknown kind
     */
    public static Set<MentionKind> errorKinds(String kind) {
        if (kind.equalsIgnoreCase("all")) {
            return EnumSet.allOf(MentionKind.class);
        }
        try {
            return EnumSet.of(MentionKind.parse(kind));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("errors", e.getMessage());
        }
    }
}
