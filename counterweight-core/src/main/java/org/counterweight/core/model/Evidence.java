package org.counterweight.core.model;

/**
 * What backs an entry: the source and either the exact words quoted from it or a locator
 * (page, paragraph, table, row) where the words cannot be quoted.
 */
public record Evidence(String sourceId, String quote, String locator) {
    public Evidence {
        sourceId = Checks.slug(sourceId, "evidence source");
        quote = Checks.optionalText(quote);
        locator = Checks.optionalText(locator);
        if (quote == null && locator == null) {
            throw new IllegalArgumentException("evidence from " + sourceId + " needs a quote or a locator");
        }
    }
}
