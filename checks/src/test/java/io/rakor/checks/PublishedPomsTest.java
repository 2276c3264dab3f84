package io.rakor.checks;

import static io.rakor.checks.Poms.child;
import static io.rakor.checks.Poms.childElement;
import static io.rakor.checks.Poms.elements;
import static io.rakor.checks.Poms.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What a legal review and Maven Central need of every published module: the poms that are installed
 * and published (flatten-maven-plugin's {@code target/.flattened-pom.xml}) carry the metadata
 * Central requires, resolved and without a parent to fetch, and every jar carries the licence and
 * the notice. The published modules are {@code rakor-bom} and the modules it manages.
 */
class PublishedPomsTest {
  /** SHA-256 of the Apache License 2.0 as the ASF publishes it (LICENSE-2.0.txt). */
  private static final String APACHE_2_SHA256 =
      "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";

  @Test
  void theLicenceIsTheApacheLicence() throws Exception {
    Path root = ProjectRoot.get();
    assertThat(sha256(Files.readAllBytes(root.resolve("LICENSE"))))
        .as("LICENSE is the full, unchanged text of the Apache License 2.0")
        .isEqualTo(APACHE_2_SHA256);
    assertThat(Files.readString(root.resolve("NOTICE")))
        .startsWith("Rakor\n")
        .contains("Apache License, Version 2.0");
  }

  @Test
  void everyPublishedPomCarriesWhatCentralRequires() throws Exception {
    Path root = ProjectRoot.get();
    String version = child(parse(root.resolve("pom.xml")).getDocumentElement(), "version");
    Map<String, Path> published = publishedModules(root);
    assertThat(published).containsKeys("rakor-bom", "rakor-core", "rakor-testkit");

    for (Map.Entry<String, Path> module : published.entrySet()) {
      Path file = module.getValue().resolve("target/.flattened-pom.xml");
      assertThat(file)
          .as(
              "the published pom of %s (flatten-maven-plugin writes it in process-resources)",
              module.getKey())
          .isRegularFile();
      assertThat(Files.readString(file))
          .as("%s: every property resolved", file)
          .doesNotContain("${");
      Element pom = parse(file).getDocumentElement();
      String where = module.getKey() + "'s published pom";
      assertThat(child(pom, "groupId")).as(where).isEqualTo("io.rakor");
      assertThat(child(pom, "artifactId")).as(where).isEqualTo(module.getKey());
      assertThat(child(pom, "version")).as(where).isEqualTo(version);
      assertThat(childElement(pom, "parent")).as(where + ": no parent to fetch").isNull();
      for (String field : List.of("name", "description", "url")) {
        assertThat(child(pom, field)).as(where + ": " + field).isNotBlank();
      }
      assertThat(child(pom, "url")).as(where).isEqualTo("https://rakor.io");

      List<Element> licenses = elements(pom, "license");
      assertThat(licenses).as(where + ": licenses").hasSize(1);
      assertThat(child(licenses.get(0), "name")).isEqualTo("Apache License, Version 2.0");
      assertThat(child(licenses.get(0), "url"))
          .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
      assertThat(elements(pom, "developer"))
          .as(where + ": developers")
          .isNotEmpty()
          .allSatisfy(d -> assertThat(child(d, "name")).isNotBlank());
      Element scm = childElement(pom, "scm");
      assertThat(scm).as(where + ": scm").isNotNull();
      for (String field : List.of("connection", "developerConnection", "url")) {
        assertThat(child(scm, field)).as(where + ": scm " + field).isNotBlank();
      }

      Element dependencies = childElement(pom, "dependencies");
      if (dependencies != null) {
        assertThat(elements(dependencies, "dependency"))
            .as(where + ": every dependency has its version")
            .allSatisfy(d -> assertThat(child(d, "version")).isNotBlank());
      }
      if ("jar".equals(child(pom, "packaging")) || child(pom, "packaging") == null) {
        for (String legal : List.of("LICENSE", "NOTICE")) {
          assertThat(module.getValue().resolve("target/classes/META-INF/" + legal))
              .as("%s's jar holds META-INF/%s", module.getKey(), legal)
              .hasSameBinaryContentAs(root.resolve(legal));
        }
      }
    }
  }

  /** rakor-bom and the Rakor artifacts it manages, each with its module's directory. */
  private static Map<String, Path> publishedModules(Path root) throws Exception {
    Map<String, Path> byArtifact = new LinkedHashMap<>();
    for (Element module : elements(parse(root.resolve("pom.xml")).getDocumentElement(), "module")) {
      Path dir = root.resolve(module.getTextContent().trim());
      byArtifact.put(child(parse(dir.resolve("pom.xml")).getDocumentElement(), "artifactId"), dir);
    }
    Map<String, Path> published = new LinkedHashMap<>();
    published.put("rakor-bom", byArtifact.get("rakor-bom"));
    for (Element dependency :
        elements(parse(root.resolve("bom/pom.xml")).getDocumentElement(), "dependency")) {
      String artifact = child(dependency, "artifactId");
      assertThat(byArtifact)
          .as("rakor-bom manages %s, a module of this build", artifact)
          .containsKey(artifact);
      published.put(artifact, byArtifact.get(artifact));
    }
    return published;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
