package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.DocPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The memory a document can take is bounded, as docs/json-format.md says: the worst documents the
 * limits allow are read in a JVM of their own whose whole heap is {@link #HEAP}, and running out of
 * memory is never reported as a fault of the input. See {@link LargeDocuments} for the documents.
 */
class RakorJsonMemoryBoundTest {
  /** The heap the docs promise is enough to read any one document. */
  static final String HEAP = "160m";

  /**
   * Runs {@link ReadLargeDocuments} in a JVM with the heap, and returns its exit status and output.
   */
  private static Result read(String heap, String... documents) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ReadLargeDocuments.class.getName());
    command.addAll(List.of(documents));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the reading JVM did not end: " + output);
    }
    return new Result(process.exitValue(), output);
  }

  private record Result(int status, String output) {}

  @Test
  void theWorstDocumentsTheLimitsAllowAreReadWithTheDocumentedHeap() throws Exception {
    Result result = read(HEAP, "maximal", "maximal-early", "million-supporters");

    assertThat(result.status()).as(result.output()).isZero();
    assertThat(result.output())
        .as("maximal documents are accepted: if the limits changed, make them maximal again")
        .containsPattern("maximal: accepted .*: the whole document")
        .containsPattern("maximal-early: accepted .*: the whole document")
        .contains("million-supporters: rejected LIMIT at $.data.supporters[100000]");
  }

  @Test
  void runningOutOfMemoryIsAnErrorNeverABadInput() throws Exception {
    Result result = read("32m", "maximal");

    assertThat(result.status()).as(result.output()).isNotZero();
    assertThat(result.output())
        .contains("java.lang.OutOfMemoryError")
        .doesNotContain("RakorJsonException")
        .doesNotContain("maximal: ");
  }

  @Test
  void theDocsStateTheHeapThisTestUses() throws IOException {
    assertThat(DocPages.read("json-format.md")).contains("`-Xmx" + HEAP + "`");
  }
}
