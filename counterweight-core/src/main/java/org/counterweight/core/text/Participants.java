package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who takes part in what a cue word says (a relation phrase, an event verb), read from the cue's
 * clause without a parser, in the manner of the shallow "source verb target" patterns of
 * dictionary-based event coders (TABARI: Schrodt 2001, "Automated coding of international event
 * data using sparse parsing techniques", ISA annual meeting).
 *
 * <p>Clauses: a sentence is cut at semicolons, dashes, a comma before a conjunction or relative
 * pronoun ("while", "but", "which", "therefore"...), a bare "but", and after the first comma of a
 * sentence that opens with a subordinator ("While ..., ", "When ..., "). Roles within a clause:
 * <ul>
 *   <li>the <em>subjects</em> are the nearest actor before the cue that is a possessor ("New
 *       Delhi's efforts to isolate") or not governed by a preposition or verb ("with India",
 *       "criticizing Russia" are objects), with the actors coordinated with it ("Russia and
 *       Pakistan inked"); failing that, a plural reference before the cue ("the two countries", "both
 *       states", "they", "their", "each other") stands for the last pair named before; failing that, a clause
 *       opened by "but", "and" or "by" inherits the subject of the clause before it ("India called
 *       for ... but refrained from ... by abstaining");</li>
 *   <li>the <em>objects</em> are the first actor after the cue in the clause, with the actors
 *       coordinated with it ("between Pakistan and China");</li>
 *   <li>a clause naming no actor at all but a plural reference anywhere ("the partnership between
 *       both the states") has the last pair named before as its subjects.</li>
 * </ul>
 * Compounds ("Sino-Pak", "Indo-US") give both of their actors; they are reported separately as
 * {@link Roles#compound()} when one lies next to the cue.
 */
final class Participants {
    /**
     * The roles around one cue.
     *
     * @param subjects       actor ids doing or holding what the cue says, in text order
     * @param objects        actor ids it is done to or held with, in text order
     * @param compound       the ids of a compound mention next to the cue ("Sino-Pak ties"), else empty
     * @param before         distinct actor ids named before the cue in the clause, nearest first
     * @param locationObject whether the object is introduced by "in" (a place: "met in Washington")
     */
    record Roles(List<String> subjects, List<String> objects, List<String> compound, List<String> before,
            boolean locationObject) {
    }

    private static final Pattern CUT = Pattern.compile(
            "\\s*;\\s*|\\s*\u2014\\s*|\\s[\u2013-]\\s|,\\s(?=(?:while|whereas|but|which|who|therefore|hence|thus|yet|although"
                    + "|though|so)\\b)|\\s(?=but\\b)");
    private static final Pattern OPENING_SUBORDINATE = Pattern.compile(
            "^(?:While|Whereas|Although|Though|When|As|Since|If|Because|After|Before|Despite|Owing to|Due to|Following"
                    + "|Against the backdrop of|In)\\b[^,]{3,200},");
    private static final Pattern PLURAL_REFERENCE = Pattern.compile(
            "\\b(?:the two (?:countries|states|nations|sides|governments|nemeses|rivals|partners|neighbou?rs|capitals)"
                    + "|both (?:the )?(?:countries|states|nations|sides|governments|partners|capitals)|they|their|each other"
                    + "|one another|bilateral(?:ly)?|mutual(?:ly)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INHERITING_CLAUSE = Pattern.compile("^(?:but|and|yet|or|by)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GOVERNOR = Pattern.compile(
            "(?:\\b(?:of|to|with|in|on|for|from|against|towards?|by|at|between|into|over|about|upon|under|among|amid"
                    + "|than|like|as|including|via|versus|vs)|\\w+ing|\\w+ed)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATION = Pattern.compile("^(?:,\\s*|\\s+and\\s+(?:the\\s+)?|\\s*&\\s*)$");
    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s?\\b");

    private Participants() {
    }

    /**
     * The roles around the cue {@code [cueStart, cueEnd)} of a sentence.
     *
     * @param actors   the actor mentions of the sentence, in text order
     * @param previous the last pair of distinct actor ids named before the sentence, or null
     */
    static Roles around(String text, Sentence sentence, List<Mention> actors, int cueStart, int cueEnd, String[] previous) {
        int[] clause = clause(text, sentence, cueStart);
        List<Mention> inClause = new ArrayList<>();
        for (Mention a : actors) {
            if (a.start() >= clause[0] && a.end() <= clause[1]) {
                inClause.add(a);
            }
        }
        List<String> subjects = subjects(text, inClause, clause[0], cueStart);
        if (subjects.isEmpty()) {
            String head = text.substring(clause[0], cueStart);
            if (previous != null && PLURAL_REFERENCE.matcher(head).find()) {
                subjects = List.of(previous);
            } else if (clause[0] > sentence.start() && INHERITING_CLAUSE.matcher(text.substring(clause[0], clause[1])).find()) {
                List<Mention> earlier = new ArrayList<>();
                for (Mention a : actors) {
                    if (a.end() <= clause[0]) {
                        earlier.add(a);
                    }
                }
                int[] first = clause(text, sentence, sentence.start());
                subjects = subjects(text, earlier, first[0], Math.min(first[1], clause[0]));
            }
        }
        List<String> objects = new ArrayList<>();
        boolean location = false;
        Mention previousObject = null;
        for (Mention a : inClause) {
            if (a.start() < cueEnd) {
                continue;
            }
            if (previousObject == null) {
                location = text.substring(Math.max(clause[0], a.start() - 4), a.start()).matches("(?s).*\\bin\\s+(?:the\\s+)?$");
            } else if (!COORDINATION.matcher(text.substring(previousObject.end(), a.start())).matches()) {
                break;
            }
            addIds(objects, a);
            previousObject = a;
        }
        objects.removeAll(subjects.size() == 1 ? subjects : List.of());
        if (subjects.isEmpty() && objects.isEmpty() && previous != null
                && PLURAL_REFERENCE.matcher(text.substring(clause[0], clause[1])).find()) {
            subjects = List.of(previous);
        }
        List<String> compound = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (int i = inClause.size() - 1; i >= 0; i--) {
            Mention a = inClause.get(i);
            if (a.end() <= cueStart) {
                for (String id : a.value().split(" ")) {
                    if (!before.contains(id)) {
                        before.add(id);
                    }
                }
            }
            boolean near = a.end() <= cueStart ? cueStart - a.end() <= 30 : a.start() >= cueEnd && a.start() - cueEnd <= 12;
            if (compound.isEmpty() && near && a.value().indexOf(' ') > 0) {
                addIds(compound, a);
            }
        }
        return new Roles(List.copyOf(subjects), List.copyOf(objects), List.copyOf(compound), List.copyOf(before), location);
    }

    /** The subject ids before {@code cueStart} among the clause's actors (see the class comment). */
    private static List<String> subjects(String text, List<Mention> inClause, int clauseStart, int cueStart) {
        int head = -1;
        for (int i = 0; i < inClause.size(); i++) {
            Mention a = inClause.get(i);
            if (a.end() > cueStart) {
                break;
            }
            boolean possessive = POSSESSIVE.matcher(text.substring(a.end(), Math.min(text.length(), a.end() + 3))).find();
            boolean governed = GOVERNOR.matcher(text.substring(Math.max(clauseStart, a.start() - 30), a.start())).find();
            if (possessive || !governed) {
                head = i;
            }
        }
        List<String> ids = new ArrayList<>();
        if (head < 0) {
            return ids;
        }
        int first = head;
        while (first > 0 && COORDINATION.matcher(text.substring(inClause.get(first - 1).end(), inClause.get(first).start())).matches()) {
            first--;
        }
        int last = head;
        while (last + 1 < inClause.size() && inClause.get(last + 1).end() <= cueStart
                && COORDINATION.matcher(text.substring(inClause.get(last).end(), inClause.get(last + 1).start())).matches()) {
            last++;
        }
        for (int i = first; i <= last; i++) {
            addIds(ids, inClause.get(i));
        }
        return ids;
    }

    private static void addIds(List<String> ids, Mention actor) {
        for (String id : actor.value().split(" ")) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    /** The {@code [start, end)} offsets of the clause of a sentence holding {@code offset}. */
    static int[] clause(String text, Sentence sentence, int offset) {
        String s = text.substring(sentence.start(), sentence.end());
        int from = 0;
        int to = s.length();
        Matcher opening = OPENING_SUBORDINATE.matcher(s);
        int local = offset - sentence.start();
        if (opening.find()) {
            if (local < opening.end()) {
                to = opening.end() - 1;
            } else {
                from = opening.end();
            }
        }
        Matcher cut = CUT.matcher(s);
        while (cut.find()) {
            if (cut.end() <= local && cut.end() > from) {
                from = cut.end();
            } else if (cut.start() >= local && cut.start() < to) {
                to = cut.start();
                break;
            }
        }
        return new int[] {sentence.start() + from, sentence.start() + to};
    }
}
