package org.counterweight.core.balance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable undirected signed network: nodes identified by strings, kept in the order they were
 * first added, and at most one edge per pair, each with a sign (+1 friendship/alliance, -1
 * enmity/conflict) and a positive weight (1 unless given).
 *
 * <p>Validation: self-loops, signs other than +1/-1, non-positive or non-finite weights and weights
 * whose sum is not finite are rejected; a pair given twice with conflicting signs (or the same sign but different weights) is
 * rejected with the pair named; a pair repeated with the same sign and weight is kept once.
 */
public final class SignedNetwork {

    /**
     * An edge between node indices {@code u < v}.
     *
     * @param u      index of the first endpoint in {@link #nodes()}
     * @param v      index of the second endpoint, greater than u
     * @param sign   +1 or -1
     * @param weight positive weight
     */
    public record Edge(int u, int v, int sign, double weight) {
        public Edge {
            if (u < 0 || v <= u) {
                throw new IllegalArgumentException("edge endpoints must satisfy 0 <= u < v, got u=" + u + ", v=" + v);
            }
            if (sign != 1 && sign != -1) {
                throw new IllegalArgumentException("sign must be +1 or -1, got " + sign);
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be positive and finite, got " + weight);
            }
        }

        /** The signed weight, {@code sign * weight}. */
        public double signedWeight() {
            return sign * weight;
        }
    }

    private final List<String> nodes;
    private final Map<String, Integer> index;
    private final List<Edge> edges;
    private final int[][] neighbours;
    private final int[][] incident;
    private final boolean weighted;

    private SignedNetwork(List<String> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < this.nodes.size(); i++) {
            idx.put(this.nodes.get(i), i);
        }
        this.index = Collections.unmodifiableMap(idx);
        this.edges = List.copyOf(edges);
        int n = this.nodes.size();
        int[] degree = new int[n];
        boolean anyWeight = false;
        double total = 0;
        for (Edge e : this.edges) {
            degree[e.u()]++;
            degree[e.v()]++;
            anyWeight |= e.weight() != 1.0;
            total += e.weight();
        }
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("the weights sum beyond the range of numbers (each is finite, their"
                    + " total is not): rescale them");
        }
        this.weighted = anyWeight;
        neighbours = new int[n][];
        incident = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = new int[degree[i]];
            incident[i] = new int[degree[i]];
        }
        int[] fill = new int[n];
        for (int k = 0; k < this.edges.size(); k++) {
            Edge e = this.edges.get(k);
            neighbours[e.u()][fill[e.u()]] = e.v();
            incident[e.u()][fill[e.u()]++] = k;
            neighbours[e.v()][fill[e.v()]] = e.u();
            incident[e.v()][fill[e.v()]++] = k;
        }
    }

    /** A builder; nodes are ordered by first mention. */
    public static Builder builder() {
        return new Builder();
    }

    /** Node ids in their stable order (order of first mention). */
    public List<String> nodes() {
        return nodes;
    }

    /** Edges in the order they were first added. */
    public List<Edge> edges() {
        return edges;
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return edges.size();
    }

    /** Whether any edge has a weight other than 1. */
    public boolean isWeighted() {
        return weighted;
    }

    /** The index of a node id. */
    public int indexOf(String node) {
        Integer i = index.get(node);
        if (i == null) {
            throw new IllegalArgumentException("unknown node: " + node);
        }
        return i;
    }

    public boolean contains(String node) {
        return index.containsKey(node);
    }

    public String node(int i) {
        return nodes.get(i);
    }

    public int degree(int node) {
        return neighbours[node].length;
    }

    /** Number of positive edges. */
    public int positiveEdgeCount() {
        int count = 0;
        for (Edge e : edges) {
            count += e.sign() > 0 ? 1 : 0;
        }
        return count;
    }

    /** Sum of edge weights (equal to the edge count when unweighted). */
    public double totalWeight() {
        double sum = 0;
        for (Edge e : edges) {
            sum += e.weight();
        }
        return sum;
    }

    /** The edge between two nodes, or {@code null}; O(min degree). */
    public Edge edge(String a, String b) {
        int i = indexOf(a);
        int j = indexOf(b);
        int from = neighbours[i].length <= neighbours[j].length ? i : j;
        int to = from == i ? j : i;
        for (int k = 0; k < neighbours[from].length; k++) {
            if (neighbours[from][k] == to) {
                return edges.get(incident[from][k]);
            }
        }
        return null;
    }

    /** Neighbour indices of a node (a copy). */
    public int[] neighbours(int node) {
        return neighbours[node].clone();
    }

    // Shared, unmodified arrays for the package's algorithms.
    int[][] adjacency() {
        return neighbours;
    }

    int[][] incidence() {
        return incident;
    }

    /** The induced subnetwork on the given nodes (in this network's order). */
    public SignedNetwork subnetwork(Collection<String> keep) {
        Builder b = builder();
        for (String node : nodes) {
            if (keep.contains(node)) {
                b.addNode(node);
            }
        }
        for (Edge e : edges) {
            if (keep.contains(nodes.get(e.u())) && keep.contains(nodes.get(e.v()))) {
                b.addEdge(nodes.get(e.u()), nodes.get(e.v()), e.sign(), e.weight());
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "SignedNetwork[" + nodes.size() + " nodes, " + edges.size() + " edges, "
                + positiveEdgeCount() + " positive]";
    }

    /** Collects nodes and edges; not thread-safe; {@link #build()} validates nothing further. */
    public static final class Builder {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<String> nodes = new ArrayList<>();
        private final Map<Long, Integer> pairs = new HashMap<>();
        private final List<Edge> edges = new ArrayList<>();

        private Builder() {
        }

        /** Adds a node (no effect if present). */
        public Builder addNode(String node) {
            Objects.requireNonNull(node, "node");
            if (node.isBlank()) {
                throw new IllegalArgumentException("node id must not be blank");
            }
            index.computeIfAbsent(node, k -> {
                nodes.add(k);
                return nodes.size() - 1;
            });
            return this;
        }

        /** Adds an edge of weight 1. */
        public Builder addEdge(String a, String b, int sign) {
            return addEdge(a, b, sign, 1.0);
        }

        /** Adds an edge; see the class comment for what is rejected. */
        public Builder addEdge(String a, String b, int sign, double weight) {
            if (Objects.equals(a, b)) {
                throw new IllegalArgumentException("self-loop on " + a + " is not allowed");
            }
            if (sign != 1 && sign != -1) {
                throw new IllegalArgumentException("sign of " + a + "-" + b + " must be +1 or -1, got " + sign);
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + a + "-" + b + " must be positive and finite, got "
                        + weight);
            }
            addNode(a);
            addNode(b);
            int i = index.get(a);
            int j = index.get(b);
            int u = Math.min(i, j);
            int v = Math.max(i, j);
            long key = ((long) u << 32) | v;
            Integer existing = pairs.get(key);
            if (existing != null) {
                Edge old = edges.get(existing);
                if (old.sign() != sign) {
                    throw new IllegalArgumentException("pair " + a + "-" + b + " given with conflicting signs "
                            + old.sign() + " and " + sign);
                }
                if (old.weight() != weight) {
                    throw new IllegalArgumentException("pair " + a + "-" + b + " given twice with weights "
                            + old.weight() + " and " + weight);
                }
                return this;
            }
            pairs.put(key, edges.size());
            edges.add(new Edge(u, v, sign, weight));
            return this;
        }

        public SignedNetwork build() {
            return new SignedNetwork(nodes, edges);
        }
    }
}
