package org.counterweight.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.counterweight.io.casefile.BundledCases;

/** Loads everything bundled with Counterweight (datasets, then cases) into a store, skipping what is there. */
public final class BundledData {
    private BundledData() {
    }

    /** Told as bundled data is imported, so that a caller can show a first use's long load as it goes. */
    @FunctionalInterface
    public interface Listener {
        /** Tells nobody. */
        Listener NONE = (slot, isCase, index, count) -> {
        };

        /**
         * An import begins: of a bundled dataset ({@code isCase} false) or case, the {@code index}-th (from 1)
         * of the {@code count} of its kind; those before it are stored. Not called for what is stored already.
         */
        void importing(String slot, boolean isCase, int index, int count);
    }

    /** Imports bundled datasets and cases not yet stored (or changed since); returns what each import did. */
    public static List<ImportResult> ensureLoaded(KnowledgeBase store) {
        return ensureLoaded(store, Listener.NONE);
    }

    /** As {@link #ensureLoaded(KnowledgeBase)}, telling the listener of each import as it begins. */
    public static List<ImportResult> ensureLoaded(KnowledgeBase store, Listener listener) {
        List<ImportResult> results = new ArrayList<>(DatasetImporter.importBundled(store, listener));
        for (int i = 0; i < BundledCases.IDS.size(); i++) {
            BundledCases.LoadedCase loaded = BundledCases.bundled(BundledCases.IDS.get(i));
            if (userReplaced(store, loaded)) {
                continue;
            }
            String slot = CaseImporter.slot(loaded.caseFile().id());
            if (!store.importedHash(slot).equals(java.util.Optional.of(caseHash(loaded)))) {
                listener.importing(slot, true, i + 1, BundledCases.IDS.size());
            }
            results.add(importCase(store, loaded));
        }
        return results;
    }

    /**
     * Whether the store holds everything bundled as this Counterweight bundles it (its schema current,
     * every dataset and case loaded with the same content), so that it can be read without writing.
     */
    public static boolean loaded(KnowledgeBase store) {
        if (!store.current() || !DatasetImporter.bundledLoaded(store)) {
            return false;
        }
        java.util.Map<String, String> hashes = store.importedHashes();
        return BundledCases.IDS.stream().allMatch(id -> {
            BundledCases.LoadedCase loaded = BundledCases.bundled(id);
            return userReplaced(store, loaded)
                    || caseHash(loaded).equals(hashes.get(CaseImporter.slot(loaded.caseFile().id())));
        });
    }

    /**
     * Whether a user's case file replaced the bundled case (declaring {@code replaces:}): it then stays
     * out until that import is undone.
     */
    private static boolean userReplaced(KnowledgeBase store, BundledCases.LoadedCase bundled) {
        String slot = CaseImporter.slot(bundled.caseFile().id());
        return store.replacedByUser(slot) || store.loadedImport(slot)
                .filter(loaded -> !loaded.fileName().equals(bundled.fileName())).isPresent();
    }

    private static String caseHash(BundledCases.LoadedCase loaded) {
        return contentHash(Stream.concat(Stream.of(loaded.content()), loaded.siblingContents().stream()).toList());
    }

    /** The content hash the store records for imports of these texts. */
    public static String contentHash(List<String> texts) {
        return DatasetImporter.hash(texts.stream().map(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toList());
    }

    /** Imports a case read from the bundle or a user's file. */
    public static ImportResult importCase(KnowledgeBase store, BundledCases.LoadedCase loaded) {
        return CaseImporter.importCase(store, loaded.caseFile(), loaded.fileName(), caseHash(loaded), loaded::lineOf);
    }
}
