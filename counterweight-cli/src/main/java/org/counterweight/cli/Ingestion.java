package org.counterweight.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.CameoCode;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.EventCoder;
import org.counterweight.core.text.Gazetteer;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.io.dataset.CameoCodebookReader;

/**
 * Builds the article extractor from the knowledge base (actors and agreements with their aliases) and
 * the bundled CAMEO codebook.
 */
final class Ingestion {
    private Ingestion() {
    }

    static ArticleExtractor extractor(Workbench workbench) {
        List<Agreement> agreements = workbench.cases().agreements(null, null, null, null);
        Gazetteer gazetteer = new Gazetteer(workbench.directory(), agreements);
        return new ArticleExtractor(gazetteer, agreements, new EventCoder(cameoCodes()));
    }

    static List<CameoCode> cameoCodes() {
        String resource = BundledDatasets.get("cameo-codebook").orElseThrow().resource();
        List<CameoCode> codes = new ArrayList<>();
        try (Reader reader = BundledDatasets.open(resource)) {
            new CameoCodebookReader().read(reader, resource, codes::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
