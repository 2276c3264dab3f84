package io.rakor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The poms under {@code src/test/resources/usage/}, whose regions the docs show as the Maven
 * coordinates to use, are well-formed poms that name only published Rakor artifacts: each a module
 * of this build, managed by {@code rakor-bom}, and at this build's version where a version is
 * given.
 */
class UsagePomsTest {
  private static final String GROUP = "io.rakor";

  @Test
  void theUsagePomsNamePublishedArtifactsAtThisVersion() throws Exception {
    Path root = ProjectRoot.get();
    Document parent = parse(root.resolve("pom.xml"));
    String version = child(parent.getDocumentElement(), "version");
    Set<String> modules = new LinkedHashSet<>();
    for (Element module : elements(parent.getDocumentElement(), "module")) {
      Document pom = parse(root.resolve(module.getTextContent().trim()).resolve("pom.xml"));
      modules.add(child(pom.getDocumentElement(), "artifactId"));
    }
    Document bom = parse(root.resolve("bom/pom.xml"));
    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
    Set<String> managed = new LinkedHashSet<>();
    for (Element dependency : elements(bom.getDocumentElement(), "dependency")) {
      if (GROUP.equals(child(dependency, "groupId"))) {
        managed.add(child(dependency, "artifactId"));
      }
    }
    assertThat(modules).contains("rakor-bom", "rakor-core").containsAll(managed);

    List<Path> poms = usagePoms();
    assertThat(poms)
        .extracting(p -> p.getFileName().toString())
        .contains("application-pom.xml", "store-pom.xml");
    for (Path pom : poms) {
      List<Element> rakor = new ArrayList<>();
      for (Element dependency : elements(parse(pom).getDocumentElement(), "dependency")) {
        if (GROUP.equals(child(dependency, "groupId"))) {
          rakor.add(dependency);
        }
      }
      assertThat(rakor).as("%s names Rakor artifacts", pom.getFileName()).isNotEmpty();
      for (Element dependency : rakor) {
        String artifact = child(dependency, "artifactId");
        String where = pom.getFileName() + ": " + artifact;
        if (artifact.equals("rakor-bom")) {
          assertThat(child(dependency, "scope")).as(where).isEqualTo("import");
          assertThat(child(dependency, "type")).as(where).isEqualTo("pom");
          assertThat(child(dependency, "version")).as(where).isEqualTo(version);
        } else {
          assertThat(managed)
              .as("%s is published and managed by rakor-bom", where)
              .contains(artifact);
          String given = child(dependency, "version");
          assertThat(given == null || given.equals(version))
              .as("%s: version %s, this build is %s", where, given, version)
              .isTrue();
        }
      }
    }
  }

  @Test
  void theDriversTheDocsNameAreTheOnesRakorIsTestedWith() throws Exception {
    Element properties =
        elements(parse(ProjectRoot.get().resolve("pom.xml")).getDocumentElement(), "properties")
            .get(0);
    Document application =
        parse(
            usagePoms().stream()
                .filter(p -> p.endsWith("application-pom.xml"))
                .findFirst()
                .orElseThrow());
    List<String> checked = new ArrayList<>();
    for (Element dependency : elements(application.getDocumentElement(), "dependency")) {
      String property =
          switch (child(dependency, "groupId")) {
            case "com.h2database" -> "h2.version";
            case "org.postgresql" -> "postgresql.version";
            default -> null;
          };
      if (property != null) {
        assertThat(child(dependency, "version"))
            .as(child(dependency, "artifactId"))
            .isEqualTo(child(properties, property));
        checked.add(child(dependency, "artifactId"));
      }
    }
    assertThat(checked).containsExactly("h2", "postgresql");
  }

  private static List<Path> usagePoms() throws Exception {
    Path dir;
    try {
      dir = Path.of(UsagePomsTest.class.getResource("/usage").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  /** The text of the direct child element {@code name}, or null if there is none. */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }
}
