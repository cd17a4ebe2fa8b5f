package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Comparator;
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
 * pronoun ("while", "but", "which", "therefore", "when"...), a comma before "and" and a new subject (", and
 * the two leaders held talks", but not the serial comma closing a list of names: "Australia, India, Japan, and
 * the US held discussions"), a bare "but", and after the first comma of a
 * sentence that opens with a subordinator ("While ..., ", "When ..., "). Roles within a clause:
 * <ul>
 *   <li>the <em>subjects</em> are the nearest actor before the cue that acts rather than is acted
 *       on (a possessor a few words before the cue, "New Delhi's efforts to isolate"; a modifier
 *       attached to it, "the US strategic tilt"; an actor not governed by a preposition or verb,
 *       whereas "with India", "criticizing Russia" are objects), with the actors coordinated with
 *       it ("Russia and Pakistan inked"); failing that, a plural reference ("the two countries",
 *       "both states", "they", "their", "each other") or a demonstrative before the cue ("this
 *       partnership") stands for the last pair named before, in earlier clauses of the sentence
 *       ("X hosted Y, and the two leaders held talks") or else in earlier sentences; failing that, a clause opened by
 *       "but", "and" or "by" inherits the subjects of the sentence's first clause ("India called
 *       for ... but refrained from ... by abstaining"); failing that, "its" before the cue stands
 *       for the nearest actor named before it; failing that, the actor after "by" in the clause
 *       (a passive: "a visit to Islamabad by Russian Energy Minister ..."); after a passive verb
 *       ("Kabul was visited by Chinese officials") the agent after "by" is the subject and the
 *       grammatical subject the object;</li>
 *   <li>the <em>objects</em> are the first actor after the start of the cue (an actor inside it,
 *       "views India as a partner", counts), with the actors coordinated with it ("between
 *       Pakistan and China"), unless introduced as examples ("alliances like AUKUS and QUAD");
 *       an object that is one of several coordinated subjects is dropped
 *       ("Russia and Pakistan inked ... training of Pakistani troops" is reciprocal);</li>
 *   <li>a clause with no subject or object but a plural reference anywhere ("the partnership
 *       between both the states") has the last pair named before as its subjects.</li>
 * </ul>
 * The last pair named ({@link #topicPair}) is the last coordinated pair or compound of a sentence
 * ("the US and India", "Sino-Pak"), else the actors of its last two people of different actors ("the two
 * leaders": Putin and Xi, not "the war in Ukraine" named after them), else its last two distinct actors.
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
     * @param agents         distinct ids of the actors before the cue in the clause that are not
     *                       governed by a preposition or verb, nearest first, then the antecedent of
     *                       an appositive clause ("India, China's arch rival": India)
     * @param locationObject whether the object is introduced by "in" (a place: "met in Washington")
     * @param reachStart     where the statement starts: the cue or an adjacent compound before it
     * @param reachEnd       where it ends: the cue, the last object or an adjacent compound after it
     */
    record Roles(List<String> subjects, List<String> objects, List<String> compound, List<String> agents,
            boolean locationObject, int reachStart, int reachEnd) {
        /** Roles stated outright: these subjects and objects, no compound or agents, no place. */
        static Roles of(List<String> subjects, List<String> objects, int reachStart, int reachEnd) {
            return new Roles(List.copyOf(subjects), List.copyOf(objects), List.of(), List.of(), false, reachStart, reachEnd);
        }
    }

    private static final Pattern CUT = Pattern.compile(
            "\\s*;\\s*|\\s*\u2014\\s*|\\s[\u2013-]\\s|,\\s(?=(?:while|whereas|but|which|who|therefore|hence|thus|yet|although"
                    + "|though|so|when|where|after|before|until|because)\\b)|\\s(?=but\\b)"
                    + "|,(?<!,\\s\\p{Lu}[\\p{L}.]{0,20},)\\s(?=and (?:the|a|an|it|they|he|she|we|this|these|(?-i:[A-Z]))\\b)");
    /** "that" opening reported speech; the verb before it is checked by {@link #SPEECH_BEFORE_THAT}. */
    private static final Pattern THAT = Pattern.compile("\\bthat\\b");
    /** A speech verb right before "that", or a speech verb, its addressee and "that" ("reminded X that"). */
    private static final Pattern SPEECH_BEFORE_THAT = Pattern.compile(
            "\\b(?:(?:said|says|told|warned|warns|added|adds|stated|noted|claimed|believes|believed|argued|insisted"
                    + "|highlighted|underscored|maintained|reported|announced|suggested|thinks|feels|felt|fears?|feared)"
                    + "|(?:reminded|reminding|reminds|told|telling|tells|informed|assured|warned|warning|warns)\\s[^,;]{1,60}?)"
                    + "\\s$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING_SUBORDINATE = Pattern.compile(
            "^(?:While|Whereas|Although|Though|When|As|Since|If|Because|After|Before|Despite|Owing to|Due to|Following"
                    + "|Against the backdrop of|In|During|Amid|Ahead of|On|(?!(?:Beijing|Nanjing|Kunming)\\b)\\p{Lu}[a-z]{2,}ing)\\b"
                    + "[^,]{3,200},");
    /** What may stand between the start of a main clause and its subject: a determiner and title words ("the Chinese President"). */
    private static final Pattern SUBJECT_LEAD = Pattern.compile("^\\s*(?:(?:the|a|an)\\s+)?(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,4}$");
    private static final Pattern PLURAL_REFERENCE = Pattern.compile(
            "\\b(?:the two (?:[\\w-]+ )?(?:countries|states|nations|sides|governments|nemeses|rivals|partners|neighbou?rs"
                    + "|capitals|armies|militaries|navies|leaders|delegations|ministers|parties|powers)"
                    + "|the two(?= (?:are|were|have|had|has|remain|remained|also|share|shared|did|do)\\b)"
                    + "|both (?:the )?(?:countries|states|nations|sides|governments|partners|capitals|leaders|armies)|they|their|each other"
                    + "|one another|bilateral(?:ly)?|mutual(?:ly)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INHERITING_CLAUSE = Pattern.compile("^(?:but|and|yet|or|by)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GOVERNOR = Pattern.compile(
            "(?:\\b(?:of|to|with|in|on|for|from|against|towards?|by|at|between|into|over|about|upon|under|among|amid"
                    + "|than|like|as|including|via|versus|vs)|\\w+ing|\\w+ed)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A comma between two names of a list. */
    private static final Pattern LIST_COMMA = Pattern.compile("^,\\s*(?:the\\s+)?$");
    /** The rest of a list of names from one of them: more names after commas, then "and" and the last. */
    private static final Pattern NAME_LIST = Pattern.compile(
            "\\p{Lu}[\\p{L}.]*+(?:\\s\\p{Lu}[\\p{L}.]*+)*+(?:,\\s*+(?:the\\s+)?\\p{Lu}[\\p{L}.]*+(?:\\s\\p{Lu}[\\p{L}.]*+)*+)*+,?\\s+and\\s+(?:the\\s+)?\\p{Lu}");
    /** Objects are joined by "and" only: after a comma a new clause may start ("a partner, Russia is a friend"). */
    private static final Pattern OBJECT_COORDINATION = Pattern.compile("^(?:\\s+and\\s+(?:the\\s+)?(?:\\p{Lu}\\p{L}+\\s+){0,2}|\\s*&\\s*|[-\u2010\u2011])$");
    private static final Pattern COORDINATION = Pattern.compile("^(?:,\\s*(?:and\\s+(?:the\\s+)?)?|\\s+and\\s+(?:the\\s+)?|\\s*&\\s*|(?:\\s+\\p{Lu}\\p{L}+){0,2}[-\u2010\u2011])$");
    /** Title words between two mentions of the same actor: "Russian President Vladimir Putin" is one participant. */
    private static final Pattern TITLE_WORDS = Pattern.compile("^\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}$");
    /** A possessive after an actor, or after title words that follow it ("the US Defence Secretary's visit"). */
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:\\s+\\p{Lu}[\\p{L}.]*+){0,3}['\u2019](?:s\\b|\\s)");
    private static final Pattern ATTACHED = Pattern.compile("^\\s+(?:(?!(?:has|have|had|is|are|was|were|been|be|will|would|can"
            + "|could|may|might|shall|should|must|and|or|but|to|of|in|on|at|by|with|for|from|as|against|towards?|over|into"
            + "|about|under|between|than|like|via|that|which|who|whom|whose|not|after|before|while|during|since)\\b)[a-z]+\\s+){0,2}$");
    private static final Pattern DEMONSTRATIVE_HEAD = Pattern.compile("\\b(?:this|these|such)\\s+(?:\\w+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN_HEAD = Pattern.compile("\\b(?:its|it)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Examples of the cue ("alliances like AUKUS") or a venue ("on the sidelines of the SCO"), not its partners. */
    private static final Pattern EXAMPLES = Pattern.compile("\\b(?:like|such as|including|e\\.g\\.|sidelines of)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE_AGENT = Pattern.compile("\\bby (?:the )?(?:[a-z]+ ){0,2}(?=\\p{Lu})");
    private static final Pattern PASSIVE_VERB = Pattern.compile("\\b(?:was|were|is|are|been|being)\\s+(?:\\w+ly\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\b\\w+\\b");
    private static final Pattern APPOSITION = Pattern.compile("[\u2014\u2013,]\\s*$");
    /**
     * What may stand between a cue and its object: one preposition or "that", a determiner or
     * possessive, and at most three more words, none of them an auxiliary verb except in a passive ("a summit was held
     * between"): "talks with Indian ...", "visit to New Delhi", "met their US counterparts", "friendship with
     * the Narendera Modi government"; but "the exercise was India's hope" has no object.
     */
    private static final Pattern OBJECT_GAP = Pattern.compile(
            "\\s*(?:(?:to|with|on|of|for|against|towards?|from|by|at|in|into|over|between|and|that|as|upon|about|among)\\s+)?"
                    + "(?:(?:the|a|an|its|their|his|her|our|both)\\s+)?(?:(?:(?:is|was|are|were|has been|have been|had been)\\s+"
                    + "(?:held|\\w+ed)\\s+)|(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|shall|should|must)\\b)"
                    + "[\\w'\u2019.-]+\\s+){0,3}"
                    + "(?:(?:to|with|on|of|for|against|towards?|from|by|at|in|into|over|between)\\s+(?:the\\s+)?)?",
            Pattern.CASE_INSENSITIVE);
    /** A relative clause opened right after an actor, up to the cue: the actor is its subject ("China whose ... has spooked"). */
    private static final Pattern RELATIVE = Pattern.compile("^,?\\s+(?:whose|who|which)\\s[^,;()\u201c\u201d\"]{0,60}$",
            Pattern.CASE_INSENSITIVE);
    /** A plural reference right before the cue, the nearest subject: "the two countries also decided", "both sides agreed". */
    private static final Pattern NEAR_PLURAL_SUBJECT = Pattern.compile(
            "\\b(?:the two (?:[\\w-]+ )?(?:countries|states|nations|sides|governments|leaders|ministers|delegations|armies|navies)"
                    + "|both (?:the )?(?:countries|states|nations|sides|governments|leaders))\\s+(?:\\w+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    /** An infinitive right before the cue: "to counter", "to help contain". */
    private static final Pattern INFINITIVE_HEAD = Pattern.compile("\\bto\\s+(?:help\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A possessive pronoun right before the cue ("their growing friendship with ..."). */
    private static final Pattern POSSESSIVE_PRONOUN_HEAD = Pattern.compile("\\b(?:their|its)\\s+(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    /** An explicit plural reference ("the two countries", "both sides", "they"), unlike a bare "their". */
    private static final Pattern EXPLICIT_PLURAL = Pattern.compile(
            "\\b(?:the two|both|they|each other|one another|bilateral(?:ly)?|mutual(?:ly)?)\\b", Pattern.CASE_INSENSITIVE);

    private Participants() {
    }

    /** The roles around the cue {@code [cueStart, cueEnd)} of a sentence. */
    static Roles around(SentenceContext c, int cueStart, int cueEnd) {
        String text = c.text();
        Sentence sentence = c.sentence();
        Clauses clauses = c.clauses();
        List<Mention> actors = c.actors();
        String[] previous = c.previous();
        int[] clause = clauses.at(cueStart);
        List<Mention> inClause = new ArrayList<>();
        for (Mention a : actors) {
            if (a.start() >= clause[0] && a.end() <= clause[1]) {
                inClause.add(a);
            }
        }
        String head = text.substring(clause[0], cueStart);
        boolean infinitive = INFINITIVE_HEAD.matcher(head).find();
        List<String> subjects = subjects(text, actors, clause[0], cueStart, infinitive);
        for (int i = inClause.size() - 1; i >= 0; i--) {
            Mention a = inClause.get(i);
            if (a.end() <= cueStart) {
                if (RELATIVE.matcher(text.substring(a.end(), cueStart)).matches()) {
                    subjects = List.of(a.value().split(" ")); // "China whose growing military muscle has spooked Washington"
                }
                break;
            }
        }
        Matcher reference = NEAR_PLURAL_SUBJECT.matcher(head);
        if (reference.find()) { // "..., Defence Secretary James Mattis, the two countries also decided": the two countries
            int at = clause[0] + reference.start();
            String[] pair = topicPair(text, actors.stream().filter(a -> a.end() <= at).toList(), previous);
            subjects = pair == null ? subjects : List.of(pair);
        }
        if (subjects.isEmpty() && POSSESSIVE_PRONOUN_HEAD.matcher(head).find() && !EXPLICIT_PLURAL.matcher(head).find()) {
            for (int i = actors.size() - 1; i >= 0 && subjects.isEmpty(); i--) {
                if (actors.get(i).end() <= cueStart && actors.get(i).start() >= sentence.start()) {
                    subjects = List.of(actors.get(i).value().split(" ")); // "the Trump administration that their friendship"
                }
            }
        }
        if (subjects.isEmpty()) {
            subjects = clauseSubjects(text, actors, clause[0], cueStart, previous);
        }
        if (subjects.isEmpty() && clause[0] > sentence.start()
                && INHERITING_CLAUSE.matcher(text.substring(clause[0], clause[1])).find()) {
            int[] first = clauses.at(sentence.start());
            subjects = clauseSubjects(text, actors, first[0], Math.min(first[1], clause[0]), previous);
        }
        if (subjects.isEmpty() && clauses.openingEnd() >= 0 && clause[0] == sentence.start()) {
            subjects = mainSubjects(text, actors, clauses); // "After talks in Kathmandu, Xi and Oli witnessed ..."
        }
        if (subjects.isEmpty() && PRONOUN_HEAD.matcher(text.substring(clause[0], cueStart)).find()) {
            for (int i = actors.size() - 1; i >= 0 && subjects.isEmpty(); i--) {
                if (actors.get(i).end() <= cueStart) {
                    subjects = List.of(actors.get(i).value().split(" "));
                }
            }
        }
        List<String> objects = new ArrayList<>();
        boolean location = false;
        Mention previousObject = null;
        int reachStart = cueStart;
        int reachEnd = cueEnd;
        for (Mention a : inClause) {
            if (a.start() <= cueStart || Pronouns.possessive(a)) {
                continue; // an actor inside the cue ("views India as a partner") is its object; "his counterpart" is not "his"
            }
            if (previousObject == null) {
                String before = text.substring(Math.max(clause[0], a.start() - 20), a.start());
                if (EXAMPLES.matcher(before).find()) {
                    break; // "alliances like AUKUS and QUAD": examples of the cue, not its partners; "on the sidelines of the SCO": a venue
                }
                if (a.start() > cueEnd && !OBJECT_GAP.matcher(text.substring(cueEnd, a.start())).matches()) {
                    break; // "support for militant groups hostile to the US", "met ... at a summit of the SCO"
                }
                location = before.matches("(?s).*\\bin\\s+(?:the\\s+)?$");
            } else if (!joinsObjects(text, previousObject, a, clause[1])) {
                break;
            }
            addIds(objects, a);
            previousObject = a;
            reachEnd = Math.max(reachEnd, a.end());
        }
        Matcher agent = PASSIVE_AGENT.matcher(text).region(cueEnd, clause[1]);
        boolean passive = PASSIVE_VERB.matcher(text.substring(clause[0], cueStart)).find();
        if ((subjects.isEmpty() || passive) && agent.find()) {
            for (Mention a : inClause) {
                if (a.start() == agent.end()) {
                    List<String> patients = subjects;
                    subjects = List.of(a.value().split(" "));
                    objects.removeAll(subjects);
                    if (passive && !patients.isEmpty()) {
                        objects = new ArrayList<>(patients);
                    }
                }
            }
        }
        if (subjects.size() >= 2 && objects.size() == 1 && subjects.contains(objects.get(0))
                && (!location || subjects.size() >= 3)) {
            objects.clear(); // "Russia and Pakistan inked ... training of Pakistani troops", four leaders "met in Tokyo": among them
        }
        objects.removeAll(subjects.size() == 1 ? subjects : List.of());
        if (subjects.isEmpty() && objects.isEmpty() && previous != null
                && PLURAL_REFERENCE.matcher(text.substring(clause[0], clause[1])).find()) {
            subjects = List.of(previous);
        }
        List<String> compound = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        for (int i = inClause.size() - 1; i >= 0; i--) {
            Mention a = inClause.get(i);
            if (a.end() <= cueStart && isAgent(text, a, clause[0], cueStart)) {
                addIds(agents, a);
            }
            boolean near = a.end() <= cueStart ? cueStart - a.end() <= 15 : a.start() >= cueEnd && a.start() - cueEnd <= 16;
            if (compound.isEmpty() && near && a.value().indexOf(' ') > 0) {
                addIds(compound, a);
                reachStart = Math.min(reachStart, a.start());
                reachEnd = Math.max(reachEnd, a.end());
            }
        }
        if (clause[0] > sentence.start() && APPOSITION.matcher(text.substring(sentence.start(), clause[0])).find()) {
            for (int i = actors.size() - 1; i >= 0; i--) {
                Mention a = actors.get(i);
                if (a.end() <= clause[0]) {
                    if (text.substring(a.end(), clause[0]).strip().length() <= 1 && !agents.contains(a.value())) {
                        addIds(agents, a);
                    }
                    break;
                }
            }
        }
        return new Roles(List.copyOf(subjects), List.copyOf(objects), List.copyOf(compound), List.copyOf(agents), location,
                reachStart, reachEnd);
    }

    /**
     * Whether the text between two objects joins them: "and", "&" or a hyphen; a comma only inside a
     * list of names closed by "and" ("Iran, Uzbekistan and Turkey"), since after a comma a new clause
     * may start.
     */
    private static boolean joinsObjects(String text, Mention previous, Mention next, int clauseEnd) {
        String between = text.substring(previous.end(), next.start());
        return OBJECT_COORDINATION.matcher(between).matches() || LIST_COMMA.matcher(between).matches()
                && NAME_LIST.matcher(text.substring(next.start(), clauseEnd)).lookingAt();
    }

    /**
     * Whether an actor before the cue acts rather than is acted on: a possessor a few words before
     * the cue ("New Delhi's efforts to isolate"), a modifier attached to the cue ("the US strategic tilt"), or not governed by a
     * preposition or verb.
     */
    private static boolean isAgent(String text, Mention a, int clauseStart, int cueStart) {
        boolean possessive = Pronouns.possessive(a)
                || POSSESSIVE.matcher(text.substring(a.end(), Math.min(cueStart, a.end() + 40))).find();
        return possessive && WORD.matcher(text.substring(a.end(), cueStart)).results().count() <= 6
                || ATTACHED.matcher(text.substring(a.end(), cueStart)).matches()
                || !GOVERNOR.matcher(text.substring(Math.max(clauseStart, a.start() - 30), a.start())).find();
    }

    /**
     * The subjects of a clause before {@code cueStart}: its agents, else the last pair named when
     * a plural reference ("the two countries", "they") or a demonstrative right before the cue
     * ("this partnership") stands for them.
     */
    private static List<String> clauseSubjects(String text, List<Mention> actors, int clauseStart, int cueStart,
            String[] previous) {
        List<String> subjects = subjects(text, actors, clauseStart, cueStart);
        String head = text.substring(clauseStart, cueStart);
        if (subjects.isEmpty() && (PLURAL_REFERENCE.matcher(head).find() || DEMONSTRATIVE_HEAD.matcher(head).find())) {
            List<Mention> earlier = actors.stream().filter(a -> a.end() <= clauseStart).toList();
            String[] pair = topicPair(text, earlier, previous); // "X hosted Y, and the two leaders held talks"
            return pair == null ? subjects : List.of(pair);
        }
        return subjects;
    }

    /**
     * The subjects of the main clause after an opening subordinate clause, which are also the opening
     * clause's ("Praising India at the beginning of his visit to New Delhi, Putin is expected to ..."):
     * the actors at its start, before any verb, with those coordinated with them; else none.
     */
    private static List<String> mainSubjects(String text, List<Mention> actors, Clauses clauses) {
        int mainStart = clauses.sentenceStart() + clauses.openingEnd();
        int[] main = clauses.at(mainStart);
        Mention opener = mainClauseOpener(text, actors, mainStart);
        return opener != null && opener.end() <= main[1] ? subjects(text, actors, mainStart, main[1], true) : List.of();
    }

    /**
     * The actor opening the main clause that starts at {@code mainStart}, after at most a determiner
     * and title words ("..., the Chinese President Xi"), or null.
     */
    static Mention mainClauseOpener(String text, List<Mention> actors, int mainStart) {
        for (Mention a : actors) {
            if (a.start() >= mainStart) {
                return SUBJECT_LEAD.matcher(text.substring(mainStart, a.start())).matches() ? a : null;
            }
        }
        return null;
    }

    /** The subject ids before {@code cueStart} among the clause's actors (see the class comment). */
    private static List<String> subjects(String text, List<Mention> actors, int clauseStart, int cueStart) {
        return subjects(text, actors, clauseStart, cueStart, false);
    }

    /**
     * @param firstAgent take the clause's first agent rather than the nearest: the subject of an
     *              infinitive of purpose is its main clause's ("Washington courts New Delhi to counter
     *              China": Washington counters China)
     */
    private static List<String> subjects(String text, List<Mention> actors, int clauseStart, int cueStart,
            boolean firstAgent) {
        List<Mention> inClause = actors.stream().filter(a -> a.start() >= clauseStart && a.end() <= cueStart).toList();
        int head = -1;
        for (int i = 0; i < inClause.size(); i++) {
            if (isAgent(text, inClause.get(i), clauseStart, cueStart) && !(firstAgent && head >= 0)) {
                head = i;
            }
        }
        List<String> ids = new ArrayList<>();
        if (head < 0) {
            return ids;
        }
        int first = head;
        while (first > 0 && (COORDINATION.matcher(text.substring(inClause.get(first - 1).end(), inClause.get(first).start())).matches()
                || inClause.get(first - 1).value().equals(inClause.get(first).value())
                        && TITLE_WORDS.matcher(text.substring(inClause.get(first - 1).end(), inClause.get(first).start())).matches())) {
            first--;
        }
        int last = head;
        while (last + 1 < inClause.size()
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

    /**
     * The pair a later "the two countries" refers to, after a sentence with these actor mentions:
     * its last compound or coordinated pair, else the actors of its last two people, else its last two
     * distinct actors, else {@code previous}.
     */
    static String[] topicPair(String text, List<Mention> actors, String[] previous) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            Mention a = actors.get(i);
            String[] ids = a.value().split(" ");
            if (ids.length == 2) {
                return ids;
            }
            if (i > 0 && COORDINATION.matcher(text.substring(actors.get(i - 1).end(), a.start())).matches()) {
                String other = actors.get(i - 1).value().split(" ")[0];
                if (!other.equals(ids[0])) {
                    return new String[] {other, ids[0]};
                }
            }
        }
        String[] people = lastTwo(actors.stream().filter(a -> Pronouns.personLike(text, a)).toList());
        String[] any = lastTwo(actors);
        return people != null ? people : any != null ? any : previous;
    }

    /** The last two distinct actor ids of these mentions, in text order, or null. */
    private static String[] lastTwo(List<Mention> actors) {
        List<String> ids = new ArrayList<>();
        for (int i = actors.size() - 1; i >= 0 && ids.size() < 2; i--) {
            for (String id : actors.get(i).value().split(" ")) {
                if (!ids.contains(id) && ids.size() < 2) {
                    ids.add(id);
                }
            }
        }
        return ids.size() == 2 ? new String[] {ids.get(1), ids.get(0)} : null;
    }

    /** The end of a sentence's opening subordinate clause and its comma, relative to the sentence, or -1. */
    static int openingClauseEnd(String text, Sentence sentence) {
        Matcher opening = OPENING_SUBORDINATE.matcher(text).region(sentence.start(), sentence.end());
        return opening.lookingAt() ? opening.end() - sentence.start() : -1;
    }

    /**
     * Where the clauses of one sentence begin and end, found once per sentence.
     *
     * @param sentenceStart the sentence's first offset in the text
     * @param length        the sentence's length
     * @param openingEnd    the end of an opening subordinate clause and its comma, or -1
     * @param cutStarts     where each cut between clauses starts, relative to the sentence
     * @param cutEnds       where each cut ends
     */
    record Clauses(int sentenceStart, int length, int openingEnd, int[] cutStarts, int[] cutEnds) {
        /** The clauses of a sentence. */
        static Clauses of(String text, Sentence sentence) {
            String s = text.substring(sentence.start(), sentence.end());
            List<int[]> cuts = new ArrayList<>();
            Matcher cut = CUT.matcher(s);
            while (cut.find()) {
                cuts.add(new int[] {cut.start(), cut.end()});
            }
            Matcher that = THAT.matcher(s);
            while (that.find()) {
                if (SPEECH_BEFORE_THAT.matcher(s.substring(Math.max(0, that.start() - 80), that.start())).find()) {
                    cuts.add(new int[] {that.start(), that.start()}); // reported speech: its own clause
                }
            }
            cuts.sort(Comparator.comparingInt(c -> c[0]));
            return new Clauses(sentence.start(), s.length(), openingClauseEnd(text, sentence),
                    cuts.stream().mapToInt(c -> c[0]).toArray(), cuts.stream().mapToInt(c -> c[1]).toArray());
        }

        /** The {@code [start, end)} offsets in the text of the clause holding {@code offset}. */
        int[] at(int offset) {
            int from = 0;
            int to = length;
            int local = offset - sentenceStart;
            if (openingEnd >= 0) {
                if (local < openingEnd) {
                    to = openingEnd - 1;
                } else {
                    from = openingEnd;
                }
            }
            for (int i = 0; i < cutStarts.length; i++) {
                if (cutEnds[i] <= local && cutEnds[i] > from) {
                    from = cutEnds[i];
                } else if (cutStarts[i] >= local && cutStarts[i] < to) {
                    to = cutStarts[i];
                    break;
                }
            }
            return new int[] {sentenceStart + from, sentenceStart + to};
        }
    }
}
