package io.rakor.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pages of {@code docs/}, for the tests that keep a page's tables and figures true. The project
 * root comes from the {@code rakor.projectRoot} system property, which the parent pom's Surefire
 * configuration sets for every module.
 */
public final class DocPages {
  private DocPages() {}

  /**
   * Reads a page.
   *
   * @param name the page's file name in {@code docs/}, such as {@code workflows.md}
   * @return its text
   * @throws IOException if it cannot be read
   * @throws IllegalStateException if the property is not set or names no project with that page
   */
  public static String read(String name) throws IOException {
    String root = System.getProperty("rakor.projectRoot");
    if (root == null || root.isBlank()) {
      throw new IllegalStateException(
          "System property rakor.projectRoot is not set: run the tests through Maven, whose"
              + " Surefire configuration sets it to the project root");
    }
    Path page = Path.of(root, "docs", name);
    if (!Files.isRegularFile(page)) {
      throw new IllegalStateException(
          "rakor.projectRoot=" + root + " holds no docs/" + name + ": run Maven from the root");
    }
    return Files.readString(page);
  }
}
