package org.counterweight.core.model;

import java.util.Objects;

/**
 * What backs an entry: the source and either the exact words quoted from it or a locator
 * (page, paragraph, table, row) where the words cannot be quoted, and what part of the entry it
 * backs ({@link Supports}: its existence, the start or the end of its period).
 */
public record Evidence(String sourceId, String quote, String locator, Supports supports) {
    public Evidence {
        sourceId = Checks.slug(sourceId, "evidence source");
        quote = Checks.optionalText(quote);
        locator = Checks.optionalText(locator);
        if (quote == null && locator == null) {
            throw new IllegalArgumentException("evidence from " + sourceId + " needs a quote or a locator");
        }
        Objects.requireNonNull(supports, "supports is required");
    }

    /** Evidence that the entry exists (not specifically of its start or end). */
    public Evidence(String sourceId, String quote, String locator) {
        this(sourceId, quote, locator, Supports.EXISTENCE);
    }
}
