package org.counterweight.core.model;

import java.util.List;

/**
 * The English adjectival forms of one state's name ("Nepalese", "Nepali"), curated for finding the
 * state in text when it is not one of a case's curated actors. A state may have none: every form it
 * has is shared with another state or is a common word ("Korean", "Congolese", "Georgian"), and the
 * source says so.
 *
 * @param iso3       the state's ISO 3166-1 alpha-3 code, its actor id
 * @param adjectives the adjectival forms, in the order given; empty when none is safe to match
 * @param source     where the forms come from, and why any usual form is left out
 */
public record StateAdjectives(String iso3, List<String> adjectives, String source) {

    public StateAdjectives {
        iso3 = Checks.actorId(iso3, "iso3");
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 must be three upper-case letters, got '" + iso3 + "'");
        }
        adjectives = Checks.list(adjectives, "adjectives").stream().map(a -> Checks.text(a, "adjective")).toList();
        source = Checks.text(source, "source");
    }
}
