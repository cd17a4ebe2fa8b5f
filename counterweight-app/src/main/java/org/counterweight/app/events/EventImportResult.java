package org.counterweight.app.events;

import java.util.List;
import org.counterweight.store.events.FileImport;

/**
 * What importing event dumps did, file by file (a file imported before is unchanged).
 *
 * @param store   the event store's folder
 * @param imports one per file, in order
 */
public record EventImportResult(String store, List<FileImport> imports) {
    public EventImportResult {
        imports = List.copyOf(imports);
    }
}
