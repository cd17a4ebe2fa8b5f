package org.counterweight.core.landscape;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Heuristic search for landscapes too large to enumerate (up to {@value Landscape#MAX_ACTORS}
 * actors): steepest descent, with exactly the rule of {@link ExhaustiveAlignmentSearch}, from
 * uniformly random configurations. Returns the distinct local minima reached, ordered by energy,
 * with {@link BasinMeasure#SAMPLED} basin sizes (how many starts ended at each), and a proven lower
 * bound on the global minimum so that the gap can be reported.
 *
 * <p>Cost: O(n²) to set up each start plus O(n) per move. A minimum with basin share b is missed by
 * all k starts with probability (1 − b)^k.
 *
 * <p><b>Lower bound</b> ({@link #lowerBound(Landscape)}): the larger of (a) the split-all-enemies bound
 * Σ_{i≠j, p_ij&lt;0} s_i s_j p_ij ({@link Landscape#splitAllEnemiesBound()}) and (b) an eigenvalue
 * bound E ≥ (W + tr D − n λ_max(w + D))/2 with w_ij = s_i s_j p_ij, W = Σ_{i≠j} w_ij and a diagonal D
 * tuned by subgradient steps (Delorme &amp; Poljak 1993), minus a round-off margin of 1e-9 Σ|w_ij|.
 * The reported bound is also capped at the best energy found, which is trivially valid.
 *
 * <p>Randomness is a parameter: the seed constructor uses {@link SplittableRandom}; the static
 * method takes any generator. Same seed, same result.
 */
public final class MultiStartDescentSearch implements AlignmentSearch {
    private static final int BOUND_ITERATIONS = 60;

    private final int starts;
    private final long seed;
    private final Duration budget;

    /**
     * @param starts number of random starting configurations, &gt; 0
     * @param seed   seed of the {@link SplittableRandom} that draws them
     */
    public MultiStartDescentSearch(int starts, long seed) {
        this(starts, seed, null);
    }

    /**
     * @param starts number of random starting configurations, &gt; 0
     * @param seed   seed of the {@link SplittableRandom} that draws them
     * @param budget wall time after which no further start is begun (at least one always runs), or
     *               null for none; {@link LandscapeAnalysis#configurations()} then says how many ran
     */
    public MultiStartDescentSearch(int starts, long seed, Duration budget) {
        if (starts <= 0) {
            throw new IllegalArgumentException("starts must be > 0, was " + starts);
        }
        if (budget != null && budget.isNegative()) {
            throw new IllegalArgumentException("budget must not be negative, was " + budget);
        }
        this.starts = starts;
        this.seed = seed;
        this.budget = budget;
    }

    @Override
    public LandscapeAnalysis search(Landscape landscape) {
        long deadline = budget == null ? Long.MAX_VALUE
                : System.nanoTime() + Math.min(budget.toNanos(), Long.MAX_VALUE / 4);
        return search(landscape, starts, new SplittableRandom(seed), deadline);
    }

    /** Runs {@code starts} descents from configurations drawn from {@code random}. */
    public static LandscapeAnalysis search(Landscape landscape, int starts, RandomGenerator random) {
        return search(landscape, starts, random, Long.MAX_VALUE);
    }

    /**
     * Runs up to {@code starts} descents from configurations drawn from {@code random}, beginning no
     * new one after {@code deadline} ({@link System#nanoTime()}) once one has run.
     */
    public static LandscapeAnalysis search(Landscape landscape, int starts, RandomGenerator random, long deadline) {
        if (starts <= 0) {
            throw new IllegalArgumentException("starts must be > 0, was " + starts);
        }
        Descent descent = new Descent(landscape);
        long full = landscape.fullMask();
        Map<Long, long[]> hits = new LinkedHashMap<>();
        int done = 0;
        for (int k = 0; k < starts && (k == 0 || System.nanoTime() <= deadline); k++) {
            done++;
            descent.reset(random.nextLong() & full);
            descent.descend();
            long minimum = landscape.canonical(descent.configuration());
            hits.computeIfAbsent(minimum, m -> new long[1])[0]++;
        }
        record Hit(long configuration, double energy, long count) {
        }
        List<Hit> found = new ArrayList<>();
        for (Map.Entry<Long, long[]> entry : hits.entrySet()) {
            found.add(new Hit(entry.getKey(), landscape.energy(entry.getKey()), entry.getValue()[0]));
        }
        found.sort(Comparator.comparingDouble(Hit::energy).thenComparingLong(Hit::configuration));
        double best = found.get(0).energy();
        List<LocalMinimum> minima = new ArrayList<>();
        for (Hit hit : found) {
            minima.add(new LocalMinimum(hit.configuration(), hit.energy(),
                    hit.energy() <= best + landscape.tolerance(), hit.count(), landscape.alignment(hit.configuration())));
        }
        double bound = Math.min(lowerBound(landscape), best);
        return new LandscapeAnalysis(landscape.actors(), false, done, BasinMeasure.SAMPLED, bound, minima);
    }

    /** A proven lower bound on the global minimum energy; see the class comment. O(n³) per iteration. */
    public static double lowerBound(Landscape landscape) {
        return Math.max(landscape.splitAllEnemiesBound(), SpectralBound.bound(landscape, BOUND_ITERATIONS));
    }
}
