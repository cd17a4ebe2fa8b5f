package org.counterweight.core.network;

import java.util.Optional;
import org.counterweight.core.model.AllianceObligation;

/**
 * Which ATOP obligation types {@link TieRules} counts as positive tie evidence.
 *
 * <p>ATOP (Leeds, Ritter, Mitchell &amp; Long 2002, "Alliance Treaty Obligations and Provisions,
 * 1815-1944", <i>International Interactions</i> 28(3); v5.1 codebook, Leeds et al. 2022) codes five
 * obligation types. Defence and offence promise active military support, and consultation promises to
 * consult in a militarized crisis with the goal of coordinating policy: each commits a state to act with
 * its partner. Non-aggression promises only not to attack the partner, and neutrality only not to help
 * the partner's adversary: they restrain a state toward its partner without aligning it with the
 * partner. Whether the restraint is alignment evidence is an assumption, so it is a choice here. It
 * matters in the south-asia case: ATOP codes the Treaty of Amity and Cooperation in Southeast Asia
 * (ATOP 3755, 1976) as a non-aggression pact, and its accessions (China and India 2003, Japan, Pakistan
 * and Russia 2004, Australia 2005, the United States 2009, the United Kingdom 2012; ATOP v4.01
 * member-level file, atopid 3755) give almost every pair of the case's states a positive tie of weight 1
 * (0.5 in each direction), carried past ATOP's last year (2018), which leaves one bloc of every state but
 * Afghanistan in the balance partitions of 2022 and 2023.
 */
public enum ObligationScope {
    /** Every obligation type counts: defence or offence 1, neutrality or non-aggression 0.5, consultation 0.25 (the default). */
    ALL,
    /**
     * Only commitments to act with the partner count (defence or offence 1, consultation 0.25);
     * neutrality and non-aggression are not alignment evidence.
     */
    COMMITMENTS;

    /**
     * The weight an ATOP obligation lends a tie under this scope: 1 defence or offence, 0.5 neutrality or
     * non-aggression (under {@link #ALL} only), 0.25 consultation, else 0 (no evidence).
     */
    public double weight(AllianceObligation o) {
        if (o.defense() || o.offense()) {
            return 1.0;
        }
        if (this == ALL && (o.neutral() || o.nonaggression())) {
            return 0.5;
        }
        return o.consultation() ? 0.25 : 0;
    }

    /** What an output resting on ties under this scope says of it: nothing for the default, {@link #ALL}. */
    public Optional<String> note() {
        return this == ALL ? Optional.empty() : Optional.of("obligation scope 'commitments': ATOP neutrality and"
                + " non-aggression obligations are not tie evidence (defence, offence and consultation are)");
    }
}
