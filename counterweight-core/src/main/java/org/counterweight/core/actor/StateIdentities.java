package org.counterweight.core.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.StateNamePeriod;
import org.counterweight.core.model.StateSystem;
import org.counterweight.core.model.StateSystemSpell;

/**
 * Every state of the COW state system under each of its names, by year: who holds a COW code in a
 * year, and which codes one reference follows over time.
 *
 * <p>Built from the COW membership list (Correlates of War Project 2017, "State System Membership
 * List, v2016"): a code's years are those of its membership spells, a spell ending on the list's last
 * day running on (open). Curated {@link StateNamePeriod}s then name part of a code's years (COW 365 is
 * the Soviet Union in 1922-1991, 345 Serbia from 2006) or give a whole code an id, name or aliases;
 * the code's remaining years belong to its default identity, named as COW names it. So each COW
 * state-year has exactly one holder.
 *
 * <p>Ids: a curated id; else the ISO 3166-1 alpha-3 code the country-code list gives the COW code;
 * else COW's abbreviation, unless it is another state's ISO3 code, then the abbreviation and the code
 * ({@code KOR_730}). Gleditsch-Ward codes: a curated one; else the same number where the G-W list has
 * it in overlapping years; else the country-code list's.
 *
 * <p>Lines: a reference to a state follows its COW code, and also the code of its Gleditsch-Ward
 * number where that is another COW code: the country-code list gives Germany (COW 255) G-W code 260,
 * as Gleditsch and Ward continue the German Federal Republic (COW 260, 1955-1990) as unified Germany.
 * In a year both hold, the one holding since earlier keeps it (the GFR in 1990).
 */
public final class StateIdentities {
    private final Map<Integer, List<StateIdentity>> byCode;
    private final Map<String, StateIdentity> byId;
    private final Map<Integer, List<Integer>> lines;

    private StateIdentities(List<StateIdentity> all, Map<Integer, List<Integer>> lines) {
        Map<Integer, List<StateIdentity>> codes = new TreeMap<>();
        Map<String, StateIdentity> ids = new LinkedHashMap<>();
        for (StateIdentity identity : all) {
            codes.computeIfAbsent(identity.cowCode(), c -> new ArrayList<>()).add(identity);
            if (ids.putIfAbsent(identity.id(), identity) != null) {
                throw new IllegalArgumentException("two states have the id " + identity.id());
            }
        }
        codes.replaceAll((code, list) -> list.stream()
                .sorted(Comparator.comparingInt(i -> i.years().get(0).first())).toList());
        this.byCode = codes;
        this.byId = ids;
        this.lines = Map.copyOf(lines);
    }

    /** No states at all: for directories that resolve case actors only. */
    public static StateIdentities none() {
        return new StateIdentities(List.of(), Map.of());
    }

    /**
     * The identities of the COW state system.
     *
     * @param spells    state-system spells; the COW ones define the states, the G-W ones give G-W codes
     * @param crosswalk the country-code list: ISO3 codes, G-W codes and the links between COW codes
     * @param namings   curated names of codes, over some of their years or all of them
     * @throws IllegalArgumentException when a naming covers no year of its code or overlaps another
     */
    public static StateIdentities of(Collection<StateSystemSpell> spells, Collection<CountryCodeEntry> crosswalk,
            Collection<StateNamePeriod> namings) {
        List<StateSystemSpell> cow = spells.stream().filter(s -> s.system() == StateSystem.COW)
                .sorted(Comparator.comparing(StateSystemSpell::start)).toList();
        Optional<LocalDate> listEnd = cow.stream().map(StateSystemSpell::end).max(Comparator.naturalOrder());
        Map<Integer, List<StateSystemSpell>> spellsByCode = new TreeMap<>();
        cow.forEach(s -> spellsByCode.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s));
        Map<Integer, List<YearSpan>> gw = new HashMap<>();
        spells.stream().filter(s -> s.system() == StateSystem.GW).forEach(s -> gw.computeIfAbsent(s.code(),
                c -> new ArrayList<>()).add(new YearSpan(s.start().getYear(), s.end().getYear())));
        Map<Integer, CountryCodeEntry> entries = new HashMap<>();
        Set<String> iso3s = new HashSet<>();
        for (CountryCodeEntry entry : crosswalk) {
            if (entry.cowCode() != null) {
                entries.putIfAbsent(entry.cowCode(), entry);
            }
            if (entry.iso3() != null) {
                iso3s.add(entry.iso3());
            }
        }
        Map<Integer, List<StateNamePeriod>> namingsByCode = new HashMap<>();
        namings.forEach(n -> namingsByCode.computeIfAbsent(n.cowCode(), c -> new ArrayList<>()).add(n));
        for (Integer code : namingsByCode.keySet()) {
            if (!spellsByCode.containsKey(code)) {
                throw new IllegalArgumentException("a curated name is given to COW code " + code
                        + ", which is not in the COW list");
            }
        }

