package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden version-1 document ({@link JsonCorpus#v1(String)}) is still read: into the value
 * built in Java ({@link V1Values}), written back as the current version, and read back equal.
 */
class V1DocumentsTest {
  static List<String> names() {
    return V1Values.byType().keySet().stream().sorted().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void eachVersion1DocumentReadsIntoItsValueAndWritesBackAsTheCurrentVersion(String name) {
    Class<?> type = RakorJson.documentTypes().get(name);

    Object value = RakorJson.readDocument(JsonCorpus.v1(name), type);
    String written = RakorJson.writeDocument(value);

    assertThat(value).as(name).isEqualTo(V1Values.byType().get(name));
    assertThat(written).startsWith("{\"schemaVersion\":" + RakorJson.SCHEMA_VERSION + ",");
    assertThat(RakorJson.readDocument(written, type)).as(name).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void theDataOfEachVersion1DocumentReadsAsPlainVersion1Json(String name) throws Exception {
    Class<?> type = RakorJson.documentTypes().get(name);
    String data =
        RakorJson.mapper()
            .readTree(new String(JsonCorpus.v1(name), StandardCharsets.UTF_8))
            .get("data")
            .toString();

    assertThat(RakorJson.read(data, type, 1)).as(name).isEqualTo(V1Values.byType().get(name));
  }
}
