package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement taken from a source: who, what, whom, when, value, and the words behind it.
 *
 * @param id           stable id
 * @param caseId       the case it belongs to
 * @param kind         fact, assessment or recommendation
 * @param subjects     actor ids the claim is about (who)
 * @param predicate    a short kebab-case verb phrase (what)
 * @param objects      actor ids acted upon (whom); may be empty
 * @param when         when it holds; null when the source does not say
 * @param value        a stated number; null when none
 * @param attributedTo the author a judgement belongs to; required for assessments and recommendations
 * @param evidence     source and quote; at least one
 * @param status       review status
 * @param confidence   0-1 for machine-extracted claims; 1 for curated ones
 */
public record Claim(String id, String caseId, ClaimKind kind, List<String> subjects, String predicate,
        List<String> objects, TimeSpan when, Quantity value, String attributedTo, List<Evidence> evidence,
        ClaimStatus status, double confidence) {

    public Claim {
        id = Checks.slug(id, "claim id");
        caseId = Checks.slug(caseId, "case id");
        Objects.requireNonNull(kind, "claim kind is required");
        subjects = Checks.list(subjects, "subjects");
        subjects.forEach(s -> Checks.actorId(s, "subject"));
        predicate = Checks.slug(predicate, "predicate");
        objects = Checks.list(objects, "objects");
        objects.forEach(o -> Checks.actorId(o, "object"));
        attributedTo = Checks.optionalText(attributedTo);
        if (kind != ClaimKind.FACT && attributedTo == null) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " must be attributed to its author (attributed_to)");
        }
        evidence = Checks.nonEmptyList(evidence, "evidence");
        Objects.requireNonNull(status, "claim status is required");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }
}
