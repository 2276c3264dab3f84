package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The module's version is the build's, not a literal in the code. */
class RakorModuleTest {
  @Test
  void theModuleVersionIsTheProjectVersion() {
    String projectVersion = System.getProperty("rakor.projectVersion");
    assertThat(projectVersion)
        .as("the build passes ${project.version} to the tests as rakor.projectVersion")
        .isNotBlank()
        .doesNotContain("${");

    Version version = new RakorModule().version();

    assertThat(version.toString()).isEqualTo(projectVersion);
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("io.rakor");
    assertThat(version.getArtifactId()).isEqualTo("rakor-core");
    assertThat(version.isSnapshot()).isEqualTo(projectVersion.endsWith("-SNAPSHOT"));
  }
}
