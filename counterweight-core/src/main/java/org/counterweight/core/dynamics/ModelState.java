package org.counterweight.core.dynamics;

import java.util.Arrays;

/**
 * A system (equations with their parameters) together with its state vector: what an
 * {@link Intervention} receives and returns.
 */
public record ModelState<E extends OrdinaryDifferentialEquation>(E equations, double[] state) {
    public ModelState {
        if (equations == null) {
            throw new IllegalArgumentException("equations must not be null");
        }
        Checks.state(equations, state);
        state = state.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelState<?> other && equations.equals(other.equations) && Arrays.equals(state, other.state);
    }

    @Override
    public int hashCode() {
        return 31 * equations.hashCode() + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return "ModelState[equations=" + equations + ", state=" + Arrays.toString(state) + "]";
    }
}
