package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterweight.core.model.Claim;
import org.junit.jupiter.api.Test;

/** Proposed claims from an article's findings: ids stable across runs and unique within one. */
class ProposedClaimsTest {
    private static final String TEXT = "China's rise is a challenge to India and the US.";

    @Test
    void relationsAtOneOffsetGetNumberedIds() {
        Mention india = new Mention(MentionKind.RELATION, "challenge to", 18, 30, 0, "CHN IND negative", 0.55, "");
        Mention us = new Mention(MentionKind.RELATION, "challenge to", 18, 30, 0, "CHN USA negative", 0.55, "");
        ArticleExtractor.Result result = new ArticleExtractor.Result(List.of(new Sentence(0, 0, TEXT.length())),
                List.of(india, us), TEXT.length());

        List<Claim> claims = ProposedClaims.of("art", "case", "A. Writer", TEXT, result);

        assertThat(claims).extracting(Claim::id).containsExactly("art-relation-18", "art-relation-18-2");
        assertThat(claims).extracting(c -> c.objects().get(0)).containsExactly("IND", "USA");
        assertThat(ProposedClaims.of("art", "case", "A. Writer", TEXT, result)).isEqualTo(claims);
    }
}
