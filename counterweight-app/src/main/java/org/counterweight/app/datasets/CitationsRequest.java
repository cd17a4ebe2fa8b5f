package org.counterweight.app.datasets;

/**
 * Which sources to cite.
 *
 * @param all also the cases' articles, documents and news reports, not only the datasets
 */
public record CitationsRequest(boolean all) {
}
