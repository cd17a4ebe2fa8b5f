package org.counterweight.app.datasets;

import java.util.List;
import org.counterweight.store.ImportEntry;

/**
 * What undoing an import did.
 *
 * @param undone   the import whose rows were removed
 * @param restored the imports it had replaced, loaded again as they were
 */
public record UndoResult(ImportEntry undone, List<ImportEntry> restored) {
    public UndoResult {
        restored = List.copyOf(restored);
    }
}
