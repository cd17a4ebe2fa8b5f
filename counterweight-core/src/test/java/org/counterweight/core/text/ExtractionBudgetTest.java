package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterweight.core.actor.ActorDirectory;
import org.junit.jupiter.api.Test;

/** Issue 15 "Why" point 4: a long text without sentence breaks is read block by block, and a deadline stops it at a block's end. */
class ExtractionBudgetTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new Gazetteer(new ActorDirectory(List.of(), List.of()), List.of()), List.of(),
            new EventCoder(List.of()));

    @Test
    void aPassedDeadlineStopsAfterTheFirstBlockAndSaysWhere() {
        String text = "india and pakistan signed nothing ".repeat(4 * ArticleExtractor.BLOCK / 34);
        ArticleExtractor.Result stopped = EXTRACTOR.extract(text, null, null, 0);
        assertThat(stopped.charactersRead()).isPositive().isLessThanOrEqualTo(ArticleExtractor.BLOCK);
        assertThat(stopped.sentences()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(stopped.charactersRead()));
        ArticleExtractor.Result whole = EXTRACTOR.extract(text, null, null);
        assertThat(whole.charactersRead()).isEqualTo(text.length());
        assertThat(whole.sentences()).allSatisfy(s -> assertThat(s.end() - s.start())
                .isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH));
    }
}
