package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden documents ({@link JsonCorpus#golden(String)}), one per document type, are read and
 * written back to exactly their bytes, and each sets every field its type has. rakor-json-jackson3
 * checks that Jackson 3 reads and writes the same files identically.
 */
class GoldenDocumentsTest {
  private static final ObjectMapper TREE = new ObjectMapper();

  static List<String> names() {
    return List.copyOf(RakorJson.documentTypes().keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void eachGoldenDocumentReadsAndWritesBackToItsBytes(String name) {
    byte[] golden = JsonCorpus.golden(name);
    Object value = RakorJson.readDocument(golden, RakorJson.documentTypes().get(name));

    assertThat(RakorJson.writeDocumentAsBytes(value)).as(name).isEqualTo(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void eachGoldenDocumentSetsEveryFieldOfItsType(String name) throws IOException {
    JsonNode golden = TREE.readTree(JsonCorpus.golden(name));
    // Samples.full() sets every optional field: the fields it writes are all the type has
    JsonNode full = TREE.readTree(RakorJson.writeDocument(Samples.full().get(name)));

    assertThat(fieldNames(golden.get("data"))).as(name).isEqualTo(fieldNames(full.get("data")));
    for (Map.Entry<String, JsonNode> field : golden.get("data").properties()) {
      assertThat(field.getValue().isEmpty() && field.getValue().isContainerNode())
          .as(name + "." + field.getKey() + " is not empty")
          .isFalse();
    }
  }

  @Test
  void theGoldenListDocumentReadsAndWritesBackToItsBytes() {
    byte[] golden = JsonCorpus.golden(JsonCorpus.GOLDEN_LIST);
    List<Commitment> values = RakorJson.readListDocument(golden, Commitment.class);

    assertThat(values).hasSizeGreaterThan(1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RakorJson.writeListDocument(values, Commitment.class, out);
    assertThat(out.toByteArray()).isEqualTo(golden);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
