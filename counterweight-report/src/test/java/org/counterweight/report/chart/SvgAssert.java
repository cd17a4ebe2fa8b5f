package org.counterweight.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses SVG output and checks what every chart must satisfy. */
final class SvgAssert {
    private SvgAssert() {
    }

    /** Parses the SVG (failing the test if it is not well-formed XML) and checks the common contract. */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document doc = b.parse(new InputSource(new StringReader(svg)));
            Element root = doc.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+(\\.\\d)? \\d+(\\.\\d)?");
            assertThat(root.getAttribute("width")).isEqualTo("100%");
            assertThat(root.getAttribute("font-family")).endsWith("sans-serif");
            assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity")
                    .doesNotContainIgnoringCase("<script").doesNotContain("href")
                    .doesNotContain("http://www.w3.org/1999/xlink").doesNotContain("@import");
            assertThat(svg.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
            // the only url() allowed is a reference to an element of the chart itself (a fill pattern)
            assertThat(svg.replaceAll("url\\(#[A-Za-z0-9-]+\\)", "")).doesNotContain("url(");
            return doc;
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** The text content of every text element, in document order. */
    static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList nl = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nl.getLength(); i++) {
            out.add(nl.item(i).getTextContent());
        }
        return out;
    }

    /** The text of every title element, in document order. */
    static List<String> titles(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList nl = doc.getElementsByTagNameNS("*", "title");
        for (int i = 0; i < nl.getLength(); i++) {
            out.add(nl.item(i).getTextContent());
        }
        return out;
    }

    /** Elements with the given class. */
    static List<Element> byClass(Document doc, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList nl = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Elements with the given local name, in document order. */
    static List<Element> byTag(Document doc, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nl = doc.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    /** The first direct child element with the given local name, or null. */
    static Element child(Element e, String name) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el && name.equals(el.getLocalName())) {
                return el;
            }
        }
        return null;
    }
}
