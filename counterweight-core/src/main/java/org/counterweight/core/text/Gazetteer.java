package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;

/**
 * Finds known actors and agreements in text by their names.
 *
 * <p>Entries come from every actor's name and aliases (combining forms excepted; a leading "the" is
 * dropped so "the Kremlin" matches "Kremlin"; a person such as "Narendra Modi" stands for the actor
 * he or she speaks for), from every agreement's name, its name without a parenthetical remark, its
 * short name, a quoted name inside its name, and from its aliases in the knowledge base. Where two entries share a surface form the first wins: actors, then agreements'
 * names and short names, then their aliases; but an agreement whose name or short name is exactly
 * an organisation's ("AUKUS", the grouping and its founding pact) is reported beside it. Matching is case-sensitive (so "US" is not "us"), on
 * word boundaries, longest entry first, leftmost first, without overlaps, except that the actors
 * named inside an agreement's name are found as well. A misspelt actor name, one edit from a known
 * one ("New Dehli"), is found with a lower confidence. Hyphenated compounds ("Sino-Pak", "Indo-US")
 * are resolved through {@link ActorDirectory#resolveCompound} before single names are tried.
 *
 * <p>Complexity: O(n * L) hash look-ups for a text of n characters and L distinct entry lengths.
 */
public final class Gazetteer {
    /** One name and what it stands for. */
    record Entry(MentionKind kind, String value, double confidence) {
    }

