package org.counterweight.app.datasets;

import java.util.List;
import org.counterweight.core.model.Source;

/**
 * The sources to cite, by kind, then id; {@link BibTex} writes them as BibTeX entries.
 *
 * @param sources the sources, each with its citation text, version and terms
 */
public record CitationsResult(List<Source> sources) {
    public CitationsResult {
        sources = List.copyOf(sources);
    }
}
