package org.counterweight.core.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every measure for every pair of states of one year, from one pass over the pairs.
 *
 * <p>Input: {@code codes[s]} is state s's portfolio over the year's items (for alliances the
 * items are the same states, so {@code codes} is square with {@code codes[s][s] = 3}; for UN votes
 * the items are the year's roll calls). For each unordered pair (including a state with itself)
 * the loop builds the c&times;c joint table once, counted and, when some measure is weighted,
 * weighted, and hands it to every measure's kernel.
 *
 * <p>Complexity: the joint tables are built by merging each state's sparse list of items with a
 * non-zero code (code 0, "no commitment", fills the rest of cell (0,0)), so a year costs
 * O(s&sup2; (z + c&sup2;&middot;M)) for s states, z the mean number of non-zero codes per
 * portfolio, c categories and M measures; dense portfolios (UN votes) degrade gracefully to
 * O(s&sup2; n). Pure and allocation-local: years can be computed in parallel with no shared state.
 *
 * <p>The result stores each measure's upper triangle (with the diagonal) and is immutable.
 */
public final class SimilarityMatrix {
    private final List<String> measures;
    private final int size;
    private final double[][] triangles;

    private SimilarityMatrix(List<String> measures, int size, double[][] triangles) {
        this.measures = measures;
        this.size = size;
        this.triangles = triangles;
    }

    /**
     * The standard battery for a scale of {@code categories} codes: S (absolute, squared), tau-b,
     * kappa and pi (absolute, squared), and, if {@code withWeights}, weighted S (absolute, as in
     * Signorino &amp; Ritter), weighted kappa and weighted pi (absolute).
     */
    public static List<PortfolioSimilarity> standardMeasures(int categories, boolean withWeights) {
        List<PortfolioSimilarity> list = new ArrayList<>(List.of(
                SignorinoRitterS.unweighted(categories),
                SignorinoRitterS.squared(categories),
                new KendallTauB(categories),
                new CohenKappa(categories, Distance.ABSOLUTE, false),
                new CohenKappa(categories, Distance.SQUARED, false),
                new ScottPi(categories, Distance.ABSOLUTE, false),
                new ScottPi(categories, Distance.SQUARED, false)));
        if (withWeights) {
            list.add(SignorinoRitterS.capabilityWeighted(categories));
            list.add(new CohenKappa(categories, Distance.ABSOLUTE, true));
            list.add(new ScottPi(categories, Distance.ABSOLUTE, true));
        }
        return List.copyOf(list);
    }

    /**
     * All pairs of one year with the {@link #standardMeasures standard battery}.
     *
     * @param codes      {@code codes[s][k]}: state s's code on item k, in {@code [0, categories)}
     * @param weights    one weight per item (e.g. the item states' CINC), or {@code null} to omit the
     *                   weighted measures
     * @param categories number of codes (4 for alliances)
     */
    public static SimilarityMatrix allPairs(int[][] codes, double[] weights, int categories) {
        return allPairs(codes, weights, standardMeasures(categories, weights != null));
    }

    /**
     * All pairs of one year for the given measures, which must share one number of categories.
     *
     * @param weights item weights, required if some measure is weighted, else ignored (may be null)
     * @throws IllegalArgumentException naming the parameter at fault
     */
    public static SimilarityMatrix allPairs(int[][] codes, double[] weights, List<PortfolioSimilarity> measures) {
        if (measures == null || measures.isEmpty()) {
            throw new IllegalArgumentException("measures must not be empty");
        }
        int c = measures.get(0).categories();
        boolean anyWeighted = false;
        int scratchSize = 0;
        TableMeasure[] kernels = new TableMeasure[measures.size()];
        for (int m = 0; m < kernels.length; m++) {
            PortfolioSimilarity measure = measures.get(m);
            if (measure == null) {
                throw new IllegalArgumentException("measures[" + m + "] must not be null");
            }
            if (measure.categories() != c) {
                throw new IllegalArgumentException("measures[" + m + "] (" + measure.name() + ") has "
                        + measure.categories() + " categories, measures[0] has " + c);
            }
            kernels[m] = (TableMeasure) measure;
            anyWeighted |= measure.weighted();
            scratchSize = Math.max(scratchSize, kernels[m].scratchSize());
        }
        if (codes == null || codes.length == 0) {
            throw new IllegalArgumentException("codes must hold at least one state's portfolio");
        }
        int states = codes.length;
        if (codes[0] == null) {
            throw new IllegalArgumentException("codes[0] must not be null");
        }
        int items = codes[0].length;
        for (int s = 0; s < states; s++) {
            if (codes[s] == null || codes[s].length != items) {
                throw new IllegalArgumentException("codes[" + s + "] must have " + items + " items like codes[0], got "
                        + (codes[s] == null ? "null" : codes[s].length));
            }
            Portfolios.checkCodes(codes[s], "codes[" + s + "]", c);
        }
        double totalWeight = 0;
        if (anyWeighted) {
            if (weights == null) {
                throw new IllegalArgumentException("weights are required by the weighted measures");
            }
            totalWeight = Portfolios.checkWeights(weights, items);
        }

        int[][] nonZeroItems = new int[states][];
        byte[][] nonZeroCodes = new byte[states][];
        for (int s = 0; s < states; s++) {
            int count = 0;
            for (int code : codes[s]) {
                if (code != 0) {
                    count++;
                }
            }
            int[] idx = new int[count];
            byte[] val = new byte[count];
            int p = 0;
            for (int k = 0; k < items; k++) {
                if (codes[s][k] != 0) {
                    idx[p] = k;
                    val[p++] = (byte) codes[s][k];
                }
            }
            nonZeroItems[s] = idx;
            nonZeroCodes[s] = val;
        }

        int pairs = states * (states + 1) / 2;
        double[][] triangles = new double[kernels.length][pairs];
        double[] counts = new double[c * c];
        double[] weighted = new double[c * c];
        double[] scratch = new double[Math.max(1, scratchSize)];
        int position = 0;
        for (int a = 0; a < states; a++) {
            int[] ia = nonZeroItems[a];
            byte[] ca = nonZeroCodes[a];
            for (int b = a; b < states; b++, position++) {
                int[] ib = nonZeroItems[b];
                byte[] cb = nonZeroCodes[b];
                Arrays.fill(counts, 0);
                int union = 0;
                int pa = 0;
                int pb = 0;
                int la = ia.length;
                int lb = ib.length;
                if (anyWeighted) {
                    Arrays.fill(weighted, 0);
                    double unionWeight = 0;
                    while (pa < la || pb < lb) {
                        int ka = pa < la ? ia[pa] : Integer.MAX_VALUE;
                        int kb = pb < lb ? ib[pb] : Integer.MAX_VALUE;
                        int cell;
                        int item;
                        if (ka == kb) {
                            cell = ca[pa++] * c + cb[pb++];
                            item = ka;
                        } else if (ka < kb) {
                            cell = ca[pa++] * c;
                            item = ka;
                        } else {
                            cell = cb[pb++];
                            item = kb;
                        }
                        counts[cell]++;
                        weighted[cell] += weights[item];
                        unionWeight += weights[item];
                        union++;
                    }
                    weighted[0] += Math.max(0, totalWeight - unionWeight);
                } else {
                    while (pa < la || pb < lb) {
                        int ka = pa < la ? ia[pa] : Integer.MAX_VALUE;
                        int kb = pb < lb ? ib[pb] : Integer.MAX_VALUE;
                        if (ka == kb) {
                            counts[ca[pa++] * c + cb[pb++]]++;
                        } else if (ka < kb) {
                            counts[ca[pa++] * c]++;
                        } else {
                            counts[cb[pb++]]++;
                        }
                        union++;
                    }
                }
                counts[0] += items - union;
                for (int m = 0; m < kernels.length; m++) {
                    TableMeasure kernel = kernels[m];
                    triangles[m][position] = kernel.weighted()
                            ? kernel.compute(weighted, totalWeight, scratch)
                            : kernel.compute(counts, items, scratch);
                }
            }
        }
        List<String> names = new ArrayList<>(kernels.length);
        for (TableMeasure kernel : kernels) {
            names.add(kernel.name());
        }
        return new SimilarityMatrix(List.copyOf(names), states, triangles);
    }

    /** Names of the measures, in the order given. */
    public List<String> measures() {
        return measures;
    }

    /** Number of states. */
    public int size() {
        return size;
    }

    /** The value of measure {@code measure} (index into {@link #measures()}) for states i and j. */
    public double get(int measure, int i, int j) {
        if (measure < 0 || measure >= triangles.length) {
            throw new IllegalArgumentException("measure must be in [0, " + triangles.length + "), got " + measure);
        }
        checkState(i, "i");
        checkState(j, "j");
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return triangles[measure][a * size - a * (a - 1) / 2 + (b - a)];
    }

    /** The value of the named measure for states i and j. */
    public double get(String measure, int i, int j) {
        return get(indexOf(measure), i, j);
    }

    /** A fresh symmetric s&times;s matrix of one measure. */
    public double[][] matrix(String measure) {
        int m = indexOf(measure);
        double[][] full = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                double value = get(m, i, j);
                full[i][j] = value;
                full[j][i] = value;
            }
        }
        return full;
    }

    private int indexOf(String measure) {
        int m = measures.indexOf(measure);
        if (m < 0) {
            throw new IllegalArgumentException("measure must be one of " + measures + ", got " + measure);
        }
        return m;
    }

    private void checkState(int state, String name) {
        if (state < 0 || state >= size) {
            throw new IllegalArgumentException(name + " must be a state index in [0, " + size + "), got " + state);
        }
    }
}
