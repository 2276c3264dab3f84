package io.rakor.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * No test of this build was skipped, unless it says that it cannot run on this platform.
 *
 * <p>The convention: a test may be skipped only where the machine cannot run it (an operating
 * system, a CPU, a JDK that is not there), and its reason then starts with {@value #PLATFORM}, as
 * in {@code @Disabled("platform: needs Windows")} or {@code assumeTrue(isLinux, "platform: needs
 * Linux")}. Any other skip is a test that silently stopped running, and fails the build here.
 *
 * <p>This module is built last, so it reads the Surefire reports that every other module wrote in
 * this build ({@code <module>/target/surefire-reports/TEST-*.xml}); reports older than the build
 * (from a test class since deleted, or an earlier build) are ignored. Every module with tests must
 * have reports of this build that ran tests, so the check cannot pass on nothing. Its own module's
 * tests are not covered: they are still running.
 */
class NoSkippedTestsTest {
  static final String PLATFORM = "platform:";

  private static final Set<String> MUST_HAVE_RUN =
      Set.of(
          "core",
          "persistence-spi",
          "persistence-jdbc",
          "testkit",
          "json-jackson3",
          "spring-boot-starter",
          "examples",
          "examples/spring-app");

  @Test
  void noTestOfThisBuildWasSkippedButForAPlatformReason() throws Exception {
    Path root = ProjectRoot.get();
    List<String> modules = modulesWithTests(root);
    assertThat(modules).containsAll(MUST_HAVE_RUN);

    List<String> problems = problems(root, modules, buildStarted());

    if (!problems.isEmpty()) {
      fail(
          "Skipped tests count as failures unless they cannot run on this platform and say so"
              + " with a reason that starts with \""
              + PLATFORM
              + "\" (@Disabled(\"platform: ...\") or assumeTrue(..., \"platform: ...\")):\n"
              + String.join("\n", problems));
    }
  }

  @Test
  void aSkipWithoutAPlatformReasonAStaleModuleAndAModuleWithoutTestsAreFound(@TempDir Path root)
      throws Exception {
    Instant started = Instant.parse("2026-01-12T02:00:00Z");
    report(root, "core", "CoreTest", started.plusSeconds(5), "<skipped message=\"later\"/>");
    report(root, "core", "Old", started.minusSeconds(5), "<skipped message=\"ignored\"/>");
    report(
        root,
        "testkit",
        "KitTest",
        started.plusSeconds(5),
        "<skipped message=\"platform: needs Windows\"/>");
    report(root, "examples", "StaleTest", started.minusSeconds(60), "");
    Files.createDirectories(root.resolve("benchmarks/target/surefire-reports"));

    assertThat(problems(root, List.of("core", "testkit", "examples", "benchmarks"), started))
        .containsExactly(
            "core: io.rakor.CoreTest.test was skipped: \"later\"",
            "examples: no test ran in this build (no report written since "
                + started
                + " in examples/target/surefire-reports); run the whole build: mvn verify",
            "benchmarks: no test ran in this build (no report written since "
                + started
                + " in benchmarks/target/surefire-reports); run the whole build: mvn verify");
  }

  @Test
  void aFailedAssumptionCountsOnlyIfItGivesAPlatformReason(@TempDir Path root) throws Exception {
    Instant started = Instant.parse("2026-01-12T02:00:00Z");
    report(
        root,
        "core",
        "CoreTest",
        started,
        "<skipped type=\"org.opentest4j.TestAbortedException\"><![CDATA[org.opentest4j"
            + ".TestAbortedException: Assumption failed: platform: no JDK 25 here\n"
            + "\tat org.junit.jupiter.api.Assumptions.throwAssumptionFailed(Assumptions.java:340)"
            + "]]></skipped>");
    report(
        root,
        "testkit",
        "KitTest",
        started,
        "<skipped type=\"org.opentest4j.TestAbortedException\"><![CDATA[org.opentest4j"
            + ".TestAbortedException: Assumption failed: run from the core module\n"
            + "\tat org.junit.jupiter.api.Assumptions.throwAssumptionFailed(Assumptions.java:340)"
            + "]]></skipped>");

    assertThat(problems(root, List.of("core", "testkit"), started))
        .containsExactly(
            "testkit: io.rakor.KitTest.test was skipped: \"run from the core module\"");
  }

  /** The problems found in the reports of these modules written since the build started. */
  static List<String> problems(Path root, List<String> modules, Instant started) throws Exception {
    List<String> problems = new ArrayList<>();
    for (String module : modules) {
      Path dir = root.resolve(module).resolve("target/surefire-reports");
      List<Path> reports = new ArrayList<>();
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path p : files.sorted().toList()) {
            String name = p.getFileName().toString();
            if (name.startsWith("TEST-")
                && name.endsWith(".xml")
                && !Files.getLastModifiedTime(p).toInstant().isBefore(started)) {
              reports.add(p);
            }
          }
        }
      }
      int tests = 0;
      for (Path report : reports) {
        Element suite = parse(report).getDocumentElement();
        tests += Integer.parseInt(suite.getAttribute("tests"));
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element testcase = (Element) cases.item(i);
          NodeList skipped = testcase.getElementsByTagName("skipped");
          if (skipped.getLength() > 0) {
            String reason = reasonOf((Element) skipped.item(0));
            if (!reason.startsWith(PLATFORM)) {
              problems.add(
                  module
                      + ": "
                      + testcase.getAttribute("classname")
                      + "."
                      + testcase.getAttribute("name")
                      + " was skipped: \""
                      + reason
                      + "\"");
            }
          }
        }
      }
      if (tests == 0) {
        problems.add(
            module
                + ": no test ran in this build (no report written since "
                + started
                + " in "
                + module
                + "/target/surefire-reports); run the whole build: mvn verify");
      }
    }
    return problems;
  }

  /**
   * Why a test was skipped: Surefire writes the reason of {@code @Disabled} as the {@code message}
   * attribute, and an aborted test (a failed assumption) as the exception and its stack trace,
   * whose message JUnit starts with "Assumption failed: ".
   */
  static String reasonOf(Element skipped) {
    String reason = skipped.getAttribute("message");
    if (reason.isEmpty()) {
      reason = skipped.getTextContent().strip().lines().findFirst().orElse("");
      String type = skipped.getAttribute("type");
      if (!type.isEmpty() && reason.startsWith(type + ": ")) {
        reason = reason.substring(type.length() + 2);
      }
    }
    String assumption = "Assumption failed: ";
    return reason.startsWith(assumption) ? reason.substring(assumption.length()) : reason;
  }

  /** The modules of the build that have tests, in build order, except this one. */
  private static List<String> modulesWithTests(Path root) throws Exception {
    NodeList modules = parse(root.resolve("pom.xml")).getElementsByTagName("module");
    Set<String> found = new TreeSet<>();
    List<String> ordered = new ArrayList<>();
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().trim();
      if (!module.equals("checks")
          && Files.isDirectory(root.resolve(module).resolve("src/test/java"))
          && found.add(module)) {
        ordered.add(module);
      }
    }
    return ordered;
  }

  /** When this Maven build started, as the module's Surefire configuration passes it. */
  private static Instant buildStarted() {
    String value = System.getProperty("rakor.buildStarted");
    String problem =
        "System property rakor.buildStarted is \""
            + value
            + "\", not an ISO instant: run these checks through Maven, whose Surefire"
            + " configuration sets it to ${maven.build.timestamp}";
    if (value == null) {
      throw new IllegalStateException(problem);
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(problem, e);
    }
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static void report(Path root, String module, String test, Instant written, String body)
      throws IOException {
    Path file =
        root.resolve(module).resolve("target/surefire-reports/TEST-io.rakor." + test + ".xml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"io.rakor."
            + test
            + "\" tests=\"1\" skipped=\""
            + (body.isEmpty() ? 0 : 1)
            + "\">\n  <testcase name=\"test\" classname=\"io.rakor."
            + test
            + "\">"
            + body
            + "</testcase>\n</testsuite>\n");
    Files.setLastModifiedTime(file, FileTime.from(written));
  }
}
