package org.counterweight.cli;

import java.util.List;
import org.counterweight.core.model.Labels;
import org.counterweight.store.CaseQueries.StoredSource;
import picocli.CommandLine.Command;

@Command(name = "sources", description = "Every source in the knowledge base: bundled datasets, articles, documents; version, date, terms.")
final class SourcesCommand extends StoreCommand {
    @Override
    List<ResultTable> run(Workbench workbench) {
        ResultTable table = new ResultTable(null, "id", "kind", "title", "version", "date", "publisher", "loaded_as",
                "terms");
        for (StoredSource stored : workbench.cases().sources()) {
            var source = stored.source();
            table.add(source.id(), Labels.label(source.kind()), source.title(), source.version(),
                    source.date() == null ? null : source.date().toString(), source.publisher(), stored.dataset(),
                    source.terms());
        }
        table.note("Full citations: counterweight cite; provenance and transformations: data/datasets/*/SOURCE.md");
        return List.of(table);
    }
}
