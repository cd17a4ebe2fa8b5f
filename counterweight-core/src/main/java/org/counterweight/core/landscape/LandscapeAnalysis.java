package org.counterweight.core.landscape;

import java.util.List;

/**
 * The stable alignments of a landscape as found by an {@link AlignmentSearch}.
 *
 * @param actors          actor names in input order
 * @param exhaustive      true if every configuration was examined: then {@code minima} holds every local
 *                        minimum and the first one's energy is the global minimum
 * @param configurations  configurations examined (2^(n−1) when exhaustive; for a heuristic, the
 *                        number of starts)
 * @param basinMeasure    what {@link LocalMinimum#basinSize()} counts
 * @param lowerBound      a proven lower bound on the global minimum energy (for an exhaustive search,
 *                        the global minimum itself)
 * @param minima          local minima ordered by energy, then by configuration
 */
public record LandscapeAnalysis(List<String> actors, boolean exhaustive, long configurations,
        BasinMeasure basinMeasure, double lowerBound, List<LocalMinimum> minima) {

    public LandscapeAnalysis {
        actors = List.copyOf(actors);
        minima = List.copyOf(minima);
    }

    /** Lowest energy found (the global minimum if exhaustive); NaN if there are no minima. */
    public double bestEnergy() {
        return minima.isEmpty() ? Double.NaN : minima.get(0).energy();
    }

    /** All minima tied at the lowest energy found. */
    public List<LocalMinimum> globalMinima() {
        return minima.stream().filter(LocalMinimum::global).toList();
    }

    /** bestEnergy − lowerBound: 0 when exhaustive; for a heuristic, how far from optimal it may be. */
    public double gap() {
        return bestEnergy() - lowerBound;
    }
}
