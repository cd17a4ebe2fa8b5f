package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;

/**
 * Known agreements named other than by their exact names.
 *
 * <ul>
 * <li>Short names spelled differently: case, hyphens and spaces aside ("S400 deal", "s-400 Deal"
 *     and "S 400 deal" are the "S-400 deal"). A match written all in lower-case letters is left
 *     out, so a short name that is also a phrase ("New START", "new start") is not found in prose.</li>
 * <li>Accession as a process between a state and an organisation with a known membership
 *     agreement between exactly those two: "X's membership in/of/to ORG", "X's accession/entry/
 *     admission to ORG", "X's bid/application for (membership of) ORG", "X's bid to join ORG",
 *     "X's ORG membership", "the membership/accession/entry/admission of X to/in ORG".</li>
 * <li>Arms deals as a purchase by a buyer from a supplier: "X's purchase/acquisition/procurement of
 *     SUPPLIER[-made] WEAPON ..." or "X's purchase of WEAPON ... from SUPPLIER" where a known arms deal has exactly the buyer and the supplier as
 *     parties and names the weapon (compared without case and hyphens: "S400" is "S-400").</li>
 * </ul>
 *
 * <p>The process phrases are read around actor mentions already found, so they need the
 * gazetteer's findings; they may contain actor mentions ("Pakistan" in "the membership of Pakistan
 * to the SCO").
 */
