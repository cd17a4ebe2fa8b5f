package org.counterweight.core.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;

/**
 * Resolves what people type for an actor ("DEU", "260", "West Germany", "USSR", "Kremlin") to the
 * states that stand for it year by year, saying what it guessed.
 *
 * <p>Order: a number is a COW code; then an id, name or alias of the case's actors and of the
 * country-code list ({@link ActorDirectory}); then an id, name, alias or abbreviation of a state of
 * {@link StateIdentities} ("Yugoslavia", "East Germany", "GFR"); then a country-code name pattern,
 * which is a guess and is reported ("read 'Nigera' as Niger (NIR, 436)"). What matches nothing is
 * refused with the names closest to it by {@link EditDistance Damerau-Levenshtein distance}.
 *
 * <p>Over years: a reference to a named period (the Soviet Union, Serbia after 2006) means that state
 * in its years only; any other reference to a state follows its line ({@link StateIdentities#line}):
 * "RUS" is the Soviet Union in 1922-1991 and "DEU" the German Federal Republic in 1955-1990, each
 * said in a note. Years without a holder are noted; a reference with none in any year asked is
 * refused, naming the years it has.
 *
 * <p>Suggestion thresholds: names at a distance of at most 1 from a text of up to 4 characters, 2
 * from one of 5-8, 3 from a longer one (so a slip of a key or two, not another word), the 3 closest.
 */
public final class StateResolver {
    /** The most names suggested for an unknown one. */
    public static final int MAX_SUGGESTIONS = 3;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private final ActorDirectory directory;
    private final StateIdentities identities;
    private final Map<String, StateIdentity> identityNames = new LinkedHashMap<>();

    public StateResolver(ActorDirectory directory, StateIdentities identities) {
        this.directory = directory;
        this.identities = identities;
        for (StateIdentity identity : identities.all()) {
            identityNames.putIfAbsent(ActorDirectory.fold(identity.id()), identity);
            identityNames.putIfAbsent(ActorDirectory.fold(identity.name()), identity);
            identity.aliases().forEach(a -> identityNames.putIfAbsent(ActorDirectory.fold(a), identity));
        }
        for (StateIdentity identity : identities.all()) {
            identityNames.putIfAbsent(ActorDirectory.fold(identity.abbreviation()), identity);
        }
    }

    /**
     * What a text names, regardless of years.
     *
     * @param actor    the actor: a case's own where it is one, else the state as the lists name it
     * @param identity the state identity it names, or null (an organisation, a state outside COW)
     * @param line     the COW codes the reference follows over years (empty without a COW code)
     * @param guess    the note saying what was guessed, or null for an exact match
     */
    public record Match(Actor actor, StateIdentity identity, List<Integer> line, String guess) {
        public Match {
            line = List.copyOf(line);
        }
    }

    /**
     * An actor standing for a reference over consecutive years.
     *
     * @param identity the state identity, or null for an actor outside the COW list
     */
    public record Holding(Actor actor, StateIdentity identity, YearSpan years) {
    }

    /**
     * A reference resolved over years.
     *
     * @param reference as typed
     * @param named     the actor it names, whatever the year ("DEU": Germany)
     * @param holdings  who stands for it, in year order (never empty)
     * @param notes     what was guessed, mapped or not found, in words, for the person who asked
     */
    public record Resolution(String reference, Actor named, List<Holding> holdings, List<String> notes) {
        public Resolution {
            holdings = List.copyOf(holdings);
            notes = List.copyOf(notes);
        }

        /** The actor standing for the reference in {@code year}, if any. */
        public Optional<Actor> actorIn(int year) {
            return holdings.stream().filter(h -> h.years().contains(year)).map(Holding::actor).findFirst();
        }
    }

