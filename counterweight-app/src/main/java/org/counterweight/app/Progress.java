package org.counterweight.app;

import org.counterweight.core.ensemble.ProgressListener;

/**
 * What a long call tells while it works, so that an interface can show it: the stages it goes through,
 * in order, and how many steps of the current stage are done. A service calls it on the thread that
 * called the service, one call at a time; an implementation must be quick and must not throw. It never
 * changes a result. The CLI draws it as a stage list with a progress bar on the error stream; a server
 * can keep it as a run's state.
 */
public interface Progress {
    /** The unit of the steps of a stage that runs ensembles. */
    String RUNS = "runs";

    /** Tells nobody. */
    Progress NONE = new Progress() {
    };

    /**
     * A stage begins; the one before it, if any, has ended.
     *
     * @param title what the stage does, e.g. "scenarios: 8 scenarios and their baselines"
     * @param steps how many steps it has, 0 if it does not count them
     * @param unit  what a step is, e.g. {@link #RUNS}; null if it does not count them
     */
    default void stage(String title, long steps, String unit) {
    }

    /**
     * Steps of the current stage are done.
     *
     * @param done steps done so far, 1..steps, never fewer than the previous call's
     * @param item what the stage works on next (a dataset's id), or null
     */
    default void advanced(long done, String item) {
    }

    /** The call's last stage has ended. */
    default void finished() {
    }

    /** An ensemble's runs as steps of the current stage, after {@code before} steps done before it. */
    default ProgressListener runs(long before) {
        return (completed, total) -> advanced(before + completed, null);
    }

    /**
     * Tells a run listener the steps of the stages counted in {@link #RUNS}, as (done, the stage's steps):
     * what a caller that only follows an ensemble's runs needs.
     */
    static Progress ofRuns(ProgressListener listener) {
        return new Progress() {
            private long steps;
            private boolean runs;

            @Override
            public void stage(String title, long count, String unit) {
                steps = count;
                runs = RUNS.equals(unit);
            }

            @Override
            public void advanced(long done, String item) {
                if (runs) {
                    listener.completed((int) done, (int) steps);
                }
            }
        };
    }
}