        List<StateIdentity> identities = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        namings.forEach(n -> taken.add(n.id()));
        for (Map.Entry<Integer, List<StateSystemSpell>> code : spellsByCode.entrySet()) {
            List<YearSpan> member = membership(code.getValue(), listEnd.orElseThrow());
            List<StateNamePeriod> named = namingsByCode.getOrDefault(code.getKey(), List.of());
            StateNamePeriod whole = named.stream().filter(StateNamePeriod::wholeCode).findFirst().orElse(null);
            List<YearSpan> rest = member;
            List<YearSpan> carved = new ArrayList<>();
            for (StateNamePeriod period : named.stream().filter(n -> !n.wholeCode()).toList()) {
                YearSpan span = new YearSpan(period.firstYear() != null ? period.firstYear() : member.get(0).first(),
                        period.lastYear() != null ? period.lastYear() : YearSpan.OPEN);
                if (carved.stream().anyMatch(c -> c.intersect(span) != null)) {
                    throw new IllegalArgumentException("curated names of COW code " + code.getKey() + " overlap in "
                            + span);
                }
                carved.add(span);
                List<YearSpan> years = within(member, span);
                if (years.isEmpty()) {
                    throw new IllegalArgumentException("the curated name " + period.id() + " (" + span
                            + ") covers no year of COW code " + code.getKey());
                }
                rest = without(rest, span);
                identities.add(new StateIdentity(period.id(), period.name(), period.abbreviation(), code.getKey(),
                        gwCode(period.gwCode(), code.getKey(), years, gw, null), iso3s.contains(period.id())
                                ? period.id() : null, period.aliases(), years, true, period.successors()));
            }
            if (rest.isEmpty()) {
                continue;
            }
            StateSystemSpell first = code.getValue().get(0);
            CountryCodeEntry entry = entries.get(code.getKey());
            String iso3 = entry == null ? null : entry.iso3();
            String id = whole != null ? whole.id() : iso3 != null ? iso3 : defaultId(first, iso3s, taken);
            taken.add(id);
            identities.add(new StateIdentity(id, whole != null ? whole.name() : first.name(),
                    whole != null ? whole.abbreviation() : first.abbreviation(), code.getKey(),
                    gwCode(whole == null ? null : whole.gwCode(), code.getKey(), rest, gw, entry), iso3,
                    whole == null ? List.of() : whole.aliases(), rest, false,
                    whole == null ? List.of() : whole.successors()));
        }
        Map<Integer, List<Integer>> lines = new HashMap<>();
        for (CountryCodeEntry entry : crosswalk) {
            Integer linked = entry.gwCode();
            if (entry.cowCode() != null && linked != null && !linked.equals(entry.cowCode())
                    && spellsByCode.containsKey(linked)) {
                lines.put(entry.cowCode(), List.of(entry.cowCode(), linked));
            }
        }
        return new StateIdentities(identities, lines);
    }

    /** The years of a code's spells, merged where they touch; a spell ending on the list's last day is open. */
    private static List<YearSpan> membership(List<StateSystemSpell> spells, LocalDate listEnd) {
        List<YearSpan> spans = new ArrayList<>();
        for (StateSystemSpell spell : spells) {
            YearSpan span = new YearSpan(spell.start().getYear(),
                    spell.end().equals(listEnd) ? YearSpan.OPEN : spell.end().getYear());
            YearSpan previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (previous != null && span.first() <= previous.last() + 1L) {
                spans.set(spans.size() - 1, new YearSpan(previous.first(), Math.max(previous.last(), span.last())));
            } else {
                spans.add(span);
            }
        }
        return spans;
    }

    private static List<YearSpan> within(List<YearSpan> spans, YearSpan limit) {
        return spans.stream().map(s -> s.intersect(limit)).filter(s -> s != null).toList();
    }

    private static List<YearSpan> without(List<YearSpan> spans, YearSpan cut) {
        List<YearSpan> rest = new ArrayList<>();
        for (YearSpan span : spans) {
            if (span.intersect(cut) == null) {
                rest.add(span);
                continue;
            }
            if (span.first() < cut.first()) {
                rest.add(new YearSpan(span.first(), cut.first() - 1));
            }
            if (!cut.open() && span.last() > cut.last()) {
                rest.add(new YearSpan(cut.last() + 1, span.last()));
            }
        }
        return rest;
    }

    private static String defaultId(StateSystemSpell spell, Set<String> iso3s, Set<String> taken) {
        String abbreviation = spell.abbreviation();
        return iso3s.contains(abbreviation) || taken.contains(abbreviation) ? abbreviation + "_" + spell.code()
                : abbreviation;
    }

    private static Integer gwCode(Integer curated, int code, List<YearSpan> years, Map<Integer, List<YearSpan>> gw,
            CountryCodeEntry entry) {
        if (curated != null) {
            return curated;
        }
        boolean sameNumber = gw.getOrDefault(code, List.of()).stream()
                .anyMatch(g -> years.stream().anyMatch(y -> y.intersect(g) != null));
        return sameNumber ? Integer.valueOf(code) : entry == null ? null : entry.gwCode();
    }

    /** Every identity, by COW code and then by first year. */
    public List<StateIdentity> all() {
        return byCode.values().stream().flatMap(List::stream).toList();
    }

    /** The identity with this id, if any. */
    public Optional<StateIdentity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The identities of one COW code, by first year (empty for a code not in the COW list). */
    public List<StateIdentity> ofCode(int cowCode) {
        return byCode.getOrDefault(cowCode, List.of());
    }

    /** Who holds a COW code in a year, if the code is a member then. */
    public Optional<StateIdentity> holder(int cowCode, int year) {
        return ofCode(cowCode).stream().filter(i -> i.holds(year)).findFirst();
    }

    /**
     * The COW codes a reference to a state of {@code cowCode} follows over time: the code, then the
     * code its G-W number names where that is another COW code (255, then 260).
     */
    public List<Integer> line(int cowCode) {
        return lines.getOrDefault(cowCode, List.of(cowCode));
    }

    /**
     * The holder of a line in a year: of its codes' holders, the one holding since earliest (in a
     * year two hold, the earlier keeps it).
     */
    public Optional<StateIdentity> holder(List<Integer> line, int year) {
        return line.stream().map(code -> holder(code, year)).flatMap(Optional::stream)
                .min(Comparator.comparingInt(i -> i.span(year).orElseThrow().first()));
    }
}
