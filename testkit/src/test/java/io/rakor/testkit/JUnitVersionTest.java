package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tests run on the JUnit the build names ({@code junit.version}, which Surefire passes on as
 * {@code rakor.junitVersion}): JUnit 5.14 by default, JUnit 6 with {@code -Pjunit6}, under which CI
 * runs the testkit's tests and the JDBC store's contract tests. So a CI step that asks for JUnit 6
 * cannot pass on JUnit 5.
 */
class JUnitVersionTest {
  @Test
  void theTestsRunOnTheJUnitTheBuildNames() throws Exception {
    String expected = System.getProperty("rakor.junitVersion");
    assertThat(expected).as("rakor.junitVersion, set by Surefire").isNotBlank();
    // JUnit 5's platform is numbered 1.x (platform 1.14 with Jupiter 5.14); from 6 on, both are
    // 6.x.
    String platform = expected.startsWith("5.") ? "1" + expected.substring(1) : expected;

    assertThat(versionOf(Test.class.getName())).as("Jupiter API").isEqualTo(expected);
    assertThat(versionOf("org.junit.jupiter.engine.JupiterTestEngine"))
        .as("Jupiter engine")
        .isEqualTo(expected);
    assertThat(versionOf("org.junit.platform.commons.JUnitException"))
        .as("platform commons")
        .isEqualTo(platform);
    assertThat(versionOf("org.junit.platform.launcher.Launcher"))
        .as("platform launcher")
        .isEqualTo(platform);
  }

  private static String versionOf(String className) throws ClassNotFoundException {
    return Class.forName(className).getPackage().getImplementationVersion();
  }
}
