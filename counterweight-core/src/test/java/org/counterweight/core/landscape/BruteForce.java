package org.counterweight.core.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Independent brute force for the tests: everything from {@link Landscape#energy(long)} and
 * {@link Landscape#moveGain(long, int)}, configuration by configuration, no incremental updates.
 */
final class BruteForce {
    private BruteForce() {
    }

    static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("A" + i);
        }
        return names;
    }

    /**
     * A random landscape. Integer mode: sizes 1..100 and propensities −2..2 (exact arithmetic, many
     * ties, like the published cases); otherwise sizes in (0.1, 10) and propensities in (−1, 1).
     */
    static Landscape random(int n, SplittableRandom rng, boolean integers) {
        double[] sizes = new double[n];
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            sizes[i] = integers ? rng.nextInt(1, 101) : rng.nextDouble(0.1, 10);
            for (int j = 0; j < i; j++) {
                p[i][j] = integers ? rng.nextInt(-2, 3) : rng.nextDouble(-1, 1);
                p[j][i] = p[i][j];
            }
        }
        return Landscape.of(names(n), sizes, p);
    }

    /** Energy of every canonical configuration, indexed by configuration &gt;&gt;&gt; 1. */
    static double[] energies(Landscape landscape) {
        double[] e = new double[1 << (landscape.actorCount() - 1)];
        for (int k = 0; k < e.length; k++) {
            e[k] = landscape.energy((long) k << 1);
        }
        return e;
    }

    /** Local minima by comparing with every neighbour's directly computed energy; canonical configuration → energy. */
    static TreeMap<Long, Double> localMinima(Landscape landscape) {
        TreeMap<Long, Double> minima = new TreeMap<>();
        int n = landscape.actorCount();
        for (long c = 0; c < 1L << n; c += 2) {
            double e = landscape.energy(c);
            boolean minimum = true;
            for (int i = 0; i < n && minimum; i++) {
                minimum = landscape.energy(c ^ (1L << i)) >= e - landscape.tolerance();
            }
            if (minimum) {
                minima.put(c, e);
            }
        }
        return minima;
    }

    /** Steepest-descent successor (canonical) of a canonical configuration, or itself at a local minimum. */
    static long successor(Landscape landscape, long c) {
        int n = landscape.actorCount();
        double[] gains = new double[n];
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            gains[i] = landscape.moveGain(c, i);
            best = Math.min(best, gains[i]);
        }
        if (best >= -landscape.tolerance()) {
            return c;
        }
        for (int i = 0; ; i++) {
            if (gains[i] <= best + landscape.tolerance()) {
                return landscape.canonical(c ^ (1L << i));
            }
        }
    }

    /** Basin size of every minimum by following successors from every configuration. */
    static TreeMap<Long, Long> basins(Landscape landscape) {
        TreeMap<Long, Long> basins = new TreeMap<>();
        int n = landscape.actorCount();
        for (long c = 0; c < 1L << n; c += 2) {
            long x = c;
            for (long next = successor(landscape, x); next != x; next = successor(landscape, x)) {
                x = next;
            }
            basins.merge(x, 1L, Long::sum);
        }
        return basins;
    }
}
