package org.counterweight.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A curated case: its sources, actors and everything said about them. Ids are unique within
 * each list; the loader checks that every actor and source referred to is declared.
 */
public record CaseFile(String id, String title, String description, List<Source> sources, List<Actor> actors,
        List<Agreement> agreements, List<Membership> memberships, List<Relation> relations, List<Event> events,
        List<Claim> claims) {

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
