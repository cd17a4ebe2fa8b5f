package org.counterweight.core.landscape;

/** What {@link LocalMinimum#basinSize()} counts in a {@link LandscapeAnalysis}. */
public enum BasinMeasure {
    /**
     * Exact: the number of configurations (partitions, each counted once) whose steepest descent
     * ends at the minimum, the minimum included. Basins partition the configuration space, so their
     * sizes sum to 2^(n−1).
     */
    EXACT,
    /**
     * Sampled: the number of random starts whose steepest descent ended at the minimum; divided by
     * the number of starts it estimates the basin's share of the configuration space.
     */
    SAMPLED,
    /** Not computed (too many actors for the successor table); basin sizes are {@link LocalMinimum#UNKNOWN_BASIN}. */
    NOT_COMPUTED
}
