package org.counterweight.core.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CountryCodeEntry;

/**
 * Finds actors by id, code, name or alias.
 *
 * <p>Curated actors (with their metonyms, adjectives, people and combining forms) come first; any other
 * state is found through the country-code crosswalk by ISO3, COW abbreviation, COW or
 * Gleditsch-Ward number, English name (including the crosswalk's name patterns), or the aliases given
 * for it by ISO3 (its adjectives and capital: {@link CrosswalkAliases}). A curated actor keeps its own
 * aliases: those given for its ISO3 are not used. Matching is case-insensitive and ignores a leading
 * "the" ("the Kremlin").
 */
public final class ActorDirectory {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private final Map<String, Actor> byId = new LinkedHashMap<>();
    private final Map<String, Actor> byKey = new HashMap<>();
    private final Map<String, Actor> byCombiningForm = new HashMap<>();
    private final Map<Integer, Actor> byCowCode = new HashMap<>();
    private final List<Map.Entry<Pattern, Actor>> namePatterns = new ArrayList<>();
    private final Set<String> curatedIds = new HashSet<>();

    /**
     * A directory whose crosswalk states have their names only.
     *
     * @param curated   actors of the cases, which take precedence
     * @param crosswalk country codes for every other state
     */
    public ActorDirectory(Collection<Actor> curated, Collection<CountryCodeEntry> crosswalk) {
        this(curated, crosswalk, Map.of());
    }

    /**
     * @param curated          actors of the cases, which take precedence
     * @param crosswalk        country codes for every other state
     * @param crosswalkAliases aliases of the crosswalk's states by ISO3 (adjectives, capitals); those of
     *                         a curated actor's id are ignored
     */
    public ActorDirectory(Collection<Actor> curated, Collection<CountryCodeEntry> crosswalk,
            Map<String, List<Alias>> crosswalkAliases) {
        for (Actor actor : curated) {
            byId.putIfAbsent(actor.id(), actor);
        }
        curatedIds.addAll(byId.keySet());
        for (CountryCodeEntry entry : crosswalk) {
            if (entry.iso3() != null && !byId.containsKey(entry.iso3())) {
                byId.put(entry.iso3(), fromCrosswalk(entry, crosswalkAliases.getOrDefault(entry.iso3(), List.of())));
            }
        }
        for (Actor actor : byId.values()) {
            index(actor.id(), actor);
            index(actor.name(), actor);
            for (Alias alias : actor.aliases()) {
                if (alias.kind() == AliasKind.COMBINING) {
                    byCombiningForm.putIfAbsent(fold(alias.text()), actor);
                } else {
                    index(alias.text(), actor);
                }
            }
            if (actor.cowCode() != null && actor.kind() == ActorKind.STATE) {
                byCowCode.putIfAbsent(actor.cowCode(), actor);
            }
        }
        for (CountryCodeEntry entry : crosswalk) {
            Actor actor = entry.iso3() == null ? null : byId.get(entry.iso3());
            if (actor == null) {
                continue;
            }
            for (String name : new String[] {entry.name(), entry.isoName(), entry.cowName(), entry.cowAbb()}) {
                if (name != null) {
                    index(name, actor);
                }
            }
            if (entry.cowCode() != null) {
                byCowCode.putIfAbsent(entry.cowCode(), actor);
            }
            if (entry.nameRegex() != null) {
                try {
                    namePatterns.add(Map.entry(Pattern.compile(entry.nameRegex(), Pattern.CASE_INSENSITIVE), actor));
                } catch (PatternSyntaxException e) {
                    // a crosswalk pattern Java cannot compile only loses that fuzzy match; exact names still work
                }
            }
        }
    }

    private static Actor fromCrosswalk(CountryCodeEntry entry, List<Alias> aliases) {
        return new Actor(entry.iso3(), ActorKind.STATE, entry.name(), entry.cowCode(), entry.gwCode(), entry.iso3(),
                aliases);
    }

    private void index(String text, Actor actor) {
        byKey.putIfAbsent(fold(text), actor);
    }

    /** A text folded as the directory compares names: lower case, curly apostrophes plain, no leading "the". */
    public static String fold(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** Every actor known, curated first. */
    public Collection<Actor> all() {
        return byId.values();
    }

    /** Whether the actor with this id is a curated one (not built from the crosswalk). */
    public boolean curated(String id) {
        return curatedIds.contains(id);
    }

    /** The actor with this id, if any. */
    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The state with this COW code, if any. */
    public Optional<Actor> byCowCode(int cowCode) {
        return Optional.ofNullable(byCowCode.get(cowCode));
    }

    /** Resolves one reference to one actor: id, code, name, alias, or a name pattern. */
    public Optional<Actor> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (NUMBER.matcher(trimmed).matches()) {
            return byCowCode(Integer.parseInt(trimmed));
        }
        return exact(trimmed).or(() -> byPattern(trimmed));
    }

    /** The actor with this id, name or alias (not a combining form), ignoring case and a leading "the". */
    public Optional<Actor> exact(String text) {
        return Optional.ofNullable(byKey.get(fold(text)));
    }

    /**
     * The first state whose crosswalk name pattern matches {@code text}: a guess, which callers
     * should report ("Nigera" matches Niger's pattern).
     */
    public Optional<Actor> byPattern(String text) {
        for (Map.Entry<Pattern, Actor> pattern : namePatterns) {
            if (pattern.getKey().matcher(text.strip()).find()) {
                return Optional.of(pattern.getValue());
            }
        }
        return Optional.empty();
    }

    /** Every id, name and alias known (lower case, without a leading "the") with its actor. */
    public Map<String, Actor> names() {
        return Collections.unmodifiableMap(byKey);
    }


    /**
     * Resolves a hyphenated compound ("Sino-Pak", "Indo-US", "Pak-India") to its actors; a plain
     * reference gives one actor. Empty when any part is unknown.
     */
    public List<Actor> resolveCompound(String text) {
        Actor exact = text == null ? null : byKey.get(fold(text));
        if (exact != null) {
            return List.of(exact);
        }
        if (text == null || !text.contains("-") && !text.contains("\u2013")) {
            return resolve(text).map(List::of).orElse(List.of());
        }
        List<Actor> parts = new ArrayList<>();
        for (String part : text.split("[-\u2013]")) {
            Actor actor = byCombiningForm.get(fold(part));
            if (actor == null) {
                actor = resolve(part).orElse(null);
            }
            if (actor == null) {
                return List.of();
            }
            parts.add(actor);
        }
        return List.copyOf(parts);
    }
}
