package org.counterweight.app.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.counterweight.core.text.Mention;
import org.counterweight.core.text.MentionKind;
import org.counterweight.core.text.ScoreBootstrap;

/**
 * The extractor's scores against gold articles, or a second annotator's.
 *
 * @param compared   what was scored against the gold: the extractor's findings or a second annotation
 * @param articles   how many articles were scored
 * @param scores     the score of each kind, in {@link MentionKind} order
 * @param overall    the counts of all kinds together
 * @param intervals  for each kind scored in at least one article, 95% bootstrap intervals over articles
 * @param judged     every prediction scored, with whether it matched a gold annotation
 * @param errors     with error kinds asked for: each missed annotation and unmatched prediction of those
 *                   kinds, article by article
 * @param throughput with repeated passes asked for: how fast they ran
 */
public record EvaluationResult(Compared compared, int articles, Map<MentionKind, Score> scores, Score overall,
        Map<MentionKind, ScoreBootstrap.Intervals> intervals, List<Judged> judged,
        Optional<List<ExtractionError>> errors, Optional<Throughput> throughput) {
    public EvaluationResult {
        scores = Collections.unmodifiableMap(new EnumMap<>(scores));
        intervals = intervals.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(intervals));
        judged = List.copyOf(judged);
        errors = errors.map(List::copyOf);
    }

    /** What was scored against the gold annotations. */
    public enum Compared {
        /** The extractor's findings (precision and recall of the extractor). */
        EXTRACTOR,
        /** A second annotator's annotations of the same articles (agreement between annotators). */
        SECOND_ANNOTATION
    }

    /** The same scores with the throughput of timed passes. */
    EvaluationResult withThroughput(Throughput timed) {
        return new EvaluationResult(compared, articles, scores, overall, intervals, judged, errors, Optional.of(timed));
    }

    public Score score(MentionKind kind) {
        return scores.get(kind);
    }

    /**
     * Counts of one kind and the measures from them (docs/ingest-gold-format.md): precision = matched /
     * predicted, recall = matched / gold, F1 their harmonic mean; NaN where undefined (nothing predicted,
     * nothing annotated).
     */
    public record Score(int gold, int predicted, int matched) {
        public double precision() {
            return predicted == 0 ? Double.NaN : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? Double.NaN : (double) matched / gold;
        }

        /** 2PR / (P + R) = 2 matched / (predicted + gold): 0 when either is 0. */
        public double f1() {
            return predicted + gold == 0 ? Double.NaN : 2.0 * matched / (predicted + gold);
        }

        Score plus(Score other) {
            return new Score(gold + other.gold, predicted + other.predicted, matched + other.matched);
        }
    }

    /** The 95% interval of a kind's scores, or empty when no article was scored for it. */
    public Optional<ScoreBootstrap.Intervals> interval(MentionKind kind) {
        return Optional.ofNullable(intervals.get(kind));
    }

    /**
     * One prediction as scored.
     *
     * @param article the gold article's id
     * @param mention the prediction (offsets into the article file)
     * @param matched whether it matched a gold annotation
     */
    public record Judged(String article, Mention mention, boolean matched) {
    }

    /** Whether an error is a gold annotation no prediction matched, or a prediction no annotation matched. */
    public enum ErrorType {
        MISSED, SPURIOUS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One error.
     *
     * @param article the gold article's id
     * @param text    the surface text (of the annotation, or of the prediction)
     * @param value   the annotated or predicted value
     * @param context the line of the article around it, at most 160 characters
     */
    public record ExtractionError(String article, MentionKind kind, ErrorType type, String text, String value,
            String context) {
    }

    /**
     * Extraction on one thread over the gold texts, repeated.
     *
     * @param sentences the sentences extracted over all passes
     * @param seconds   the wall time of all passes
     */
    public record Throughput(long sentences, double seconds) {
        public double sentencesPerSecond() {
            return sentences / seconds;
        }
    }
}
