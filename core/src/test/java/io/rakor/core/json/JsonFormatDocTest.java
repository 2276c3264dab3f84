package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rakor.core.Samples;
import io.rakor.core.meetings.Meeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/json-format.md true: its example documents are parsed and compared with what the
 * library writes, its field tables with the fields written, its limits with the constants, and its
 * error example with the message the library gives.
 */
class JsonFormatDocTest {
  private static String doc;

  @BeforeAll
  static void readDoc() throws IOException {
    Path path = Path.of("..", "docs", "json-format.md");
    if (!Files.exists(path)) {
      path = Path.of("docs", "json-format.md");
    }
    doc = Files.readString(path);
  }

  /** The document of the full sample of a type, pretty-printed as the doc shows it. */
  static String pretty(String typeName) throws JsonProcessingException {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("schemaVersion", RakorJson.SCHEMA_VERSION);
    document.put("type", typeName);
    document.put("data", Samples.full().get(typeName));
    return RakorJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  private static List<String[]> blocks(String marker, String language) {
    Matcher m =
        Pattern.compile(
                "<!-- " + marker + ": ([a-z-]+) -->\\n```" + language + "\\n(.*?)\\n```",
                Pattern.DOTALL)
            .matcher(doc);
    List<String[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new String[] {m.group(1), m.group(2)});
    }
    return found;
  }

  @Test
  void usage() {
    // The snippet in docs/json-format.md, "Reading and writing", is a copy of these lines.
    Meeting meeting = Samples.meeting();
    String json = RakorJson.writeDocument(meeting);
    Meeting back = RakorJson.readDocument(json, Meeting.class);
    assertThat(back).isEqualTo(meeting);

    try {
      RakorJson.readDocument(json.replace("\"position\":2", "\"position\":0"), Meeting.class);
    } catch (RakorJsonException e) {
      assertThat(e.path()).isEqualTo("$.data.agenda[1].position"); // where
      assertThat(e.violations()).isNotEmpty(); // which rules, when an invariant is broken
    }
  }

  @Test
  void theUsageSnippetIsACopyOfTheUsageTest() throws IOException {
    Path source =
        Path.of("src", "test", "java", "io", "rakor", "core", "json", "JsonFormatDocTest.java");
    if (!Files.exists(source)) {
      source = Path.of("core").resolve(source);
    }
    String test = Files.readString(source);
    int start = test.indexOf("\n", test.indexOf("// The snippet in docs/json-format.md")) + 1;
    int end = test.indexOf("\n  }\n", start);
    String body = test.substring(start, end).replaceAll("(?m)^    ", "");

    assertThat(doc).contains("```java\n" + body + "\n```");
  }

  @Test
  void exampleDocumentsAreExactlyWhatTheLibraryWritesAndReads() throws Exception {
    List<String[]> examples = blocks("example", "json");

    assertThat(examples).extracting(e -> e[0]).contains("commitment", "meeting", "progress-report");
    for (String[] example : examples) {
      Object expected = Samples.full().get(example[0]);
      Class<?> type = RakorJson.documentTypes().get(example[0]);
      assertThat(RakorJson.readDocument(example[1], type)).isEqualTo(expected);
      assertThat(example[1]).isEqualTo(pretty(example[0]));
    }
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
        .contains("`\"schemaVersion\": " + RakorJson.SCHEMA_VERSION + "`");
  }

  @Test
  void theErrorExampleIsTheMessageTheLibraryGives() throws Exception {
    List<String[]> errors = blocks("error", "text");
    assertThat(errors).hasSize(1);
    String input = pretty("meeting").replace("\"position\" : 2,", "\"position\" : 0,");

    RakorJsonException e =
        catchThrowableOfType(
            RakorJsonException.class, () -> RakorJson.readDocument(input, Meeting.class));

    assertThat(errors.get(0)[1]).isEqualTo(e.getMessage());
  }
}
