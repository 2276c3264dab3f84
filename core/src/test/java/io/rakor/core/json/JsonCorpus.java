package io.rakor.core.json;

import io.rakor.core.values.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * The JSON corpora of the format's tests, read from the class path, so that every binding of the
 * format is tested on the same documents: this module's tests (Jackson 2) and, through the core
 * test-jar, {@code rakor-json-jackson3}'s (Jackson 3).
 *
 * <ul>
 *   <li>The <em>golden</em> documents, {@code golden/}: one per document type and one list
 *       document, each exactly as the writers write it; every binding reads each to the same value
 *       and writes that value back to the same bytes.
 *   <li>The <em>version-1</em> documents, {@code v1/}: the golden documents as the version-1 writer
 *       wrote them, read by every later version.
 *   <li>The <em>hostile</em> documents, {@code hostile/}: each with the outcome its row in {@code
 *       hostile/cases.csv} gives, the error kind, path and a part of the message, or {@code
 *       ACCEPTED}. A few documents too large to keep as files are written as they are read.
 * </ul>
 */
public final class JsonCorpus {
  private static final String GOLDEN = "/io/rakor/core/json/golden/";
  private static final String HOSTILE = "/io/rakor/core/json/hostile/";
  private static final String V1 = "/io/rakor/core/json/v1/";

  /** The prefix, in the table, of a document written by {@link #generated(String)}. */
  static final String GENERATED = "generated:";

  /** The golden list document: commitments, in order. */
  public static final String GOLDEN_LIST = "commitment-list";

  /**
   * A row of {@code hostile/cases.csv}.
   *
   * @param document the file name, or {@code generated:} and the name of a generated document
   * @param type the document type to read it as, {@code commitment} or {@code decision[]}
   * @param kind the error kind expected, or {@code ACCEPTED}
   * @param path the error path expected
   * @param message a part of the error message expected
   */
  public record HostileCase(
      String document, String type, String kind, String path, String message) {
    /**
     * The document type to read, the element type of a list document.
     *
     * @return the type
     */
    public Class<?> element() {
      return RakorJson.documentTypes().get(type.replace("[]", ""));
    }

    /**
     * Whether the document is a list document.
     *
     * @return whether the type ends in {@code []}
     */
    public boolean isList() {
      return type.endsWith("[]");
    }

    /**
     * Opens the document.
     *
     * @return a new stream of its bytes
     */
    public InputStream open() {
      return document.startsWith(GENERATED)
          ? LargeDocuments.bytes(generated(document.substring(GENERATED.length())))
          : new ByteArrayInputStream(resource(HOSTILE + document));
    }

    @Override
    public String toString() {
      return document;
    }
  }

  private JsonCorpus() {}

  /**
   * The rows of {@code hostile/cases.csv}, in order.
   *
   * @return the cases
   */
  public static List<HostileCase> hostileCases() {
    return new String(resource(HOSTILE + "cases.csv"), StandardCharsets.UTF_8)
        .lines()
        .skip(1)
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(
            line -> {
              String[] cells = line.split("\\|", -1);
              return new HostileCase(
                  cells[0].strip(),
                  cells[1].strip(),
                  cells[2].strip(),
                  cells[3].strip(),
                  cells[4].strip());
            })
        .toList();
  }

  /**
   * The golden document of a type, {@code golden/<name>.json}.
   *
   * @param name a document type name such as {@code commitment}, or {@link #GOLDEN_LIST}
   * @return its bytes
   */
  public static byte[] golden(String name) {
    return resource(GOLDEN + name + ".json");
  }

  /**
   * The golden version-1 document of a type, {@code v1/<name>.json}, as Rakor wrote it before
   * schema version 2; never regenerated.
   *
   * @param name a document type name such as {@code commitment}, {@link #GOLDEN_LIST} or {@code
   *     commitment-indented}
   * @return its bytes
   */
  public static byte[] v1(String name) {
    return resource(V1 + name + ".json");
  }

  /**
   * The data of a compact golden version-1 document, exactly as written: the plain version-1 JSON
   * of its value, such as a store kept without an envelope.
   *
   * @param name a document type name such as {@code commitment}, or {@link #GOLDEN_LIST}
   * @return the text of its {@code data}
   */
  public static String v1Data(String name) {
    String document = new String(v1(name), StandardCharsets.UTF_8);
    String head = "\"data\":";
    return document.substring(document.indexOf(head) + head.length(), document.length() - 1);
  }

  /** The documents too large to keep as files, written as they are read; null if unknown. */
  static Iterator<String> generated(String name) {
    String decision = "{\"number\":1,\"text\":\"Setuju\"}";
    String zeros = "[" + "0,".repeat(Limits.LIST_SIZE - 1) + "0]";
    return switch (name) {
      case "million-supporters" -> LargeDocuments.supporters(1_000_000);
      case "million-supporters-data-first" -> LargeDocuments.supporters(1_000_000, true);
      case "list-document-over-list-limit" ->
          LargeDocuments.repeated(
              "{\"schemaVersion\":2,\"type\":\"decision[]\",\"data\":[",
              decision,
              Limits.LIST_SIZE + 1,
              "]}");
      case "over-token-count" ->
          LargeDocuments.repeated(
              "{\"data\":[",
              zeros,
              (int) (RakorJson.MAX_TOKEN_COUNT / Limits.LIST_SIZE) + 1,
              "],\"schemaVersion\":2,\"type\":\"commitment\"}");
      case "over-document-length" ->
          LargeDocuments.repeated(
              "{\"schemaVersion\":2,",
              " ".repeat(1 << 20),
              "",
              (int) (RakorJson.MAX_DOCUMENT_LENGTH >> 20) + 1,
              "\"type\":\"commitment\"}");
      default -> null;
    };
  }

  private static byte[] resource(String name) {
    try (InputStream in = JsonCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
