package org.counterweight.app;

import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.io.scenario.SimulationSettingsReader;

/**
 * How many times to run something random or timed, from which seed, on how many threads: validated
 * once for every service (Monte Carlo ensembles, the report's scenarios, benchmark repetitions).
 * Open values (null) take the service's default (a scenario file's runs and seed; all processors).
 *
 * <p>Seeding: every random stream of a result derives from the one base seed by
 * {@link org.counterweight.core.ensemble.Seeds}: run i of an ensemble by its index, the bootstrap of
 * one actor's calibration by the stream named {@code bootstrap/<actor id>}. A result is therefore the
 * same for the same seed whatever the thread count.
 *
 * @param runs    1 to {@value #MAX_RUNS}, or null
 * @param seed    any value, or null
 * @param threads 1 to {@value #MAX_THREADS}, or null for the available processors
 */
public record RunSettings(Integer runs, Long seed, Integer threads) {
    /** The most runs any request may ask for. */
    public static final int MAX_RUNS = ScenarioSpec.MAX_RUNS;
    /** The most threads any request may ask for. */
    public static final int MAX_THREADS = SimulationSettingsReader.MAX_THREADS;

    public RunSettings {
        if (runs != null && (runs < 1 || runs > MAX_RUNS)) {
            throw new InvalidRequestException("runs", "runs must be 1-" + MAX_RUNS + ", got " + runs);
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new InvalidRequestException("threads", "threads must be 1-" + MAX_THREADS + ", got " + threads);
        }
    }

    /** Every value open. */
    public static RunSettings defaults() {
        return new RunSettings(null, null, null);
    }

    /** These settings with open runs and seed taken from a default (a scenario file's), checked like any. */
    public RunSettings orElse(int defaultRuns, long defaultSeed) {
        return new RunSettings(runsOr(defaultRuns), seedOr(defaultSeed), threads);
    }

    public int runsOr(int fallback) {
        return runs != null ? runs : fallback;
    }

    public long seedOr(long fallback) {
        return seed != null ? seed : fallback;
    }

    /** The threads asked for, or every available processor. */
    public int threadsOrAvailable() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
