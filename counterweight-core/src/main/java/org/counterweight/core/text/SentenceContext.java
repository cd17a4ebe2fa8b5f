package org.counterweight.core.text;

import java.util.List;

/**
 * One sentence as {@link RelationFinder}, {@link EventCoder} and {@link Participants} read it, built
 * once per sentence so that its words, clauses and actors are not found again by each of them.
 *
 * @param text       the whole text
 * @param sentence   the sentence
 * @param words      the sentence's text
 * @param wordStarts where its words start, relative to the sentence ({@link WordStarts#of})
 * @param clauses    its clauses
 * @param names      the actor and agreement mentions in it, in order
 * @param actors     the actor mentions among them
 * @param previous   the last pair of distinct actor ids named before the sentence, or null
 * @param lastAgreement the known agreement named last in this sentence or the few before it, which
 *                   "the pact", "the deal" refer back to, or null
 */
record SentenceContext(String text, Sentence sentence, String words, int[] wordStarts, Participants.Clauses clauses,
        List<Mention> names, List<Mention> actors, String[] previous, String lastAgreement) {

    static SentenceContext of(String text, Sentence sentence, List<Mention> names, String[] previous,
            String lastAgreement) {
        String words = text.substring(sentence.start(), sentence.end());
        return new SentenceContext(text, sentence, words, WordStarts.of(words), Participants.Clauses.of(text, sentence),
                List.copyOf(names), names.stream().filter(m -> m.kind() == MentionKind.ACTOR).toList(), previous,
                lastAgreement);
    }
}
