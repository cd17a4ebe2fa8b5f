package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves "he", "she", "his", "her" and "him" to the actor of the person they most likely refer to,
 * so that "He accused Pakistan of ..." after a sentence about Trump codes the United States' act; and
 * "I", "we", "our", "us" and "my" inside a quotation to the actor of its speaker, named next to a
 * speech verb after the closing quotation mark ("..., we discussed it," Modi said; "...," said Modi)
 * or before the opening one (Modi said: "...").
 *
 * <p>The antecedent is a person-like mention: a person named in the gazetteer ({@link Gazetteer#PERSON}:
 * "Narendra Modi", "Lavrov") or an actor followed by a title ("the Australian prime minister", "Russian
 * President", "India's Foreign Minister"). Inside a sentence, a pronoun refers to the last person-like
 * mention before it; a sentence's first pronoun with none before it refers to the first person-like
 * mention of the sentence before, the entity most likely to be continued (the preferred centre of
 * centering theory: Grosz, Joshi &amp; Weinstein 1995, "Centering: A framework for modeling the local
 * coherence of discourse", Computational Linguistics 21(2); subjects come first in English). A pronoun
 * in an opening clause refers forward to a person-like subject of the main clause when there is one
 * ("Praising India at the start of his visit, Putin ..."). Reference
 * further back, to a person named only as "the adviser", or among several people of different states in
 * the sentence before, is not resolved beyond that rule: a pronoun with no person-like mention in reach
 * stands for nothing.
 *
 * <p>A resolved pronoun is an actor mention for the readers of one sentence ({@link SentenceContext});
 * it is not reported as a finding of its own.
 */
final class Pronouns {
    /** The detail of a resolved pronoun; its value is the antecedent's. */
    static final String DETAIL = "pronoun";
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\\b");
    /** A title right after an actor mention: "Russian President", "the Australian prime minister", "India's Foreign Minister". */
    private static final Pattern TITLE = Pattern.compile("^(?:['\u2019]s)?\\s+(?:(?:(?-i:\\p{Lu})[\\p{L}.]*|deputy|vice|foreign"
            + "|defen[cs]e|external affairs|prime|army|air|naval)\\s+){0,3}(?:president|prime minister|premier|minister|secretary"
            + "|chancellor|king|crown prince|leader|ambassador|envoy|spokes(?:man|woman|person)|advis[eo]r|chief|general"
            + "|commander|counterpart)\\b", Pattern.CASE_INSENSITIVE);
    /** Possessive pronouns, which mark their antecedent as the possessor ("his visit to New Delhi", "our ties"). */
    private static final Pattern POSSESSIVE = Pattern.compile("[Hh](?:is|er)|[Oo]ur|[Mm]y");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\\b");
    private static final String SPEECH = "said|says|added|adds|told|tells|stated|states|noted|declared|remarked|asserted|wrote"
            + "|insisted|stressed|emphasi[sz]ed|explained";
    /** What follows a closing quotation mark when its speaker is named next: a comma, then the speaker or "said". */
    private static final Pattern AFTER_QUOTE = Pattern.compile("^[\u201d\"]\\s*,?\\s*(?:(?:" + SPEECH + ")\\s+)?");
    /** A speech verb between a speaker and an opening quotation mark: "Modi said:", "Lavrov told reporters,". */
    private static final Pattern BEFORE_QUOTE = Pattern.compile("^\\s+(?:\\w+\\s+)?(?:" + SPEECH
            + ")(?:\\s+[\\w-]+){0,3}\\s*[:,]?\\s*$");

    private Pronouns() {
    }

    /**
     * The first-person pronouns inside the quotations of one sentence resolved to their speaker's
     * actor, in text order.
     *
     * @param actors the actor mentions of the sentence, third-person pronouns resolved among them, in text order
     */
    private static List<Mention> resolveQuoted(String text, Sentence sentence, List<Mention> actors) {
        List<Mention> out = new ArrayList<>();
        for (int[] quote : quotations(text, sentence)) {
            Mention speaker = speaker(text, actors, quote);
            if (speaker == null) {
                continue;
            }
            Matcher m = FIRST_PERSON.matcher(text).region(quote[0], quote[1]);
            while (m.find()) {
                out.add(new Mention(MentionKind.ACTOR, m.group(), m.start(), m.end(), sentence.index(), speaker.value(), 0.6,
                        DETAIL));
            }
        }
        return out;
    }

    /** The {@code [start, end)} spans between paired quotation marks of a sentence (curly, or straight taken in pairs). */
    private static List<int[]> quotations(String text, Sentence sentence) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char ch = text.charAt(i);
            if (ch == '\u201c' || ch == '"' && open < 0) {
                open = i + 1;
            } else if ((ch == '\u201d' || ch == '"') && open >= 0) {
                spans.add(new int[] {open, i});
                open = -1;
            }
        }
        return spans;
    }

    /** The person-like actor named as the speaker of a quotation right after it or right before it, or null. */
    private static Mention speaker(String text, List<Mention> actors, int[] quote) {
        Matcher after = AFTER_QUOTE.matcher(text).region(quote[1], text.length());
        if (after.lookingAt()) {
            for (Mention a : actors) {
                if (a.start() >= after.end() && a.start() - after.end() <= 25 && personLike(text, a)) {
                    return a; // "...," Modi said / "...," said Modi / "...," the Indian prime minister said
                }
            }
        }
        Mention before = null;
        for (Mention a : actors) {
            if (a.end() <= quote[0] - 1 && personLike(text, a)
                    && BEFORE_QUOTE.matcher(text.substring(a.end(), quote[0] - 1)).matches()) {
                before = a; // Modi said: "..."
            }
        }
        return before;
    }

    /** Whether an actor mention is a resolved "his" or "her", a possessor like "Modi's". */
    static boolean possessive(Mention actor) {
        return DETAIL.equals(actor.detail()) && POSSESSIVE.matcher(actor.text()).matches();
    }

    /**
     * The pronouns of one sentence resolved to actor mentions, in text order.
     *
     * @param actors           the actor mentions of the sentence, in text order
     * @param previousActors   the actor mentions of the sentence before, pronouns resolved among them
     */
    static List<Mention> resolve(String text, Sentence sentence, List<Mention> actors, List<Mention> previousActors) {
        List<Mention> third = resolveThirdPerson(text, sentence, actors, previousActors);
        List<Mention> withThird = new ArrayList<>(actors);
        withThird.addAll(third);
        withThird.sort(Comparator.comparingInt(Mention::start));
        List<Mention> out = new ArrayList<>(third);
        out.addAll(resolveQuoted(text, sentence, withThird));
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static List<Mention> resolveThirdPerson(String text, Sentence sentence, List<Mention> actors,
            List<Mention> previousActors) {
        List<Mention> out = new ArrayList<>();
        Matcher m = PRONOUN.matcher(text).region(sentence.start(), sentence.end());
        int openingEnd = -2;
        while (m.find()) {
            Mention antecedent = null;
            for (Mention a : actors) {
                if (a.end() <= m.start() && personLike(text, a)) {
                    antecedent = a;
                }
            }
            antecedent = antecedent == null ? firstPerson(text, previousActors) : antecedent;
            openingEnd = openingEnd == -2 ? Participants.openingClauseEnd(text, sentence) : openingEnd;
            int mainStart = sentence.start() + openingEnd;
            if (openingEnd >= 0 && m.start() < mainStart) {
                Mention subject = Participants.mainClauseOpener(text, actors, mainStart);
                antecedent = subject != null && personLike(text, subject) ? subject : antecedent;
            }
            if (antecedent != null) {
                out.add(new Mention(MentionKind.ACTOR, m.group(), m.start(), m.end(), sentence.index(), antecedent.value(),
                        0.6, DETAIL));
            }
        }
        return out;
    }

    /** The first person-like mention among a sentence's actor mentions, or null. */
    private static Mention firstPerson(String text, List<Mention> actors) {
        for (Mention a : actors) {
            if (personLike(text, a)) {
                return a;
            }
        }
        return null;
    }

    /** Whether an actor mention names a person: from the gazetteer's people, a resolved pronoun, or an actor with a title. */
    static boolean personLike(String text, Mention actor) {
        return Gazetteer.PERSON.equals(actor.detail()) || DETAIL.equals(actor.detail())
                || TITLE.matcher(text).region(actor.end(), Math.min(text.length(), actor.end() + 60)).lookingAt();
    }
}
