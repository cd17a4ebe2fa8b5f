package org.counterweight.core.dynamics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a system from t0 to t1 through dated {@link Intervention}s: integrates up to each
 * intervention's time, applies it (new state and/or new equations), and continues; records the
 * state at the requested output times through a {@link Recorder}.
 *
 * <p>Conventions:
 * <ul>
 * <li>Interventions are applied in order of time; those at the same time in list order.</li>
 * <li>Records are right-continuous: a record at an intervention's date shows the state after
 * every intervention at that date. Records at equal times are all made.</li>
 * <li>The integrator restarts at every intervention and output time, so it never steps across a
 * discontinuity and needs no dense output.</li>
 * <li>If a segment fails (see {@link Integration.Status}), the run stops there and the outcome
 * says so; nothing is thrown.</li>
 * </ul>
 */
public final class SegmentedIntegration {
    private SegmentedIntegration() {
    }

    /** Receives the system and its state at each output time. The array is the recorder's own copy. */
    @FunctionalInterface
    public interface Recorder<E extends OrdinaryDifferentialEquation> {
        void record(double t, E equations, double[] state);
    }

    /**
     * @param end            the final system and state (at {@code time})
     * @param time           t1, or where a failed segment stopped
     * @param status         {@link Integration.Status#COMPLETED} or why a segment stopped
     * @param evaluations    derivative evaluations over all segments
     * @param applied        the labels of the interventions applied, in order
     */
    public record Outcome<E extends OrdinaryDifferentialEquation>(ModelState<E> end, double time,
            Integration.Status status, int evaluations, List<String> applied) {
        public Outcome {
            applied = List.copyOf(applied);
        }

        public boolean completed() {
            return status == Integration.Status.COMPLETED;
        }
    }

    /**
     * @param integrator    the solver for every segment
     * @param start         the system and its state at t0
     * @param t0            the start time
     * @param t1            the end time, &gt;= t0
     * @param interventions dated changes, each within [t0, t1]
     * @param outputTimes   times to record, ascending, within [t0, t1] (may be empty)
     * @param recorder      receives each record
     * @throws IllegalArgumentException for t1 &lt; t0, an intervention or output time outside
     *                                  [t0, t1], or unsorted output times
     */
    public static <E extends OrdinaryDifferentialEquation> Outcome<E> run(ODEIntegrator integrator, ModelState<E> start,
            double t0, double t1, List<Intervention<E>> interventions, double[] outputTimes, Recorder<E> recorder) {
        Checks.finite("t0", t0);
        Checks.finite("t1", t1);
        if (t1 < t0) {
            throw new IllegalArgumentException("t1 must be >= t0 " + t0 + ", got " + t1);
        }
        List<Intervention<E>> sorted = new ArrayList<>(interventions);
        for (Intervention<E> i : sorted) {
            if (i.time() < t0 || i.time() > t1) {
                throw new IllegalArgumentException("intervention '" + i.label() + "' at " + i.time()
                        + " is outside [" + t0 + ", " + t1 + "]");
            }
        }
        sorted.sort(Comparator.comparingDouble(Intervention::time)); // stable: list order at equal times
        for (int k = 0; k < outputTimes.length; k++) {
            double o = outputTimes[k];
            if (!(o >= t0 && o <= t1)) {
                throw new IllegalArgumentException("outputTimes[" + k + "] = " + o + " is outside [" + t0 + ", " + t1 + "]");
            }
            if (k > 0 && o < outputTimes[k - 1]) {
                throw new IllegalArgumentException("outputTimes must be ascending; outputTimes[" + k + "] = " + o
                        + " < " + outputTimes[k - 1]);
            }
        }
        ModelState<E> current = start;
        double t = t0;
        int evaluations = 0;
        List<String> applied = new ArrayList<>();
        int nextIntervention = 0;
        int nextOutput = 0;
        while (true) {
            // apply everything due now, then record everything due now
            while (nextIntervention < sorted.size() && sorted.get(nextIntervention).time() <= t) {
                Intervention<E> i = sorted.get(nextIntervention++);
                ModelState<E> after = i.change().apply(current);
                if (after == null) {
                    throw new IllegalArgumentException("intervention '" + i.label() + "' returned null");
                }
                current = after;
                applied.add(i.label());
            }
            while (nextOutput < outputTimes.length && outputTimes[nextOutput] <= t) {
                recorder.record(outputTimes[nextOutput++], current.equations(), current.state());
            }
            if (t >= t1) {
                return new Outcome<>(current, t1, Integration.Status.COMPLETED, evaluations, applied);
            }
            double next = t1;
            if (nextIntervention < sorted.size()) {
                next = Math.min(next, sorted.get(nextIntervention).time());
            }
            if (nextOutput < outputTimes.length) {
                next = Math.min(next, outputTimes[nextOutput]);
            }
            Integration segment = integrator.integrate(current.equations(), t, current.state(), next);
            evaluations += segment.evaluations();
            if (!segment.completed()) {
                ModelState<E> stopped = new ModelState<>(current.equations(), segment.state());
                return new Outcome<>(stopped, segment.time(), segment.status(), evaluations, applied);
            }
            current = new ModelState<>(current.equations(), segment.state());
            t = next;
        }
    }
}
