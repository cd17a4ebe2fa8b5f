package org.counterweight.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkExportTest {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF = "http://gexf.net/1.3";
    private static final String VIZ = "http://gexf.net/1.3/viz";
    private static final String NASTY = "A&B <C> \"D\" 'E'\ttab\nline";

    private static SignedGraph southAsia() {
        Map<String, Object> ind = new LinkedHashMap<>();
        ind.put("cinc", 0.0836);
        ind.put("nuclear", true);
        ind.put("alignment", "non-aligned");
        ind.put("founded", 1947);
        Map<String, Object> pak = new LinkedHashMap<>();
        pak.put("cinc", 0.0102);
        pak.put("nuclear", true);
        pak.put("alignment", null);
        pak.put("founded", 1947L);
        Map<String, Object> chn = new LinkedHashMap<>();
        chn.put("cinc", Double.NaN);
        chn.put("nuclear", true);
        chn.put("alignment", 3);
        chn.put("founded", 1949);
        return new SignedGraph(
                List.of(new SignedGraph.Node("IND", "India", 750, 0, 0.0836, ind),
                        new SignedGraph.Node("PAK", "Pakistan", 770, 1, 0.0102, pak),
                        new SignedGraph.Node("CHN", "China", 710, null, null, chn), new SignedGraph.Node("X_1", NASTY)),
                List.of(new SignedGraph.Edge("IND", "PAK", -1, 1.0, "Kargil 1999; Pulwama & Balakot 2019"),
                        new SignedGraph.Edge("CHN", "PAK", 1, 0.75, NASTY, "carried forward from 2018 (ATOP)"),
                        new SignedGraph.Edge("CHN", "IND", -1, 0.5, null)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    /** A GraphML element's data as attr.name to text, through the key declarations. */
    private static Map<String, String> data(Element owner, Map<String, String> keyNames) {
        Map<String, String> values = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            values.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
        }
        return values;
    }

    @Test
    void graphmlDeclaresEveryKeyAndRoundTrips() throws Exception {
        Document doc = parse(NetworkExport.graphml(southAsia()));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML);
        assertThat(root.getLocalName()).isEqualTo("graphml");

        Map<String, String> keyNames = new HashMap<>();
        Map<String, String> keyTypes = new HashMap<>();
        for (Element key : elements(doc, GRAPHML, "key")) {
            assertThat(keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"))).isNull();
            keyTypes.put(key.getAttribute("for") + ":" + key.getAttribute("attr.name"), key.getAttribute("attr.type"));
        }
        assertThat(keyTypes).containsOnly(Map.entry("node:label", "string"), Map.entry("node:cow", "int"),
                Map.entry("node:bloc", "int"), Map.entry("node:size", "double"), Map.entry("node:color", "string"),
                Map.entry("node:r", "int"), Map.entry("node:g", "int"), Map.entry("node:b", "int"),
                Map.entry("node:x", "double"), Map.entry("node:y", "double"), Map.entry("node:cinc", "double"),
                Map.entry("node:nuclear", "boolean"), Map.entry("node:alignment", "string"),
                Map.entry("node:founded", "long"), Map.entry("edge:sign", "int"), Map.entry("edge:weight", "double"),
                Map.entry("edge:evidence", "string"), Map.entry("edge:basis", "string"));
        // keys come before the graph, as the schema requires
        Element graph = elements(doc, GRAPHML, "graph").get(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
        assertThat(root.getLastChild().getPreviousSibling()).isSameAs(graph);

        List<Element> nodes = elements(doc, GRAPHML, "node");
        List<Element> edges = elements(doc, GRAPHML, "edge");
        assertThat(nodes).hasSize(4);
        assertThat(edges).hasSize(3);
        assertThat(nodes.get(0).getAttribute("id")).isEqualTo("IND");
        // bloc 0 blue (Okabe-Ito #0072B2), the largest node size 50, the first bloc centred on the left
        assertThat(data(nodes.get(0), keyNames)).containsOnly(Map.entry("label", "India"), Map.entry("cow", "750"),
                Map.entry("bloc", "0"), Map.entry("size", "50"), Map.entry("color", "#0072B2"), Map.entry("r", "0"),
                Map.entry("g", "114"), Map.entry("b", "178"), Map.entry("x", "-300"), Map.entry("y", "0"),
                Map.entry("cinc", "0.0836"), Map.entry("nuclear", "true"), Map.entry("alignment", "non-aligned"),
                Map.entry("founded", "1947"));
        assertThat(data(nodes.get(1), keyNames)).doesNotContainKey("alignment").containsEntry("color", "#D55E00")
                .containsEntry("cow", "770").containsEntry("x", "0").containsEntry("y", "-300");
        assertThat(data(nodes.get(2), keyNames)).doesNotContainKey("cinc").doesNotContainKey("bloc")
                .containsEntry("alignment", "3").containsEntry("color", "#999999").containsEntry("size", "10");
        assertThat(data(nodes.get(3), keyNames)).containsOnlyKeys("label", "size", "color", "r", "g", "b", "x", "y")
                .containsEntry("label", NASTY);

        assertThat(edges.get(0).getAttribute("source")).isEqualTo("IND");
        assertThat(edges.get(0).getAttribute("target")).isEqualTo("PAK");
        assertThat(data(edges.get(0), keyNames)).containsOnly(Map.entry("sign", "-1"), Map.entry("weight", "1"),
                Map.entry("evidence", "Kargil 1999; Pulwama & Balakot 2019"));
        assertThat(data(edges.get(1), keyNames)).containsEntry("evidence", NASTY).containsEntry("sign", "1")
                .containsEntry("weight", "0.75").containsEntry("basis", "carried forward from 2018 (ATOP)");
        assertThat(data(edges.get(2), keyNames)).doesNotContainKey("evidence").doesNotContainKey("basis");
    }

    @Test
    void gexfDeclaresAttributesAndRoundTrips() throws Exception {
        Document doc = parse(NetworkExport.gexf(southAsia()));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(GEXF);
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element graph = elements(doc, GEXF, "graph").get(0);
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("undirected");

        Map<String, String> titles = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        for (Element declared : elements(doc, GEXF, "attributes")) {
            String cls = declared.getAttribute("class");
            NodeList list = declared.getElementsByTagNameNS(GEXF, "attribute");
            for (int i = 0; i < list.getLength(); i++) {
                Element a = (Element) list.item(i);
                titles.put(a.getAttribute("id"), a.getAttribute("title"));
                types.put(cls + ":" + a.getAttribute("title"), a.getAttribute("type"));
            }
        }
        assertThat(types).containsOnly(Map.entry("node:cow", "integer"), Map.entry("node:bloc", "integer"),
                Map.entry("node:cinc", "double"), Map.entry("node:nuclear", "boolean"),
                Map.entry("node:alignment", "string"), Map.entry("node:founded", "long"),
                Map.entry("edge:sign", "integer"), Map.entry("edge:evidence", "string"),
                Map.entry("edge:basis", "string"));

        List<Element> nodes = elements(doc, GEXF, "node");
        List<Element> edges = elements(doc, GEXF, "edge");
        assertThat(nodes).hasSize(4);
        assertThat(edges).hasSize(3);
        assertThat(nodes.get(3).getAttribute("label")).isEqualTo(NASTY);
        assertThat(attvalues(nodes.get(0), titles)).containsOnly(Map.entry("cow", "750"), Map.entry("bloc", "0"),
                Map.entry("cinc", "0.0836"), Map.entry("nuclear", "true"), Map.entry("alignment", "non-aligned"),
                Map.entry("founded", "1947"));
        assertThat(attvalues(nodes.get(2), titles)).doesNotContainKey("cinc");
        Element colour = (Element) nodes.get(1).getElementsByTagNameNS(VIZ, "color").item(0);
        assertThat(List.of(colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")))
                .containsExactly("213", "94", "0");
        Element position = (Element) nodes.get(0).getElementsByTagNameNS(VIZ, "position").item(0);
        assertThat(position.getAttribute("x")).isEqualTo("-300");
        assertThat(((Element) nodes.get(1).getElementsByTagNameNS(VIZ, "size").item(0)).getAttribute("value"))
                .as("5 + 45 sqrt(0.0102 / 0.0836)").isEqualTo("20.72");
        assertThat(edges.get(1).getAttribute("weight")).isEqualTo("0.75");
        assertThat(attvalues(edges.get(1), titles)).containsOnly(Map.entry("sign", "1"), Map.entry("evidence", NASTY),
                Map.entry("basis", "carried forward from 2018 (ATOP)"));
        assertThat(attvalues(edges.get(2), titles)).containsOnly(Map.entry("sign", "-1"));
        // every edge's ends are nodes of the file
        List<String> ids = nodes.stream().map(n -> n.getAttribute("id")).toList();
        assertThat(edges).allSatisfy(e -> assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target")));
    }

    private static Map<String, String> attvalues(Element owner, Map<String, String> titles) {
        Map<String, String> values = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS(GEXF, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element v = (Element) list.item(i);
            values.put(titles.get(v.getAttribute("for")), v.getAttribute("value"));
        }
        return values;
    }

    /**
     * Several years: GEXF in dynamic mode, each node and tie with the spells of its years and its yearly
     * values joined over equal consecutive years; GraphML with one edge per tie and year.
     */
    @Test
    void severalYearsAreADynamicGexfAndAYearlyGraphml() throws Exception {
        SignedGraph y2000 = new SignedGraph(List.of(new SignedGraph.Node("IND", "India", 750, 0, 0.07, Map.of()),
                new SignedGraph.Node("PAK", "Pakistan", 770, 1, 0.01, Map.of())),
                List.of(new SignedGraph.Edge("IND", "PAK", -1, 1.0, "rivalry", "observed")));
        SignedGraph y2001 = new SignedGraph(y2000.nodes(), List.of(new SignedGraph.Edge("PAK", "IND", -1, 1.0,
                "rivalry", "observed")));
        SignedGraph y2003 = new SignedGraph(List.of(new SignedGraph.Node("IND", "India", 750, 1, 0.08, Map.of()),
                new SignedGraph.Node("PAK", "Pakistan", 770, 1, 0.01, Map.of()),
                new SignedGraph.Node("USA", "United States", 2, 0, 0.14, Map.of())),
                List.of(new SignedGraph.Edge("IND", "USA", 1, 0.5, "partnership", "curated")));
        DynamicGraph graph = new DynamicGraph(List.of(new DynamicGraph.Year(2000, y2000),
                new DynamicGraph.Year(2001, y2001), new DynamicGraph.Year(2003, y2003)));
        Document gexf = parse(NetworkExport.gexf(graph));
        Element root = elements(gexf, GEXF, "graph").get(0);
        assertThat(root.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(root.getAttribute("timeformat")).isEqualTo("integer");
        List<Element> nodes = elements(gexf, GEXF, "node");
        assertThat(nodes).extracting(n -> n.getAttribute("id")).containsExactly("IND", "PAK", "USA");
        List<Element> indiaSpells = spellsOf(nodes.get(0));
        assertThat(indiaSpells).extracting(e -> e.getAttribute("start") + "-" + e.getAttribute("end"))
                .containsExactly("2000-2001", "2003-2003");
        List<Element> indiaBlocs = elementsOf(nodes.get(0), "attvalue").stream()
                .filter(e -> e.getAttribute("for").equals("bloc")).toList();
        assertThat(indiaBlocs).extracting(e -> e.getAttribute("value") + "@" + e.getAttribute("start") + "-"
                + e.getAttribute("end")).containsExactly("0@2000-2001", "1@2003-2003");
        List<Element> edges = elements(gexf, GEXF, "edge");
        assertThat(edges).as("one edge per pair, whatever its direction in a year").hasSize(2);
        assertThat(spellsOf(edges.get(0))).extracting(e -> e.getAttribute("start") + "-" + e.getAttribute("end"))
                .containsExactly("2000-2001");
        Document graphml = parse(NetworkExport.graphml(graph));
        assertThat(elements(graphml, GRAPHML, "edge")).hasSize(3);
        Map<String, String> keyNames = new HashMap<>();
        elements(graphml, GRAPHML, "key").forEach(k -> keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name")));
        Map<String, String> india = data(elements(graphml, GRAPHML, "node").get(0), keyNames);
        assertThat(india).containsEntry("years", "2000-2001,2003").containsEntry("blocs", "2000:0 2001:0 2003:1")
                .containsEntry("bloc", "1").containsEntry("cow", "750");
        assertThat(data(elements(graphml, GRAPHML, "edge").get(2), keyNames)).containsEntry("year", "2003");
    }

    private static List<Element> elementsOf(Element owner, String name) {
        NodeList list = owner.getElementsByTagNameNS(GEXF, name);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    private static List<Element> spellsOf(Element owner) {
        return elementsOf(owner, "spell");
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlCannotHold() throws Exception {
        assertThat(Xml.escape("a&b<c>\"d\"'e'")).isEqualTo("a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;");
        assertThat(Xml.escape("x\u0001\uFFFEy\uD800z\uD83D\uDE00")).isEqualTo("xyz\uD83D\uDE00");
        String label = "Bell \u0007 & \"whistle\"";
        SignedGraph g = new SignedGraph(List.of(new SignedGraph.Node("a", label), new SignedGraph.Node("b", "b")),
                List.of(new SignedGraph.Edge("a", "b", 1, 2, "<quote> & \"cite\"")));
        Document graphml = parse(NetworkExport.graphml(g));
        assertThat(elements(graphml, GRAPHML, "data").get(0).getTextContent()).isEqualTo("Bell  & \"whistle\"");
        Document gexf = parse(NetworkExport.gexf(g));
        assertThat(elements(gexf, GEXF, "node").get(0).getAttribute("label")).isEqualTo("Bell  & \"whistle\"");
        assertThat(elements(gexf, GEXF, "attvalue").get(1).getAttribute("value")).isEqualTo("<quote> & \"cite\"");
    }

    @Test
    void emptyGraphIsStillAValidDocument() throws Exception {
        SignedGraph empty = new SignedGraph(List.of(), List.of());
        assertThat(elements(parse(NetworkExport.graphml(empty)), GRAPHML, "graph")).hasSize(1);
        assertThat(elements(parse(NetworkExport.gexf(empty)), GEXF, "nodes")).hasSize(1);
    }

    @Test
    void writesUtf8Files(@TempDir Path dir) throws Exception {
        SignedGraph g = new SignedGraph(List.of(new SignedGraph.Node("TUR", "Türkiye")), List.of());
        NetworkExport.writeGraphml(g, dir.resolve("network.graphml"));
        NetworkExport.writeGexf(g, dir.resolve("network.gexf"));
        assertThat(Files.readString(dir.resolve("network.graphml"), StandardCharsets.UTF_8)).contains("Türkiye");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(dir.resolve("network.gexf").toFile());
        assertThat(elements(doc, GEXF, "node").get(0).getAttribute("label")).isEqualTo("Türkiye");
    }

    @Test
    void refusesMalformedGraphs() {
        assertThatThrownBy(() -> new SignedGraph.Node("has space", "x")).hasMessageContaining("name token");
        assertThatThrownBy(() -> new SignedGraph.Node("A", "x", Map.of("label", 1))).hasMessageContaining("'label'");
        assertThatThrownBy(() -> new SignedGraph.Node("A", "x", Map.of("bloc", 1))).hasMessageContaining("'bloc'");
        assertThatThrownBy(() -> new DynamicGraph(List.of())).hasMessageContaining("at least one year");
        assertThatThrownBy(() -> new SignedGraph.Edge("A", "B", 0, 1, null)).hasMessageContaining("sign must be +1 or -1");
        assertThatThrownBy(() -> new SignedGraph.Edge("A", "B", 1, Double.NaN, null)).hasMessageContaining("weight");
        assertThatThrownBy(() -> new SignedGraph(List.of(new SignedGraph.Node("A", "a"), new SignedGraph.Node("A", "b")),
                List.of())).hasMessageContaining("duplicate node id: A");
        assertThatThrownBy(() -> new SignedGraph(List.of(new SignedGraph.Node("A", "a")),
                List.of(new SignedGraph.Edge("A", "B", 1, 1, null)))).hasMessageContaining("A-B");
    }
}
