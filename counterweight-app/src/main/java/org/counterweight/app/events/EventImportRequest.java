package org.counterweight.app.events;

import java.util.List;
import java.util.Locale;
import org.counterweight.app.InvalidRequestException;

/**
 * Event dumps to import: one file, a folder or a glob, of the named family.
 *
 * @param family {@code gdelt} (1.0 or 2.0 events, 2.0 mentions), {@code icews}, or {@code events} (any)
 * @param files  a file, a folder (every file in it) or a glob ({@code dumps/2016*.export.CSV.zip})
 */
public record EventImportRequest(String family, String files) {
    /** The families {@code import} routes to this service. */
    public static final List<String> FAMILIES = List.of("gdelt", "icews", "events");

    public EventImportRequest {
        family = family == null ? "" : family.strip().toLowerCase(Locale.ROOT);
        if (!FAMILIES.contains(family)) {
            throw new InvalidRequestException("dataset", "event data is one of " + FAMILIES + ", got '" + family + "'");
        }
        if (files == null || files.isBlank()) {
            throw new InvalidRequestException("file", "give a file, a folder or a glob");
        }
    }

    /** Whether a file of {@code dataset} ({@code gdelt1}, {@code gdelt2}, {@code gdelt2-mentions}, {@code icews}) fits. */
    boolean admits(String dataset) {
        return family.equals("events") || dataset.startsWith(family);
    }
}
