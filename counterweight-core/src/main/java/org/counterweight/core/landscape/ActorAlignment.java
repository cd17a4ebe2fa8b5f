package org.counterweight.core.landscape;

/**
 * One actor's place in a configuration.
 *
 * @param actor       the actor's name
 * @param size        its size s_i
 * @param bloc        0 or 1; in canonical configurations the first actor is in bloc 0
 * @param frustration F_i = Σ_j s_j p_ij d_ij, in units of size × propensity (the paper's definition;
 *                    some implementations, e.g. Furnas's R script, report s_i F_i instead)
 */
public record ActorAlignment(String actor, double size, int bloc, double frustration) {
    public ActorAlignment {
        if (bloc != 0 && bloc != 1) {
            throw new IllegalArgumentException("bloc must be 0 or 1, was " + bloc);
        }
    }
}
