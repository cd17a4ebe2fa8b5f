package org.counterweight.core.scenario;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an ensemble's alignments moved, year by year, against a reference year's alignments (the
 * baseline's start year): for every tie, the share of runs in which its sign is the opposite of the
 * reference's (a flip) and in which it differs at all (also a tie made or ended); for every actor,
 * the share of runs in which it sits in the other bloc of the exact balance partition
 * ({@link AlignmentPath#moved}); and per year the commonest partition and landscape minimum with
 * their shares. Shares count the runs that reached the year. The tie weights' quantile bands are
 * those of the ensemble's {@code tie.A-B} series.
 *
 * @param paths          every run's path, by run index
 * @param referenceTies  the reference's signed tie weights, by pair ({@link AlignmentPath#pairs})
 * @param reference      the reference's exact balance partition
 * @param flipped        flipped[p][t]: share of runs with pair p's sign opposite to the reference's
 * @param changed        changed[p][t]: share with pair p's sign (+, -, none) other than the reference's
 * @param moved          moved[i][t]: share of runs with actor i in the other bloc than in the reference
 * @param modalPartition per year, the commonest exact partition (ties: the lowest mask)
 * @param partitionShare per year, its share of runs
 * @param modalMinimum   per year, the commonest landscape minimum among the runs that have one
 * @param minimumShare   per year, its share of the runs that reached the year (those without a
 *                       minimum, {@link AlignmentPath#UNKNOWN}, count in the denominator)
 */
public record AlignmentSummary(List<AlignmentPath> paths, double[] referenceTies, long reference,
        double[][] flipped, double[][] changed, double[][] moved, long[] modalPartition, double[] partitionShare,
        long[] modalMinimum, double[] minimumShare) {

    public AlignmentSummary {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("an alignment summary needs at least one run");
        }
    }

    /** The actors, in the simulation's order. */
    public List<String> actors() {
        return paths.get(0).actors();
    }

    /** The first year. */
    public int firstYear() {
        return paths.get(0).firstYear();
    }

    /** The number of years. */
    public int years() {
        return paths.get(0).partition().length;
    }

    /**
     * The summary of an ensemble's paths against a reference path's first year.
     *
     * @param referencePath the path whose first year is the reference (the baseline's run 0)
     */
    public static AlignmentSummary of(List<AlignmentPath> paths, AlignmentPath referencePath) {
        int n = referencePath.actors().size();
        int pairs = n * (n - 1) / 2;
        int years = paths.get(0).partition().length;
        double[] referenceTies = referencePath.ties()[0];
        long reference = referencePath.partition()[0];
        double[][] flipped = new double[pairs][years];
        double[][] changed = new double[pairs][years];
        double[][] moved = new double[n][years];
        long[] modalPartition = new long[years];
        double[] partitionShare = new double[years];
        long[] modalMinimum = new long[years];
        double[] minimumShare = new double[years];
        for (int t = 0; t < years; t++) {
            int reached = 0;
            Map<Long, Integer> partitions = new HashMap<>();
            Map<Long, Integer> minima = new HashMap<>();
            for (AlignmentPath path : paths) {
                long partition = path.partition()[t];
                if (partition == AlignmentPath.UNKNOWN) {
                    continue;
                }
                reached++;
                double[] ties = path.ties()[t];
                for (int p = 0; p < pairs; p++) {
                    double sign = Math.signum(ties[p]);
                    double was = Math.signum(referenceTies[p]);
                    if (sign != was) {
                        changed[p][t]++;
                        if (sign == -was) {
                            flipped[p][t]++;
                        }
                    }
                }
                long away = reference == AlignmentPath.UNKNOWN ? 0 : AlignmentPath.moved(partition, reference, n);
                for (int i = 0; i < n; i++) {
                    moved[i][t] += (away >>> i) & 1;
                }
                partitions.merge(partition, 1, Integer::sum);
                if (path.landscapeMinimum()[t] != AlignmentPath.UNKNOWN) {
                    minima.merge(path.landscapeMinimum()[t], 1, Integer::sum);
                }
            }
            for (int p = 0; p < pairs; p++) {
                flipped[p][t] = share(flipped[p][t], reached);
                changed[p][t] = share(changed[p][t], reached);
            }
            for (int i = 0; i < n; i++) {
                moved[i][t] = share(moved[i][t], reached);
            }
            long[] modal = modal(partitions);
            modalPartition[t] = modal[0];
            partitionShare[t] = share(modal[1], reached);
            modal = modal(minima);
            modalMinimum[t] = modal[0];
            minimumShare[t] = share(modal[1], reached);
        }
        return new AlignmentSummary(paths, referenceTies, reference, flipped, changed, moved, modalPartition,
                partitionShare, modalMinimum, minimumShare);
    }

    /** The first year, if any, in which at least half the runs have pair p's sign flipped; else -1. */
    public int firstMajorityFlip(int pair) {
        for (int t = 0; t < years(); t++) {
            if (flipped[pair][t] >= 0.5) {
                return firstYear() + t;
            }
        }
        return -1;
    }

    /** The largest share over the years of runs with pair p flipped. */
    public double mostFlipped(int pair) {
        return Arrays.stream(flipped[pair]).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    /** The largest share over the years of runs with actor i in the other bloc. */
    public double mostMoved(int actor) {
        return Arrays.stream(moved[actor]).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    /** The configuration as its two blocs ("CHN PAK | IND USA"). */
    public String describe(long configuration) {
        return paths.get(0).describe(configuration);
    }

    private static double share(double count, int of) {
        return of == 0 ? Double.NaN : count / of;
    }

    /** {value, count} of the commonest key, the lowest on a tie; {UNKNOWN, 0} for none. */
    private static long[] modal(Map<Long, Integer> counts) {
        long best = AlignmentPath.UNKNOWN;
        int most = 0;
        for (Map.Entry<Long, Integer> e : new TreeMap<>(counts).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return new long[] {best, most};
    }
}
