package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreBootstrapTest {
    /** Identical documents: every draw is the same, so each interval is the point value. */
    @Test
    void identicalDocumentsGiveAPointInterval() {
        ScoreBootstrap.Counts doc = new ScoreBootstrap.Counts(4, 2, 1);
        ScoreBootstrap.Intervals i = ScoreBootstrap.of(List.of(doc, doc, doc), 200, 0.95, new SplittableRandom(1));
        assertThat(i.precision()).isEqualTo(new ScoreBootstrap.Interval(0.5, 0.5));
        assertThat(i.recall()).isEqualTo(new ScoreBootstrap.Interval(0.25, 0.25));
        assertThat(i.f1()).isEqualTo(new ScoreBootstrap.Interval(1.0 / 3, 1.0 / 3));
    }

    /**
     * Two documents, one prediction each, one right and one wrong. Enumerating the 4 equally likely
     * resamples by hand: precision is 1 with probability 1/4, 0.5 with 1/2 and 0 with 1/4, so the
     * 2.5% and 97.5% quantiles of the bootstrap distribution are 0 and 1 (and the median 0.5); with
     * 4,000 draws the sample quantiles are those values (each end has about 1,000 draws).
     */
    @Test
    void twoDocumentsGiveTheEnumeratedQuantiles() {
        List<ScoreBootstrap.Counts> docs = List.of(new ScoreBootstrap.Counts(1, 1, 1), new ScoreBootstrap.Counts(1, 1, 0));
        ScoreBootstrap.Intervals i = ScoreBootstrap.of(docs, 4000, 0.95, new SplittableRandom(20261207L));
        assertThat(i.precision()).isEqualTo(new ScoreBootstrap.Interval(0, 1));
        ScoreBootstrap.Intervals half = ScoreBootstrap.of(docs, 4000, 0.4, new SplittableRandom(7));
        assertThat(half.precision()).isEqualTo(new ScoreBootstrap.Interval(0.5, 0.5));
    }

    @Test
    void undefinedMeasuresAndBadInputs() {
        ScoreBootstrap.Intervals none = ScoreBootstrap.of(List.of(new ScoreBootstrap.Counts(2, 0, 0)), 10, 0.95,
                new SplittableRandom(1));
        assertThat(none.precision().low()).isNaN();
        assertThat(none.recall()).isEqualTo(new ScoreBootstrap.Interval(0, 0));
        assertThatThrownBy(() -> ScoreBootstrap.of(List.of(), 10, 0.95, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreBootstrap.Counts(1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
