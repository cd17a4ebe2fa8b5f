package org.counterweight.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A signed graph of actors, e.g. the alignment network of one year: nodes sized by capability and grouped
 * by bloc, ties positive (alignment) or negative (rivalry) with the evidence behind each on hover. Drawn by
 * {@link SvgCharts#network(NetworkChart)} with a deterministic circle layout.
 *
 * @param title the chart title
 * @param nodes at least one node, with distinct ids
 * @param edges the ties (may be empty), between distinct known nodes
 * @throws IllegalArgumentException naming the field if a field is null, nodes is empty, ids repeat or an
 *                                  edge names an unknown node
 */
public record NetworkChart(String title, List<Node> nodes, List<Edge> edges) implements Chart {
    public NetworkChart {
        Check.nonBlank(title, "title");
        nodes = Check.list(nodes, "nodes", false);
        edges = Check.list(edges, "edges", true);
        Set<String> ids = new HashSet<>();
        for (Node n : nodes) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("node id " + Check.quote(n.id()) + " appears twice");
            }
        }
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            if (!ids.contains(e.a())) {
                throw new IllegalArgumentException("edges[" + i + "].a = " + Check.quote(e.a()) + " is not a node id");
            }
            if (!ids.contains(e.b())) {
                throw new IllegalArgumentException("edges[" + i + "].b = " + Check.quote(e.b()) + " is not a node id");
            }
        }
    }

    /**
     * An actor.
     *
     * @param id    the actor id, e.g. "PAK" (gives the node its {@link Palette} colour)
     * @param label the text shown beside the node, e.g. "Pakistan"
     * @param size  a non-negative magnitude such as CINC, drawn as area (radius ~ sqrt(size)); NaN if
     *              unknown (smallest radius)
     * @param group the bloc, 0 or more, or -1 for none
     */
    public record Node(String id, String label, double size, int group) {
        public Node {
            Check.nonBlank(id, "node id");
            Check.text(label, "node " + Check.quote(id) + " label");
            if (size < 0 || size == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("node " + Check.quote(id) + " size = " + size
                        + " must be finite and non-negative (or NaN if unknown)");
            }
            if (group < -1) {
                throw new IllegalArgumentException("node " + Check.quote(id) + " group = " + group
                        + " must be -1 (none) or a bloc number >= 0");
            }
        }
    }

    /**
     * A tie between two actors.
     *
     * @param a        one node id
     * @param b        the other node id (not a)
     * @param sign     +1 alignment, -1 rivalry, 0 neutral
     * @param weight   a non-negative strength, drawn as line width
     * @param evidence the agreements or events behind the tie, shown on hover
     * @param basis    what the tie rests on: evidence of its own time, dataset evidence carried past the
     *                 dataset's end (drawn faded), or coded events alone (drawn hollow)
     */
    public record Edge(String a, String b, int sign, double weight, String evidence, TieBasis basis) {
        public Edge {
            Check.nonBlank(a, "edge a");
            Check.nonBlank(b, "edge b");
            if (a.equals(b)) {
                throw new IllegalArgumentException("edge a = b = " + Check.quote(a) + ": a tie needs two actors");
            }
            if (sign < -1 || sign > 1) {
                throw new IllegalArgumentException("edge " + a + "-" + b + " sign = " + sign + " must be -1, 0 or 1");
            }
            if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("edge " + a + "-" + b + " weight = " + weight
                        + " must be finite and non-negative");
            }
            Check.text(evidence, "edge " + a + "-" + b + " evidence");
            java.util.Objects.requireNonNull(basis, "edge " + a + "-" + b + " basis");
        }

        /** A tie resting on evidence of its own time. */
        public Edge(String a, String b, int sign, double weight, String evidence) {
            this(a, b, sign, weight, evidence, TieBasis.OWN_TIME);
        }

        /** Whether the tie rests on dataset evidence carried past the dataset's end. */
        public boolean carried() {
            return basis == TieBasis.CARRIED;
        }
    }

    /** What a tie rests on, each drawn its own way (the caption is the legend). */
    public enum TieBasis {
        /** Evidence of the tie's own time (observed or curated): drawn plain. */
        OWN_TIME,
        /** Dataset evidence carried past the dataset's end: drawn faded. */
        CARRIED,
        /** Coded events alone (GDELT, ICEWS), after the datasets end: drawn hollow. */
        EVENT_BASED
    }
}
