package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements of a relation between two actors from a small lexicon of relation phrases
 * with polarity ("arch rivals" negative, "ironclad" positive, "counterweight" negative towards the
 * actor it counters, "trust deficit" negative, "natural partner" positive).
 *
 * <p>The pair is taken from the actor mentions of the same sentence: a compound naming two actors
 * next to the phrase ("ironclad Sino-Pak ties", "Pak-India relations") wins; otherwise the actor
 * just after the phrase ("counterweight to Beijing", "relationship with China") and the nearest
 * actor before it; otherwise the two nearest distinct actors. When the sentence names fewer than
 * two actors but says "the two countries", "both" or "their", the last pair named before is used.
 */
public final class RelationFinder {
    private record Cue(Pattern pattern, boolean positive, double strength) {
    }

    private static final List<Cue> CUES = List.of(
            cue("arch[-\\s]?rivals?|arch[-\\s]?enem(?:y|ies)|nemes(?:is|es)|rivalry|rivals", false, 0.9),
            cue("hostility|hostile|enmity|antagonism", false, 0.8),
            cue("trust deficit|mistrust|distrust", false, 0.6),
            cue("rocky relationship|strained (?:ties|relations)|tensions? between|border disputes?", false, 0.6),
            cue("counterweight|counterbalance|counter(?=\\s(?:a\\s)?rising)|contain(?:ing)?(?=\\s(?:a\\s)?(?:rising\\s)?[A-Z])", false, 0.6),
            cue("ironclad|all[-\\s]weather|time[-\\s]tested", true, 0.9),
            cue("natural partners?|strategic partners?(?:hip)?|major partnership|close[sd]? (?:strategic )?partnership", true, 0.7),
            cue("nexus|closer alliance|moved closer|growing warmth|convergence", true, 0.6));

    private static Cue cue(String regex, boolean positive, double strength) {
        return new Cue(Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE), positive, strength);
    }

    private static final Pattern PLURAL_REFERENCE = Pattern.compile("\\b(?:the two (?:countries|states|nations|nemeses)|both|their)\\b",
            Pattern.CASE_INSENSITIVE);

    private RelationFinder() {
    }

    /**
     * The relation statements of one sentence.
     *
     * @param text     the whole text
     * @param sentence the sentence searched
     * @param actors   the actor mentions of that sentence, in order
     * @param previous the last pair of distinct actor ids named before this sentence, or null
     */
    public static List<Mention> find(String text, Sentence sentence, List<Mention> actors, String[] previous) {
        List<Mention> out = new ArrayList<>();
        String s = text.substring(sentence.start(), sentence.end());
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(s);
            while (m.find()) {
                int start = sentence.start() + m.start();
                int end = sentence.start() + m.end();
                String[] pair = pair(actors, start, end, text);
                if (pair == null && previous != null && PLURAL_REFERENCE.matcher(s).find()) {
                    pair = previous;
                }
                if (pair == null || pair[0].equals(pair[1])) {
                    continue;
                }
                String[] sorted = pair.clone();
                Arrays.sort(sorted);
                out.add(new Mention(MentionKind.RELATION, m.group(), start, end, sentence.index(),
                        sorted[0] + " " + sorted[1] + " " + (cue.positive() ? "positive" : "negative"),
                        0.6, String.format(Locale.ROOT, "strength %.1f", cue.strength())));
            }
        }
        return out;
    }

    static String[] pair(List<Mention> actors, int start, int end, String text) {
        Mention nearestCompound = null;
        int best = Integer.MAX_VALUE;
        for (Mention a : actors) {
            if (a.value().indexOf(' ') > 0) {
                int distance = a.end() <= start ? start - a.end() : a.start() - end;
                if (distance >= 0 && distance <= 12 && distance < best) {
                    best = distance;
                    nearestCompound = a;
                }
            }
        }
        if (nearestCompound != null) {
            String[] ids = nearestCompound.value().split(" ");
            return new String[] {ids[0], ids[1]};
        }
        Mention after = null;
        for (Mention a : actors) {
            if (a.start() >= end && a.start() - end <= 20 && a.value().indexOf(' ') < 0) {
                after = a;
                break;
            }
        }
        List<String> before = new ArrayList<>();
        for (int i = actors.size() - 1; i >= 0; i--) {
            Mention a = actors.get(i);
            if (a.end() <= start) {
                for (String id : a.value().split(" ")) {
                    if (!before.contains(id)) {
                        before.add(id);
                    }
                }
            }
        }
        if (after != null) {
            for (String id : before) {
                if (!id.equals(after.value())) {
                    return new String[] {id, after.value()};
                }
            }
        }
        TreeSet<String> all = new TreeSet<>(before);
        if (before.size() >= 2) {
            return new String[] {before.get(0), before.get(1)};
        }
        for (Mention a : actors) {
            if (a.start() >= end) {
                for (String id : a.value().split(" ")) {
                    all.add(id);
                    if (all.size() == 2) {
                        return all.toArray(String[]::new);
                    }
                }
            }
        }
        return null;
    }
}
