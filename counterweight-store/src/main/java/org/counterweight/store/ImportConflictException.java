package org.counterweight.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file holding a dataset version already loaded from other content (a state-year of COW NMC 7.0
 * with other values, or a fuller copy of it): refused, nothing written, unless the caller asks to
 * replace what is loaded. Names the file and every import it clashes with.
 */
public final class ImportConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final transient List<ImportEntry> conflicts;

    ImportConflictException(String fileName, String identity, String keyNames, List<ImportEntry> conflicts,
            long overlapping, long staged, long differing) {
        super(fileName + ": " + (identity == null ? "its rows are" : identity + " is") + " already loaded by "
                + conflicts.stream().map(ImportEntry::describe).collect(Collectors.joining(", ")) + ": "
                + overlapping + " of the file's " + staged + " rows have keys (" + keyNames + ") held there"
                + (differing > 0 ? ", " + differing + " of them with other values" : "")
                + ". Nothing was written; replace " + (conflicts.size() == 1 ? "that import" : "those imports")
                + " to load this file instead (undoing the new import brings "
                + (conflicts.size() == 1 ? "it" : "them") + " back)");
        this.fileName = fileName;
        this.conflicts = List.copyOf(conflicts);
    }

    public String fileName() {
        return fileName;
    }

    /** The imports the file clashes with. */
    public List<ImportEntry> conflicts() {
        return conflicts;
    }
}
