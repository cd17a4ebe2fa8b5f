package org.counterweight.core.dynamics;

/**
 * Sees each accepted step of an integration: called once with the initial state and then after
 * every accepted step, in order of time. The array is the handler's own copy.
 */
@FunctionalInterface
public interface StepHandler {
    /** Ignores every step. */
    StepHandler NONE = (t, y) -> {
    };

    void handleStep(double t, double[] y);
}
