package org.counterweight.report.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed network as GraphML and GEXF, the files written beside the report so the network opens in
 * yEd and Gephi.
 *
 * <p><b>GraphML 1.0</b> (Brandes, Eiglsperger, Lerner, <i>GraphML Primer</i>,
 * graphml.graphdrawing.org/primer/graphml-primer.html): namespace
 * {@code http://graphml.graphdrawing.org/xmlns}, every value declared by a {@code <key>} before the
 * graph ({@code attr.name}, {@code attr.type} one of {@code boolean int long double string}), one
 * {@code <graph edgedefault="undirected">}. Nodes carry {@code label} and their attributes; edges carry
 * {@code sign} (int), {@code weight} (double), {@code evidence} and {@code basis} (string). Gephi's
 * GraphML importer reads the keys named {@code label} and {@code weight} as node label and edge weight; yEd can map
 * {@code label} to its labels with its Properties Mapper.
 *
 * <p><b>GEXF 1.3</b> (GEXF Working Group, gexf.net/1.3, schema gexf.net/1.3/gexf.xsd): namespace
 * {@code http://gexf.net/1.3}, {@code <graph defaultedgetype="undirected" mode="static">}, node and
 * edge attributes declared in {@code <attributes class="node|edge">} with types {@code integer long
 * double boolean string}, node {@code label}, edge {@code weight}, and edge attributes {@code sign}
 * (integer), {@code evidence} and {@code basis} (string) as {@code <attvalues>}.
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

    private NetworkExport() {
    }

    /** GraphML 1.0 text of the graph. */
    public static String graphml(SignedGraph graph) {
        Map<String, AttributeType> types = attributeTypes(graph);
        Map<String, String> nodeKeys = new LinkedHashMap<>();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<graphml xmlns=\"").append(GRAPHML_NS).append("\"\n");
        b.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        b.append("    xsi:schemaLocation=\"").append(GRAPHML_NS).append(' ').append(GRAPHML_NS)
                .append("/1.0/graphml.xsd\">\n");
        b.append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
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
        b.append("  <graph id=\"G\" edgedefault=\"undirected\">\n");
        for (SignedGraph.Node node : graph.nodes()) {
            b.append("    <node id=\"").append(Xml.escape(node.id())).append("\">\n");
            b.append("      <data key=\"label\">").append(Xml.escape(node.label())).append("</data>\n");
            for (Map.Entry<String, Object> e : node.attributes().entrySet()) {
                String text = valueText(e.getValue());
                if (text != null) {
                    b.append("      <data key=\"").append(nodeKeys.get(e.getKey())).append("\">").append(Xml.escape(text))
                            .append("</data>\n");
                }
            }
            b.append("    </node>\n");
        }
        int id = 0;
        for (SignedGraph.Edge edge : graph.edges()) {
            b.append("    <edge id=\"e").append(id++).append("\" source=\"").append(Xml.escape(edge.source()))
                    .append("\" target=\"").append(Xml.escape(edge.target())).append("\">\n");
            b.append("      <data key=\"sign\">").append(edge.sign()).append("</data>\n");
            b.append("      <data key=\"weight\">").append(Numbers.shortest(edge.weight())).append("</data>\n");
            if (edge.evidence() != null) {
                b.append("      <data key=\"evidence\">").append(Xml.escape(edge.evidence())).append("</data>\n");
            }
            if (edge.basis() != null) {
                b.append("      <data key=\"basis\">").append(Xml.escape(edge.basis())).append("</data>\n");
            }
            b.append("    </edge>\n");
        }
        b.append("  </graph>\n</graphml>\n");
        return b.toString();
    }

    /** GEXF 1.3 text of the graph. */
    public static String gexf(SignedGraph graph) {
        Map<String, AttributeType> types = attributeTypes(graph);
        Map<String, String> nodeKeys = new LinkedHashMap<>();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<gexf xmlns=\"").append(GEXF_NS).append("\"\n");
        b.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        b.append("    xsi:schemaLocation=\"").append(GEXF_NS).append(' ').append(GEXF_NS).append("/gexf.xsd\"\n");
        b.append("    version=\"1.3\">\n");
        b.append("  <meta>\n    <creator>Counterweight</creator>\n");
        b.append("    <description>Signed alignment network: sign +1 positive tie, -1 negative tie; weight is the tie's"
                + " strength</description>\n  </meta>\n");
        b.append("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n");
        if (!types.isEmpty()) {
            b.append("    <attributes class=\"node\">\n");
            int k = 0;
            for (Map.Entry<String, AttributeType> e : types.entrySet()) {
                String key = "n" + k++;
                nodeKeys.put(e.getKey(), key);
                b.append("      <attribute id=\"").append(key).append("\" title=\"").append(Xml.escape(e.getKey()))
                        .append("\" type=\"").append(e.getValue().gexf).append("\"/>\n");
            }
            b.append("    </attributes>\n");
        }
        b.append("    <attributes class=\"edge\">\n");
        b.append("      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n");
        b.append("      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n");
        b.append("      <attribute id=\"basis\" title=\"basis\" type=\"string\"/>\n");
        b.append("    </attributes>\n");
        b.append("    <nodes>\n");
        for (SignedGraph.Node node : graph.nodes()) {
            b.append("      <node id=\"").append(Xml.escape(node.id())).append("\" label=\"").append(Xml.escape(node.label()))
                    .append('"');
            StringBuilder values = new StringBuilder();
            for (Map.Entry<String, Object> e : node.attributes().entrySet()) {
                String text = valueText(e.getValue());
                if (text != null) {
                    values.append("          <attvalue for=\"").append(nodeKeys.get(e.getKey())).append("\" value=\"")
                            .append(Xml.escape(text)).append("\"/>\n");
                }
            }
            if (values.length() == 0) {
                b.append("/>\n");
            } else {
                b.append(">\n        <attvalues>\n").append(values).append("        </attvalues>\n      </node>\n");
            }
        }
        b.append("    </nodes>\n    <edges>\n");
        int id = 0;
        for (SignedGraph.Edge edge : graph.edges()) {
            b.append("      <edge id=\"e").append(id++).append("\" source=\"").append(Xml.escape(edge.source()))
                    .append("\" target=\"").append(Xml.escape(edge.target())).append("\" weight=\"")
                    .append(Numbers.shortest(edge.weight())).append("\">\n");
            b.append("        <attvalues>\n");
            b.append("          <attvalue for=\"sign\" value=\"").append(edge.sign()).append("\"/>\n");
            if (edge.evidence() != null) {
                b.append("          <attvalue for=\"evidence\" value=\"").append(Xml.escape(edge.evidence())).append("\"/>\n");
            }
            if (edge.basis() != null) {
                b.append("          <attvalue for=\"basis\" value=\"").append(Xml.escape(edge.basis()))
                        .append("\"/>\n");
            }
            b.append("        </attvalues>\n      </edge>\n");
        }
        b.append("    </edges>\n  </graph>\n</gexf>\n");
        return b.toString();
    }

    /** Writes {@link #graphml(SignedGraph)} to {@code file} in UTF-8, replacing it. */
    public static void writeGraphml(SignedGraph graph, Path file) {
        ExportFiles.write(file, graphml(graph));
    }

    /** Writes {@link #gexf(SignedGraph)} to {@code file} in UTF-8, replacing it. */
    public static void writeGexf(SignedGraph graph, Path file) {
        ExportFiles.write(file, gexf(graph));
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
        Map<String, AttributeType> types = new LinkedHashMap<>();
        for (SignedGraph.Node node : graph.nodes()) {
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
