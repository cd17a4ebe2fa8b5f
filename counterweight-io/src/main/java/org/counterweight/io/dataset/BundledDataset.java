package org.counterweight.io.dataset;

import java.util.List;
import java.util.Objects;
import org.counterweight.core.model.Source;

/**
 * A dataset bundled with Counterweight: where its files and source notes lie on the classpath, and
 * how to cite it.
 *
 * @param id          stable id, the same as {@code source().id()} ({@code cow-nmc-7.0})
 * @param resources   classpath resource paths of its files ({@code counterweight-data/datasets/...})
 * @param sourceNotes classpath resource path of the folder's {@code SOURCE.md}: provenance,
 *                    transformations and terms of use
 * @param source      title, authors, version, citation and terms
 */
public record BundledDataset(String id, List<String> resources, String sourceNotes, Source source) {

    public BundledDataset {
        Objects.requireNonNull(source, "source is required");
        if (!source.id().equals(id)) {
            throw new IllegalArgumentException("id " + id + " differs from the source id " + source.id());
        }
        resources = List.copyOf(resources);
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("dataset " + id + " needs at least one resource");
        }
        Objects.requireNonNull(sourceNotes, "source notes are required");
    }

    /** The first (main) resource. */
    public String resource() {
        return resources.get(0);
    }
}
