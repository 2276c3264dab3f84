package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rakor.core.DocPages;
import io.rakor.core.Samples;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.values.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/json-format.md true: its example documents and its error example are the files under
 * {@code src/test/resources/io/rakor/core/json/doc/} (the checks module compares the page with
 * them), and these tests compare the files with what the library writes, reads and reports; the
 * page's field tables are compared with the fields written and its limits with the constants.
 */
class JsonFormatDocTest {
  private static String doc;

  @BeforeAll
  static void readDoc() throws IOException {
    doc = DocPages.read("json-format.md");
  }

  /** The document of the full sample of a type, pretty-printed as the doc shows it. */
  static String pretty(String typeName) throws JsonProcessingException {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("schemaVersion", RakorJson.SCHEMA_VERSION);
    document.put("type", typeName);
    document.put("data", Samples.full().get(typeName));
    return RakorJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  /** A file that docs/json-format.md shows, without its final line break. */
  private static String shown(String name) throws IOException {
    try (InputStream in = JsonFormatDocTest.class.getResourceAsStream("doc/" + name)) {
      assertThat(in).as("doc/" + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
    }
  }

  @Test
  void usage() {
    // tag::usage[]
    Meeting meeting = Samples.meeting();
    String json = RakorJson.writeDocument(meeting);
    Meeting back = RakorJson.readDocument(json, Meeting.class);
    assertThat(back).isEqualTo(meeting);

    String invalid = json.replace("\"position\":2", "\"position\":0");
    assertThatThrownBy(() -> RakorJson.readDocument(invalid, Meeting.class))
        .isInstanceOfSatisfying(
            RakorJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.data.agenda[1].position"); // where
              assertThat(e.violations()).isNotEmpty(); // which rules, when an invariant is broken
            });
    // end::usage[]
  }

  @Test
  void exampleDocumentsAreExactlyWhatTheLibraryWritesAndReads() throws Exception {
    List<String> types;
    try (Stream<Path> files =
        Files.list(Path.of(JsonFormatDocTest.class.getResource("doc").toURI()))) {
      types =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".json"))
              .map(f -> f.substring(0, f.length() - ".json".length()))
              .sorted()
              .toList();
    }
    assertThat(types).contains("commitment", "meeting", "progress-report");
    for (String type : types) {
      String shown = shown(type + ".json");

      assertThat(shown).as(type).isEqualTo(pretty(type));
      assertThat(RakorJson.readDocument(shown, RakorJson.documentTypes().get(type)))
          .as(type)
          .isEqualTo(Samples.full().get(type));
    }
  }

  @Test
  void theErrorExampleIsTheMessageTheLibraryGives() throws Exception {
    String input = pretty("meeting").replace("\"position\" : 2,", "\"position\" : 0,");

    assertThatThrownBy(() -> RakorJson.readDocument(input, Meeting.class))
        .isInstanceOf(RakorJsonException.class)
        .hasMessage(shown("meeting-agenda-position-0.txt"));
  }

  @Test
  void everyDocumentTypeHasATableOfExactlyItsFields() throws Exception {
    ObjectMapper tree = new ObjectMapper();
    for (Map.Entry<String, Class<?>> e : RakorJson.documentTypes().entrySet()) {
      String heading = "### `" + e.getKey() + "` (" + e.getValue().getSimpleName() + ")\n";
      assertThat(doc).contains(heading);
      int start = doc.indexOf(heading) + heading.length();
      int end = doc.indexOf("\n#", start);
      String section = doc.substring(start, end < 0 ? doc.length() : end);
      Set<String> documented = new LinkedHashSet<>();
      Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|").matcher(section);
      while (row.find()) {
        documented.add(row.group(1));
      }
      JsonNode data =
          tree.readTree(RakorJson.writeDocument(Samples.full().get(e.getKey()))).get("data");
      Set<String> written = new LinkedHashSet<>();
      data.fieldNames().forEachRemaining(written::add);
      assertThat(documented).as(e.getKey()).containsExactlyElementsOf(written);
    }
  }

  @Test
  void theLimitsAreTheConstants() {
    assertThat(doc)
        .contains("| nesting depth | " + RakorJson.MAX_NESTING_DEPTH + " |")
        .contains("| document length | " + RakorJson.MAX_DOCUMENT_LENGTH + " ")
        .contains("| string length | " + RakorJson.MAX_STRING_LENGTH + " ")
        .contains("| number length | " + RakorJson.MAX_NUMBER_LENGTH + " ")
        .contains("| field-name length | " + RakorJson.MAX_NAME_LENGTH + " ")
        .contains("| decimal digits | " + RakorModule.MAX_DECIMAL_DIGITS + " ")
        .contains("| array length | " + Limits.LIST_SIZE + " elements | `Limits.LIST_SIZE` |")
        .contains("| token count | " + RakorJson.MAX_TOKEN_COUNT + " tokens |")
        .contains("`\"schemaVersion\": " + RakorJson.SCHEMA_VERSION + "`");
  }
}
