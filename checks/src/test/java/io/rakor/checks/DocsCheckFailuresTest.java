package io.rakor.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DocsCheck} finds each kind of problem: it runs on the small projects under {@code
 * src/test/resources/docs-check/}, each broken in one way.
 */
class DocsCheckFailuresTest {
  private static DocsCheck.Result check(String project) {
    try {
      return DocsCheck.check(
          Path.of(DocsCheckFailuresTest.class.getResource("/docs-check/" + project).toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> problems(String project) {
    return check(project).problems().stream().map(DocsCheck.Problem::toString).toList();
  }

  @Test
  void aCorrectProjectHasNoProblemAndEveryBlockIsCompared() {
    DocsCheck.Result result = check("correct");

    assertThat(result.problems()).isEmpty();
    assertThat(result.checked())
        .extracting(b -> b.where() + " " + b.reference())
        .containsExactly(
            "README.md:3 src/test/java/demo/DemoTest.java#quick-start",
            "README.md:10 pom.xml#dependency",
            "docs/guide.md:6 src/test/java/demo/DemoTest.java#inner",
            "docs/guide.md:13 src/test/resources/demo/output.json",
            "docs/guide.md:20 pom.xml#artifact");
  }

  @Test
  void aJavaOrXmlBlockWithoutAReference() {
    assertThat(problems("unreferenced-block"))
        .singleElement(STRING)
        .startsWith("docs/guide.md:3: this ```java block says not which code it shows");
  }

  @Test
  void aBlockWithoutALanguage() {
    assertThat(problems("no-language"))
        .singleElement(STRING)
        .startsWith("README.md:3: this code block names no language");
  }

  @Test
  void aReferenceToAMissingFileOrRegion() {
    assertThat(problems("missing-file-or-region"))
        .containsExactly(
            "README.md:4: src/test/java/demo/Gone.java#example: there is no file"
                + " src/test/java/demo/Gone.java",
            "README.md:9: src/test/java/demo/DemoTest.java#absent: src/test/java/demo/DemoTest.java"
                + " has no region \"absent\" (its regions: [present])");
  }

  @Test
  void aReferenceNotFollowedByABlock() {
    assertThat(problems("dangling-reference"))
        .singleElement(STRING)
        .startsWith("README.md:3: this reference is not directly followed by a fenced code block");
  }

  @Test
  void aBlockThatDiffersFromItsRegionShowsTheFirstDifferenceAndTheExpectedText() {
    assertThat(problems("different-block"))
        .singleElement(STRING)
        .startsWith(
            "README.md:4: this ```java block is not an exact copy of"
                + " src/test/java/demo/DemoTest.java#example (lines 6-7); first difference at"
                + " line 3 of the block (3 lines; the region has 2):\n"
                + "    expected: (end of block)\n"
                + "    actual:   \"int start = source.indexOf(\"tag\");\"\n"
                + "  The block should read:\n"
                + "    | int x = 1;\n"
                + "    | int y = x + 1;");
  }

  @Test
  void aRegionThatNoDocShows() {
    assertThat(problems("unshown-region"))
        .containsExactly(
            "src/test/java/demo/DemoTest.java:9: region \"forgotten\" is shown in no doc: put"
                + " <!-- include: src/test/java/demo/DemoTest.java#forgotten --> before a code block"
                + " in README.md or docs/, or remove its tags");
  }

  @Test
  void aTagLeftOpenAnEndWithoutATagAndAMalformedTag() {
    assertThat(problems("broken-tags"))
        .containsExactly(
            "src/test/java/demo/DemoTest.java:8: end::stray[] closes no open region (no"
                + " tag::stray[] before it)",
            "src/test/java/demo/DemoTest.java:9: malformed tag \"// tag::sloppy\": write //"
                + " tag::name[] and // end::name[] (or <!-- tag::name[] --> in XML), alone on the"
                + " line",
            "src/test/java/demo/DemoTest.java:10: region \"unclosed\" is opened but never closed"
                + " with end::unclosed[]");
  }

  @Test
  void aRegionNameUsedTwiceInOneFile() {
    assertThat(problems("duplicate-region"))
        .containsExactly(
            "pom.xml:8: region \"dependency\" is opened again (first opened at line 3): a region"
                + " name is used once per file, and a region is one run of lines");
  }
}
