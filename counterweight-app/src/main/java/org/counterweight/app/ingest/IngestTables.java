package org.counterweight.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.counterweight.core.model.Labels;
import org.counterweight.core.text.Mention;
import org.counterweight.report.Report;

/** The tables of an {@link IngestResult}: the findings, and the comparison with curated claims when asked. */
public final class IngestTables {
    private IngestTables() {
    }

    public static List<Report.Table> of(IngestResult result) {
        List<Report.Table> tables = new ArrayList<>();
        tables.add(findings(result));
        result.comparison().ifPresent(c -> tables.add(comparison(c)));
        return tables;
    }

    /** The findings under the article's title, with what storing them did. */
    public static Report.Table findings(IngestResult result) {
        Report.Table.Builder table = Report.Table.builder("ingest-findings", result.title(), "kind", "text", "start",
                "end", "file_start", "file_end", "value", "confidence", "sentence", "detail");
        if (result.empty()) {
            return table.note("empty article: nothing to ingest").build(null);
        }
        for (IngestResult.Finding f : result.findings()) {
            Mention m = f.mention();
            table.row(m.kind().label(), m.text(), m.start(), m.end(), f.fileStart(), f.fileEnd(), m.value(),
                    String.format(Locale.ROOT, "%.2f", m.confidence()), m.sentence(), m.detail());
        }
        table.note(result.findings().size() + " findings in " + result.sentences() + " sentences"
                + (result.sourceId() == null ? "" : " of source " + result.sourceId()));
        if (!result.complete()) {
            table.note(String.format(Locale.ROOT, "not complete: the first %,d of %,d characters were read within the"
                    + " time budget of %d s; store the findings (into the knowledge base) to read the whole text",
                    result.charactersRead(), result.characters(), IngestService.READ_BUDGET.toSeconds()));
        }
        result.stored().ifPresent(s -> table.note(s.changed() ? s.claims() + " proposed claims stored as case "
                + s.caseId() + ", to be reviewed (accepted or rejected) one by one"
                : "unchanged: this article was already ingested (reviews kept)"));
        return table.build(null);
    }

    public static Report.Table comparison(IngestResult.Comparison comparison) {
        Report.Table.Builder table = Report.Table.builder("ingest-comparison", "Ingested vs curated claims of "
                + comparison.sourceId(), "outcome", "kind", "curated_id", "proposed_id", "proposed_predicate", "quote");
        for (IngestResult.ComparedClaim c : comparison.claims()) {
            table.row(c.outcome().label(), Labels.label(c.kind()), c.curatedId(), c.proposedId(),
                    c.proposedPredicate(), c.quote());
        }
        return table.note(comparison.count(IngestResult.Outcome.MATCHED) + " of " + comparison.curated()
                + " curated claims matched; " + comparison.count(IngestResult.Outcome.NEW)
                + " proposed claims have no curated counterpart (new, or noise).").build(null);
    }
}
