package org.counterweight.app.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.events.EventImportRequest;
import org.counterweight.store.DatasetFormat;

/**
 * A file to import into the knowledge base: a newer or fuller copy of a dataset, in one of the
 * layouts the store reads, or a case file.
 *
 * <p>The file is a path, not a {@link org.counterweight.app.UserFile}: dataset files run to
 * hundreds of megabytes and are hashed and read from disk as they are, and a case file names files
 * beside it (its articles). A server saves an upload under its own name in a folder of its own and
 * passes that path.
 *
 * @param dataset {@value #CASE}, or a dataset layout's label ({@code cow-nmc}, {@code sipri-tiv-table}, ...)
 * @param file    the file
 * @param version the dataset version, where the file does not state it (COW NMC: 7.0); else null
 * @param replace whether a file holding a dataset version already loaded from other content replaces
 *                that import (kept aside: undoing the new import brings it back); else it is refused
 */
public record ImportRequest(String dataset, Path file, String version, boolean replace) {
    /** The {@code dataset} of a case file. */
    public static final String CASE = "case";

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        if (!CASE.equals(dataset)) {
            DatasetFormat format = format(dataset);
            if (format.needsVersion() && (version == null || version.isBlank())) {
                throw new InvalidRequestException("version", "the file does not state which version of the dataset"
                        + " it is: give it (" + format.versionHint() + ")");
            }
        }
    }

    /** A request that replaces nothing. */
    public ImportRequest(String dataset, Path file, String version) {
        this(dataset, file, version, false);
    }

    /** Whether the file is a case file. */
    public boolean isCase() {
        return CASE.equals(dataset);
    }

    /** The dataset layout of a dataset file. */
    public DatasetFormat format() {
        return format(dataset);
    }

    private static DatasetFormat format(String dataset) {
        return Arrays.stream(DatasetFormat.values()).filter(f -> f.label().equals(dataset)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("dataset", "unknown dataset '" + dataset + "'; known: "
                        + String.join(", ", known())));
    }

    /**
     * Every {@code dataset} an import takes: {@value #CASE}, the dataset layouts, and the event data
     * families that go to the event store ({@link EventImportRequest#FAMILIES}).
     */
    private static List<String> known() {
        List<String> known = new ArrayList<>();
        known.add(CASE);
        Arrays.stream(DatasetFormat.values()).map(DatasetFormat::label).forEach(known::add);
        known.addAll(EventImportRequest.FAMILIES);
        return known;
    }
}
