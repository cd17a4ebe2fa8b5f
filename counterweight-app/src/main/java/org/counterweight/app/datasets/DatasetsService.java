package org.counterweight.app.datasets;

import java.util.List;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.model.SourceKind;
import org.counterweight.io.casefile.BundledCases;
import org.counterweight.store.BundledData;
import org.counterweight.store.CaseQueries.StoredSource;
import org.counterweight.store.DatasetImporter;
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
     * Imports a dataset file or a case file.
     *
     * @throws org.counterweight.io.InputFormatException naming the file, line and field of bad input
     */
    public ImportOutcome importFile(ImportRequest request) {
        if (request.isCase()) {
            ImportResult result = BundledData.importCase(workbench.store(), BundledCases.fromFile(request.file()));
            return new ImportOutcome(result.dataset(), result.changed(), result.rows(), request.file(), List.of());
        }
        DatasetImporter.Outcome outcome = DatasetImporter.importFile(workbench.store(), request.format(),
                request.file(), request.version());
        ImportResult result = outcome.result();
        return new ImportOutcome(result.dataset(), result.changed(), result.rows(), request.file(),
                List.copyOf(outcome.unmappedNames()));
    }
}
