package org.counterweight.app.datasets;

import java.util.List;
import org.counterweight.store.ImportEntry;

/**
 * The import history of a knowledge base.
 *
 * @param store   the knowledge base's name
 * @param imports every import, oldest first, with what became of it
 */
public record HistoryResult(String store, List<ImportEntry> imports) {
    public HistoryResult {
        imports = List.copyOf(imports);
    }
}
