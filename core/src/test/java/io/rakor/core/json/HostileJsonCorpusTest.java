package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rakor.core.values.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The project's corpus of hostile JSON documents: every file in {@code hostile/}, and a few
 * documents too large to keep as files that are written as they are read, each with the outcome its
 * row in {@code hostile/cases.csv} gives: the error kind, path and a part of the message, or {@code
 * ACCEPTED}. Add a document by adding its file (or its generator below) and its row.
 */
class HostileJsonCorpusTest {
  private static final String CORPUS = "/io/rakor/core/json/hostile/";

  /** The prefix, in the table, of a document written by {@link #generated(String)}. */
  private static final String GENERATED = "generated:";

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = CORPUS + "cases.csv", delimiter = '|', numLinesToSkip = 1)
  void eachHostileDocumentHasItsOutcome(
      String document, String type, String kind, String path, String message) throws IOException {
    Class<?> element = RakorJson.documentTypes().get(type.replace("[]", ""));
    assertThat(element).as("the document type " + type).isNotNull();

    Throwable thrown;
    try (InputStream in = open(document)) {
      thrown =
          catchThrowable(
              () -> {
                if (type.endsWith("[]")) {
                  RakorJson.readListDocument(in, element);
                } else {
                  RakorJson.readDocument(in, element);
                }
              });
    }

    if (kind.equals("ACCEPTED")) {
      assertThat(thrown).as(document).isNull();
      return;
    }
    assertThat(thrown).as(document).isInstanceOf(RakorJsonException.class);
    RakorJsonException e = (RakorJsonException) thrown;
    assertThat(e.kind()).as(document + ": " + e.getMessage()).hasToString(kind);
    assertThat(e.path()).as(document + ": " + e.getMessage()).isEqualTo(path);
    assertThat(e.getMessage()).as(document).contains(message);
  }

  @Test
  void everyFileOfTheCorpusHasARowAndEveryRowADocument() throws Exception {
    List<String> rows;
    try (InputStream in = HostileJsonCorpusTest.class.getResourceAsStream(CORPUS + "cases.csv")) {
      rows =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .skip(1)
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.substring(0, line.indexOf('|')).strip())
              .toList();
    }
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
    assertThat(rows.stream().filter(r -> !r.startsWith(GENERATED)).sorted().toList())
        .containsExactlyElementsOf(files);
    for (String row : rows) {
      if (row.startsWith(GENERATED)) {
        assertThat(generated(row.substring(GENERATED.length()))).as(row).isNotNull();
      }
    }
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(HostileJsonCorpusTest.class.getResource(CORPUS).toURI());
  }

  private static InputStream open(String document) {
    if (document.startsWith(GENERATED)) {
      return LargeDocuments.bytes(generated(document.substring(GENERATED.length())));
    }
    try {
      return new ByteArrayInputStream(Files.readAllBytes(corpus().resolve(document)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The documents too large to keep as files, written as they are read. */
  private static Iterator<String> generated(String name) {
    String decision = "{\"number\":1,\"text\":\"Setuju\"}";
    String zeros = "[" + "0,".repeat(Limits.LIST_SIZE - 1) + "0]";
    return switch (name) {
      case "million-supporters" -> LargeDocuments.supporters(1_000_000);
      case "million-supporters-data-first" -> LargeDocuments.supporters(1_000_000, true);
      case "list-document-over-list-limit" ->
          LargeDocuments.repeated(
              "{\"schemaVersion\":1,\"type\":\"decision[]\",\"data\":[",
              decision,
              Limits.LIST_SIZE + 1,
              "]}");
      case "over-token-count" ->
          LargeDocuments.repeated(
              "{\"data\":[",
              zeros,
              (int) (RakorJson.MAX_TOKEN_COUNT / Limits.LIST_SIZE) + 1,
              "],\"schemaVersion\":1,\"type\":\"commitment\"}");
      case "over-document-length" ->
          LargeDocuments.repeated(
              "{\"schemaVersion\":1,",
              " ".repeat(1 << 20),
              "",
              (int) (RakorJson.MAX_DOCUMENT_LENGTH >> 20) + 1,
              "\"type\":\"commitment\"}");
      default -> null;
    };
  }
}
