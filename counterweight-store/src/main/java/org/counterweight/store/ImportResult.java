package org.counterweight.store;

import java.util.List;

/**
 * What an import did.
 *
 * @param dataset       the slot imported into, or the slot already holding the rows
 * @param changed       false when the same content was already there (nothing was written)
 * @param rows          rows now held for the slot
 * @param importId      the import's id in the history (the one already holding the rows when unchanged),
 *                      0 when none was recorded
 * @param alreadyLoaded the import already holding every row, when one was found; else null
 * @param replaced      the imports this one replaced (their rows come back when it is undone)
 */
public record ImportResult(String dataset, boolean changed, long rows, long importId, ImportEntry alreadyLoaded,
        List<Long> replaced) {
    public ImportResult {
        replaced = List.copyOf(replaced);
    }

    /** A result without history details (an unchanged bundled import). */
    public ImportResult(String dataset, boolean changed, long rows) {
        this(dataset, changed, rows, 0, null, List.of());
    }
}
