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
 */
public record TieEvidence(String a, String b, Sign sign, double weight, boolean curated, String reason,
        Integer carriedFrom) {
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
    }

    /** Evidence of the year itself. */
    public TieEvidence(String a, String b, Sign sign, double weight, boolean curated, String reason) {
        this(a, b, sign, weight, curated, reason, null);
    }

    /** The pair as an unordered key, "A-B" with A < B. */
    public String pair() {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }
}
