package org.counterweight.core.actor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;

/**
 * One state under one name, with its codes and the years it holds its COW code under that name. A
 * code held under several names has several identities: COW 365 is Russia in 1816-1921 and from
 * 1992 and the Soviet Union in 1922-1991 ({@link StateIdentities}).
 *
 * @param id           the actor id: an ISO 3166 alpha-3 code where the state has one, else a curated or
 *                     COW code ({@link StateIdentities} says which)
 * @param name         the display name
 * @param abbreviation COW's abbreviation of the state, or the curated one of a named period ("SUN")
 * @param cowCode      the COW state code
 * @param gwCode       the Gleditsch-Ward code, or null where the G-W list has none
 * @param iso3         the ISO 3166-1 alpha-3 code of the country-code list, or null
 * @param aliases      other names it is known by ("USSR", "West Germany")
 * @param years        the years it holds its COW code under this name, in order, not overlapping
 * @param namedPeriod  whether it is a curated name for part of its code's years (the Soviet Union, Serbia):
 *                     asking for it by name means those years only, not the code's other holders
 * @param successors   COW codes of the states that took its place, for messages
 */
public record StateIdentity(String id, String name, String abbreviation, int cowCode, Integer gwCode, String iso3,
        List<String> aliases, List<YearSpan> years, boolean namedPeriod, List<Integer> successors) {

    public StateIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(abbreviation, "abbreviation");
        aliases = List.copyOf(aliases);
        years = List.copyOf(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException(id + " holds COW code " + cowCode + " in no year");
        }
        successors = List.copyOf(successors);
    }

    /** Whether it holds its code in {@code year}. */
    public boolean holds(int year) {
        for (YearSpan span : years) {
            if (span.contains(year)) {
                return true;
            }
        }
        return false;
    }

    /** The span of years holding {@code year}, if any. */
    public Optional<YearSpan> span(int year) {
        return years.stream().filter(s -> s.contains(year)).findFirst();
    }

    /** "German Federal Republic (GFR, 260)": the name, the abbreviation and the COW code. */
    public String label() {
        return name + " (" + abbreviation + ", " + cowCode + ")";
    }

    /** Its years in words: "1955-1990", "1816-1945, from 1990". */
    public String yearsText() {
        return years.stream().map(YearSpan::toString).collect(Collectors.joining(", "));
    }

    /** The identity as an actor of the knowledge base's kind (a state; CAMEO's state codes are ISO3). */
    public Actor toActor() {
        return new Actor(id, ActorKind.STATE, name, cowCode, gwCode, iso3,
                aliases.stream().map(a -> new Alias(a, AliasKind.NAME)).toList());
    }
}
