package org.counterweight.app.datasets;

import java.util.List;
import org.counterweight.core.model.Source;

/**
 * Every source in the knowledge base: bundled datasets, articles, documents, users' imports.
 *
 * @param sources by kind, then id
 */
public record SourcesResult(List<StoredSource> sources) {
    public SourcesResult {
        sources = List.copyOf(sources);
    }

    /**
     * A source and where it was loaded.
     *
     * @param loadedAs the store's slot it was imported in ({@code case:south-asia}, {@code cow-nmc-7.0})
     */
    public record StoredSource(Source source, String loadedAs) {
    }
}
