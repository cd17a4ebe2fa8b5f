package org.counterweight.cli;

import java.util.List;
import java.util.Map;
import org.counterweight.store.KnowledgeBase.ImportRecord;
import picocli.CommandLine.Command;

@Command(name = "status", description = "The knowledge base: its file, schema version, what was imported from where, and row counts.")
final class StatusCommand extends StoreCommand {
    @Override
    List<ResultTable> run(Workbench workbench) {
        ResultTable imports = new ResultTable("Store " + workbench.store().name() + ", schema version "
                + workbench.store().schemaVersion(), "dataset", "kind", "rows", "imported_at", "file");
        for (ImportRecord record : workbench.store().imports()) {
            imports.add(record.dataset(), record.kind(), record.rows(), record.importedAt(), record.fileName());
        }
        ResultTable tables = new ResultTable("Tables", "table", "rows");
        for (Map.Entry<String, Long> entry : workbench.store().tableCounts().entrySet()) {
            tables.add(entry.getKey(), entry.getValue());
        }
        return List.of(imports, tables);
    }
}
