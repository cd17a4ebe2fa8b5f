package org.counterweight.app.datasets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.store.KnowledgeBase.ImportRecord;

/**
 * The knowledge base: its file, schema version, what was imported from where, and row counts.
 *
 * @param store         the knowledge base's name (its file, or "in-memory store")
 * @param schemaVersion the version of its schema
 * @param imports       every slot with what it was loaded from and when, by slot
 * @param tableRows     the rows of each data table, and of the import log ({@code imports})
 */
public record StatusResult(String store, int schemaVersion, List<ImportRecord> imports, Map<String, Long> tableRows) {
    public StatusResult {
        imports = List.copyOf(imports);
        tableRows = Collections.unmodifiableMap(new LinkedHashMap<>(tableRows));
    }
}
