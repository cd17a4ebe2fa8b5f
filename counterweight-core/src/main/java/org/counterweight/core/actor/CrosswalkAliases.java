package org.counterweight.core.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CapitalSpell;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.StateAdjectives;
import org.counterweight.core.model.StateNamePeriod;

/**
 * The aliases of the states that reach the {@link ActorDirectory} through the country-code crosswalk
 * rather than a case file, by ISO3: their English adjectives ("Nepalese", "Iranian"; the curated
 * {@code state_adjectives_curated.csv}, data/datasets/country-codes/SOURCE.md) and their current
 * capital as a metonym ("Kathmandu", "Tehran"; the capital spell lasting to the end of Miller's
 * capitals for peacesciencer, with the curated corrections: data/datasets/capitals/SOURCE.md).
 *
 * <p>A capital spell's COW code is read as the crosswalk's state of that code, or as the state a
 * curated naming gives the code at its end (state_names_curated.csv: 345 is Serbia from 2006, so
 * Belgrade is SRB's). A capital is left out when
 * <ul>
 * <li>it is named as its state ("Singapore", "Monaco": the name is there already);
 * <li>two states would share it;
 * <li>it is in {@link #NOT_METONYMS}: names that are English words, common given names or surnames
 * ("Male", "Victoria", "Sofia", "Castries", "Wellington"), names of other well-known places
 * ("Kingston": Ontario, New York, upon Thames; "Georgetown": Washington and its university;
 * "Nassau": the New York county and the House of Orange-Nassau; "San Jose": California; "St.
 * John's": Newfoundland; "St. George's"; "Tripoli": Lebanon's second city; "Santiago": de Cuba, de
 * Compostela, and a given name; "Sucre": a Venezuelan state, a Colombian department, the
 * independence leader, and not Bolivia's seat of government; "Panama City": Florida), capitals whose
 * name stands for an international organisation seated there or for other states' talks held there
 * ("Brussels": the EU and NATO; "Vienna": the IAEA, OPEC, the OSCE, the Vienna Conventions, the Iran
 * nuclear talks; "Doha": the US-Taliban talks and their 2020 agreement, the WTO's Doha Round), and a
 * capital whose status is disputed ("Jerusalem": most states keep their embassies in Tel Aviv, and
 * the city's name stands as often for Palestinian claims and its holy sites).
 * </ul>
 * Pure: the datasets arrive as records, read elsewhere.
 */
public final class CrosswalkAliases {
    /** Capitals never taken as metonyms of their states, for the reasons in the class comment. */
    public static final Set<String> NOT_METONYMS = Set.of("Male", "Victoria", "Sofia", "Castries", "Wellington",
            "Kingston", "Georgetown", "Nassau", "San Jose", "St. John's", "St. George's", "Tripoli", "Santiago",
            "Sucre", "Panama City", "Brussels", "Vienna", "Doha", "Jerusalem");

    private CrosswalkAliases() {
    }

    /**
     * The aliases by ISO3: adjectives first, then the capital.
     *
     * @param adjectives the curated adjectives of the states
     * @param capitals   the capital spells current at the end of the capitals data
     * @param crosswalk  the country codes, to read a capital's COW code as a state
     * @param names      the curated namings of COW codes, read where they hold at a code's end
     */
    public static Map<String, List<Alias>> of(Collection<StateAdjectives> adjectives,
            Collection<CapitalSpell> capitals, Collection<CountryCodeEntry> crosswalk,
            Collection<StateNamePeriod> names) {
        Map<String, List<Alias>> aliases = new LinkedHashMap<>();
        for (StateAdjectives state : adjectives) {
            for (String adjective : state.adjectives()) {
                aliases.computeIfAbsent(state.iso3(), id -> new ArrayList<>())
                        .add(new Alias(adjective, AliasKind.ADJECTIVE));
            }
        }
        Map<Integer, String> idByCode = new HashMap<>();
        Map<String, String> nameById = new HashMap<>();
        for (CountryCodeEntry entry : crosswalk) {
            if (entry.iso3() != null && entry.cowCode() != null) {
                idByCode.putIfAbsent(entry.cowCode(), entry.iso3());
            }
            if (entry.iso3() != null) {
                nameById.putIfAbsent(entry.iso3(), entry.name());
            }
        }
        for (StateNamePeriod naming : names) {
            if (naming.lastYear() == null) {
                idByCode.put(naming.cowCode(), naming.id());
            }
        }
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (CapitalSpell spell : capitals) {
            String id = idByCode.get(spell.ccode());
            if (id != null) {
                holders.computeIfAbsent(spell.capital(), c -> new LinkedHashSet<>()).add(id);
            }
        }
        holders.forEach((capital, ids) -> {
            String id = ids.iterator().next();
            if (ids.size() == 1 && !NOT_METONYMS.contains(capital) && !sameName(capital, nameById.get(id))) {
                aliases.computeIfAbsent(id, i -> new ArrayList<>()).add(new Alias(capital, AliasKind.METONYM));
            }
        });
        aliases.replaceAll((id, list) -> List.copyOf(list));
        return aliases;
    }

    private static boolean sameName(String capital, String name) {
        return name != null && capital.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
    }
}
