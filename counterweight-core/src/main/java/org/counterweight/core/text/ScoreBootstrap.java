package org.counterweight.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.counterweight.core.estimation.Quantiles;

/**
 * Percentile bootstrap intervals of micro-averaged precision, recall and F1 when the unit of sampling
 * is the document: each draw takes as many documents as there are, with replacement, adds up their
 * counts and computes the three measures (Efron &amp; Tibshirani 1993, An Introduction to the
 * Bootstrap, ch. 13, percentile intervals; resampling test documents as in Berg-Kirkpatrick, Burkett
 * &amp; Klein 2012, "An Empirical Investigation of Statistical Significance in NLP", EMNLP). Findings
 * of one article are not independent (one wrong rule fires on every sentence of it), so resampling
 * articles rather than findings gives the honest width.
 *
 * <p>A draw whose measure is undefined (nothing predicted for precision, nothing annotated for recall)
 * is left out of that measure's quantiles; an interval with no defined draw is NaN on both ends.
 * Quantiles are type 7 ({@link Quantiles}). The generator is the caller's, so the same seed gives the
 * same interval.
 */
public final class ScoreBootstrap {
    private ScoreBootstrap() {
    }

    /** One document's counts of one kind. */
    public record Counts(int gold, int predicted, int matched) {
        public Counts {
            if (gold < 0 || predicted < 0 || matched < 0 || matched > gold || matched > predicted) {
                throw new IllegalArgumentException("bad counts: gold " + gold + ", predicted " + predicted
                        + ", matched " + matched);
            }
        }
    }

    /** A two-sided interval; NaN ends when undefined. */
    public record Interval(double low, double high) {
    }

    /** Intervals of precision, recall and F1 at one coverage level. */
    public record Intervals(Interval precision, Interval recall, Interval f1) {
    }

    /**
     * @param documents the counts of each document (at least one)
     * @param draws     bootstrap draws (at least 1)
     * @param level     coverage, e.g. 0.95
     * @param random    the generator (consumed sequentially)
     */
    public static Intervals of(List<Counts> documents, int draws, double level, SplittableRandom random) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents to resample");
        }
        if (draws < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("need draws >= 1 and 0 < level < 1, got " + draws + ", " + level);
        }
        int n = documents.size();
        double[] precision = new double[draws];
        double[] recall = new double[draws];
        double[] f1 = new double[draws];
        int p = 0;
        int r = 0;
        int f = 0;
        for (int d = 0; d < draws; d++) {
            long gold = 0;
            long predicted = 0;
            long matched = 0;
            for (int i = 0; i < n; i++) {
                Counts c = documents.get(random.nextInt(n));
                gold += c.gold();
                predicted += c.predicted();
                matched += c.matched();
            }
            if (predicted > 0) {
                precision[p++] = (double) matched / predicted;
            }
            if (gold > 0) {
                recall[r++] = (double) matched / gold;
            }
            if (gold + predicted > 0) {
                f1[f++] = 2.0 * matched / (gold + predicted);
            }
        }
        return new Intervals(interval(precision, p, level), interval(recall, r, level), interval(f1, f, level));
    }

    private static Interval interval(double[] values, int n, double level) {
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return new Interval(Quantiles.type7Sorted(sorted, (1 - level) / 2), Quantiles.type7Sorted(sorted, (1 + level) / 2));
    }
}
