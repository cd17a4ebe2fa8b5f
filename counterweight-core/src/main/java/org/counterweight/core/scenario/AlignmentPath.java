package org.counterweight.core.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.ensemble.Trajectory;
import org.counterweight.core.landscape.ExhaustiveAlignmentSearch;
import org.counterweight.core.landscape.Landscape;

/**
 * The alignments one run actually used, year by year: the signed ties as the run's state held them
 * (the record, the interventions and any drift, {@link ScenarioSimulation#tieSeries}), the two blocs of
 * the exact balance partition of their signs, and the landscape's global minimum.
 *
 * <p><b>Blocs.</b> The partition attaining the exact frustration index of the signed network of the
 * year's ties, signs only, as {@code balance} computes it by default ({@link FrustrationIndex}; Harary
 * 1959; Aref &amp; Wilson 2019, doi:10.1093/comnet/cny015). A tie of weight 0 is no edge. An actor
 * without ties is put in bloc 0 by the partition, and where several partitions attain the index the
 * solver's (seeded, deterministic) choice is taken: a bloc change can therefore mean an equally
 * good partition, which the frustration index shows. Partitions are canonical: actor 0 is in bloc 0.
 *
 * <p><b>Landscape minimum.</b> The global minimum of Axelrod &amp; Bennett's (1993) landscape energy
 * ({@link Landscape}) found by {@link ExhaustiveAlignmentSearch} as {@code landscape} does, with the
 * tie weights as propensities and, as sizes, the run's military expenditure of the year (the model's
 * capability; {@code landscape} uses NMC CINC of the record, which a simulation does not project).
 * Equal minima: the lowest configuration. Canonical like the blocs.
 *
 * <p>Years a run did not reach (NaN ties) have no blocs: {@link #UNKNOWN}.
 *
 * @param actors           in the simulation's order; a configuration's bit i is actor i's bloc
 * @param firstYear        the year of index 0
 * @param ties             ties[t][p]: the signed weight in [-1, 1] of pair p ({@link #pairs}) in year t
 * @param partition        per year, the exact balance partition as a bit mask (actor i in bloc 1 iff bit i)
 * @param frustration      per year, the frustration index of that partition (NaN when unknown)
 * @param landscapeMinimum per year, the landscape's global minimum as a bit mask
 */
