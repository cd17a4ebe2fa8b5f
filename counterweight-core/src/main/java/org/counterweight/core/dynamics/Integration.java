package org.counterweight.core.dynamics;

import java.util.Arrays;

/**
 * The outcome of one integration.
 *
 * @param time          where integration stopped: t1 when {@link Status#COMPLETED}
 * @param state         the state at {@code time} (a copy)
 * @param status        whether t1 was reached and, if not, why
 * @param evaluations   calls to {@code computeDerivatives}
 * @param steps         accepted steps
 * @param rejectedSteps steps rejected by error control (always 0 for fixed-step integrators)
 */
public record Integration(double time, double[] state, Status status, int evaluations, int steps,
        int rejectedSteps) {
    /** Why an integration ended. */
    public enum Status {
        /** t1 was reached. */
        COMPLETED,
        /** The adaptive integrator needed a step below its minimum step to meet its tolerances. */
        STEP_SIZE_UNDERFLOW,
        /** The evaluation budget was spent before t1. */
        MAX_EVALUATIONS_REACHED,
        /** The state became NaN or infinite (for example an unstable system blowing up). */
        NON_FINITE_STATE
    }

    public Integration {
        state = state.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Integration other && Double.compare(time, other.time) == 0
                && Arrays.equals(state, other.state) && status == other.status && evaluations == other.evaluations
                && steps == other.steps && rejectedSteps == other.rejectedSteps;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(time) + Arrays.hashCode(state) + status.hashCode();
    }

    @Override
    public String toString() {
        return "Integration[time=" + time + ", state=" + Arrays.toString(state) + ", status=" + status
                + ", evaluations=" + evaluations + ", steps=" + steps + ", rejectedSteps=" + rejectedSteps + "]";
    }
}
