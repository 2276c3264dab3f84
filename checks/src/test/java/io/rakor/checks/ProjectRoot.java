package io.rakor.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the Rakor source tree, as Maven reports it to the tests of this module. */
final class ProjectRoot {
  private ProjectRoot() {}

  /**
   * The directory that holds the parent pom, taken from the {@code rakor.projectRoot} system
   * property that this module's Surefire configuration sets to Maven's {@code
   * maven.multiModuleProjectDirectory}.
   *
   * @return the root directory
   * @throws IllegalStateException if the property is missing or does not name Rakor's root
   */
  static Path get() {
    String value = System.getProperty("rakor.projectRoot");
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property rakor.projectRoot is not set: run these checks through Maven");
    }
    Path root = Path.of(value).toAbsolutePath().normalize();
    Path pom = root.resolve("pom.xml");
    try {
      if (!Files.isRegularFile(pom)
          || !Files.readString(pom).contains("<artifactId>rakor-parent</artifactId>")) {
        throw new IllegalStateException(
            "rakor.projectRoot=" + root + " does not hold Rakor's parent pom");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }
}
