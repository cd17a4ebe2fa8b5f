package org.counterweight.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.counterweight.core.text.MentionKind;
import org.counterweight.core.text.ScoreBootstrap;
import org.counterweight.report.Report;

/**
 * The tables of an {@link EvaluationResult}: scores by kind with their 95% intervals (and the
 * throughput), the reliability of the confidences when asked, and the errors when listed.
 */
public final class EvaluationTables {
    /** Width of a confidence bin of the reliability table. */
    private static final double BIN = 0.1;

    private EvaluationTables() {
    }

    public static List<Report.Table> of(EvaluationResult result) {
        return of(result, false);
    }

    /** @param reliability whether to add the reliability table of the confidences */
    public static List<Report.Table> of(EvaluationResult result, boolean reliability) {
        List<Report.Table> tables = new ArrayList<>();
        tables.add(scores(result));
        if (reliability) {
            tables.add(reliability(result));
        }
        result.errors().ifPresent(e -> tables.add(errors(e)));
        return tables;
    }

    /**
     * Reliability of the confidences (DeGroot &amp; Fienberg 1983, "The Comparison and Evaluation of
     * Forecasters", The Statistician 32; the reliability diagram as a table): per kind and bin of
     * confidence [0, 0.1), ..., [0.9, 1], how many predictions, how many matched a gold annotation, the
     * share that did (what a calibrated confidence should equal) and the mean confidence.
     */
    public static Report.Table reliability(EvaluationResult result) {
        Report.Table.Builder table = Report.Table.builder("ingest-reliability", "Reliability of the confidences: "
                + "observed share correct per confidence bin", "kind", "confidence", "predictions", "correct",
                "observed", "mean_confidence");
        for (MentionKind kind : MentionKind.values()) {
            int bins = (int) Math.round(1 / BIN);
            int[] n = new int[bins];
            int[] correct = new int[bins];
            double[] sum = new double[bins];
            for (EvaluationResult.Judged j : result.judged()) {
                if (j.mention().kind() == kind) {
                    int b = Math.min(bins - 1, (int) Math.floor(j.mention().confidence() / BIN));
                    n[b]++;
                    correct[b] += j.matched() ? 1 : 0;
                    sum[b] += j.mention().confidence();
                }
            }
            for (int b = 0; b < bins; b++) {
                if (n[b] > 0) {
                    table.row(kind.label(), String.format(Locale.ROOT, "%.1f-%.1f", b * BIN, (b + 1) * BIN), n[b],
                            correct[b], decimals((double) correct[b] / n[b]), decimals(sum[b] / n[b]));
                }
            }
        }
        table.note("a calibrated confidence has observed close to mean_confidence in every bin with enough predictions");
        return table.build(null);
    }

    /** Gold, predicted and matched counts with precision, recall and F1 to 3 decimals ("-" where undefined). */
    public static Report.Table scores(EvaluationResult result) {
        Report.Table.Builder table = Report.Table.builder("ingest-scores", (result.compared()
                == EvaluationResult.Compared.EXTRACTOR ? "Extraction" : "Second annotation") + " against gold annotations: "
                + result.articles() + " article(s)", "kind", "gold", "predicted", "matched", "precision", "recall",
                "f1", "precision_95", "recall_95", "f1_95");
        for (Map.Entry<MentionKind, EvaluationResult.Score> entry : result.scores().entrySet()) {
            row(table, entry.getKey().label(), entry.getValue(), result.interval(entry.getKey()));
        }
        row(table, "overall", result.overall(), Optional.empty());
        table.note("_95: 95% percentile intervals from " + EvaluationService.BOOTSTRAP_DRAWS + " bootstrap draws of the"
                + " articles (seed " + EvaluationService.BOOTSTRAP_SEED + "); only the kinds an article declares are"
                + " scored for it");
        if (result.compared() == EvaluationResult.Compared.SECOND_ANNOTATION) {
            table.note("agreement between annotators: precision and recall swap with the two sets, f1 does not; f1 is"
                    + " the ceiling an extractor can expect against one annotator's gold");
        }
        result.throughput().ifPresent(t -> table.note(String.format(Locale.ROOT,
                "throughput: %d sentences in %.3f s on one thread = %.0f sentences/s", t.sentences(), t.seconds(),
                t.sentencesPerSecond())));
        return table.build(null);
    }

    private static void row(Report.Table.Builder table, String label, EvaluationResult.Score s,
            Optional<ScoreBootstrap.Intervals> interval) {
        table.row(label, s.gold(), s.predicted(), s.matched(), decimals(s.precision()), decimals(s.recall()),
                decimals(s.f1()), interval.map(i -> range(i.precision())).orElse("-"),
                interval.map(i -> range(i.recall())).orElse("-"), interval.map(i -> range(i.f1())).orElse("-"));
    }

    private static String range(ScoreBootstrap.Interval i) {
        return Double.isNaN(i.low()) ? "-" : decimals(i.low()) + "-" + decimals(i.high());
    }

    private static String decimals(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    public static Report.Table errors(List<EvaluationResult.ExtractionError> errors) {
        Report.Table.Builder table = Report.Table.builder("ingest-errors", "Extraction errors against gold"
                + " annotations", "article", "kind", "error", "text", "value", "sentence");
        for (EvaluationResult.ExtractionError e : errors) {
            table.row(e.article(), e.kind().label(), e.type().label(), e.text(), e.value(), e.context());
        }
        return table.build(null);
    }
}
