package org.counterweight.core.ensemble;

import java.util.random.RandomGenerator;

/**
 * One stochastic run of a model. Implementations must draw all their randomness from the given
 * generator (never from a clock or a shared generator) and must not share mutable state between
 * runs, because runs execute concurrently. For common random numbers between a scenario and its
 * baseline, draw the same random quantities in the same order in both (for example draw every
 * uncertain parameter first, whether or not the scenario uses it).
 */
@FunctionalInterface
public interface Simulation {
    /**
     * @param runIndex the run's index, 0-based
     * @param rng      the run's own generator, derived from the ensemble seed and the index
     * @return the recorded series
     */
    Trajectory run(int runIndex, RandomGenerator rng);
}
