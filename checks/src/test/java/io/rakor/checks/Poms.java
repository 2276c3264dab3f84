package io.rakor.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reading poms with the JDK's DOM parser: the few lookups the pom checks need. */
final class Poms {
  private Poms() {}

  /** Parses a pom (or any XML file without a DOCTYPE). */
  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** Every element named {@code name} below {@code parent}, at any depth, in document order. */
  static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  /** The text of the direct child element {@code name}, or null if there is none. */
  static String child(Element parent, String name) {
    Element e = childElement(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }

  /** The direct child element {@code name}, or null if there is none. */
  static Element childElement(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
