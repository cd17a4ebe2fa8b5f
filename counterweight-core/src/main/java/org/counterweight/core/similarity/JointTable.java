package org.counterweight.core.similarity;

import java.util.Arrays;

/**
 * The joint distribution of two portfolios' codes: cell (i, j) holds the number of items (or, with
 * item weights, the sum of their weights) on which the first portfolio has code i and the second
 * code j. Bueno de Mesquita (1975) and Signorino &amp; Ritter (1999, Table 6) present alliance
 * portfolios this way; every measure in this package is a function of this table alone.
 *
 * <p>Immutable. Building it from two portfolios costs O(n + c&sup2;).
 */
public final class JointTable {
    private final int categories;
    private final double[] cells;
    private final double total;

    private JointTable(int categories, double[] cells, double total) {
        this.categories = categories;
        this.cells = cells;
        this.total = total;
    }

    /**
     * Tabulates two portfolios.
     *
     * @param first      codes in {@code [0, categories)}, one per item
     * @param second     codes over the same items
     * @param weights    item weights (finite, non-negative, positive sum), or {@code null} to count items
     * @param categories number of codes of the ordinal scale, at least 2
     * @throws IllegalArgumentException naming the offending parameter
     */
    public static JointTable of(int[] first, int[] second, double[] weights, int categories) {
        Portfolios.checkCategories(categories);
        Portfolios.checkPair(first, second, categories);
        if (weights != null) {
            Portfolios.checkWeights(weights, first.length);
        }
        double[] cells = new double[categories * categories];
        double total = 0;
        for (int k = 0; k < first.length; k++) {
            double w = weights == null ? 1 : weights[k];
            cells[first[k] * categories + second[k]] += w;
            total += w;
        }
        return new JointTable(categories, cells, total);
    }

    /**
     * A table from its cells, row-major ({@code cells[i * categories + j]}), e.g. a published
     * contingency table.
     */
    public static JointTable ofCells(double[] cells, int categories) {
        Portfolios.checkCategories(categories);
        if (cells == null || cells.length != categories * categories) {
            throw new IllegalArgumentException("cells must hold categories^2 = " + categories * categories
                    + " values, got " + (cells == null ? "null" : cells.length));
        }
        double total = 0;
        for (int k = 0; k < cells.length; k++) {
            if (!(cells[k] >= 0) || !Double.isFinite(cells[k])) {
                throw new IllegalArgumentException("cells[" + k + "] must be finite and >= 0, got " + cells[k]);
            }
            total += cells[k];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("cells must have a positive sum");
        }
        return new JointTable(categories, cells.clone(), total);
    }

    /** Number of codes of the scale. */
    public int categories() {
        return categories;
    }

    /** Count (or weight) of items coded i by the first portfolio and j by the second. */
    public double cell(int i, int j) {
        return cells[i * categories + j];
    }

    /** Number of items (or sum of weights). */
    public double total() {
        return total;
    }

    /** The table's cells; package-private, not copied. */
    double[] cells() {
        return cells;
    }

    @Override
    public String toString() {
        return "JointTable" + Arrays.toString(cells);
    }
}
