package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterweight.core.text.RuleFixtures.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "he", "she", "his", "her" read as the actor of the person they refer to ({@link Pronouns}); sentences written for this test. */
class PronounsTest {
    private static final ArticleExtractor EXTRACTOR = RuleFixtures.extractor(codes("042", "043", "046", "111", "112"));

    private static List<String> found(MentionKind kind, String text) {
        return RuleFixtures.found(EXTRACTOR, kind, text);
    }

    /** A pronoun opening a sentence continues the person named first in the sentence before. */
    @Test
    void aPronounContinuesThePersonOfTheSentenceBefore() {
        assertThat(found(MentionKind.EVENT, "Vladimir Putin arrived on Monday. He criticised Pakistan over the deal."))
                .containsExactly("RUS PAK 111");
        assertThat(found(MentionKind.EVENT, "The Russian President arrived on Monday. He accused Pakistan of delays."))
                .containsExactly("RUS PAK 112"); // an actor with a title is a person too
    }

    /** With no person in reach (a state is not a "he"), the pronoun stands for nothing. */
    @Test
    void aPronounWithoutAPersonInReachIsNotResolved() {
        assertThat(found(MentionKind.EVENT, "India grew fast. He criticised Pakistan over the deal.")).isEmpty();
        assertThat(found(MentionKind.EVENT, "Vladimir Putin arrived. The talks ended. He criticised Pakistan.")).isEmpty();
    }

    /** A possessive pronoun is the possessor: "his visit" is the person's, "his counterpart" is not the person. */
    @Test
    void possessivePronounsArePossessors() {
        assertThat(found(MentionKind.EVENT, "Narendra Modi spoke on Friday. His visit to Beijing was short."))
                .containsExactlyInAnyOrder("IND CHN 042", "CHN IND 043");
        assertThat(found(MentionKind.EVENT, "Narendra Modi held talks with his Chinese counterpart."))
                .containsExactlyInAnyOrder("IND CHN 046", "CHN IND 046");
        assertThat(found(MentionKind.EVENT, "Praising India at the start of his visit to New Delhi, Vladimir Putin spoke."))
                .contains("RUS IND 042", "IND RUS 043"); // a pronoun in an opening clause refers forward to the main subject
    }

    /** "I", "we" and "our" inside a quotation stand for its speaker's actor, named after or before the quotation. */
    @Test
    void firstPersonInQuotationsIsTheSpeaker() {
        assertThat(found(MentionKind.EVENT, "\u201cWe criticised Pakistan,\u201d Vladimir Putin said.")).containsExactly("RUS PAK 111");
        assertThat(found(MentionKind.EVENT, "\u201cWe criticised Pakistan,\u201d said Vladimir Putin.")).containsExactly("RUS PAK 111");
        assertThat(found(MentionKind.EVENT, "Narendra Modi said: \u201cOur talks with China were useful.\u201d"))
                .containsExactlyInAnyOrder("IND CHN 046", "CHN IND 046");
        assertThat(found(MentionKind.EVENT, "\u201cWe criticised Pakistan,\u201d the statement said.")).isEmpty(); // no speaker named
    }

    /** "The two leaders" are the last two people named, not a place named after them. */
    @Test
    void theTwoLeadersAreTheLastTwoPeople() {
        assertThat(found(MentionKind.EVENT, "Vladimir Putin praised the Chinese President amid the war in Pakistan."
                + " The two leaders held talks on Tuesday.")).containsExactlyInAnyOrder("RUS CHN 046", "CHN RUS 046");
    }

    /** A resolved pronoun is read as an actor, not reported as one. */
    @Test
    void resolvedPronounsAreNotReportedAsActors() {
        assertThat(found(MentionKind.ACTOR, "Vladimir Putin arrived. He criticised Pakistan.")).containsExactly("RUS", "PAK");
    }
}
