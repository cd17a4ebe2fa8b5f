package org.counterweight.store;

/**
 * What an import did.
 *
 * @param dataset  the slot imported into
 * @param changed  false when the same content was already there (nothing was written)
 * @param rows     rows now held for the slot
 */
public record ImportResult(String dataset, boolean changed, long rows) {
}
