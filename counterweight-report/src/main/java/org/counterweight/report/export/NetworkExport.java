package org.counterweight.report.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The signed network as GraphML and GEXF, one year or several, so that it opens in yEd and Gephi
 * with each state's COW code, its bloc's colour, a position and a size, instead of being laid out from
 * scratch.
 *
 * <p><b>GraphML 1.0</b> (Brandes, Eiglsperger, Lerner, <i>GraphML Primer</i>,
 * graphml.graphdrawing.org/primer/graphml-primer.html): namespace
 * {@code http://graphml.graphdrawing.org/xmlns}, every value declared by a {@code <key>} before the
 * graph ({@code attr.name}, {@code attr.type} one of {@code boolean int long double string}), one
 * {@code <graph edgedefault="undirected">}. Nodes carry {@code label}, {@code cow} (int), {@code bloc}
 * (int), {@code size} (double), {@code color} ({@code #rrggbb}), {@code r}, {@code g}, {@code b} (int),
 * {@code x}, {@code y} (double) and their further attributes; edges carry {@code sign} (int),
 * {@code weight} (double), {@code evidence} and {@code basis} (string), and over several years
 * {@code year} (int): a multi-year GraphML has one edge per tie and year, and its nodes, with the values
 * of the last year they are in, add {@code years} and {@code blocs} (each year's bloc, "2015:0 2016:1").
 * Gephi's GraphML importer reads the keys named {@code label}, {@code weight}, {@code r}, {@code g},
 * {@code b}, {@code x}, {@code y} and {@code size} as a node's label, colour, position and size and an
 * edge's weight; yEd maps any key with its Properties Mapper.
 *
 * <p><b>GEXF 1.3</b> (GEXF Working Group, gexf.net/1.3, schema gexf.net/1.3/gexf.xsd, visualisation
 * module gexf.net/1.3/viz): namespace {@code http://gexf.net/1.3}, node and edge attributes declared in
 * {@code <attributes class="node|edge">} with types {@code integer long double boolean string}; node
 * {@code label}, attributes {@code cow} and {@code bloc}, and {@code viz:color}, {@code viz:position},
 * {@code viz:size}; edge {@code weight} and attributes {@code sign} (integer), {@code evidence} and
 * {@code basis} (string). Over several years the graph is {@code mode="dynamic"} with integer years
 * ({@code timeformat="integer"}, closed intervals): each node and edge has the {@code spells} of the
 * years it is in, and the yearly values ({@code bloc}, the further attributes, {@code sign},
 * {@code strength}, {@code evidence}, {@code basis}) are attribute values with {@code start} and
 * {@code end}, equal consecutive years joined; Gephi's timeline plays it.
 *
 * <p>Colours: bloc 0 {@value #BLOC_0}, bloc 1 {@value #BLOC_1} (Okabe and Ito's blue and vermillion,
 * distinguishable with the common colour-vision deficiencies), no bloc {@value #NO_BLOC}. Positions:
 * a circle of radius {@value #RADIUS}, the nodes ordered by bloc and then id, the first bloc centred on
 * the left, as the report draws the network (over several years, by each node's last bloc). Sizes:
 * 5 to 50, by the square root of the node's size (its CINC) against the largest.
 *
 * <p>An attribute's type is inferred from its values across all nodes: all {@code Integer} (or
 * Short/Byte) gives int, integers with a {@code Long} give long, numbers with a floating or decimal
 * value give double, all {@code Boolean} give boolean, anything else (or a mix) gives string. A null
 * or non-finite value is left out (a gap, not 0). Output is UTF-8, deterministic, and escapes
 * {@code & < > " '} and characters XML 1.0 cannot hold (those are dropped: they cannot appear in an
 * XML document at all).
 */
public final class NetworkExport {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";
    private static final String VIZ_NS = "http://gexf.net/1.3/viz";
    static final String BLOC_0 = "#0072B2";
    static final String BLOC_1 = "#D55E00";
    static final String NO_BLOC = "#999999";
    static final double RADIUS = 300;

    private NetworkExport() {
    }

    /** GraphML 1.0 text of one year's graph. */
    public static String graphml(SignedGraph graph) {
        return graphml(new DynamicGraph(List.of(new DynamicGraph.Year(0, graph))), false);
    }

    /** GraphML 1.0 text of several years: one edge per tie and year, nodes as in their last year. */
    public static String graphml(DynamicGraph graph) {
        return graphml(graph, true);
    }

    private static String graphml(DynamicGraph dynamic, boolean yearly) {
        Merged merged = Merged.of(dynamic);
        Map<String, AttributeType> types = attributeTypes(merged.last().values());
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<graphml xmlns=\"").append(GRAPHML_NS).append("\"\n");
        b.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        b.append("    xsi:schemaLocation=\"").append(GRAPHML_NS).append(' ').append(GRAPHML_NS)
                .append("/1.0/graphml.xsd\">\n");
        for (String[] key : new String[][] {{"label", "string"}, {"cow", "int"}, {"bloc", "int"}, {"size", "double"},
                {"color", "string"}, {"r", "int"}, {"g", "int"}, {"b", "int"}, {"x", "double"}, {"y", "double"}}) {
            b.append("  <key id=\"").append(key[0]).append("\" for=\"node\" attr.name=\"").append(key[0])
                    .append("\" attr.type=\"").append(key[1]).append("\"/>\n");
        }
        if (yearly) {
            b.append("  <key id=\"years\" for=\"node\" attr.name=\"years\" attr.type=\"string\"/>\n");
            b.append("  <key id=\"blocs\" for=\"node\" attr.name=\"blocs\" attr.type=\"string\"/>\n");
        }
        Map<String, String> nodeKeys = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<String, AttributeType> e : types.entrySet()) {
            String key = "n" + k++;
            nodeKeys.put(e.getKey(), key);
            b.append("  <key id=\"").append(key).append("\" for=\"node\" attr.name=\"").append(Xml.escape(e.getKey()))
                    .append("\" attr.type=\"").append(e.getValue().graphml).append("\"/>\n");
        }
        b.append("  <key id=\"sign\" for=\"edge\" attr.name=\"sign\" attr.type=\"int\"/>\n");
        b.append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
        b.append("  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"basis\" for=\"edge\" attr.name=\"basis\" attr.type=\"string\"/>\n");
        if (yearly) {
            b.append("  <key id=\"year\" for=\"edge\" attr.name=\"year\" attr.type=\"int\"/>\n");
        }
        b.append("  <graph id=\"G\" edgedefault=\"undirected\">\n");
        Layout layout = Layout.of(merged);
        for (SignedGraph.Node node : merged.last().values()) {
            b.append("    <node id=\"").append(Xml.escape(node.id())).append("\">\n");
            data(b, "label", node.label());
            data(b, "cow", node.cow());
            data(b, "bloc", node.bloc());
            data(b, "size", layout.size(node));
            String colour = colour(node.bloc());
            data(b, "color", colour);
            data(b, "r", Integer.parseInt(colour.substring(1, 3), 16));
            data(b, "g", Integer.parseInt(colour.substring(3, 5), 16));
            data(b, "b", Integer.parseInt(colour.substring(5, 7), 16));
            data(b, "x", layout.x(node.id()));
            data(b, "y", layout.y(node.id()));
            if (yearly) {
                data(b, "years", spans(merged.nodeYears().get(node.id())));
                data(b, "blocs", merged.blocs(node.id()));
            }
            for (Map.Entry<String, Object> e : node.attributes().entrySet()) {
                data(b, nodeKeys.get(e.getKey()), e.getValue());
            }
            b.append("    </node>\n");
        }
        int id = 0;
        for (DynamicGraph.Year year : dynamic.years()) {
            for (SignedGraph.Edge edge : year.graph().edges()) {
                b.append("    <edge id=\"e").append(id++).append("\" source=\"").append(Xml.escape(edge.source()))
                        .append("\" target=\"").append(Xml.escape(edge.target())).append("\">\n");
                data(b, "sign", edge.sign());
                data(b, "weight", edge.weight());
                data(b, "evidence", edge.evidence());
                data(b, "basis", edge.basis());
                if (yearly) {
                    data(b, "year", year.year());
                }
                b.append("    </edge>\n");
            }
        }
        b.append("  </graph>\n</graphml>\n");
        return b.toString();
    }

    private static void data(StringBuilder b, String key, Object value) {
        String text = valueText(value);
        if (text != null) {
            b.append("      <data key=\"").append(key).append("\">").append(Xml.escape(text)).append("</data>\n");
        }
    }

    /** GEXF 1.3 text of one year's graph (static mode). */
    public static String gexf(SignedGraph graph) {
        return gexf(new DynamicGraph(List.of(new DynamicGraph.Year(0, graph))), false);
    }

    /** GEXF 1.3 text of several years (dynamic mode, integer years). */
    public static String gexf(DynamicGraph graph) {
        return gexf(graph, true);
    }

    private static String gexf(DynamicGraph dynamic, boolean yearly) {
        Merged merged = Merged.of(dynamic);
        Map<String, AttributeType> types = attributeTypes(merged.last().values());
        Layout layout = Layout.of(merged);
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<gexf xmlns=\"").append(GEXF_NS).append("\"\n");
        b.append("    xmlns:viz=\"").append(VIZ_NS).append("\"\n");
        b.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        b.append("    xsi:schemaLocation=\"").append(GEXF_NS).append(' ').append(GEXF_NS).append("/gexf.xsd\"\n");
        b.append("    version=\"1.3\">\n");
        b.append("  <meta>\n    <creator>Counterweight</creator>\n");
        b.append("    <description>Signed alignment network: sign +1 positive tie, -1 negative tie; weight is the tie's"
                + " strength; node colour is the bloc of the optimal two-bloc partition").append(yearly
                        ? ", of each node's last year; the bloc attribute holds every year's" : "")
                .append("</description>\n  </meta>\n");
        b.append("  <graph defaultedgetype=\"undirected\" ").append(yearly ? "mode=\"dynamic\" timeformat=\"integer\""
                + " timerepresentation=\"interval\"" : "mode=\"static\"").append(">\n");
        String mode = yearly ? " mode=\"dynamic\"" : "";
        b.append("    <attributes class=\"node\"").append(mode).append(">\n");
        b.append("      <attribute id=\"cow\" title=\"cow\" type=\"integer\"/>\n");
        b.append("      <attribute id=\"bloc\" title=\"bloc\" type=\"integer\"/>\n");
        Map<String, String> nodeKeys = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<String, AttributeType> e : types.entrySet()) {
            String key = "n" + k++;
            nodeKeys.put(e.getKey(), key);
            b.append("      <attribute id=\"").append(key).append("\" title=\"").append(Xml.escape(e.getKey()))
                    .append("\" type=\"").append(e.getValue().gexf).append("\"/>\n");
        }
        b.append("    </attributes>\n");
        b.append("    <attributes class=\"edge\"").append(mode).append(">\n");
        b.append("      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n");
        if (yearly) {
            b.append("      <attribute id=\"strength\" title=\"strength\" type=\"double\"/>\n");
        }
        b.append("      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n");
        b.append("      <attribute id=\"basis\" title=\"basis\" type=\"string\"/>\n");
        b.append("    </attributes>\n");
        b.append("    <nodes>\n");
        for (SignedGraph.Node node : merged.last().values()) {
            b.append("      <node id=\"").append(Xml.escape(node.id())).append("\" label=\"")
                    .append(Xml.escape(node.label())).append("\">\n");
            StringBuilder values = new StringBuilder();
            attvalue(values, "cow", node.cow(), null);
            if (yearly) {
                for (Run run : Run.of(merged.nodeValues(node.id(), n -> n.bloc()))) {
                    attvalue(values, "bloc", run.value(), run);
                }
                for (Map.Entry<String, String> e : nodeKeys.entrySet()) {
                    for (Run run : Run.of(merged.nodeValues(node.id(), n -> n.attributes().get(e.getKey())))) {
                        attvalue(values, e.getValue(), run.value(), run);
                    }
                }
            } else {
                attvalue(values, "bloc", node.bloc(), null);
                for (Map.Entry<String, Object> e : node.attributes().entrySet()) {
                    attvalue(values, nodeKeys.get(e.getKey()), e.getValue(), null);
                }
            }
            if (values.length() > 0) {
                b.append("        <attvalues>\n").append(values).append("        </attvalues>\n");
            }
            if (yearly) {
                spells(b, merged.nodeYears().get(node.id()), "        ");
            }
            String colour = colour(node.bloc());
            b.append("        <viz:color r=\"").append(Integer.parseInt(colour.substring(1, 3), 16)).append("\" g=\"")
                    .append(Integer.parseInt(colour.substring(3, 5), 16)).append("\" b=\"")
                    .append(Integer.parseInt(colour.substring(5, 7), 16)).append("\"/>\n");
            b.append("        <viz:position x=\"").append(Numbers.shortest(layout.x(node.id()))).append("\" y=\"")
                    .append(Numbers.shortest(layout.y(node.id()))).append("\" z=\"0\"/>\n");
            b.append("        <viz:size value=\"").append(Numbers.shortest(layout.size(node))).append("\"/>\n");
            b.append("      </node>\n");
        }
        b.append("    </nodes>\n    <edges>\n");
        int id = 0;
        for (Map.Entry<String, TreeMap<Integer, SignedGraph.Edge>> pair : merged.edges().entrySet()) {
            TreeMap<Integer, SignedGraph.Edge> years = pair.getValue();
            SignedGraph.Edge last = years.lastEntry().getValue();
            b.append("      <edge id=\"e").append(id++).append("\" source=\"").append(Xml.escape(last.source()))
                    .append("\" target=\"").append(Xml.escape(last.target())).append("\" weight=\"")
                    .append(Numbers.shortest(last.weight())).append("\">\n");
            b.append("        <attvalues>\n");
            if (yearly) {
                for (Run run : Run.of(values(years, SignedGraph.Edge::sign))) {
                    attvalue(b, "sign", run.value(), run);
                }
                for (Run run : Run.of(values(years, SignedGraph.Edge::weight))) {
                    attvalue(b, "strength", run.value(), run);
                }
                for (Run run : Run.of(values(years, SignedGraph.Edge::evidence))) {
                    attvalue(b, "evidence", run.value(), run);
                }
                for (Run run : Run.of(values(years, SignedGraph.Edge::basis))) {
                    attvalue(b, "basis", run.value(), run);
                }
            } else {
                attvalue(b, "sign", last.sign(), null);
                attvalue(b, "evidence", last.evidence(), null);
                attvalue(b, "basis", last.basis(), null);
            }
            b.append("        </attvalues>\n");
            if (yearly) {
                spells(b, new ArrayList<>(years.keySet()), "        ");
            }
            b.append("      </edge>\n");
        }
        b.append("    </edges>\n  </graph>\n</gexf>\n");
        return b.toString();
    }

    private static void attvalue(StringBuilder b, String key, Object value, Run run) {
        String text = valueText(value);
        if (text == null) {
            return;
        }
        b.append("          <attvalue for=\"").append(key).append("\" value=\"").append(Xml.escape(text)).append('"');
        if (run != null) {
            b.append(" start=\"").append(run.first()).append("\" end=\"").append(run.last()).append('"');
        }
        b.append("/>\n");
    }

    private static void spells(StringBuilder b, List<Integer> years, String indent) {
        b.append(indent).append("<spells>\n");
        for (int[] span : consecutive(years)) {
            b.append(indent).append("  <spell start=\"").append(span[0]).append("\" end=\"").append(span[1])
                    .append("\"/>\n");
        }
        b.append(indent).append("</spells>\n");
    }

    /** Runs of consecutive years, as {first, last}. */
    private static List<int[]> consecutive(List<Integer> years) {
        List<int[]> runs = new ArrayList<>();
        for (int year : years) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == year - 1) {
                runs.get(runs.size() - 1)[1] = year;
            } else {
                runs.add(new int[] {year, year});
            }
        }
        return runs;
    }

    /** The years as text: "2000-2005,2008". */
    private static String spans(List<Integer> years) {
        return String.join(",", consecutive(years).stream().map(r -> r[0] == r[1] ? String.valueOf(r[0])
                : r[0] + "-" + r[1]).toList());
    }

    private static <T> TreeMap<Integer, Object> values(TreeMap<Integer, T> years, java.util.function.Function<T, Object> f) {
        TreeMap<Integer, Object> values = new TreeMap<>();
        years.forEach((year, item) -> values.put(year, f.apply(item)));
        return values;
    }

    /** Writes {@link #graphml(SignedGraph)} to {@code file} in UTF-8, replacing it. */
    public static void writeGraphml(SignedGraph graph, Path file) {
        ExportFiles.write(file, graphml(graph));
    }

    /** Writes {@link #gexf(SignedGraph)} to {@code file} in UTF-8, replacing it. */
    public static void writeGexf(SignedGraph graph, Path file) {
        ExportFiles.write(file, gexf(graph));
    }

    /**
     * Writes the graph to {@code file} by its extension, {@code .gexf} or {@code .graphml}: one year as a
     * static graph, several as a dynamic GEXF or a yearly GraphML.
     *
     * @throws IllegalArgumentException for another extension
     */
    public static void write(DynamicGraph graph, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean yearly = graph.years().size() > 1;
        SignedGraph only = graph.years().get(0).graph();
        if (name.endsWith(".gexf")) {
            ExportFiles.write(file, yearly ? gexf(graph) : gexf(only));
        } else if (name.endsWith(".graphml")) {
            ExportFiles.write(file, yearly ? graphml(graph) : graphml(only));
        } else {
            throw new IllegalArgumentException("a network is written as .gexf or .graphml, got " + file.getFileName());
        }
    }

    /** The colour of a bloc, {@code #rrggbb}. */
    static String colour(Integer bloc) {
        if (bloc == null) {
            return NO_BLOC;
        }
        return bloc == 0 ? BLOC_0 : bloc == 1 ? BLOC_1 : NO_BLOC;
    }

    /** A value over a run of consecutive years. */
    private record Run(int first, int last, Object value) {
        /** Equal consecutive years joined; years without a value left out. */
        static List<Run> of(TreeMap<Integer, Object> values) {
            List<Run> runs = new ArrayList<>();
            for (Map.Entry<Integer, Object> e : values.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                Run previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (previous != null && previous.last() == e.getKey() - 1 && Objects.equals(previous.value(),
                        e.getValue())) {
                    runs.set(runs.size() - 1, new Run(previous.first(), e.getKey(), previous.value()));
                } else {
                    runs.add(new Run(e.getKey(), e.getKey(), e.getValue()));
                }
            }
            return runs;
        }
    }

    /**
     * The years merged: each node as in the last year it is in, in first-seen order; the years of each
     * node; each tie (an unordered pair) by year.
     */
    private record Merged(DynamicGraph graph, LinkedHashMap<String, SignedGraph.Node> last,
            Map<String, List<Integer>> nodeYears, Map<String, TreeMap<Integer, SignedGraph.Edge>> edges) {
        static Merged of(DynamicGraph graph) {
            LinkedHashMap<String, SignedGraph.Node> last = new LinkedHashMap<>();
            Map<String, List<Integer>> nodeYears = new LinkedHashMap<>();
            Map<String, TreeMap<Integer, SignedGraph.Edge>> edges = new LinkedHashMap<>();
            for (DynamicGraph.Year year : graph.years()) {
                for (SignedGraph.Node node : year.graph().nodes()) {
                    last.put(node.id(), node);
                    nodeYears.computeIfAbsent(node.id(), id -> new ArrayList<>()).add(year.year());
                }
                for (SignedGraph.Edge edge : year.graph().edges()) {
                    String pair = edge.source().compareTo(edge.target()) < 0 ? edge.source() + "\u0000" + edge.target()
                            : edge.target() + "\u0000" + edge.source();
                    edges.computeIfAbsent(pair, p -> new TreeMap<>()).put(year.year(), edge);
                }
            }
            return new Merged(graph, last, nodeYears, edges);
        }

        /** A node's value in each year it is in. */
        TreeMap<Integer, Object> nodeValues(String id, java.util.function.Function<SignedGraph.Node, Object> f) {
            TreeMap<Integer, Object> values = new TreeMap<>();
            for (DynamicGraph.Year year : graph.years()) {
                year.graph().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                        .ifPresent(n -> values.put(year.year(), f.apply(n)));
            }
            return values;
        }

        /** Each year's bloc of a node: "2015:0 2016:1", "-" for none. */
        String blocs(String id) {
            List<String> parts = new ArrayList<>();
            nodeValues(id, SignedGraph.Node::bloc).forEach((year, bloc) -> parts.add(year + ":" + (bloc == null ? "-"
                    : bloc)));
            return String.join(" ", parts);
        }
    }

    /** Positions on a circle by bloc, and sizes by the square root of the node's size. */
    private record Layout(Map<String, double[]> positions, double largest) {
        static Layout of(Merged merged) {
            List<SignedGraph.Node> nodes = new ArrayList<>(merged.last().values());
            nodes.sort(Comparator.comparing((SignedGraph.Node n) -> n.bloc() == null ? Integer.MAX_VALUE : n.bloc())
                    .thenComparing(SignedGraph.Node::id));
            int n = nodes.size();
            long first = nodes.isEmpty() ? 0 : nodes.stream().filter(x -> Objects.equals(x.bloc(), nodes.get(0).bloc()))
                    .count();
            Map<String, double[]> positions = new LinkedHashMap<>();
            double step = n == 0 ? 0 : 2 * Math.PI / n;
            for (int i = 0; i < n; i++) {
                double angle = Math.PI + step * (i - (first - 1) / 2.0);
                double r = n == 1 ? 0 : RADIUS;
                positions.put(nodes.get(i).id(), new double[] {round(r * Math.cos(angle)), round(r * Math.sin(angle))});
            }
            double largest = nodes.stream().map(SignedGraph.Node::size).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).max().orElse(0);
            return new Layout(positions, largest);
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }

        double x(String id) {
            return positions.get(id)[0];
        }

        double y(String id) {
            return positions.get(id)[1];
        }

        /** 5 to 50 by the square root of the node's size against the largest; 10 without one. */
        double size(SignedGraph.Node node) {
            if (node.size() == null || largest <= 0) {
                return 10;
            }
            return Math.round((5 + 45 * Math.sqrt(node.size() / largest)) * 100) / 100.0;
        }
    }

    /** An attribute's declared type in each format. */
    enum AttributeType {
        INT("int", "integer"), LONG("long", "long"), DOUBLE("double", "double"), BOOLEAN("boolean", "boolean"),
        STRING("string", "string");

        final String graphml;
        final String gexf;

        AttributeType(String graphml, String gexf) {
            this.graphml = graphml;
            this.gexf = gexf;
        }

        static AttributeType of(Object value) {
            if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return INT;
            }
            if (value instanceof Long || value instanceof BigInteger) {
                return LONG;
            }
            if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
                return DOUBLE;
            }
            if (value instanceof Boolean) {
                return BOOLEAN;
            }
            return STRING;
        }

        AttributeType join(AttributeType other) {
            if (this == other) {
                return this;
            }
            boolean numeric = this != BOOLEAN && this != STRING && other != BOOLEAN && other != STRING;
            if (!numeric) {
                return STRING;
            }
            return this == DOUBLE || other == DOUBLE ? DOUBLE : LONG;
        }
    }

    /** Node attribute names in first-seen order with the type that holds all their values. */
    static Map<String, AttributeType> attributeTypes(SignedGraph graph) {
        return attributeTypes(graph.nodes());
    }

    private static Map<String, AttributeType> attributeTypes(java.util.Collection<SignedGraph.Node> nodes) {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        for (SignedGraph.Node node : nodes) {
            for (Map.Entry<String, Object> e : node.attributes().entrySet()) {
                AttributeType t = e.getValue() == null ? null : AttributeType.of(e.getValue());
                if (!types.containsKey(e.getKey())) {
                    types.put(e.getKey(), t);
                } else if (t != null) {
                    AttributeType seen = types.get(e.getKey());
                    types.put(e.getKey(), seen == null ? t : seen.join(t));
                }
            }
        }
        types.replaceAll((name, t) -> t == null ? AttributeType.STRING : t);
        return types;
    }

    private static String valueText(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? Numbers.format(n) : value.toString();
    }
}
