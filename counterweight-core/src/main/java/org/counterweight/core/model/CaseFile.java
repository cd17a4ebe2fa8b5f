package org.counterweight.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A curated case: its sources, actors and everything said about them. Ids are unique within
 * each list; the loader checks that every actor and source referred to is declared.
 *
 * <p>Ids share one namespace per kind across the knowledge base: a case may reuse the ids of another
 * case only when it declares that it {@code extends} it (it builds on that case: reading it reads the
 * other's content too, its own entries standing in for those with the same id) or {@code replaces} it
 * (importing it removes the other case, which undoing the import brings back).
 *
 * @param extendsCase  the case this one builds on, or null
 * @param replacesCase the case this one replaces, or null
 */
public record CaseFile(String id, String title, String description, List<Source> sources, List<Actor> actors,
        List<Agreement> agreements, List<Membership> memberships, List<Relation> relations, List<Event> events,
        List<Claim> claims, String extendsCase, String replacesCase) {

    /** A case that neither extends nor replaces another. */
    public CaseFile(String id, String title, String description, List<Source> sources, List<Actor> actors,
            List<Agreement> agreements, List<Membership> memberships, List<Relation> relations, List<Event> events,
            List<Claim> claims) {
        this(id, title, description, sources, actors, agreements, memberships, relations, events, claims, null, null);
    }

    public CaseFile {
        id = Checks.slug(id, "case id");
        title = Checks.text(title, "case title");
        description = Checks.optionalText(description);
        sources = Checks.list(sources, "sources");
        actors = Checks.list(actors, "actors");
        agreements = Checks.list(agreements, "agreements");
        memberships = Checks.list(memberships, "memberships");
        relations = Checks.list(relations, "relations");
        events = Checks.list(events, "events");
        claims = Checks.list(claims, "claims");
        extendsCase = extendsCase == null ? null : Checks.slug(extendsCase, "extends");
        replacesCase = replacesCase == null ? null : Checks.slug(replacesCase, "replaces");
        if (id.equals(extendsCase)) {
            throw new IllegalArgumentException("a case cannot extend itself ('" + id + "')");
        }
        if (extendsCase != null && extendsCase.equals(replacesCase)) {
            throw new IllegalArgumentException("a case extends or replaces '" + extendsCase + "', not both");
        }
        requireUnique(sources.stream().map(Source::id).toList(), "source id");
        requireUnique(actors.stream().map(Actor::id).toList(), "actor id");
        requireUnique(agreements.stream().map(Agreement::id).toList(), "agreement id");
        requireUnique(relations.stream().map(Relation::id).toList(), "relation id");
        requireUnique(claims.stream().map(Claim::id).toList(), "claim id");
    }

    private static void requireUnique(List<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + field + " '" + id + "'");
            }
        }
    }
}
