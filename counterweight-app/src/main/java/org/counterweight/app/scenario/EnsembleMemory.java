package org.counterweight.app.scenario;

import java.util.Locale;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.scenario.Location;
import org.counterweight.core.scenario.ScenarioSimulation;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.io.InputFormatException;

/**
 * The memory a scenario's two ensembles (baseline and scenario, held together for their paired
 * comparison) will take, checked before the first run: a million runs of a large system would
 * otherwise run for minutes and end in an {@code OutOfMemoryError}.
 *
 * <p>Estimate per run: every recorded series (four measures per actor, one per tie) is a
 * {@code double[years]} with its map entry and name, about {@code 8 * years + 120} bytes, times two
 * for what the comparison and the alignment summaries derive from them.
 */
final class EnsembleMemory {
    /** Bytes per series beside its values: array header, map entry, the series' name. */
    private static final long SERIES_OVERHEAD = 120;

    private EnsembleMemory() {
    }

    /** The estimated bytes of both ensembles of {@code runs} runs of a system of {@code actors} actors. */
    static long estimate(ScenarioSpec spec, int actors) {
        long series = (long) actors * ScenarioSimulation.MEASURES.size() + (long) actors * (actors - 1) / 2;
        long perRun = series * (8L * (spec.horizonYears() + 1) + SERIES_OVERHEAD);
        return 2 * 2 * perRun * spec.runs();
    }

    /**
     * Refuses a run count whose ensembles would not fit in the memory this process may still take.
     *
     * @param runsPlace where the run count was written (the scenario file's {@code runs}), or
     *                  {@link Location#IN_CODE} when the request asked for it
     */
    static void require(ScenarioSpec spec, int actors, Location runsPlace) {
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = estimate(spec, actors);
        if (needed <= available) {
            return;
        }
        long perRun = Math.max(1, needed / spec.runs());
        String message = String.format(Locale.ROOT, "%,d runs of this scenario (%d states, %d years) need about %,d MB"
                + " of memory; %,d MB are free: at most %,d runs fit", spec.runs(), actors, spec.horizonYears(),
                needed >> 20, available >> 20, available / perRun);
        if (runsPlace.file().isEmpty()) {
            throw new InvalidRequestException("runs", message);
        }
        throw new InputFormatException(runsPlace.file(), runsPlace.line(), runsPlace.field(), message);
    }
}
