package org.counterweight.app.datasets;

import java.util.List;
import java.util.Map;
import org.counterweight.app.events.EventsTables;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.Source;
import org.counterweight.report.Report;
import org.counterweight.store.ImportEntry;
import org.counterweight.store.KnowledgeBase.ImportRecord;
import org.counterweight.store.events.FileCoverage;

/** The tables of the {@link DatasetsService}'s results. */
public final class DatasetsTables {
    private DatasetsTables() {
    }

    /** Every source with its kind, version, date, publisher, slot and terms. */
    public static List<Report.Table> of(SourcesResult result) {
        Report.Table.Builder table = Report.Table.builder("sources", null, "id", "kind", "title", "version", "date",
                "publisher", "loaded_as", "terms");
        for (SourcesResult.StoredSource stored : result.sources()) {
            Source source = stored.source();
            table.row(source.id(), Labels.label(source.kind()), source.title(), source.version(),
                    source.date() == null ? null : source.date().toString(), source.publisher(), stored.loadedAs(),
                    source.terms());
        }
        table.note("Full citations: the sources' citations, plain or BibTeX; provenance and transformations:"
                + " data/datasets/*/SOURCE.md");
        return List.of(table.build(null));
    }

    /** Each source's citation text, version and terms. */
    public static List<Report.Table> of(CitationsResult result) {
        Report.Table.Builder table = Report.Table.builder("citations", null, "id", "version", "citation", "terms");
        result.sources().forEach(s -> table.row(s.id(), s.version(), s.citationText(), s.terms()));
        return List.of(table.build(null));
    }

    /** The import log (titled with the store and its schema version) and the row counts of its tables. */
    public static List<Report.Table> of(StatusResult result) {
        Report.Table.Builder imports = Report.Table.builder("store-imports", "Store " + result.store()
                + ", schema version " + result.schemaVersion(), "dataset", "kind", "rows", "imported_at", "file");
        for (ImportRecord record : result.imports()) {
            imports.row(record.dataset(), record.kind(), record.rows(), record.importedAt(), record.fileName());
        }
        Report.Table.Builder tables = Report.Table.builder("store-tables", "Tables", "table", "rows");
        for (Map.Entry<String, Long> entry : result.tableRows().entrySet()) {
            tables.row(entry.getKey(), entry.getValue());
        }
        return List.of(imports.build(null), tables.build(null));
    }

    /** What an import did, with a warning for names without a country code. */
    public static List<Report.Table> of(ImportOutcome outcome) {
        Report.Table.Builder table = Report.Table.builder("import", null, "import_id", "dataset", "changed", "rows",
                "file");
        table.row(outcome.importId(), outcome.dataset(), outcome.changed(), outcome.rows(), outcome.file().toString());
        if (!outcome.unmappedNames().isEmpty()) {
            table.note("warning: no COW code known for " + outcome.unmappedNames()
                    + "; their rows are kept with an empty code");
        }
        if (outcome.alreadyLoaded() != null) {
            ImportEntry holder = outcome.alreadyLoaded();
            table.note("already loaded: " + (holder.identity() != null ? holder.identity() + " is held by " : "")
                    + holder.describe() + "; nothing was changed");
        } else if (!outcome.changed()) {
            table.note("already loaded: the same content was imported before; nothing was changed");
        }
        if (!outcome.replaced().isEmpty()) {
            table.note("replaced import(s) " + outcome.replaced() + "; undoing import " + outcome.importId()
                    + " brings them back");
        }
        return List.of(table.build(null));
    }

    /** The import history, oldest first. */
    public static List<Report.Table> of(HistoryResult result) {
        Report.Table.Builder table = Report.Table.builder("store-history", "Imports into " + result.store(), "id",
                "dataset", "version", "state", "rows", "imported_at", "sha256", "file");
        for (ImportEntry entry : result.imports()) {
            String hash = entry.fileSha256() != null ? entry.fileSha256() : entry.sha256();
            table.row(entry.id(), entry.dataset(), entry.identity(), entry.state()
                    + (entry.replacedBy() != null ? " by " + entry.replacedBy() : ""), entry.rows(),
                    entry.importedAt(), hash.substring(0, Math.min(16, hash.length())), entry.fileName());
        }
        table.note("state: loaded (its rows are in the store), replaced by a later import (undoing that one brings"
                + " it back), superseded (bundled data reloaded after an upgrade) or undone");
        return List.of(table.build(null));
    }

    /** What an undo removed and brought back. */
    public static List<Report.Table> of(UndoResult result) {
        Report.Table.Builder table = Report.Table.builder("store-undo", null, "id", "dataset", "action", "rows", "file");
        table.row(result.undone().id(), result.undone().dataset(), "removed", result.undone().rows(),
                result.undone().fileName());
        for (ImportEntry entry : result.restored()) {
            table.row(entry.id(), entry.dataset(), "restored", entry.rows(), entry.fileName());
        }
        return List.of(table.build(null));
    }

    /**
     * The case's years (one row), each source's span with what the views take from it and how they show
     * a later year, and the imported event files with the months they cover.
     */
    public static List<Report.Table> of(CoverageResult result) {
        Report.Table.Builder years = Report.Table.builder("coverage-years", "The years of case "
                + result.caseId().value() + "'s views", "case", "first_year", "last_year");
        years.row(result.caseId().value(), result.firstYear(), result.lastYear());
        years.note("From the case's first curated date (else the first dataset's first year) to the latest year any"
                + " source below reaches; after a dataset's last year a view shows what its after_last_year says,"
                + " never 0.");
        Report.Table.Builder spans = Report.Table.builder("coverage-sources", "What each source spans", "source",
                "version", "first_year", "last_year", "basis", "gives", "after_last_year");
        result.spans().forEach(s -> spans.row(s.source(), s.version(), s.firstYear(), s.lastYear(), s.basis(),
                s.gives(), s.afterLastYear()));
        spans.note("basis: what a source's values rest on from first_year to last_year (observed: the dataset's rows;"
                + " curated: the case file's evidence, each with its source and quote); after last_year:"
                + " after_last_year.");
        Report.Table.Builder events = Report.Table.builder("coverage-events", "Imported event files (GDELT, ICEWS)",
                "file", "dataset", "events", "first_date", "last_date", "covered_months");
        for (FileCoverage file : result.eventFiles()) {
            events.row(file.file(), file.dataset(), file.events(), file.firstDate() == null ? null
                    : file.firstDate().toString(), file.lastDate() == null ? null : file.lastDate().toString(),
                    EventsTables.months(file));
        }
        if (result.eventFiles().isEmpty()) {
            events.note("No event file is imported: there is no event data (import GDELT or ICEWS files first).");
        }
        return List.of(years.build(null), spans.build(null), events.build(null));
    }
}
