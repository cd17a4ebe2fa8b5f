package org.counterweight.app.datasets;

import org.counterweight.app.InvalidRequestException;

/**
 * An import to undo.
 *
 * @param importId its id in the import history
 */
public record UndoRequest(long importId) {
    public UndoRequest {
        if (importId < 1) {
            throw new InvalidRequestException("import_id", "an import id is a positive number, got " + importId);
        }
    }
}