    private static final Pattern COMPOUND = Pattern.compile("\\b[A-Z][A-Za-z]{1,15}(?:[-\u2013][A-Z][A-Za-z]{1,15}){1,3}\\b");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern QUOTED = Pattern.compile("[\u201c\"]([^\u201d\"]{3,80})[\u201d\"]");

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}]+\\b");
    /** Names shorter than this are never matched by spelling ("Modi", "Iran" and "Iraq" are too close to other words). */
    static final int MIN_FUZZY = 5;
    static final double FUZZY_FACTOR = 0.7;

    private final Map<String, Entry> entries = new HashMap<>();
    /** The detail of a mention of a person who speaks or acts for an actor, which a later "he" or "she" may refer to. */
    static final String PERSON = "gazetteer: person";
    /** Names of people, whose mentions say so in their detail ({@link #PERSON}). */
    private final Set<String> people = new HashSet<>();
    /**
     * Surfaces never matched by spelling: adjectives ("Indiana" is one edit from "Indian") and the
     * aliases of states outside the case, given them from the crosswalk's data ("Parts" is one edit
     * from "Paris", "Quite" from "Quito", "Kingston" from "Kingstown").
     */
    private final Set<String> exactOnly = new HashSet<>();
    /** Actor names of at least {@link #MIN_FUZZY} letters, by first letter and word count, for spelling matches. */
    private final Map<Integer, List<String>> fuzzyNames = new HashMap<>();
    private final int[] lengths;
    /** The first two characters of every entry, packed and sorted: most word starts can be skipped at once. */
    private final long[] heads;
    private final ActorDirectory directory;
    /** Agreements named exactly as an organisation ("AUKUS"), reported beside it. */
    private final Map<String, Entry> organisationAgreements = new HashMap<>();

    /**
     * @param directory  resolves compounds; its actors' names and aliases give entries of confidence
     *                   0.95 (0.9 for people, 0.85 for adjectives)
     * @param agreements the known agreements; their names give entries of confidence 0.95 (0.9 for
     *                   the derived forms and short names), their aliases entries of confidence 0.85
     */
    public Gazetteer(ActorDirectory directory, Collection<Agreement> agreements) {
        this.directory = directory;
        for (Actor actor : directory.all()) {
            put(actor.name(), MentionKind.ACTOR, actor.id(), 0.95);
            for (Alias alias : actor.aliases()) {
                if (alias.kind() != AliasKind.COMBINING) {
                    put(alias.text(), MentionKind.ACTOR, actor.id(), confidence(alias.kind()));
                    if (alias.kind() == AliasKind.PERSON) {
                        people.add(alias.text().strip());
                    }
                }
                if (alias.kind() == AliasKind.ADJECTIVE || !directory.curated(actor.id())) {
                    exactOnly.add(alias.text().strip());
                }
            }
        }
        for (Agreement agreement : agreements) {
            putAgreementName(agreement.name(), agreement.id(), 0.95);
            putAgreementName(PARENTHETICAL.matcher(agreement.name()).replaceAll("").strip(), agreement.id(), 0.9);
            if (agreement.shortName() != null) {
                putAgreementName(agreement.shortName(), agreement.id(), 0.9);
            }
            Matcher quoted = QUOTED.matcher(agreement.name());
            while (quoted.find()) {
                putAgreementName(quoted.group(1), agreement.id(), 0.9);
            }
        }
        for (Agreement agreement : agreements) {
            for (String alias : agreement.aliases()) {
                put(alias, MentionKind.AGREEMENT, agreement.id(), 0.85);
            }
        }
        entries.forEach((name, entry) -> {
            if (entry.kind() == MentionKind.ACTOR && name.length() >= MIN_FUZZY && !exactOnly.contains(name)
                    && Character.isUpperCase(name.charAt(0))
                    && name.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')) {
                fuzzyNames.computeIfAbsent(fuzzyKey(name.charAt(0), name.split(" ").length), k -> new ArrayList<>()).add(name);
            }
        });
        fuzzyNames.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        TreeSet<Integer> distinct = new TreeSet<>(Comparator.reverseOrder());
        entries.keySet().forEach(k -> distinct.add(k.length()));
        lengths = distinct.stream().mapToInt(Integer::intValue).toArray();
        heads = entries.keySet().stream().mapToLong(k -> head(k, 0)).distinct().sorted().toArray();
    }

    /**
     * How sure a match of an actor's alias is: 0.95 for names, abbreviations and metonyms, 0.9 for
     * a person (who may have left the post, or speak for a party rather than the state), 0.85 for an
     * adjective (an Indian scholar is not India).
     */
    private static double confidence(AliasKind kind) {
        return switch (kind) {
            case PERSON -> 0.9;
            case ADJECTIVE -> 0.85;
            default -> 0.95;
        };
    }

    private void put(String text, MentionKind kind, String value, double confidence) {
        String surface = text.strip();
        if (surface.startsWith("the ") || surface.startsWith("The ")) {
            surface = surface.substring(4);
        }
        if (surface.length() < 2 || surface.length() > 120) {
            return;
        }
        entries.putIfAbsent(surface, new Entry(kind, value, confidence));
    }

    /** An agreement's name or short name; also reported beside an organisation of that very name. */
    private void putAgreementName(String text, String id, double confidence) {
        put(text, MentionKind.AGREEMENT, id, confidence);
        Entry existing = entries.get(text.strip());
        if (existing != null && existing.kind() == MentionKind.ACTOR
                && directory.byId(existing.value()).map(a -> a.kind() == ActorKind.ORGANISATION).orElse(false)) {
            organisationAgreements.putIfAbsent(text.strip(), new Entry(MentionKind.AGREEMENT, id, confidence));
        }
    }

    /** The number of surface forms known. */
    public int size() {
        return entries.size();
    }

    /**
     * The actor and agreement mentions in {@code text}, in order; sentence indices are left at -1 for
     * the caller to fill. Actors and agreements do not overlap their own kind, but the actors named
     * inside an agreement's name are reported too ("China" and "Pakistan" in "China Pakistan
     * Economic Corridor", "US-India" in "US-India Commercial Dialogue"). A typographic apostrophe
     * (’) matches a straight one, so "America’s" in a text matches "America's" in a name.
     */
    public List<Mention> find(String text) {
        String key = text.replace('\u2019', '\'');
        List<Mention> found = match(text, key, 0, text.length(), null);
        List<Mention> inside = new ArrayList<>();
        for (Mention m : found) {
            if (m.kind() == MentionKind.AGREEMENT && !organisationAgreements.containsKey(key.substring(m.start(), m.end()))) {
                inside.addAll(match(text, key, m.start(), m.end(), MentionKind.ACTOR));
            }
        }
        found.addAll(inside);
        List<Mention> compounds = new ArrayList<>();
        Matcher compound = COMPOUND.matcher(text);
        while (compound.find()) {
            String surface = compound.group();
            if (entries.containsKey(surface)) {
                continue; // a name with a hyphen was matched as a name
            }
            List<Actor> actors = directory.resolveCompound(surface);
            if (actors.size() >= 2) {
                String ids = actors.stream().map(Actor::id).distinct().sorted().collect(Collectors.joining(" "));
                compounds.add(new Mention(MentionKind.ACTOR, surface, compound.start(), compound.end(), -1, ids, 0.9, "compound"));
            }
        }
        boolean[] replaced = new boolean[text.length() + 1];
        compounds.forEach(c -> Arrays.fill(replaced, c.start(), c.end(), true));
        found.removeIf(m -> m.kind() == MentionKind.ACTOR && (replaced[m.start()] || replaced[m.end() - 1]));
        found.addAll(compounds);
        found.addAll(misspelt(text, found));
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> m.kind().ordinal()));
        return found;
    }

    /**
     * Actors named with a slip of the pen: a run of one to three capitalised words, outside every
     * mention found, that is one edit (insertion, deletion, substitution or transposition of adjacent
     * letters: the optimal string alignment distance, Damerau 1964, "A technique for computer
     * detection and correction of spelling errors", CACM 7(3)) from an actor's name of at least
     * {@value #MIN_FUZZY} letters with the same first letter and as many words ("New Dehli",
     * "Chinaa"; adjectives and the aliases of states outside the case are left out, "Indiana" is not
     * "Indian" and "Parts" is not "Paris"). Confidence is the name's times {@value #FUZZY_FACTOR}; the
     * detail names the spelling read. Longest run first; a run that matches two actors equally is left alone.
     */
    private List<Mention> misspelt(String text, List<Mention> found) {
        boolean[] taken = new boolean[text.length() + 1];
        found.forEach(m -> Arrays.fill(taken, m.start(), m.end(), true));
        List<Mention> out = new ArrayList<>();
        Matcher word = CAPITALISED.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(3, words.size() - i); n >= 1; n--) {
                int from = words.get(i)[0];
                int to = words.get(i + n - 1)[1];
                if (!consecutive(text, words, i, n) || anyTaken(taken, from, to)) {
                    continue;
                }
                String surface = text.substring(from, to);
                Entry entry = closeEntry(surface, n);
                if (entry != null) {
                    out.add(new Mention(MentionKind.ACTOR, surface, from, to, -1, entry.value(),
                            entry.confidence() * FUZZY_FACTOR, "spelling of a known name (edit distance 1)"));
                    Arrays.fill(taken, from, to, true);
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean consecutive(String text, List<int[]> words, int i, int n) {
        for (int k = i + 1; k < i + n; k++) {
            if (words.get(k)[0] != words.get(k - 1)[1] + 1 || text.charAt(words.get(k - 1)[1]) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    /** The one actor entry one edit from {@code surface} with as many words, or null (none, or two). */
    private Entry closeEntry(String surface, int wordCount) {
        if (surface.length() < MIN_FUZZY || entries.containsKey(surface)) {
            return null;
        }
        Entry best = null;
        for (String name : fuzzyNames.getOrDefault(fuzzyKey(surface.charAt(0), wordCount), List.of())) {
            if (Math.abs(name.length() - surface.length()) <= 1 && osaDistanceAtMostOne(name, surface)) {
                Entry e = entries.get(name);
                if (best != null && !best.value().equals(e.value())) {
                    return null;
                }
                best = e;
            }
        }
        return best;
    }

    private static int fuzzyKey(char first, int wordCount) {
        return first * 4 + wordCount;
    }

    /** Whether the optimal string alignment distance of two strings is at most 1. */
    static boolean osaDistanceAtMostOne(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                            && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** Longest-first, leftmost-first matches within [from, to) of {@code kind} (any kind when null). */
    private List<Mention> match(String text, String key, int from, int to, MentionKind kind) {
        List<Mention> found = new ArrayList<>();
        boolean[] wordEnd = new boolean[to + 1];
        for (int end = from + 1; end <= to; end++) {
            wordEnd[end] = isWordEnd(text, end);
        }
        for (int i = from; i < to - 1; i++) {
            if (!isWordStart(text, i) || Arrays.binarySearch(heads, head(key, i)) < 0) {
                continue;
            }
            for (int length : lengths) {
                int end = i + length;
                if (end > to || !wordEnd[end]) {
                    continue;
                }
                Entry entry = entries.get(key.substring(i, end));
                if (entry == null || kind != null && entry.kind() != kind) {
                    continue;
                }
                found.add(new Mention(entry.kind(), text.substring(i, end), i, end, -1, entry.value(), entry.confidence(),
                        entry.kind() != MentionKind.ACTOR ? "known agreement"
                                : people.contains(key.substring(i, end)) ? PERSON : "gazetteer"));
                Entry agreement = organisationAgreements.get(key.substring(i, end));
                if (agreement != null && kind == null) {
                    found.add(new Mention(MentionKind.AGREEMENT, text.substring(i, end), i, end, -1, agreement.value(),
                            agreement.confidence() * 0.8, "known agreement named as the organisation"));
                }
                i = end - 1;
                break;
            }
        }
        return found;
    }

    private static long head(String s, int at) {
        return (long) s.charAt(at) << 16 | s.charAt(at + 1);
    }

    private static boolean isWordStart(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean isWordEnd(String text, int end) {
        if (end == 0 || !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.'
                && text.charAt(end - 1) != ')') {
            return false;
        }
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
