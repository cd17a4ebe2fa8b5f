package org.counterweight.core.bargaining;

import org.counterweight.core.model.Labels;

/**
 * A point at which Scholz, Calbert &amp; Smith's (2011) reconstruction, as its published numbers come
 * out, departs from Bueno de Mesquita's own text. Each switch turns the reconstruction's rule into the
 * text's; {@link Variant#BDM_INTENT} turns them all on. Equations and sources: docs/models/bargaining.md.
 */
public enum Switch {
    /**
     * Probability of success over the contest's own votes. The reconstruction's published numbers
     * divide the votes for i over j by the absolute votes of every voter on every ordered pair of
     * actors' positions, so that P(i beats j) + P(j beats i) is far below 1 (Masad 2016, dissertation
     * ch. "BDM's EUM as ABM", section "Reproduction of Prior Results"; the jmckib replication's comment on
     * {@code sum_all_votes}, which it calls faithful to Scholz's code). Bueno de Mesquita's probability
     * (1994; 2002), like the reconstruction's printed equation, divides by the absolute votes on the
     * contest between i and j only, so the two sum to 1.
     */
    PAIRWISE_PROBABILITY,
    /**
     * Risk from the actor's own alternative positions. The reconstruction scales an actor's security
     * level (the sum of the others' expected utilities of challenging it) between the most and least
     * secure actors of the round. Bueno de Mesquita's risk measure (1985, "The War Trap Revisited":
     * a state's actual alliance portfolio against the most and least secure portfolios that same state
     * could have chosen) scales it between the most and least secure positions the same actor could
     * hold, here the positions held by any actor in the round (as the jmckib replication's comment on
     * {@code risk_acceptance} reads the intent).
     */
    RISK_FROM_OWN_POSITIONS,
    /**
     * Least movement across offer kinds. The reconstruction's round 1 (Luxembourg "loses a
     * confrontation" to Belgium although Greece offers a compromise nearer home) ranks a confrontation
     * before any compromise and a compromise before any capitulation, and only then takes the offer
     * nearest the actor's position. Bueno de Mesquita's text and the reconstruction's own prose (as the
     * jmckib replication's comment on {@code best_offer} and Masad 2016, section "Responding to Offers",
     * read them) have the actor accept the offer that moves it least, whatever its kind; among equally
     * near offers, the one whose proposer expects most from it.
     */
    LEAST_MOVEMENT;

    /** The switch's name as documents and command lines spell it: {@code pairwise-probability}. */
    public String label() {
        return Labels.label(this);
    }
}
