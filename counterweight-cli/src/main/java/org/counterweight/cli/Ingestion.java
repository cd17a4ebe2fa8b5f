package org.counterweight.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.CameoCode;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.EventCoder;
import org.counterweight.core.text.Gazetteer;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.io.dataset.CameoCodebookReader;

/** Builds the article extractor from the knowledge base and the bundled CAMEO codebook. */
final class Ingestion {
    /**
     * Surface forms of the case's agreements that neither their names nor short names give; taken
     * from the case file's descriptions and evidence quotes (not from any gold annotation).
     */
    static final Map<String, String> AGREEMENT_VARIANTS = Map.ofEntries(
            Map.entry("civil nuclear deal", "us-ind-civil-nuclear-separation-plan"),
            Map.entry("2+2 Ministerial Dialogue", "us-ind-2plus2-dialogue"),
            Map.entry("US-India 2+2 Ministerial Dialogue", "us-ind-2plus2-dialogue"),
            Map.entry("2+2 dialogue", "us-ind-2plus2-dialogue"),
            Map.entry("Ministerial Dialogue", "us-ind-2plus2-dialogue"),
            Map.entry("Agreement on Space Situational Awareness", "us-ind-ssa-2022"),
            Map.entry("Space Situational Awareness", "us-ind-ssa-2022"),
            Map.entry("Security Training Agreement", "rus-pak-training-2018"),
            Map.entry("US-India Commercial Dialogue", "us-ind-commercial-dialogue-ceo-forum-resumption"),
            Map.entry("US-India CEO Forum", "us-ind-commercial-dialogue-ceo-forum-resumption"),
            Map.entry("China Pakistan Economic Corridor", "chn-pak-cpec"));

    private Ingestion() {
    }

    static ArticleExtractor extractor(Workbench workbench) {
        List<Agreement> agreements = workbench.cases().agreements(null, null, null);
        Gazetteer gazetteer = new Gazetteer(workbench.directory(), agreements, AGREEMENT_VARIANTS);
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
