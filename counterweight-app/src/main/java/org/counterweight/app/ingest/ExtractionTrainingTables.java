package org.counterweight.app.ingest;

import java.util.List;
import java.util.Locale;
import org.counterweight.report.Report;

/** The table of an {@link ExtractionTrainingResult}: what the model learnt from and how well it is calibrated. */
public final class ExtractionTrainingTables {
    private ExtractionTrainingTables() {
    }

    public static List<Report.Table> of(ExtractionTrainingResult r) {
        Report.Table.Builder table = Report.Table.builder("ingest-training", "Extraction model trained on the"
                + " development articles", "articles", "findings", "correct", "folds", "brier_out_of_fold",
                "brier_base_rate", "platt_a", "platt_b");
        table.row(r.articles(), r.findings(), r.correct(), r.folds(), String.format(Locale.ROOT, "%.4f", r.brier()),
                String.format(Locale.ROOT, "%.4f", r.baseRateBrier()), String.format(Locale.ROOT, "%.4f", r.model().plattA()),
                String.format(Locale.ROOT, "%.4f", r.model().plattB()));
        table.note("findings: the relations, events and agreements the rules found, labelled by the gold annotations;"
                + " brier_out_of_fold: calibrated probabilities from models that did not see the finding's article");
        return List.of(table.build(null));
    }
}
