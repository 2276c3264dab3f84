package io.rakor.json.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.JsonCorpus;
import io.rakor.core.json.RakorJson;
import io.rakor.core.json.RakorJsonException;
import io.rakor.core.json.V1Values;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both bindings read the golden version-1 documents (rakor-core's {@link JsonCorpus#v1(String)}) to
 * the same values, a commitment's budget as its one funding line, and report a bad version-1
 * commitment alike: the same kind, version-1 path and message.
 */
class Version1DocumentsParityTest {
  static List<String> names() {
    return V1Values.byType().keySet().stream().sorted().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void bothBindingsReadEachVersion1DocumentToItsValue(String name) {
    Class<?> type = RakorJson.documentTypes().get(name);

    assertThat(RakorJson3.readDocument(JsonCorpus.v1(name), type))
        .as(name)
        .isEqualTo(V1Values.byType().get(name));
  }

  @Test
  void bothBindingsReadTheVersion1ListAndTheIndentedCommitment() {
    assertThat(RakorJson3.readListDocument(JsonCorpus.v1(JsonCorpus.GOLDEN_LIST), Commitment.class))
        .isEqualTo(V1Values.commitments());
    assertThat(RakorJson3.readDocument(JsonCorpus.v1("commitment-indented"), Commitment.class))
        .isEqualTo(V1Values.commitment(V1Values.milestone()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "commitment | \"amount\":1250000000.50 | \"amount\":-1",
        "commitment | \"currency\":\"IDR\" | \"currency\":\"XYZ\"",
        "commitment | \"source\":\"REGIONAL_BUDGET\" | \"sumber\":\"APBD\"",
        "commitment | \"budget\":{ | \"budget\":[{",
        "commitment | \"start\":\"2026-01-13\", | ''",
        "commitment-list | \"weight\":1.0,\"status\":\"PROPOSED\" | \"budget\":{\"amount\":1}",
      })
  void bothBindingsReportABadVersion1CommitmentAlike(String name, String from, String to) {
    String v1 = new String(JsonCorpus.v1(name), UTF_8).replace(from, to);
    boolean list = name.endsWith("list");

    RakorJsonException e2 =
        catchThrowableOfType(
            RakorJsonException.class,
            () -> {
              if (list) {
                RakorJson.readListDocument(v1, Commitment.class);
              } else {
                RakorJson.readDocument(v1, Commitment.class);
              }
            });
    RakorJsonException e3 =
        catchThrowableOfType(
            RakorJsonException.class,
            () -> {
              if (list) {
                RakorJson3.readListDocument(v1, Commitment.class);
              } else {
                RakorJson3.readDocument(v1, Commitment.class);
              }
            });

    assertThat(e2).isNotNull();
    assertThat(e3).isNotNull();
    assertThat(e3.kind()).isEqualTo(e2.kind());
    assertThat(e3.path()).isEqualTo(e2.path()).contains("$.data");
    assertThat(e3.getMessage()).isEqualTo(e2.getMessage());
  }
}
