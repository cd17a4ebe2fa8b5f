package org.counterweight.report.export;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A signed, weighted, undirected graph as exported: actors as nodes, alignment ties as edges with a
 * sign (+1 alliance or partnership, -1 rivalry), a weight (the tie's strength, non-negative: the sign
 * carries the direction) and the evidence behind the tie. Built by the caller from the core's network;
 * this record only carries it to the file formats.
 *
 * @param nodes the nodes in output order, ids distinct
 * @param edges the edges in output order, each joining two nodes of {@code nodes}
 */
public record SignedGraph(List<Node> nodes, List<Edge> edges) {
    /** Node ids are XML name tokens (GraphML's {@code NMTOKEN}), e.g. ISO codes such as {@code PAK}. */
    static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:-]+");

    public SignedGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("duplicate node id: " + node.id());
            }
        }
        for (Edge edge : edges) {
            if (!ids.contains(edge.source()) || !ids.contains(edge.target())) {
                throw new IllegalArgumentException("edge " + edge.source() + "-" + edge.target()
                        + " names a node that is not in the graph");
            }
        }
    }

    /** Names the formats use for the nodes' own values; a node's further attributes may not take them. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("label", "cow", "bloc", "size", "r", "g", "b",
            "color", "x", "y");

    /**
     * An actor.
     *
     * @param id         a name token ({@code [\p{L}\p{N}._:-]+}), e.g. {@code IND}
     * @param label      the name shown in Gephi and yEd, e.g. {@code India}
     * @param cow        the state's Correlates of War code, or null (not a state, or none)
     * @param bloc       the bloc of the network's optimal two-bloc partition (0 or 1), or null for none;
     *                   it gives the node's colour
     * @param size       the node's size (e.g. its CINC), finite and non-negative, or null
     * @param attributes further values by name, in the given order: numbers, booleans or strings (a
     *                   null value is a gap); the names in {@link #RESERVED} are the formats' own
     */
    public record Node(String id, String label, Integer cow, Integer bloc, Double size, Map<String, Object> attributes) {
        public Node {
            Objects.requireNonNull(id, "id");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("node id must be a name token " + ID.pattern() + ": " + id);
            }
            Objects.requireNonNull(label, "label");
            if (bloc != null && bloc < 0) {
                throw new IllegalArgumentException("node " + id + ": bloc must be 0 or more, got " + bloc);
            }
            if (size != null && !(Double.isFinite(size) && size >= 0)) {
                throw new IllegalArgumentException("node " + id + ": size must be finite and non-negative, got " + size);
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : attributes.entrySet()) {
                String name = Objects.requireNonNull(e.getKey(), "attribute name");
                if (name.isBlank() || RESERVED.contains(name)) {
                    throw new IllegalArgumentException("node " + id + ": attribute name must be non-blank and none of "
                            + new java.util.TreeSet<>(RESERVED) + ": '" + name + "'");
                }
                copy.put(name, e.getValue());
            }
            attributes = Collections.unmodifiableMap(copy);
        }

        /** A node that is no state and in no bloc, with attributes. */
        public Node(String id, String label, Map<String, Object> attributes) {
            this(id, label, null, null, null, attributes);
        }

        /** A node with no attributes. */
        public Node(String id, String label) {
            this(id, label, Map.of());
        }
    }

    /**
     * A tie between two actors (undirected: source and target only name the ends).
     *
     * @param source   one end's node id
     * @param target   the other end's node id
     * @param sign     +1 (positive tie) or -1 (negative tie)
     * @param weight   the tie's strength, finite and non-negative
     * @param evidence the agreements or events behind the tie, or null
     * @param basis    what the tie rests on, e.g. {@code curated (case file)} or {@code carried forward from 2018
     *                 (...)}, or null
     */
    public record Edge(String source, String target, int sign, double weight, String evidence, String basis) {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            if (sign != 1 && sign != -1) {
                throw new IllegalArgumentException("edge " + source + "-" + target + ": sign must be +1 or -1, got " + sign);
            }
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("edge " + source + "-" + target
                        + ": weight must be finite and non-negative, got " + weight);
            }
        }

        /** A tie without a stated basis. */
        public Edge(String source, String target, int sign, double weight, String evidence) {
            this(source, target, sign, weight, evidence, null);
        }
    }
}
