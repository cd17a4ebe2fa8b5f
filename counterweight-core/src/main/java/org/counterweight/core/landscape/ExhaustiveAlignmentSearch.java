package org.counterweight.core.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Every local minimum of a landscape, the global minimum and (optionally) every basin of
 * attraction, by exhaustive enumeration (Axelrod &amp; Bennett 1993 enumerate all configurations of
 * their 17 European nations the same way).
 *
 * <p><b>Enumeration.</b> A configuration and its complement are one partition, so actor 0 stays in
 * bloc 0 and the other n−1 actors run through a binary-reflected Gray code: 2^(n−1)
 * configurations, consecutive ones differing by one actor's move. Energy and every actor's move
 * gain are updated in O(n) per step (see {@link Descent}), so local-minimum detection costs O(n) per
 * configuration and the whole scan O(n 2^(n−1)) time, O(n²) memory per thread. The range is cut into
 * chunks of 2^16 configurations scanned in parallel; each chunk recomputes its state from scratch,
 * which also bounds the round-off of the incremental updates.
 *
 * <p><b>Local minimum</b> (non-strict, as in the paper and in Furnas's R code): no single actor's
 * move lowers E by more than {@link Landscape#tolerance()}. On a plateau of equal energy every
 * configuration is a local minimum and each is reported; all configurations tied at the global
 * minimum are local minima, so {@link LandscapeAnalysis#globalMinima()} lists them all.
 *
 * <p><b>Basin of attraction</b> (our choice; the paper speaks of the configurations that "lead to"
 * a minimum without fixing one path): the number of configurations from which <em>steepest
 * descent</em> ends at the minimum. Steepest descent moves the actor whose move lowers E the most
 * (gains within tolerance of the best are tied; lowest index wins) until no move lowers E. It is
 * deterministic, so basins partition the space and sum to 2^(n−1); any other improving path
 * would let one configuration lead to several minima. The successor of every configuration is
 * stored in an {@code int} table (4 · 2^(n−1) bytes: 64 MiB at 25 actors, 128 MiB at 26) and roots
 * are resolved with path compression.
 *
 * <p><b>Limits.</b> Minima are exact up to {@value #MAX_ACTORS} actors (time doubles per actor:
 * measured on 2 cores with a warm JIT, about 0.4 s for 25 actors, 0.55 s with basins; a cold first
 * call about 0.5 s and 0.75 s; at 32 actors expect minutes); basins up to
 * {@value #MAX_ACTORS_WITH_BASINS}. Beyond that basins are {@link BasinMeasure#NOT_COMPUTED}; use
 * {@link MultiStartDescentSearch} for larger landscapes. The number of local minima can itself
 * grow exponentially on random (spin-glass-like) landscapes; all of them are returned.
 */
public final class ExhaustiveAlignmentSearch implements AlignmentSearch {
    /** Most actors for exact minima. */
    public static final int MAX_ACTORS = 32;
    /** Most actors for exact basins. */
    public static final int MAX_ACTORS_WITH_BASINS = 26;

    private static final int CHUNK_BITS = 16;

    private final boolean basins;

    /** Minima and, up to {@value #MAX_ACTORS_WITH_BASINS} actors, basins. */
    public ExhaustiveAlignmentSearch() {
        this(true);
    }

    /** @param basins whether to compute basins (ignored above {@value #MAX_ACTORS_WITH_BASINS} actors) */
    public ExhaustiveAlignmentSearch(boolean basins) {
        this.basins = basins;
    }

    @Override
    public LandscapeAnalysis search(Landscape landscape) {
        int n = landscape.actorCount();
        if (n > MAX_ACTORS) {
            throw new IllegalArgumentException("exhaustive search takes at most " + MAX_ACTORS + " actors, got " + n
                    + "; use MultiStartDescentSearch");
        }
        boolean withBasins = basins && n <= MAX_ACTORS_WITH_BASINS;
        long total = 1L << (n - 1);
        int chunkBits = Math.min(n - 1, CHUNK_BITS);
        long chunkSize = 1L << chunkBits;
        long chunks = total >>> chunkBits;
        int[] successor = withBasins ? new int[(int) total] : null;
        List<Found> parts = LongStream.range(0, chunks).parallel()
                .mapToObj(c -> scan(landscape, c * chunkSize, chunkSize, successor, null)).toList();

        int count = 0;
        for (Found part : parts) {
            count += part.size;
        }
        long[] configs = new long[count];
        double[] energies = new double[count];
        int at = 0;
        for (Found part : parts) {
            System.arraycopy(part.configs, 0, configs, at, part.size);
            System.arraycopy(part.energies, 0, energies, at, part.size);
            at += part.size;
        }
        for (int i = 0; i < count; i++) {
            // report the directly computed energy, free of the incremental updates' round-off
            energies[i] = landscape.energy(configs[i]);
        }
        long[] basinSizes = withBasins ? basinSizes(successor, configs) : null;

        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> energies[x] != energies[y] ? Double.compare(energies[x], energies[y])
                : Long.compare(configs[x], configs[y]));
        double best = count == 0 ? Double.NaN : energies[order[0]];
        double tolerance = landscape.tolerance();
        List<LocalMinimum> minima = new ArrayList<>(count);
        for (int k : order) {
            minima.add(new LocalMinimum(configs[k], energies[k], energies[k] <= best + tolerance,
                    withBasins ? basinSizes[k] : LocalMinimum.UNKNOWN_BASIN, landscape.alignment(configs[k])));
        }
        return new LandscapeAnalysis(landscape.actors(), true, total,
                withBasins ? BasinMeasure.EXACT : BasinMeasure.NOT_COMPUTED, best, minima);
    }

    /**
     * The energy of every canonical configuration as the Gray-code scan computes it incrementally,
     * indexed by configuration &gt;&gt;&gt; 1. For tests; at most 24 actors.
     */
    static double[] scannedEnergies(Landscape landscape) {
        int n = landscape.actorCount();
        if (n > 24) {
            throw new IllegalArgumentException("at most 24 actors, got " + n);
        }
        long total = 1L << (n - 1);
        long chunkSize = 1L << Math.min(n - 1, CHUNK_BITS);
        double[] energies = new double[(int) total];
        for (long start = 0; start < total; start += chunkSize) {
            scan(landscape, start, chunkSize, null, energies);
        }
        return energies;
    }

    /** Scans Gray indices [start, start + length); optionally records every energy. */
    private static Found scan(Landscape landscape, long start, long length, int[] successor, double[] energies) {
        int n = landscape.actorCount();
        long flipAllButFirst = landscape.fullMask() & ~1L;
        Descent state = new Descent(landscape);
        long gray = start ^ (start >>> 1);
        state.reset(gray << 1);
        Found found = new Found();
        for (long step = 0; ; step++) {
            long config = state.configuration();
            int t = state.steepestMove();
            if (energies != null) {
                energies[(int) (config >>> 1)] = state.energy();
            }
            if (t < 0) {
                found.add(config, state.energy());
            }
            if (successor != null) {
                int index = (int) (config >>> 1);
                if (t < 0) {
                    successor[index] = index;
                } else if (t == 0) {
                    successor[index] = (int) ((config ^ flipAllButFirst) >>> 1);
                } else {
                    successor[index] = (int) ((config ^ (1L << t)) >>> 1);
                }
            }
            if (step == length - 1) {
                return found;
            }
            state.move(Long.numberOfTrailingZeros(start + step + 1) + 1);
        }
    }

    /**
     * Resolves every configuration's descent root in place and counts each minimum's basin. Blocks
     * of the table are resolved in parallel. The races are benign: every entry only ever holds its
     * original successor or its root (int writes are atomic), and either leads to the same root.
     */
    private static long[] basinSizes(int[] successor, long[] minimumConfigs) {
        int size = successor.length;
        int block = Math.min(size, 1 << CHUNK_BITS);
        int blocks = size / block;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            for (int i = b * block, end = i + block; i < end; i++) {
                int root = i;
                while (successor[root] != root) {
                    root = successor[root];
                }
                int j = i;
                while (successor[j] != root) {
                    int next = successor[j];
                    successor[j] = root;
                    j = next;
                }
            }
        });
        long[] sortedKeys = new long[minimumConfigs.length];
        for (int k = 0; k < sortedKeys.length; k++) {
            sortedKeys[k] = minimumConfigs[k] >>> 1;
        }
        Arrays.sort(sortedKeys);
        long[] sortedCounts = IntStream.range(0, blocks).parallel().mapToObj(b -> {
            long[] counts = new long[sortedKeys.length];
            for (int i = b * block, end = i + block; i < end; i++) {
                counts[Arrays.binarySearch(sortedKeys, successor[i])]++;
            }
            return counts;
        }).reduce(new long[sortedKeys.length], (x, y) -> {
            long[] sum = x.clone();
            for (int k = 0; k < sum.length; k++) {
                sum[k] += y[k];
            }
            return sum;
        });
        long[] counts = new long[minimumConfigs.length];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = sortedCounts[Arrays.binarySearch(sortedKeys, minimumConfigs[k] >>> 1)];
        }
        return counts;
    }

    /** Growable list of minima found in one chunk. */
    private static final class Found {
        long[] configs = new long[16];
        double[] energies = new double[16];
        int size;

        void add(long config, double energy) {
            if (size == configs.length) {
                configs = Arrays.copyOf(configs, size * 2);
                energies = Arrays.copyOf(energies, size * 2);
            }
            configs[size] = config;
            energies[size] = energy;
            size++;
        }
    }
}
