package org.counterweight.core.dynamics;

/**
 * A first-order system dy/dt = f(t, y): the equations only, never how they are solved (as
 * Hipparchus's {@code OrdinaryDifferentialEquation}). Implementations must be side-effect free:
 * integrators call {@link #computeDerivatives} at trial points they may discard.
 */
public interface OrdinaryDifferentialEquation {
    /** The length of the state vector y. */
    int dimension();

    /**
     * @param t the time
     * @param y the state, of length {@link #dimension()}; must not be modified
     * @return a new array dy/dt of length {@link #dimension()}
     */
    double[] computeDerivatives(double t, double[] y);
}
