package org.counterweight.core.ensemble;

import java.util.List;

/**
 * The runs of an ensemble, by run index, with the seed they came from. All runs share one time axis
 * and the same series names (checked here, naming the first run that differs).
 *
 * @param seed the base seed
 * @param runs run i at index i
 */
public record Ensemble(long seed, List<Trajectory> runs) {
    public Ensemble {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one run");
        }
        Trajectory first = runs.get(0);
        for (int i = 1; i < runs.size(); i++) {
            Trajectory run = runs.get(i);
            if (!run.sameTime(first)) {
                throw new IllegalArgumentException("run " + i + " has a different time axis from run 0");
            }
            if (!run.names().equals(first.names())) {
                throw new IllegalArgumentException("run " + i + " records " + run.names() + " but run 0 records "
                        + first.names());
            }
        }
    }

    /** The number of runs. */
    public int size() {
        return runs.size();
    }

    /** Run i. */
    public Trajectory run(int index) {
        return runs.get(index);
    }

    /** The common time axis. */
    public double[] time() {
        return runs.get(0).time();
    }

    /** The common series names. */
    public List<String> names() {
        return runs.get(0).names();
    }
}
