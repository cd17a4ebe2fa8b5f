package org.counterweight.app.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.counterweight.app.CaseId;
import org.counterweight.app.DatasetReleases;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.PartialDate;
import org.counterweight.core.model.SourceKind;
import org.counterweight.core.model.TimeSpan;
import org.counterweight.io.casefile.BundledCases;
import org.counterweight.store.BundledData;
import org.counterweight.store.CaseQueries.StoredSource;
import org.counterweight.store.DatasetImporter;
import org.counterweight.store.ImportConflictException;
import org.counterweight.store.ImportEntry;
import org.counterweight.store.ImportResult;
import org.counterweight.store.KnowledgeBase;

/**
 * The datasets and sources of the knowledge base: what it holds (with versions, dates and terms of
 * use), how to cite it, its status, and imports of users' files. An import is one transaction under
 * the store's write lock: a file with an error changes nothing, and the same content imported again
 * changes nothing either.
 */
public final class DatasetsService {
    private final Workbench workbench;

    public DatasetsService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Every source, with the slot it was loaded in. */
    public SourcesResult sources() {
        try (UnitOfWork work = workbench.begin()) {
            return new SourcesResult(work.cases().sources().stream()
                    .map(s -> new SourcesResult.StoredSource(s.source(), s.dataset())).toList());
        }
    }

    /** The sources a case may cite: every dataset's, and those of the case and the cases it extends. */
    public SourcesResult sources(org.counterweight.app.CaseId caseId) {
        try (UnitOfWork work = workbench.begin()) {
            work.requireCase(caseId);
            return new SourcesResult(work.cases().sources(caseId.value()).stream()
                    .map(s -> new SourcesResult.StoredSource(s.source(), s.dataset())).toList());
        }
    }

