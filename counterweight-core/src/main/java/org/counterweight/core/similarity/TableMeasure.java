package org.counterweight.core.similarity;

/** The shared shape of the measures: validation, then a kernel over the joint table's cells. */
abstract sealed class TableMeasure implements PortfolioSimilarity
        permits DistanceMeasure, KendallTauB {

    private final int categories;

    TableMeasure(int categories) {
        Portfolios.checkCategories(categories);
        this.categories = categories;
    }

    @Override
    public final int categories() {
        return categories;
    }

    @Override
    public final double similarity(JointTable table) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        if (table.categories() != categories) {
            throw new IllegalArgumentException("table must have " + categories + " categories for " + name()
                    + ", got " + table.categories());
        }
        return compute(table.cells(), table.total(), new double[scratchSize()]);
    }

    /** Scratch space the kernel needs, so the all-pairs loop can reuse one buffer. */
    int scratchSize() {
        return 2 * categories;
    }

    /**
     * The measure from a row-major c&times;c table whose cells sum to {@code total} (&gt; 0).
     * {@code scratch} has at least {@link #scratchSize()} entries, any content.
     */
    abstract double compute(double[] cells, double total, double[] scratch);

    @Override
    public String toString() {
        return name();
    }
}
