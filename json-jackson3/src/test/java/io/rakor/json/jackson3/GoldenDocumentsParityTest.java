package io.rakor.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.JsonCorpus;
import io.rakor.core.json.RakorJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One set of golden documents (rakor-core's {@link JsonCorpus#golden(String)}, one per document
 * type) is read and written identically by both bindings: each reads every golden document to the
 * same value, and each writes that value back to exactly the golden bytes.
 */
class GoldenDocumentsParityTest {
  static List<String> names() {
    return List.copyOf(RakorJson.documentTypes().keySet());
  }

  @Test
  void bothBindingsHaveTheSameDocumentTypes() {
    assertThat(RakorJson3.documentTypes()).isEqualTo(RakorJson.documentTypes()).hasSize(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void bothBindingsReadAndWriteEachGoldenDocumentIdentically(String name) {
    byte[] golden = JsonCorpus.golden(name);
    Class<?> type = RakorJson.documentTypes().get(name);

    Object read2 = RakorJson.readDocument(golden, type);
    Object read3 = RakorJson3.readDocument(golden, type);

    assertThat(read3).as(name).isEqualTo(read2);
    assertThat(RakorJson.writeDocumentAsBytes(read2)).as(name).isEqualTo(golden);
    assertThat(RakorJson3.writeDocumentAsBytes(read3)).as(name).isEqualTo(golden);
    // text, plain JSON and the other readers agree too
    assertThat(RakorJson3.writeDocument(read3)).as(name).isEqualTo(RakorJson.writeDocument(read2));
    assertThat(RakorJson3.write(read3)).as(name).isEqualTo(RakorJson.write(read2));
    String text = new String(golden, StandardCharsets.UTF_8);
    assertThat(RakorJson3.readDocument(text, type)).as(name).isEqualTo(read2);
    assertThat(RakorJson3.read(RakorJson.write(read2), type)).as(name).isEqualTo(read2);
  }

  @Test
  void bothBindingsReadAndWriteTheGoldenListDocumentIdentically() {
    byte[] golden = JsonCorpus.golden(JsonCorpus.GOLDEN_LIST);

    List<Commitment> read2 = RakorJson.readListDocument(golden, Commitment.class);
    List<Commitment> read3 = RakorJson3.readListDocument(golden, Commitment.class);

    assertThat(read3).hasSizeGreaterThan(1).isEqualTo(read2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RakorJson3.writeListDocument(read3, Commitment.class, out);
    assertThat(out.toByteArray()).isEqualTo(golden);
    assertThat(RakorJson3.writeListDocument(read3, Commitment.class))
        .isEqualTo(RakorJson.writeListDocument(read2, Commitment.class));
  }
}
