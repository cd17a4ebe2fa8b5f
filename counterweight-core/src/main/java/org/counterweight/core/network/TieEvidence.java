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
 */
public record TieEvidence(String a, String b, Sign sign, double weight, boolean curated, String reason) {
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
    }

    /** The pair as an unordered key, "A-B" with A < B. */
    public String pair() {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }
}