    /** The datasets to cite, and with {@code all} every other source too. */
    public CitationsResult citations(CitationsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            return new CitationsResult(work.cases().sources().stream().map(StoredSource::source)
                    .filter(s -> request.all() || s.kind() == SourceKind.DATASET).toList());
        }
    }

    /** The store's file, schema version, import log and row counts. */
    public StatusResult status() {
        KnowledgeBase store = workbench.store();
        return new StatusResult(store.name(), store.schemaVersion(), store.imports(), store.tableCounts());
    }

    /**
     * The years a case's year-by-year views can show and what each source behind them spans (see
     * {@link CoverageResult} for the rule), with the imported event files.
     */
    public CoverageResult coverage(CoverageRequest request) {
        List<CoverageResult.Span> spans = new ArrayList<>();
        CaseId caseId;
        List<Integer> curated;
        try (UnitOfWork work = workbench.begin()) {
            caseId = work.requireCase(request.caseId());
            curated = curatedYears(work, caseId);
            DatasetReleases releases = work.releases();
            if (!curated.isEmpty()) {
                spans.add(new CoverageResult.Span("case:" + caseId.value(), "curated", "curated",
                        curated.stream().min(Integer::compare).orElseThrow(),
                        curated.stream().max(Integer::compare).orElseThrow(),
                        "curated relations, agreements, events and memberships (each with its source)",
                        "carried forward: a relation without a recorded end holds on"));
            }
            releases.atop().ifPresent(c -> spans.add(span(c, "alliance obligations (positive ties)",
                    "carried forward while in force until the knowledge base records their end; not covered with"
                            + " noCarry")));
            releases.rivalries().ifPresent(c -> spans.add(span(c, DatasetReleases.rivalryName(c)
                    + " strategic rivalries (negative ties)", "carried forward while still going; not covered with"
                    + " noCarry")));
            spans.add(span(releases.nmc(), "capabilities (COW NMC CINC)", "carried forward: the last year's CINC"
                    + " stands in"));
            releases.milex().ifPresent(c -> spans.add(span(c, "military expenditure (SIPRI)", "not covered")));
            releases.armsReleases().forEach(c -> spans.add(span(c, "arms transfers (SIPRI TIV)", "not covered")));
        }
        // the curated span comes first; without one, the tie datasets (ATOP, rivalries) follow it in the list
        int first = spans.get(0).firstYear();
        int last = spans.stream().mapToInt(CoverageResult.Span::lastYear).max().orElseThrow();
        return new CoverageResult(caseId, first, last, spans, workbench.events().coverage());
    }

    private static CoverageResult.Span span(DatasetCoverage coverage, String gives, String afterLastYear) {
        return new CoverageResult.Span(coverage.dataset(), coverage.version(), "observed", coverage.firstYear(),
                coverage.lastYear(), gives, afterLastYear);
    }

    /** Every year a date of the case's curated evidence falls in. */
    private static List<Integer> curatedYears(UnitOfWork work, CaseId caseId) {
        String id = caseId.value();
        Stream<PartialDate> relations = work.cases().relations(id).stream().flatMap(r -> dates(r.period()));
        Stream<PartialDate> memberships = work.cases().memberships(id).stream().flatMap(m -> dates(m.period()));
        Stream<PartialDate> agreements = work.cases().agreements(id, null, null, null).stream()
                .flatMap(DatasetsService::dates);
        Stream<PartialDate> events = work.cases().events(id).stream().map(e -> e.date());
        return Stream.of(relations, memberships, agreements, events).flatMap(s -> s).map(PartialDate::year)
                .toList();
    }

    private static Stream<PartialDate> dates(TimeSpan span) {
        return Stream.concat(Stream.of(span.from()), span.end().stream());
    }

    private static Stream<PartialDate> dates(Agreement agreement) {
        return Stream.of(agreement.announced(), agreement.signed(), agreement.inForce(), agreement.lapsed())
                .filter(java.util.Objects::nonNull);
    }

    /**
     * Imports a dataset file or a case file. A dataset version already loaded (the same bytes under
     * any name, or the same rows) changes nothing and the outcome names the import holding it.
     *
     * @throws org.counterweight.io.InputFormatException naming the file, line and field of bad input
     * @throws InvalidRequestException ({@code replace}) when the file holds a dataset version loaded
     *         from other content and the request does not replace it
     */
    public ImportOutcome importFile(ImportRequest request) {
        try {
            if (request.isCase()) {
                ImportResult result = BundledData.importCase(workbench.store(), BundledCases.fromFile(request.file()));
                return ImportOutcome.of(result, request.file(), List.of());
            }
            DatasetImporter.Outcome outcome = DatasetImporter.importFile(workbench.store(), request.format(),
                    request.file(), request.version(), request.replace());
            return ImportOutcome.of(outcome.result(), request.file(), List.copyOf(outcome.unmappedNames()));
        } catch (ImportConflictException e) {
            throw new InvalidRequestException("replace", e.getMessage());
        }
    }

    /** Every import, oldest first, with what became of it (loaded, replaced, superseded, undone). */
    public HistoryResult history() {
        return new HistoryResult(workbench.storeName(), workbench.store().history());
    }

    /**
     * Undoes one import in one transaction: its rows are removed and the imports it replaced come
     * back. Bundled data cannot be undone (it is loaded on every start); a user's file replacing it can.
     *
     * @throws InvalidRequestException ({@code import_id}) for an unknown import, one not loaded, or bundled data
     */
    public UndoResult undo(UndoRequest request) {
        KnowledgeBase store = workbench.store();
        ImportEntry entry = store.historyEntry(request.importId()).orElseThrow(() -> new InvalidRequestException(
                "import_id", "no import " + request.importId() + " in the history of " + store.name()));
        if (!entry.loaded()) {
            throw new InvalidRequestException("import_id", "import " + entry.id() + " (" + entry.dataset() + ") is "
                    + entry.state() + (entry.replacedBy() != null ? " by import " + entry.replacedBy()
                            + ": undo that one to bring it back" : "") + "; only a loaded import can be undone");
        }
        if ("bundled".equals(entry.kind())) {
            throw new InvalidRequestException("import_id", "import " + entry.id() + " is bundled data ("
                    + entry.dataset() + "), loaded again on every start; import a file of your own that replaces it"
                    + " instead");
        }
        return new UndoResult(entry, store.undo(entry.id()));
    }
}