    /** What {@code text} names. */
    public Match match(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new UnresolvedReferenceException("an empty actor reference");
        }
        if (NUMBER.matcher(trimmed).matches()) {
            int code = Integer.parseInt(trimmed);
            List<StateIdentity> holders = identities.ofCode(code);
            if (holders.isEmpty()) {
                Actor actor = directory.byCowCode(code).orElseThrow(() -> new UnresolvedReferenceException(
                        "no state has COW code " + code));
                return new Match(actor, null, List.of(code), null);
            }
            StateIdentity identity = holders.stream().filter(i -> !i.namedPeriod()).findFirst()
                    .orElse(holders.get(0));
            return new Match(actorOf(identity), identity, List.of(code), null);
        }
        Optional<Actor> exact = directory.exact(trimmed);
        if (exact.isPresent()) {
            return matchOf(exact.get());
        }
        StateIdentity named = identityNames.get(ActorDirectory.fold(trimmed));
        if (named != null) {
            return matchOf(actorOf(named));
        }
        Optional<Actor> pattern = directory.byPattern(trimmed);
        if (pattern.isPresent()) {
            Match guessed = matchOf(pattern.get());
            return new Match(guessed.actor(), guessed.identity(), guessed.line(), "read '" + trimmed + "' as "
                    + label(guessed));
        }
        throw new UnresolvedReferenceException(unknown(trimmed));
    }

    /** What {@code text} names in each year of [first, last]. */
    public Resolution resolve(String text, int first, int last) {
        Match match = match(text);
        String reference = text.strip();
        List<String> notes = new ArrayList<>();
        if (match.guess() != null) {
            notes.add(match.guess());
        }
        YearSpan asked = new YearSpan(first, last);
        if (match.line().isEmpty() || identities.ofCode(match.line().get(0)).isEmpty()) {
            return new Resolution(reference, match.actor(), List.of(new Holding(match.actor(), null, asked)), notes);
        }
        List<Holding> holdings = new ArrayList<>();
        List<YearSpan> gaps = new ArrayList<>();
        boolean periodOnly = match.identity() != null && match.identity().namedPeriod();
        for (int year = first; year <= last; year++) {
            Optional<StateIdentity> holder = periodOnly ? holderOf(match.identity(), year)
                    : identities.holder(match.line(), year);
            if (holder.isPresent()) {
                extend(holdings, holder.get(), year);
            } else if (!gaps.isEmpty() && gaps.get(gaps.size() - 1).last() == year - 1) {
                gaps.set(gaps.size() - 1, new YearSpan(gaps.get(gaps.size() - 1).first(), year));
            } else {
                gaps.add(new YearSpan(year, year));
            }
        }
        if (holdings.isEmpty()) {
            throw new UnresolvedReferenceException(outside(reference, match, asked));
        }
        if (holdings.stream().anyMatch(h -> h.identity() != match.identity())) {
            notes.add("'" + reference + "' is " + holdings.stream().map(h -> h.identity().label() + " in " + h.years())
                    .collect(joining("and")));
        }
        if (!gaps.isEmpty()) {
            notes.add("'" + reference + "' names no member of the COW state system in " + gaps.stream()
                    .map(YearSpan::toString).collect(Collectors.joining(", ")) + " (" + lineYears(match) + ")");
        }
        return new Resolution(reference, match.actor(), holdings, notes);
    }

    private static Optional<StateIdentity> holderOf(StateIdentity identity, int year) {
        return identity.holds(year) ? Optional.of(identity) : Optional.empty();
    }

    private void extend(List<Holding> holdings, StateIdentity holder, int year) {
        Holding previous = holdings.isEmpty() ? null : holdings.get(holdings.size() - 1);
        if (previous != null && previous.identity() == holder && previous.years().last() == year - 1) {
            holdings.set(holdings.size() - 1, new Holding(previous.actor(), holder,
                    new YearSpan(previous.years().first(), year)));
        } else {
            holdings.add(new Holding(actorOf(holder), holder, new YearSpan(year, year)));
        }
    }

    /** The match of an actor found by name: its identity (by id, of the same code) and its line. */
    private Match matchOf(Actor actor) {
        StateIdentity identity = identities.byId(actor.id())
                .filter(i -> actor.cowCode() == null || actor.cowCode() == i.cowCode()).orElse(null);
        if (identity != null) {
            return new Match(actorOf(identity), identity, identities.line(identity.cowCode()), null);
        }
        boolean state = actor.kind() == ActorKind.STATE && actor.cowCode() != null;
        return new Match(actor, null, state ? identities.line(actor.cowCode()) : List.of(), null);
    }

    /** The case's or the country-code list's actor of an identity where it is that state, else the identity's own. */
    private Actor actorOf(StateIdentity identity) {
        return directory.byId(identity.id()).filter(a -> a.cowCode() != null && a.cowCode() == identity.cowCode())
                .orElseGet(identity::toActor);
    }

    private static String label(Match match) {
        return match.identity() != null ? match.identity().label() : label(match.actor());
    }

    private static String label(Actor actor) {
        return actor.name() + " (" + actor.id() + (actor.cowCode() != null ? ", " + actor.cowCode() : "") + ")";
    }

    /** The states a match may stand for: a named period alone, else every state of its line. */
    private List<StateIdentity> lineStates(Match match) {
        return match.identity() != null && match.identity().namedPeriod() ? List.of(match.identity())
                : match.line().stream().flatMap(code -> identities.ofCode(code).stream()).toList();
    }

    /** The states of a match's line with their years, in words. */
    private String lineYears(Match match) {
        return lineStates(match).stream().map(i -> i.label() + ": " + i.yearsText())
                .collect(Collectors.joining("; "));
    }

    private String outside(String reference, Match match, YearSpan asked) {
        StateIdentity identity = match.identity();
        List<StateIdentity> line = lineStates(match);
        StringBuilder message = new StringBuilder("'" + reference + "' ");
        if (line.size() == 1) {
            message.append("is ").append(line.get(0).label()).append(", which exists in the COW state list ")
                    .append(line.get(0).yearsText()).append(", not in ").append(asked);
        } else {
            message.append("names ").append(lineYears(match)).append(": none of them in ").append(asked);
        }
        if (identity != null && identity.namedPeriod()) {
            List<String> others = new ArrayList<>();
            for (int year = asked.first(); year <= asked.last(); year++) {
                identities.holder(identity.cowCode(), year).map(StateIdentity::label).filter(l -> !others.contains(l))
                        .ifPresent(others::add);
            }
            if (!others.isEmpty()) {
                message.append("; COW code ").append(identity.cowCode()).append(" is ")
                        .append(String.join(" and ", others)).append(" then");
            }
        }
        if (identity != null && !identity.successors().isEmpty()) {
            message.append("; succeeded by ").append(identity.successors().stream()
                    .map(code -> identities.ofCode(code).stream().findFirst().map(StateIdentity::label)
                            .orElse("COW " + code)).collect(Collectors.joining(" and ")));
        }
        return message.toString();
    }

    private String unknown(String text) {
        String folded = ActorDirectory.fold(text);
        int threshold = folded.length() <= 4 ? 1 : folded.length() <= 8 ? 2 : 3;
        Map<String, Integer> distances = new HashMap<>();
        directory.names().forEach((name, actor) -> consider(distances, folded, name, label(matchOf(actor)),
                threshold));
        identityNames.forEach((name, identity) -> consider(distances, folded, name, identity.label(), threshold));
        List<String> closest = distances.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SUGGESTIONS).map(Map.Entry::getKey).toList();
        if (closest.isEmpty()) {
            return "unknown actor '" + text + "': give an ISO3 code (PAK), a COW code (770), or a name or alias of a"
                    + " state or of an actor of the case";
        }
        return "unknown state '" + text + "'; did you mean " + closest.stream().collect(joining("or")) + "?";
    }

    private static void consider(Map<String, Integer> distances, String folded, String name, String label,
            int threshold) {
        int distance = EditDistance.damerauLevenshtein(folded, name);
        if (distance <= threshold) {
            distances.merge(label, distance, Math::min);
        }
    }

    /** Joins "a", "a and b", "a, b and c" (or "or"). */
    private static Collector<CharSequence, ?, String> joining(String conjunction) {
        return Collectors.collectingAndThen(Collectors.toList(), items -> items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                        + items.get(items.size() - 1));
    }
}
