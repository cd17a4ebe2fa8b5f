package org.counterweight.core.similarity;

/**
 * How similar two foreign-policy portfolios are: one number per dyad from two vectors of ordinal
 * codes over the same items (see the package documentation for the alliance and UN-vote codings).
 *
 * <p>Each implementation is one published measure, configured at construction (number of
 * categories, distance, whether items are weighted) and stateless afterwards, so one instance may
 * serve many threads. A measure is <em>weighted</em> when it takes item weights (capabilities, for
 * Signorino &amp; Ritter's weighted S); it then requires them, and an unweighted measure refuses
 * them, so a caller cannot silently get the variant it did not ask for.
 *
 * <p>An undefined value (tau-b of a constant portfolio, kappa with no expected disagreement) is
 * {@link Double#NaN}; each implementation documents when.
 *
 * <p>Sealed: the implementations share the joint-table kernels that
 * {@link SimilarityMatrix} calls for all pairs of a year.
 */
public sealed interface PortfolioSimilarity permits TableMeasure {

    /** A short stable identifier such as {@code s-absolute-weighted} or {@code tau-b}. */
    String name();

    /** Number of codes of the ordinal scale (4 for the 0-3 alliance scale); the largest distance is one less. */
    int categories();

    /** Whether the measure takes item weights. */
    boolean weighted();

    /**
     * Similarity of two unweighted portfolios.
     *
     * @throws IllegalArgumentException if the measure is weighted, or a portfolio is null, empty,
     *                                  has a code outside the scale, or the lengths differ
     */
    default double similarity(int[] first, int[] second) {
        return similarity(first, second, null);
    }

    /**
     * Similarity of two portfolios over the same items.
     *
     * @param weights one non-negative weight per item for a weighted measure; {@code null} for an
     *                unweighted one
     * @throws IllegalArgumentException naming the parameter at fault
     */
    default double similarity(int[] first, int[] second, double[] weights) {
        if (weighted() && weights == null) {
            throw new IllegalArgumentException("weights are required by " + name());
        }
        if (!weighted() && weights != null) {
            throw new IllegalArgumentException("weights must be null for the unweighted " + name());
        }
        return similarity(JointTable.of(first, second, weights, categories()));
    }

    /**
     * Similarity from the joint table of the two portfolios (weighted cells for a weighted measure).
     *
     * @throws IllegalArgumentException if the table's number of categories differs from {@link #categories()}
     */
    double similarity(JointTable table);
}
