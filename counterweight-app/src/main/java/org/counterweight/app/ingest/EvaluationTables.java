package org.counterweight.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.counterweight.core.text.MentionKind;
import org.counterweight.report.Report;

/** The tables of an {@link EvaluationResult}: scores by kind (with the throughput), and the errors when listed. */
public final class EvaluationTables {
    private EvaluationTables() {
    }

    public static List<Report.Table> of(EvaluationResult result) {
        List<Report.Table> tables = new ArrayList<>();
        tables.add(scores(result));
        result.errors().ifPresent(e -> tables.add(errors(e)));
        return tables;
    }

    /** Gold, predicted and matched counts with precision, recall and F1 to 3 decimals ("-" where undefined). */
    public static Report.Table scores(EvaluationResult result) {
        Report.Table.Builder table = Report.Table.builder("ingest-scores", "Extraction against gold annotations: "
                + result.articles() + " article(s)", "kind", "gold", "predicted", "matched", "precision", "recall",
                "f1");
        for (Map.Entry<MentionKind, EvaluationResult.Score> entry : result.scores().entrySet()) {
            row(table, entry.getKey().label(), entry.getValue());
        }
        row(table, "overall", result.overall());
        result.throughput().ifPresent(t -> table.note(String.format(Locale.ROOT,
                "throughput: %d sentences in %.3f s on one thread = %.0f sentences/s", t.sentences(), t.seconds(),
                t.sentencesPerSecond())));
        return table.build(null);
    }

    private static void row(Report.Table.Builder table, String label, EvaluationResult.Score s) {
        table.row(label, s.gold(), s.predicted(), s.matched(), decimals(s.precision()), decimals(s.recall()),
                decimals(s.f1()));
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
