package org.counterweight.core.ensemble;

/**
 * Told each time a run completes. {@link EnsembleRunner} calls it on the thread that called
 * {@code run}, one call at a time, with {@code completed} = 1, 2, ..., total in that order, so an
 * implementation (a terminal progress bar) needs no synchronisation of its own. It should be quick:
 * runs keep executing meanwhile, but results are collected on that same thread.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Does nothing. */
    ProgressListener NONE = (completed, total) -> {
    };

    /**
     * @param completed runs completed so far, 1..total
     * @param total     runs in the ensemble
     */
    void completed(int completed, int total);
}
