package org.counterweight.core.dynamics;

/**
 * Solves an initial-value problem from t0 to t1 and returns the state at t1 (or where it stopped).
 * Integration may run backward (t1 &lt; t0). Integrators are immutable and may be shared across
 * threads.
 *
 * <p>Expected failures (a step size underflow, an evaluation budget spent, a non-finite state)
 * are reported by {@link Integration#status()}, not thrown; invalid arguments are thrown as
 * {@link IllegalArgumentException} naming the argument and value.
 */
public interface ODEIntegrator {
    /**
     * @param equations the system
     * @param t0        the initial time
     * @param y0        the initial state, of length {@code equations.dimension()}; not modified
     * @param t1        the final time
     * @param handler   sees the initial state and each accepted step
     */
    Integration integrate(OrdinaryDifferentialEquation equations, double t0, double[] y0, double t1,
            StepHandler handler);

    /** Integrates without a step handler. */
    default Integration integrate(OrdinaryDifferentialEquation equations, double t0, double[] y0, double t1) {
        return integrate(equations, t0, y0, t1, StepHandler.NONE);
    }
}
