package io.mlopsradar.drawing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Test helper: parses an SVG with a strict XML parser and finds elements in it. */
final class SvgDocument {

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new SvgDocument(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all(String tag) {
        NodeList nodes = document.getElementsByTagNameNS("*", tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    List<Element> withClass(String cssClass) {
        return all("*").stream().filter(e -> cssClass.equals(e.getAttribute("class"))).toList();
    }

    static String childText(Element element, String tag) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && tag.equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        return null;
    }

    /** The (x, y) of a {@code translate(x,y)} transform. */
    static Point translation(Element element) {
        String t = element.getAttribute("transform");
        String[] xy = t.substring(t.indexOf('(') + 1, t.indexOf(')')).split(",");
        return new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
    }
}
