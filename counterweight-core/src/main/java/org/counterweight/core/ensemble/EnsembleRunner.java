package org.counterweight.core.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link Simulation} N times on a fixed pool of T threads. Run i receives
 * {@link Seeds#generator(long, int) Seeds.generator(seed, i)} and its result is stored at index i, so
 * the ensemble is identical for the same seed whatever T and the scheduling.
 *
 * <p>A pool is created for each call and shut down before the call returns, also on failure; its
 * threads are daemons named {@code counterweight-ensemble-P-N}. Each run is one task; results are
 * collected on the calling thread, which also calls the {@link ProgressListener} once per completed run. If a run throws or
 * returns null, the remaining runs are cancelled and an {@link EnsembleException} names the run. An
 * interrupt of the calling thread cancels the runs, keeps the interrupt flag and throws.
 */
public final class EnsembleRunner {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;

    /**
     * @param threads pool size, >= 1 (e.g. the CLI's {@code --threads}, by default the available
     *                processors, which the edge decides)
     */
    public EnsembleRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** The pool size. */
    public int threads() {
        return threads;
    }

    /** Runs the ensemble without progress reports. */
    public Ensemble run(Simulation simulation, int runs, long seed) {
        return run(simulation, runs, seed, ProgressListener.NONE);
    }

    /**
     * Runs the ensemble.
     *
     * @param runs     N >= 1
     * @param seed     base seed
     * @param progress told of each completed run on the calling thread
     * @throws EnsembleException when a run fails or the calling thread is interrupted
     */
    public Ensemble run(Simulation simulation, int runs, long seed, ProgressListener progress) {
        if (simulation == null || progress == null) {
            throw new IllegalArgumentException("simulation and progress listener are required");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, got " + runs);
        }
        Trajectory[] results = new Trajectory[runs];
        int pool = POOLS.incrementAndGet();
        AtomicInteger threadCount = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "counterweight-ensemble-" + pool + "-" + threadCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService executor = Executors.newFixedThreadPool(threads, factory);
        try {
            // One task per run, submitted in index order: futures.get(i) is run i.
            CompletionService<Integer> completion = new ExecutorCompletionService<>(executor);
            List<Future<Integer>> futures = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                int index = i;
                futures.add(completion.submit(() -> {
                    Trajectory trajectory = simulation.run(index, Seeds.generator(seed, index));
                    if (trajectory == null) {
                        throw new IllegalStateException("the simulation returned no trajectory");
                    }
                    results[index] = trajectory;
                    return index;
                }));
            }
            for (int done = 1; done <= runs; done++) {
                Future<Integer> finished = completion.take();
                try {
                    finished.get();
                } catch (ExecutionException e) {
                    int failed = indexOf(futures, finished);
                    futures.forEach(f -> f.cancel(true));
                    Throwable cause = e.getCause();
                    throw new EnsembleException(failed, "run " + failed + " of " + runs + " (seed " + seed
                            + ") failed: " + cause, cause);
                }
                progress.completed(done, runs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnsembleException(-1, "ensemble interrupted", e);
        } finally {
            executor.shutdownNow();
            awaitQuietly(executor);
        }
        // The completion queue's take() happens-after each task's write of results[index].
        return new Ensemble(seed, Arrays.asList(results));
    }

    private static int indexOf(List<Future<Integer>> futures,
            Future<Integer> target) {
        for (int i = 0; i < futures.size(); i++) {
            if (futures.get(i) == target) {
                return i;
            }
        }
        return -1;
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
