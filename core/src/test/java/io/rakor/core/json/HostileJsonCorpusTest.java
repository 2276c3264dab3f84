package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rakor.core.json.JsonCorpus.HostileCase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's corpus of hostile JSON documents ({@link JsonCorpus#hostileCases()}): every file in
 * {@code hostile/}, and a few documents too large to keep as files that are written as they are
 * read, each with the outcome its row in {@code hostile/cases.csv} gives: the error kind, path and
 * a part of the message, or {@code ACCEPTED}. Add a document by adding its file (or its generator
 * in {@link JsonCorpus}) and its row.
 */
class HostileJsonCorpusTest {
  static List<HostileCase> cases() {
    return JsonCorpus.hostileCases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachHostileDocumentHasItsOutcome(HostileCase c) throws IOException {
    assertThat(c.element()).as("the document type " + c.type()).isNotNull();

    Throwable thrown;
    try (InputStream in = c.open()) {
      thrown =
          catchThrowable(
              () -> {
                if (c.isList()) {
                  RakorJson.readListDocument(in, c.element());
                } else {
                  RakorJson.readDocument(in, c.element());
                }
              });
    }

    if (c.kind().equals("ACCEPTED")) {
      assertThat(thrown).as(c.document()).isNull();
      return;
    }
    assertThat(thrown).as(c.document()).isInstanceOf(RakorJsonException.class);
    RakorJsonException e = (RakorJsonException) thrown;
    assertThat(e.kind()).as(c.document() + ": " + e.getMessage()).hasToString(c.kind());
    assertThat(e.path()).as(c.document() + ": " + e.getMessage()).isEqualTo(c.path());
    assertThat(e.getMessage()).as(c.document()).contains(c.message());
  }

  @Test
  void everyFileOfTheCorpusHasARowAndEveryRowADocument() throws Exception {
    List<String> rows = cases().stream().map(HostileCase::document).toList();
    List<String> files;
    try (Stream<Path> listed = Files.list(corpus())) {
      files =
          listed
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".json"))
              .sorted()
              .toList();
    }

    assertThat(rows).doesNotHaveDuplicates();
    assertThat(rows.stream().filter(r -> !r.startsWith(JsonCorpus.GENERATED)).sorted().toList())
        .containsExactlyElementsOf(files);
    for (String row : rows) {
      if (row.startsWith(JsonCorpus.GENERATED)) {
        assertThat(JsonCorpus.generated(row.substring(JsonCorpus.GENERATED.length())))
            .as(row)
            .isNotNull();
      }
    }
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(HostileJsonCorpusTest.class.getResource("/io/rakor/core/json/hostile/").toURI());
  }
}
