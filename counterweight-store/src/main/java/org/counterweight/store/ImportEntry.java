package org.counterweight.store;

/**
 * One import of the history ({@code store history}): what it loaded, from where, and what became of it.
 *
 * @param id         the import's number, for undoing it
 * @param dataset    the slot it loaded ({@code cow-nmc-7.0}, {@code cow-nmc:NMC-7.0-abridged.csv}, {@code case:south-asia})
 * @param kind       bundled, user or case
 * @param format     the dataset format's label ({@code cow-nmc}), null for cases and sources without rows
 * @param version    the dataset version the caller gave, if any
 * @param identity   the dataset version the rows are ({@code cow-nmc 7.0}), null when unknown
 * @param fileName   the file (or bundled resource) it was read from
 * @param sha256     the hash the slot is recorded with (content and schema version)
 * @param fileSha256 SHA-256 of the file's bytes alone, null for imports made before schema 9
 * @param rows       data rows it loaded
 * @param importedAt when
 * @param state      loaded, replaced (by {@code replacedBy}), superseded (by a newer bundle) or undone
 * @param replacedBy the import that replaced it, or null
 */
public record ImportEntry(long id, String dataset, String kind, String format, String version, String identity,
        String fileName, String sha256, String fileSha256, long rows, String importedAt, String state,
        Long replacedBy) {

    /** Whether its rows are in the tables now. */
    public boolean loaded() {
        return ImportLog.LOADED.equals(state);
    }

    /** Its slot, id, file and the start of its hash, for messages. */
    public String describe() {
        String hash = fileSha256 != null ? fileSha256 : sha256;
        return "import " + id + " (" + dataset + ", from " + fileName + ", SHA-256 " + hash.substring(0,
                Math.min(12, hash.length())) + "…)";
    }
}
