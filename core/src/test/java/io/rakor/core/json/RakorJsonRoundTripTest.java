package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.reflect.ClassPath;
import io.rakor.core.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document type survives writing and reading unchanged, through every entry point. */
class RakorJsonRoundTripTest {

  static Stream<Arguments> samples() {
    return Stream.concat(
        Samples.full().entrySet().stream()
            .map(e -> Arguments.of("full " + e.getKey(), e.getValue())),
        Samples.minimal().entrySet().stream()
            .map(e -> Arguments.of("minimal " + e.getKey(), e.getValue())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void documentRoundTripIsExact(String name, Object value) {
    Class<?> type = RakorJson.documentTypes().get(name.substring(name.indexOf(' ') + 1));
    String json = RakorJson.writeDocument(value);

    assertThat(RakorJson.readDocument(json, type)).isEqualTo(value);
    assertThat(RakorJson.readDocument(json.getBytes(StandardCharsets.UTF_8), type))
        .isEqualTo(value);
    assertThat(RakorJson.readDocument(new StringReader(json), type)).isEqualTo(value);
    assertThat(
            RakorJson.readDocument(
                new ByteArrayInputStream(RakorJson.writeDocumentAsBytes(value)), type))
        .isEqualTo(value);
    // writing is deterministic: the same value gives the same text
    assertThat(RakorJson.writeDocument(RakorJson.readDocument(json, type))).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void plainRoundTripIsExact(String name, Object value) {
    Class<?> type = RakorJson.documentTypes().get(name.substring(name.indexOf(' ') + 1));
    String json = RakorJson.write(value);

    assertThat(RakorJson.read(json, type)).isEqualTo(value);
    assertThat(RakorJson.read(json.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(value);
    assertThat(RakorJson.read(new StringReader(json), type)).isEqualTo(value);
    assertThat(
            RakorJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type))
        .isEqualTo(value);
    // the plain JSON is exactly the document's data
    assertThat(RakorJson.writeDocument(value)).endsWith("\"data\":" + json + "}");
  }

  @Test
  void documentHasVersionTypeAndDataInThatOrder() {
    assertThat(RakorJson.writeDocument(Samples.minimalAgendaItem()))
        .isEqualTo(
            "{\"schemaVersion\":2,\"type\":\"agenda-item\",\"data\":{\"position\":1,\"title\":\"Pembukaan\"}}");
  }

  @Test
  void listDocumentRoundTripIsExact() {
    List<Object> commitments = List.of(Samples.commitment(), Samples.minimalCommitment());
    List<io.rakor.core.commitments.Commitment> typed =
        List.of(Samples.commitment(), Samples.minimalCommitment());
    String json = RakorJson.writeListDocument(typed, io.rakor.core.commitments.Commitment.class);

    assertThat(json).startsWith("{\"schemaVersion\":2,\"type\":\"commitment[]\",\"data\":[{");
    assertThat(RakorJson.readListDocument(json, io.rakor.core.commitments.Commitment.class))
        .isEqualTo(commitments);
    assertThat(
            RakorJson.readListDocument(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                io.rakor.core.commitments.Commitment.class))
        .isEqualTo(commitments);
    assertThat(
            RakorJson.readListDocument(
                RakorJson.writeListDocument(List.of(), io.rakor.core.commitments.Commitment.class),
                io.rakor.core.commitments.Commitment.class))
        .isEmpty();
  }

  @Test
  void fieldsMayComeInAnyOrderIncludingDataFirst() {
    String json =
        "{\"data\":{\"title\":\"Pembukaan\",\"position\":1},\"type\":\"agenda-item\",\"schemaVersion\":2}";

    assertThat(RakorJson.readDocument(json, io.rakor.core.meetings.AgendaItem.class))
        .isEqualTo(Samples.minimalAgendaItem());
  }

  @Test
  void everySampleSetCoversEveryDocumentType() {
    assertThat(Samples.full().keySet()).isEqualTo(RakorJson.documentTypes().keySet());
    assertThat(Samples.minimal().keySet()).isEqualTo(RakorJson.documentTypes().keySet());
    for (Map.Entry<String, Class<?>> e : RakorJson.documentTypes().entrySet()) {
      assertThat(Samples.full().get(e.getKey())).isInstanceOf(e.getValue());
      assertThat(Samples.minimal().get(e.getKey())).isInstanceOf(e.getValue());
    }
  }

  /**
   * JSON types of the model packages that are deliberately not document types: results derived by
   * the monitoring evaluation (branch workflows), recomputed rather than exchanged. Named as text
   * so that this test compiles before and after they are merged.
   */
  private static final Set<String> DERIVED_NOT_DOCUMENTS =
      Set.of(
          "io.rakor.core.monitoring.CommitmentAssessment",
          "io.rakor.core.monitoring.HealthThresholds",
          "io.rakor.core.monitoring.IndicatorCheck");

  @Test
  void everyJsonValueTypeOfTheDomainModelIsADocumentType() throws IOException {
    Set<String> domain =
        Set.of(
            "units",
            "jurisdictions",
            "meetings",
            "priorities",
            "indicators",
            "commitments",
            "monitoring");
    Set<Class<?>> jsonTypes =
        ClassPath.from(getClass().getClassLoader())
            .getTopLevelClassesRecursive("io.rakor.core")
            .stream()
            .filter(c -> c.getPackageName().startsWith("io.rakor.core."))
            .filter(c -> domain.contains(c.getPackageName().substring("io.rakor.core.".length())))
            .filter(c -> !DERIVED_NOT_DOCUMENTS.contains(c.getName()))
            .map(ClassPath.ClassInfo::load)
            .filter(c -> Modifier.isAbstract(c.getModifiers()))
            .filter(c -> c.isAnnotationPresent(JsonDeserialize.class))
            .collect(Collectors.toSet());

    assertThat(jsonTypes).hasSizeGreaterThanOrEqualTo(24);
    assertThat(RakorJson.documentTypes().values()).containsAll(jsonTypes);
  }
}
