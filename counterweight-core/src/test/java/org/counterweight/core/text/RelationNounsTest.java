package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterweight.core.text.RuleFixtures.codes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bare relation nouns ("ally", "partner", "friend") whose other side is stated by a possessor
 * ("Pakistan's closest ally") or by a name in apposition ("its ally Pakistan"); sentences written for
 * this test.
 */
class RelationNounsTest {
    private static final ArticleExtractor EXTRACTOR = RuleFixtures.extractor(codes("040"));

    private static List<String> relations(String text) {
        return RuleFixtures.found(EXTRACTOR, MentionKind.RELATION, text);
    }

    @Test
    void aPossessorIsTheOtherSide() {
        assertThat(relations("China is Pakistan's closest ally.")).containsExactly("CHN PAK positive");
    }

    @Test
    void aNameInAppositionIsTheOtherSide() {
        assertThat(relations("Washington courted its ally Pakistan.")).containsExactly("PAK USA positive");
        assertThat(relations("Pakistan turned down its longstanding ally China's request for troops."))
                .containsExactly("CHN PAK positive");
    }

    @Test
    void whoseAlliesIsStillNotGuessed() {
        assertThat(relations("Washington and its allies met in Tokyo.")).isEmpty();
    }
}