final class AgreementPhrases {
    private static final String SEPARATOR = "[-\u2010\u2011\u2013\\s]?";
    private static final Pattern SPLIT = Pattern.compile("[-\u2010\u2011\u2013\\s]+");
    private static final Pattern JOINING = Pattern.compile(
            "['\u2019]s\\s(?:(?:full|formal|permanent)\\s)?(?:membership|accession|entry|admission|inclusion)\\s"
                    + "(?:in|of|to|into)\\s(?:the\\s)?"
                    + "|['\u2019]s\\s(?:formal\\s)?(?:bid|application|candidacy|quest|push)\\s(?:for|to\\sjoin|to\\senter)\\s"
                    + "(?:(?:full\\s)?membership\\s(?:of|in)\\s)?(?:the\\s)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JOINING_OF = Pattern.compile(
            "(?:the\\s)?(?:membership|accession|entry|admission|induction)\\sof\\s\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_ORG = Pattern.compile("\\s(?:to|in|into)\\s(?:the\\s)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORG_MEMBERSHIP = Pattern.compile("\\s(?:membership|accession|bid)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PURCHASE = Pattern.compile(
            "\\b(?:purchases?|acquisitions?|procurement|import|imports|buying)\\sof\\s(?:the\\s)?"
                    + "(?:(?<supplier>\\p{L}+)(?:[-\u2010\u2011\\s](?:made|built|origin|supplied|manufactured))?\\s)?"
                    + "(?<weapon>[A-Z][A-Za-z]*(?:[-\u2010\u2011]?[A-Z0-9][A-Za-z0-9]*){0,3})"
                    + "(?<rest>(?:\\s[a-z]{2,20}(?:-[a-z]{2,20}){0,3}){0,4})");
    /** The nouns that may follow a weapon's name inside the phrase ("S-400 missile defence systems"). */
    private static final Pattern WEAPON_NOUN = Pattern.compile("(?:[a-z]+-)*(?:missile|defen[cs]e|air|fighter|jet|aircraft"
            + "|helicopter|submarine|tank|unit|rifle|drone|frigate|ship|warship|vessel|gun|howitzer|launcher|radar|battery"
            + "|batteries|system|platform|interceptor|shield|range|regiment|squadron)s?");

    private final List<Agreement> agreements;
    private final Map<String, String> shortNames = new HashMap<>();
    private final Pattern shortName;

    AgreementPhrases(Collection<Agreement> agreements) {
        this.agreements = List.copyOf(agreements);
        List<String> alternatives = new ArrayList<>();
        for (Agreement a : this.agreements) {
            if (a.shortName() != null && shortNames.putIfAbsent(key(a.shortName()), a.id()) == null) {
                alternatives.add(spellings(a.shortName()));
            }
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        shortName = alternatives.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }

    /** Adds the known short names written with another case, hyphenation or spacing. */
    void addShortNames(String text, List<Mention> names) {
        if (shortName == null) {
            return;
        }
        Matcher m = shortName.matcher(text);
        List<Mention> found = new ArrayList<>();
        while (m.find()) {
            String surface = m.group();
            int s = m.start();
            int e = m.end();
            String id = shortNames.get(key(surface));
            boolean prose = surface.equals(surface.toLowerCase(Locale.ROOT)) && surface.chars().noneMatch(Character::isDigit);
            if (id != null && !prose && names.stream().noneMatch(n -> n.overlaps(s, e))) {
                found.add(new Mention(MentionKind.AGREEMENT, surface, s, e, -1, id, 0.8, "known agreement (short name)"));
            }
        }
        names.addAll(found);
    }

    /** Adds accessions and arms purchases named as processes between actors already found. */
    void addProcesses(String text, List<Mention> names) {
        List<Mention> actors = names.stream().filter(n -> n.kind() == MentionKind.ACTOR)
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        List<Mention> found = new ArrayList<>();
        for (int k = 0; k + 1 < actors.size(); k++) {
            Mention state = actors.get(k);
            Mention org = actors.get(k + 1);
            if (org.start() < state.end() || org.start() - state.end() > 80) {
                continue;
            }
            String between = text.substring(state.end(), org.start());
            int start = -1;
            int end = org.end();
            if (JOINING.matcher(between).matches()) {
                start = state.start();
            } else if (TO_ORG.matcher(between).matches()) {
                Matcher before = JOINING_OF.matcher(text.substring(Math.max(0, state.start() - 40), state.start()));
                if (before.find()) {
                    start = state.start() - (before.end() - before.start());
                }
            } else if (between.equals("\u2019s ") || between.equals("'s ")) {
                Matcher after = ORG_MEMBERSHIP.matcher(text).region(org.end(), text.length());
                if (after.lookingAt()) {
                    start = state.start();
                    end = after.end();
                }
            }
            if (start >= 0) {
                String id = byParties(AgreementType.MEMBERSHIP_ACCESSION, state.value(), org.value(), null);
                add(text, names, found, start, end, id);
            }
        }
        Matcher m = PURCHASE.matcher(text);
        while (m.find()) {
            Mention buyer = buyer(text, actors, m.start());
            int end = m.end("weapon");
            for (String word : m.group("rest").strip().split(" ")) {
                if (!WEAPON_NOUN.matcher(word).matches()) {
                    break;
                }
                end = text.indexOf(word, end) + word.length();
            }
            Mention supplier = m.group("supplier") != null ? startingAt(actors, m.start("supplier"))
                    : text.startsWith(" from ", end) ? startingAt(actors, end + 6) : null;
            if (buyer == null || supplier == null) {
                continue;
            }
            if (m.group("supplier") == null) {
                end = supplier.end();
            }
            String id = byParties(AgreementType.ARMS_DEAL, buyer.value(), supplier.value(), m.group("weapon"));
            add(text, names, found, m.start(), end, id);
        }
        names.addAll(found);
    }

    private static void add(String text, List<Mention> names, List<Mention> found, int start, int end, String id) {
        if (id != null && names.stream().noneMatch(n -> n.kind() == MentionKind.AGREEMENT && n.overlaps(start, end))) {
            found.add(new Mention(MentionKind.AGREEMENT, text.substring(start, end), start, end, -1, id, 0.7,
                    "known agreement by its parties"));
        }
    }

    private static Mention startingAt(List<Mention> actors, int at) {
        return actors.stream().filter(a -> a.start() == at).findFirst().orElse(null);
    }

    /** The actor right before "X's purchase" or "the Indian purchase". */
    private static Mention buyer(String text, List<Mention> actors, int at) {
        for (Mention a : actors) {
            String between = text.substring(Math.min(a.end(), at), at);
            if (a.end() <= at && (between.equals("\u2019s ") || between.equals("'s ") || between.equals(" "))) {
                return a;
            }
        }
        return null;
    }

    /** The one agreement of a type with exactly these two parties (naming the weapon, if given), or null. */
    private String byParties(AgreementType type, String one, String other, String weapon) {
        if (one.equals(other) || one.indexOf(' ') >= 0 || other.indexOf(' ') >= 0) {
            return null; // a compound ("Indo-US") is not one party
        }
        Set<String> parties = Set.of(one, other);
        String item = weapon == null ? null : key(weapon).replaceAll("(?<=\\d)s$", "");
        List<String> ids = agreements.stream()
                .filter(a -> a.type() == type && new HashSet<>(a.parties()).equals(parties))
                .filter(a -> item == null || words(a).contains(item))
                .map(Agreement::id).toList();
        return ids.size() == 1 ? ids.get(0) : null;
    }

    private static Set<String> words(Agreement a) {
        String names = a.name() + " " + (a.shortName() == null ? "" : a.shortName());
        return Pattern.compile("\\s+").splitAsStream(names)
                .map(w -> key(w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "")))
                .collect(Collectors.toSet());
    }

    /** Lower case without hyphens or spaces: the spelling-blind key of a short name. */
    private static String key(String s) {
        return SPLIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** A regular expression for a short name with optional hyphens or spaces between its letter and digit runs. */
    private static String spellings(String name) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String part : SPLIT.split(name.strip())) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (run.length() > 0 && Character.isDigit(c) != Character.isDigit(run.charAt(run.length() - 1))) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
                run.append(c);
            }
            runs.add(run.toString());
            run.setLength(0);
        }
        return runs.stream().map(Pattern::quote).collect(Collectors.joining(SEPARATOR));
    }
}
