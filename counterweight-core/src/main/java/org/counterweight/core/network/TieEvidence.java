package org.counterweight.core.network;

import java.util.Objects;
import org.counterweight.core.model.Sign;

/**
 * One piece of evidence about the tie between two actors in a year.
 *
 * @param a       one actor
 * @param b       the other (order does not matter)
 * @param sign    positive (alignment) or negative (hostility)
 * @param weight  strength in (0, 1]
 * @param curated whether it comes from the curated case (a person's judgement with a quote) rather
 *                than a standard dataset
 * @param reason  what it is, with its source ("ATOP 5.1 defence obligation", "relation ind-pak-rivalry")
 * @param carriedFrom for dataset evidence read past the dataset's last year: the year it was carried
 *                    from (that last year); null for evidence of the year itself and for curated evidence
 * @param eventBased  whether it was read from coded events ({@link EventTieRule}) rather than a dataset of
 *                    ties or the curated case
 */
public record TieEvidence(String a, String b, Sign sign, double weight, boolean curated, String reason,
        Integer carriedFrom, boolean eventBased) {
    public TieEvidence {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a tie needs two actors, got " + a + " twice");
        }
        Objects.requireNonNull(sign, "sign");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight of " + a + "-" + b + " must be in (0, 1], got " + weight);
        }
        Objects.requireNonNull(reason, "reason");
        if (curated && carriedFrom != null) {
            throw new IllegalArgumentException("curated evidence is read for its own period, never carried: " + reason);
        }
        if (eventBased && (curated || carriedFrom != null)) {
            throw new IllegalArgumentException("event evidence is read from the year's events, neither curated nor"
                    + " carried: " + reason);
        }
    }

    /** Dataset or curated evidence, possibly carried. */
    public TieEvidence(String a, String b, Sign sign, double weight, boolean curated, String reason,
            Integer carriedFrom) {
        this(a, b, sign, weight, curated, reason, carriedFrom, false);
    }

    /** Evidence read from the pair's coded events in the year. */
    public static TieEvidence eventBased(String a, String b, Sign sign, double weight, String reason) {
        return new TieEvidence(a, b, sign, weight, false, reason, null, true);
    }

    /** Evidence of the year itself. */
    public TieEvidence(String a, String b, Sign sign, double weight, boolean curated, String reason) {
        this(a, b, sign, weight, curated, reason, null, false);
    }

    /** The pair as an unordered key, "A-B" with A < B. */
    public String pair() {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }
}
