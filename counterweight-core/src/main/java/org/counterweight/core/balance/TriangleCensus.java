package org.counterweight.core.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The census of triangles of a signed network by number of negative edges, after Heider (1946),
 * "Attitudes and Cognitive Organization", Journal of Psychology 21:107-112, and Cartwright &amp;
 * Harary (1956), "Structural Balance: A Generalization of Heider's Theory", Psychological Review
 * 63(5):277-293, doi:10.1037/h0046049. A triangle is balanced when it has an even number of negative
 * edges (+++ or +--) and unbalanced otherwise (++- or ---). Weights are ignored.
 *
 * <p>Algorithm: edges are oriented from the lower to the higher (degree, index) rank and each
 * triangle is found once by intersecting forward neighbourhoods with a marker array: O(m * d_max)
 * time, O(n + m) space.
 *
 * @param byNegatives      {@code byNegatives[k]} = number of triangles with k negative edges (k = 0..3)
 * @param unbalancedTriads every unbalanced triangle, sorted by name
 */
public record TriangleCensus(long[] byNegatives, List<Triad> unbalancedTriads) {

    /**
     * One triangle, its nodes in lexicographic order, with the signs of the edges a-b, a-c and b-c.
     */
    public record Triad(String a, String b, String c, int signAB, int signAC, int signBC) {
        /** The nodes joined by dashes, e.g. {@code IND-RUS-USA}. */
        public String name() {
            return a + "-" + b + "-" + c;
        }

        public int negatives() {
            return (signAB < 0 ? 1 : 0) + (signAC < 0 ? 1 : 0) + (signBC < 0 ? 1 : 0);
        }

        public boolean isBalanced() {
            return signAB * signAC * signBC > 0;
        }

        /** E.g. {@code IND-RUS-USA (+,-,-)}. */
        @Override
        public String toString() {
            return name() + " (" + s(signAB) + "," + s(signAC) + "," + s(signBC) + ")";
        }

        private static String s(int sign) {
            return sign > 0 ? "+" : "-";
        }
    }

    public TriangleCensus {
        if (byNegatives.length != 4) {
            throw new IllegalArgumentException("byNegatives must have 4 entries, got " + byNegatives.length);
        }
        byNegatives = byNegatives.clone();
        unbalancedTriads = List.copyOf(unbalancedTriads);
    }

    @Override
    public long[] byNegatives() {
        return byNegatives.clone();
    }

    /** Triangles +++ . */
    public long allPositive() {
        return byNegatives[0];
    }

    /** Triangles ++- (unbalanced). */
    public long oneNegative() {
        return byNegatives[1];
    }

    /** Triangles +-- (balanced: the enemy of my enemy is my friend). */
    public long twoNegative() {
        return byNegatives[2];
    }

    /** Triangles --- (unbalanced in Cartwright-Harary, allowed in Davis's clusterability). */
    public long allNegative() {
        return byNegatives[3];
    }

    public long triangles() {
        return byNegatives[0] + byNegatives[1] + byNegatives[2] + byNegatives[3];
    }

    public long balanced() {
        return byNegatives[0] + byNegatives[2];
    }

    public long unbalanced() {
        return byNegatives[1] + byNegatives[3];
    }

    /** Share of balanced triangles, or NaN without triangles. */
    public double balancedShare() {
        long t = triangles();
        return t == 0 ? Double.NaN : (double) balanced() / t;
    }

    /** Counts all triangles of the network. */
    public static TriangleCensus of(SignedNetwork network) {
        int n = network.nodeCount();
        int[][] adj = network.adjacency();
        int[][] inc = network.incidence();
        List<SignedNetwork.Edge> edges = network.edges();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> adj[i].length).thenComparingInt(i -> i));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        // forward adjacency: neighbours of higher rank, with the sign of the joining edge
        int[][] fwd = new int[n][];
        int[][] fwdSign = new int[n][];
        for (int v = 0; v < n; v++) {
            int count = 0;
            for (int w : adj[v]) {
                count += rank[w] > rank[v] ? 1 : 0;
            }
            fwd[v] = new int[count];
            fwdSign[v] = new int[count];
            int k = 0;
            for (int j = 0; j < adj[v].length; j++) {
                int w = adj[v][j];
                if (rank[w] > rank[v]) {
                    fwd[v][k] = w;
                    fwdSign[v][k++] = edges.get(inc[v][j]).sign();
                }
            }
        }
        long[] counts = new long[4];
        List<Triad> unbalanced = new ArrayList<>();
        int[] mark = new int[n];
        Arrays.fill(mark, 0);
        int[] markSign = new int[n];
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < fwd[u].length; k++) {
                mark[fwd[u][k]] = u + 1;
                markSign[fwd[u][k]] = fwdSign[u][k];
            }
            for (int k = 0; k < fwd[u].length; k++) {
                int v = fwd[u][k];
                int suv = fwdSign[u][k];
                for (int l = 0; l < fwd[v].length; l++) {
                    int w = fwd[v][l];
                    if (mark[w] == u + 1) {
                        int svw = fwdSign[v][l];
                        int suw = markSign[w];
                        int negatives = (suv < 0 ? 1 : 0) + (svw < 0 ? 1 : 0) + (suw < 0 ? 1 : 0);
                        counts[negatives]++;
                        if (suv * svw * suw < 0) {
                            unbalanced.add(triad(network, u, v, w, suv, suw, svw));
                        }
                    }
                }
            }
        }
        unbalanced.sort(Comparator.comparing(Triad::name));
        return new TriangleCensus(counts, unbalanced);
    }

    private static Triad triad(SignedNetwork network, int u, int v, int w, int suv, int suw, int svw) {
        String[] names = {network.node(u), network.node(v), network.node(w)};
        int[] ids = {u, v, w};
        // sort the three (name, id) pairs by name
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2 - i; j++) {
                if (names[j].compareTo(names[j + 1]) > 0) {
                    String t = names[j];
                    names[j] = names[j + 1];
                    names[j + 1] = t;
                    int x = ids[j];
                    ids[j] = ids[j + 1];
                    ids[j + 1] = x;
                }
            }
        }
        return new Triad(names[0], names[1], names[2], sign(ids[0], ids[1], u, v, w, suv, suw, svw),
                sign(ids[0], ids[2], u, v, w, suv, suw, svw), sign(ids[1], ids[2], u, v, w, suv, suw, svw));
    }

    private static int sign(int x, int y, int u, int v, int w, int suv, int suw, int svw) {
        boolean hasU = x == u || y == u;
        boolean hasV = x == v || y == v;
        if (hasU && hasV) {
            return suv;
        }
        if (hasU) {
            return suw;
        }
        return svw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TriangleCensus other && Arrays.equals(byNegatives, other.byNegatives)
                && unbalancedTriads.equals(other.unbalancedTriads);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(byNegatives) + unbalancedTriads.hashCode();
    }

    @Override
    public String toString() {
        return "TriangleCensus[+++=" + byNegatives[0] + ", ++-=" + byNegatives[1] + ", +--=" + byNegatives[2]
                + ", ---=" + byNegatives[3] + "]";
    }
}
