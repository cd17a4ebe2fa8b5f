package org.counterweight.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.counterweight.io.casefile.BundledCases;

/** Loads everything bundled with Counterweight (datasets, then cases) into a store, skipping what is there. */
public final class BundledData {
    private BundledData() {
    }

    /** Imports bundled datasets and cases not yet stored (or changed since); returns what each import did. */
    public static List<ImportResult> ensureLoaded(KnowledgeBase store) {
        List<ImportResult> results = new ArrayList<>(DatasetImporter.importBundled(store));
        for (String caseId : BundledCases.IDS) {
            results.add(importCase(store, BundledCases.bundled(caseId)));
        }
        return results;
    }

    /** Imports a case read from the bundle or a user's file. */
    public static ImportResult importCase(KnowledgeBase store, BundledCases.LoadedCase loaded) {
        String hash = DatasetImporter.hash(Stream.concat(Stream.of(loaded.content()), loaded.siblingContents().stream())
                .map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList());
        return CaseImporter.importCase(store, loaded.caseFile(), loaded.fileName(), hash);
    }
}
