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
    private static final String NASTY = "A&B <C> \"D\" 'E'\ttab\nline";

    private static SignedGraph southAsia() {
        Map<String, Object> ind = new LinkedHashMap<>();
        ind.put("cinc", 0.0836);
        ind.put("nuclear", true);
        ind.put("bloc", "non-aligned");
        ind.put("founded", 1947);
        Map<String, Object> pak = new LinkedHashMap<>();
        pak.put("cinc", 0.0102);
        pak.put("nuclear", true);
        pak.put("bloc", null);
        pak.put("founded", 1947L);
        Map<String, Object> chn = new LinkedHashMap<>();
        chn.put("cinc", Double.NaN);
        chn.put("nuclear", true);
        chn.put("bloc", 3);
        chn.put("founded", 1949);
        return new SignedGraph(
                List.of(new SignedGraph.Node("IND", "India", ind), new SignedGraph.Node("PAK", "Pakistan", pak),
                        new SignedGraph.Node("CHN", "China", chn), new SignedGraph.Node("X_1", NASTY)),
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
        assertThat(keyTypes).containsOnly(Map.entry("node:label", "string"), Map.entry("node:cinc", "double"),
                Map.entry("node:nuclear", "boolean"), Map.entry("node:bloc", "string"),
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
        assertThat(data(nodes.get(0), keyNames)).containsOnly(Map.entry("label", "India"), Map.entry("cinc", "0.0836"),
                Map.entry("nuclear", "true"), Map.entry("bloc", "non-aligned"), Map.entry("founded", "1947"));
        assertThat(data(nodes.get(1), keyNames)).doesNotContainKey("bloc");
        assertThat(data(nodes.get(2), keyNames)).doesNotContainKey("cinc").containsEntry("bloc", "3");
        assertThat(data(nodes.get(3), keyNames)).containsOnly(Map.entry("label", NASTY));

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
        assertThat(types).containsOnly(Map.entry("node:cinc", "double"), Map.entry("node:nuclear", "boolean"),
                Map.entry("node:bloc", "string"), Map.entry("node:founded", "long"), Map.entry("edge:sign", "integer"),
                Map.entry("edge:evidence", "string"), Map.entry("edge:basis", "string"));

        List<Element> nodes = elements(doc, GEXF, "node");
        List<Element> edges = elements(doc, GEXF, "edge");
        assertThat(nodes).hasSize(4);
        assertThat(edges).hasSize(3);
        assertThat(nodes.get(3).getAttribute("label")).isEqualTo(NASTY);
        assertThat(attvalues(nodes.get(0), titles)).containsOnly(Map.entry("cinc", "0.0836"), Map.entry("nuclear", "true"),
                Map.entry("bloc", "non-aligned"), Map.entry("founded", "1947"));
        assertThat(attvalues(nodes.get(2), titles)).doesNotContainKey("cinc");
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
        assertThatThrownBy(() -> new SignedGraph.Edge("A", "B", 0, 1, null)).hasMessageContaining("sign must be +1 or -1");
        assertThatThrownBy(() -> new SignedGraph.Edge("A", "B", 1, Double.NaN, null)).hasMessageContaining("weight");
        assertThatThrownBy(() -> new SignedGraph(List.of(new SignedGraph.Node("A", "a"), new SignedGraph.Node("A", "b")),
                List.of())).hasMessageContaining("duplicate node id: A");
        assertThatThrownBy(() -> new SignedGraph(List.of(new SignedGraph.Node("A", "a")),
                List.of(new SignedGraph.Edge("A", "B", 1, 1, null)))).hasMessageContaining("A-B");
    }
}
