package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A standing relation between two actors: rivalry, partnership and the like, with a sign, a
 * strength and a period (its validity interval: the relation holds from its start to its end, open
 * when it has not ended). Evidence may back the relation's existence, its start or its end
 * ({@link Supports}); the case reader requires a source for every end.
 *
 * @param strength the curator's judgement in [0, 1]; the note says why
 */
public record Relation(String id, String a, String b, RelationType type, Sign sign, double strength,
        TimeSpan period, String note, List<Evidence> evidence) {
    public Relation {
        id = Checks.slug(id, "relation id");
        a = Checks.actorId(a, "a");
        b = Checks.actorId(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a relation needs two different actors, got " + a + " twice");
        }
        Objects.requireNonNull(type, "relation type is required");
        Objects.requireNonNull(sign, "sign is required");
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be in [0, 1], got " + strength);
        }
        Objects.requireNonNull(period, "period is required");
        note = Checks.optionalText(note);
        evidence = Checks.nonEmptyList(evidence, "evidence");
    }

    /** The evidence that backs this part of the relation (its existence, start or end), in file order. */
    public List<Evidence> evidence(Supports part) {
        return evidence.stream().filter(e -> e.supports() == part).toList();
    }

    /** Whether the relation is between these two actors, in either order. */
    public boolean between(String one, String other) {
        return a.equals(one) && b.equals(other) || a.equals(other) && b.equals(one);
    }
}
