package org.counterweight.core.landscape;

import java.util.List;

/**
 * A stable alignment: a configuration where no single actor's move lowers the energy by more than
 * the landscape's tolerance.
 *
 * @param configuration canonical bitmask (bit i set: actor i in bloc 1; actor 0 is in bloc 0)
 * @param energy        E of the configuration
 * @param global        whether its energy equals the lowest energy found (within tolerance); for an
 *                      exhaustive search this is the global minimum
 * @param basinSize     see {@link LandscapeAnalysis#basinMeasure()}; {@link #UNKNOWN_BASIN} if not computed
 * @param actors        every actor's bloc and frustration, in input order
 */
public record LocalMinimum(long configuration, double energy, boolean global, long basinSize,
        List<ActorAlignment> actors) {
    /** Basin size when basins were not computed. */
    public static final long UNKNOWN_BASIN = -1;

    public LocalMinimum {
        actors = List.copyOf(actors);
        if ((configuration & 1L) != 0) {
            throw new IllegalArgumentException("configuration must be canonical (actor 0 in bloc 0)");
        }
    }

    /** Names of the actors in the given bloc (0 or 1), in input order. */
    public List<String> bloc(int bloc) {
        return actors.stream().filter(a -> a.bloc() == bloc).map(ActorAlignment::actor).toList();
    }
}
