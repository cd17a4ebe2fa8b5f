package org.counterweight.store.events;

import java.util.List;
import java.util.Map;
import org.counterweight.io.events.EventDefect;
import org.counterweight.io.events.EventErratum;

/**
 * What importing one event file did.
 *
 * @param coverage   the file's coverage (as logged; for an unchanged file, as logged before)
 * @param changed    false when a file with the same SHA-256 was imported before (nothing written)
 * @param lines      data lines read (0 when unchanged)
 * @param mentions   mentions stored (GDELT 2.0 mentions files)
 * @param defects    lines per known defect (0 when unchanged)
 * @param errata     the first {@value EventStore#ERRATA_SHOWN} lines left out, in file order
 */
public record FileImport(FileCoverage coverage, boolean changed, long lines, long mentions,
        Map<EventDefect, Long> defects, List<EventErratum> errata) {
    public FileImport {
        defects = Map.copyOf(defects);
        errata = List.copyOf(errata);
    }
}
