package org.counterweight.core.dynamics;

/**
 * A discrete change at a date: an agreement signed or ended (a tie set), sanctions or a budget
 * shock (a parameter or a level changed), a withdrawal (an actor's tie or capacity cut). It may
 * replace the state, the equations' parameters, or both; it must not depend on anything but its
 * arguments (so that runs are reproducible).
 *
 * @param time   when it applies, in the model's time unit
 * @param label  what it stands for, for reports (e.g. "2020-10 BECA signed")
 * @param change the change
 */
public record Intervention<E extends OrdinaryDifferentialEquation>(double time, String label, Change<E> change) {
    /** What an intervention does to the system and its state. */
    @FunctionalInterface
    public interface Change<E extends OrdinaryDifferentialEquation> {
        ModelState<E> apply(ModelState<E> before);
    }

    public Intervention {
        Checks.finite("time", time);
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        if (change == null) {
            throw new IllegalArgumentException("change of intervention '" + label + "' must not be null");
        }
    }

    /** An intervention that only replaces the state. */
    public static <E extends OrdinaryDifferentialEquation> Intervention<E> ofState(double time, String label,
            java.util.function.UnaryOperator<double[]> newState) {
        return new Intervention<>(time, label, before -> new ModelState<>(before.equations(),
                newState.apply(before.state())));
    }

    /** An intervention that only replaces the equations (parameters). */
    public static <E extends OrdinaryDifferentialEquation> Intervention<E> ofEquations(double time, String label,
            java.util.function.UnaryOperator<E> newEquations) {
        return new Intervention<>(time, label, before -> new ModelState<>(newEquations.apply(before.equations()),
                before.state()));
    }
}
