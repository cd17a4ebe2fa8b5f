package org.counterweight.app.datasets;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.store.ImportEntry;
import org.counterweight.store.ImportResult;

/**
 * What an import did. Importing the same content again changes nothing; a file with an error
 * changes nothing either (it is refused with its file, line and field).
 *
 * @param dataset       the slot imported into ({@code case:tiny}, {@code cow-nmc:NMC-7.0-abridged.csv})
 * @param changed       false when the same content was already imported
 * @param rows          the rows written (0 when unchanged)
 * @param file          the file, as the request named it
 * @param unmappedNames names in the file (in file order) no country code is known for; their rows are
 *                      kept with an empty code
 * @param importId      the import's id in the history (when unchanged: the import already holding the rows)
 * @param alreadyLoaded when unchanged, the import holding the same rows; else null
 * @param replaced      the imports this one replaced (undoing it brings them back)
 */
public record ImportOutcome(String dataset, boolean changed, long rows, Path file, List<String> unmappedNames,
        long importId, ImportEntry alreadyLoaded, List<Long> replaced) {
    public ImportOutcome {
        unmappedNames = List.copyOf(unmappedNames);
        replaced = List.copyOf(replaced);
    }

    static ImportOutcome of(ImportResult result, Path file, List<String> unmappedNames) {
        return new ImportOutcome(result.dataset(), result.changed(), result.rows(), file, unmappedNames,
                result.importId(), result.alreadyLoaded(), result.replaced());
    }
}
