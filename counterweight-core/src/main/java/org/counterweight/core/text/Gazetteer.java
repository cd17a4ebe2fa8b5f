package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * named inside an agreement's name are found as well. Hyphenated compounds ("Sino-Pak", "Indo-US")
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

    private final Map<String, Entry> entries = new HashMap<>();
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
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> m.kind().ordinal()));
        return found;
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
                        entry.kind() == MentionKind.ACTOR ? "gazetteer" : "known agreement"));
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
