package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A state, organisation or non-state actor.
 *
 * @param id        the human key: ISO 3166-1 alpha-3 for states (IND), a short upper-case id for
 *                  organisations (SCO, QUAD); historical states use their conventional code (SUN)
 * @param kind      state, organisation or non-state
 * @param name      the display name
 * @param cowCode   Correlates of War state code, or null when the actor has none
 * @param gwCode    Gleditsch-Ward state code, or null
 * @param cameoCode CAMEO actor code, or null
 * @param aliases   names, abbreviations, metonyms, adjectives, combining forms and people
 */
public record Actor(String id, ActorKind kind, String name, Integer cowCode, Integer gwCode,
        String cameoCode, List<Alias> aliases) {

    public Actor {
        id = Checks.actorId(id, "actor id");
        Objects.requireNonNull(kind, "actor kind is required");
        name = Checks.text(name, "actor name");
        if (cowCode != null && (cowCode < 1 || cowCode > 999)) {
            throw new IllegalArgumentException("COW code must be 1-999, got " + cowCode);
        }
        if (gwCode != null && (gwCode < 1 || gwCode > 999)) {
            throw new IllegalArgumentException("Gleditsch-Ward code must be 1-999, got " + gwCode);
        }
        cameoCode = Checks.optionalText(cameoCode);
        aliases = Checks.list(aliases, "aliases");
    }

    public OptionalInt cow() {
        return cowCode == null ? OptionalInt.empty() : OptionalInt.of(cowCode);
    }

    /** The aliases of one kind, in declaration order. */
    public List<String> aliases(AliasKind aliasKind) {
        return aliases.stream().filter(a -> a.kind() == aliasKind).map(Alias::text).toList();
    }
}