public record AlignmentPath(List<String> actors, int firstYear, double[][] ties, long[] partition,
        double[] frustration, long[] landscapeMinimum) {
    /** A partition or minimum not computed (a year the run did not reach, or no positive size). */
    public static final long UNKNOWN = -1;

    private static final FrustrationIndex.Options EXACT = FrustrationIndex.Options.defaults();

    public AlignmentPath {
        actors = List.copyOf(actors);
        ties = Arrays.stream(ties).map(double[]::clone).toArray(double[][]::new);
        partition = partition.clone();
        frustration = frustration.clone();
        landscapeMinimum = landscapeMinimum.clone();
        if (partition.length != ties.length || frustration.length != ties.length
                || landscapeMinimum.length != ties.length) {
            throw new IllegalArgumentException("every path needs one entry per year");
        }
    }

    /** The pairs i &lt; j of {@code n} actors, row by row: {i, j} at index p. */
    public static List<int[]> pairs(int n) {
        List<int[]> pairs = new ArrayList<>(n * (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairs.add(new int[] {i, j});
            }
        }
        return pairs;
    }

    /**
     * The path of one run of a {@link ScenarioSimulation}: its recorded ties and expenditure.
     *
     * @param partitions memo of the exact partition by sign pattern, shared by the runs of one
     *                   ensemble (the partition depends on the signs alone); a concurrent map when
     *                   runs are computed in parallel
     */
    public static AlignmentPath of(List<String> actors, Trajectory run, Map<String, long[]> partitions) {
        int n = actors.size();
        List<int[]> pairs = pairs(n);
        int years = run.length();
        double[][] ties = new double[years][pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            double[] tie = run.series(ScenarioSimulation.tieSeries(actors.get(pairs.get(p)[0]),
                    actors.get(pairs.get(p)[1])));
            for (int t = 0; t < years; t++) {
                ties[t][p] = tie[t];
            }
        }
        double[][] milex = new double[n][];
        for (int i = 0; i < n; i++) {
            milex[i] = run.series(actors.get(i) + ".milex");
        }
        long[] partition = new long[years];
        double[] frustration = new double[years];
        long[] minimum = new long[years];
        for (int t = 0; t < years; t++) {
            double[] year = ties[t];
            if (Arrays.stream(year).anyMatch(Double::isNaN)) {
                partition[t] = UNKNOWN;
                frustration[t] = Double.NaN;
                minimum[t] = UNKNOWN;
                continue;
            }
            long[] exact = partitions.computeIfAbsent(signs(year), key -> exactPartition(actors, pairs, year));
            partition[t] = exact[0];
            frustration[t] = exact[1];
            double[] sizes = new double[n];
            for (int i = 0; i < n; i++) {
                sizes[i] = milex[i][t];
            }
            minimum[t] = landscapeMinimum(actors, pairs, year, sizes);
        }
        return new AlignmentPath(actors, (int) run.time()[0], ties, partition, frustration, minimum);
    }

    /** The configuration as its two blocs, bloc 0 first: "CHN PAK RUS | IND USA". */
    public String describe(long configuration) {
        if (configuration == UNKNOWN) {
            return "unknown";
        }
        StringBuilder zero = new StringBuilder();
        StringBuilder one = new StringBuilder();
        for (int i = 0; i < actors.size(); i++) {
            StringBuilder side = Landscape.bloc(configuration, i) == 0 ? zero : one;
            side.append(side.isEmpty() ? "" : " ").append(actors.get(i));
        }
        return one.isEmpty() ? zero.toString() : zero + " | " + one;
    }

    /**
     * The actors in a different bloc in {@code configuration} than in {@code reference}, as a bit
     * mask, the two compared under the mirror image that leaves fewer actors changed (a partition and
     * its mirror are the same two blocs); when both leave as many, as given (actor 0 fixed).
     */
    public static long moved(long configuration, long reference, int actorCount) {
        long all = (1L << actorCount) - 1;
        long direct = (configuration ^ reference) & all;
        long mirrored = ~(configuration ^ reference) & all;
        return Long.bitCount(mirrored) < Long.bitCount(direct) ? mirrored : direct;
    }

    /** The year's ties' signs as a key: one character per pair, '+', '-' or '0'. */
    private static String signs(double[] ties) {
        char[] key = new char[ties.length];
        for (int p = 0; p < ties.length; p++) {
            key[p] = ties[p] > 0 ? '+' : ties[p] < 0 ? '-' : '0';
        }
        return new String(key);
    }

    /** {partition mask, frustration index} of the signs of the year's ties. */
    private static long[] exactPartition(List<String> actors, List<int[]> pairs, double[] ties) {
        SignedNetwork.Builder network = SignedNetwork.builder();
        actors.forEach(network::addNode);
        for (int p = 0; p < pairs.size(); p++) {
            if (ties[p] != 0) {
                network.addEdge(actors.get(pairs.get(p)[0]), actors.get(pairs.get(p)[1]), ties[p] > 0 ? 1 : -1);
            }
        }
        FrustrationIndex.Result result = FrustrationIndex.compute(network.build(), EXACT);
        long mask = 0;
        for (int i = 0; i < actors.size(); i++) {
            if (result.blocs().get(i) != result.blocs().get(0)) {
                mask |= 1L << i;
            }
        }
        return new long[] {mask, (long) result.frustration()};
    }

    private static long landscapeMinimum(List<String> actors, List<int[]> pairs, double[] ties, double[] sizes) {
        if (Arrays.stream(sizes).anyMatch(s -> !(s > 0) || !Double.isFinite(s))) {
            return UNKNOWN;
        }
        int n = actors.size();
        double[][] propensities = new double[n][n];
        for (int p = 0; p < pairs.size(); p++) {
            int i = pairs.get(p)[0];
            int j = pairs.get(p)[1];
            propensities[i][j] = ties[p];
            propensities[j][i] = ties[p];
        }
        Landscape landscape = Landscape.of(actors, sizes, propensities);
        long best = new ExhaustiveAlignmentSearch(false).search(landscape).globalMinima().get(0).configuration();
        return landscape.canonical(best);
    }
}
