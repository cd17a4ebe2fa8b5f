package org.counterweight.core.similarity;

/**
 * A measure built on a table of per-item disagreement weights (S, kappa, pi): the distance, whether
 * items are weighted, and the name that says both.
 */
abstract sealed class DistanceMeasure extends TableMeasure permits SignorinoRitterS, ChanceCorrectedMeasure {
    private final Distance distance;
    private final boolean weighted;
    private final String prefix;
    /** Disagreement weight of each (row code, column code) cell, row-major, scaled to [0, 1]. */
    final double[] disagreement;

    DistanceMeasure(String prefix, int categories, Distance distance, boolean weighted) {
        super(categories);
        if (distance == null) {
            throw new IllegalArgumentException("distance must not be null");
        }
        this.prefix = prefix;
        this.distance = distance;
        this.weighted = weighted;
        this.disagreement = distance.table(categories);
    }

    public final Distance distance() {
        return distance;
    }

    @Override
    public final boolean weighted() {
        return weighted;
    }

    @Override
    public final String name() {
        return prefix + "-" + distance.label() + (weighted ? "-weighted" : "");
    }
}
