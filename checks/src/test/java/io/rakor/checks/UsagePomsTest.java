package io.rakor.checks;

import static io.rakor.checks.Poms.child;
import static io.rakor.checks.Poms.elements;
import static io.rakor.checks.Poms.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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
    Document application = parse(usagePom("application-pom.xml"));
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

  /**
   * The integrator guide's pom is a whole project that runs the kit: Surefire 3 (Maven 3.8's
   * default, 2.12, runs no JUnit 5 test and passes), the JUnit engine, the JUnit and the Java
   * release Rakor is built and tested with.
   */
  @Test
  void theStorePomRunsTheKitWithWhatRakorIsTestedWith() throws Exception {
    Element parent = parse(ProjectRoot.get().resolve("pom.xml")).getDocumentElement();
    Element properties = elements(parent, "properties").get(0);
    Element store = parse(usagePom("store-pom.xml")).getDocumentElement();

    assertThat(child(elements(store, "properties").get(0), "maven.compiler.release"))
        .isEqualTo(child(properties, "maven.compiler.release"));
    Element junitBom = dependency(store, "org.junit", "junit-bom");
    assertThat(child(junitBom, "scope")).isEqualTo("import");
    assertThat(child(junitBom, "version")).isEqualTo(child(properties, "junit.version"));
    assertThat(child(dependency(store, "org.junit.jupiter", "junit-jupiter"), "scope"))
        .isEqualTo("test");
    assertThat(child(dependency(store, "io.rakor", "rakor-testkit"), "scope")).isEqualTo("test");
    String surefire = child(plugin(store, "maven-surefire-plugin"), "version");
    assertThat(surefire)
        .as("the store pom's Surefire is the one Rakor's build uses")
        .isEqualTo(child(plugin(parent, "maven-surefire-plugin"), "version"))
        .startsWith("3.");
  }

  private static Element dependency(Element pom, String groupId, String artifactId) {
    return elements(pom, "dependency").stream()
        .filter(d -> groupId.equals(child(d, "groupId")))
        .filter(d -> artifactId.equals(child(d, "artifactId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dependency " + groupId + ":" + artifactId));
  }

  private static Element plugin(Element pom, String artifactId) {
    return elements(pom, "plugin").stream()
        .filter(p -> artifactId.equals(child(p, "artifactId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no plugin " + artifactId));
  }

  private static Path usagePom(String name) throws Exception {
    return usagePoms().stream()
        .filter(p -> p.endsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no usage pom " + name));
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
}
