package io.rakor.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.json.RakorJsonException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden version-1 document ({@link JsonCorpus#v1(String)}) is still read: into the value
 * built in Java ({@link V1Values}), written back as the current version, and read back equal. A
 * version-1 commitment's budget is its one funding line; a bad version-1 document is reported at
 * its version-1 path.
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
  void theDataOfEachVersion1DocumentReadsAsPlainVersion1Json(String name) {
    Class<?> type = RakorJson.documentTypes().get(name);

    assertThat(RakorJson.read(JsonCorpus.v1Data(name), type, 1))
        .as(name)
        .isEqualTo(V1Values.byType().get(name));
  }

  @Test
  void aVersion1CommitmentsBudgetIsItsOneFundingLine() {
    String v1 = new String(JsonCorpus.v1("commitment"), UTF_8);
    // tag::version-1[]
    // {"schemaVersion":1,"type":"commitment","data":{..., "start":"2026-01-13", ...,
    //  "budget":{"amount":1250000000.50,"currency":"IDR","source":"REGIONAL_BUDGET"}, ...}}
    Commitment commitment = RakorJson.readDocument(v1, Commitment.class);

    FundingLine line = commitment.fundingLines().get(0); // the budget, as the one funding line
    assertThat(commitment.fundingLines()).hasSize(1);
    assertThat(line.source()).isEqualTo(FundingSource.REGIONAL_BUDGET);
    assertThat(line.fiscalYear()).isEqualTo(2026); // the year of the commitment's start
    assertThat(line.allocation()).isEqualByComparingTo("1250000000.50");
    assertThat(RakorJson.writeDocument(commitment)) // always written as the current version
        .startsWith("{\"schemaVersion\":2,")
        .contains("\"fundingLines\":[{\"source\":\"REGIONAL_BUDGET\",\"fiscalYear\":2026,")
        .doesNotContain("\"budget\"");

    // plain JSON, such as a body a store kept without an envelope, names its version
    String body = JsonCorpus.v1Data("commitment");
    assertThat(RakorJson.read(body, Commitment.class, 1)).isEqualTo(commitment);
    // end::version-1[]
  }

  @Test
  void theVersion1ListDocumentReadsIntoItsCommitmentsAndWritesBackAsTheCurrentVersion() {
    List<Commitment> values =
        RakorJson.readListDocument(JsonCorpus.v1(JsonCorpus.GOLDEN_LIST), Commitment.class);
    String written = RakorJson.writeListDocument(values, Commitment.class);

    assertThat(values).isEqualTo(V1Values.commitments());
    assertThat(written).startsWith("{\"schemaVersion\":2,\"type\":\"commitment[]\",");
    assertThat(RakorJson.readListDocument(written, Commitment.class)).isEqualTo(values);
  }

  @Test
  void theIndentedVersion1CommitmentOfTheOldDocsReads() {
    Commitment value =
        RakorJson.readDocument(JsonCorpus.v1("commitment-indented"), Commitment.class);

    assertThat(value).isEqualTo(V1Values.commitment(V1Values.milestone()));
    assertThat(RakorJson.readDocument(RakorJson.writeDocument(value), Commitment.class))
        .isEqualTo(value);
  }

  @Test
  void aVersion1BudgetDocumentIsOfATypeThatNoLongerExists() {
    assertThatThrownBy(() -> RakorJson.readDocument(JsonCorpus.v1("budget"), FundingLine.class))
        .isInstanceOfSatisfying(
            RakorJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.ENVELOPE);
              assertThat(e.path()).isEqualTo("$.type");
              assertThat(e.getMessage()).contains("unknown type \"budget\"");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what is changed in the golden version-1 commitment | kind | version-1 path | message
        "\"amount\":1250000000.50 | \"amount\":-1 | INVARIANT | $.data.budget.amount"
            + " | FundingLine.allocation = -1",
        "\"amount\":1250000000.50 | \"amount\":1.00001 | INVARIANT | $.data.budget.amount | ",
        "\"amount\":1250000000.50 | \"amount\":\"1\" | TYPE_MISMATCH | $.data.budget.amount | ",
        "\"currency\":\"IDR\" | \"currency\":\"XYZ\" | TYPE_MISMATCH | $.data.budget.currency | ",
        "\"source\":\"REGIONAL_BUDGET\" | \"source\":\"APBD\" | TYPE_MISMATCH"
            + " | $.data.budget.source | ",
        "\"source\":\"REGIONAL_BUDGET\" | \"sumber\":\"APBD\" | UNKNOWN_FIELD"
            + " | $.data.budget.sumber | fields are [amount, currency, source]",
        ",\"currency\":\"IDR\" | '' | INVARIANT | $.data.budget.currency | is required",
        "\"start\":\"2026-01-13\", | '' | INVARIANT | $.data.start | ",
        "\"start\":\"2026-01-13\" | \"start\":\"2025-01-13\" | ACCEPTED | | ",
        "\"budget\":{ | \"fundingLines\":[],\"budget\":{ | UNKNOWN_FIELD | $.data.fundingLines"
            + " | schemaVersion 2 or later",
      })
  void aBadVersion1CommitmentIsReportedAtItsVersion1Path(
      String from, String to, String kind, String path, String message) {
    String v1 = new String(JsonCorpus.v1("commitment"), UTF_8).replace(from, to);
    assertThat(v1).isNotEqualTo(new String(JsonCorpus.v1("commitment"), UTF_8));

    if (kind.equals("ACCEPTED")) {
      assertThat(RakorJson.readDocument(v1, Commitment.class).fundingLines().get(0).fiscalYear())
          .isEqualTo(2025);
      return;
    }
    assertThatThrownBy(() -> RakorJson.readDocument(v1, Commitment.class))
        .isInstanceOfSatisfying(
            RakorJsonException.class,
            e -> {
              assertThat(e.kind()).hasToString(kind);
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.getMessage())
                  .startsWith("Cannot read a commitment document at " + path)
                  .doesNotContain("fundingLines[")
                  .contains(message == null ? "" : message);
            });
  }

  @Test
  void aBadCommitmentOfAVersion1ListIsReportedAtItsIndex() {
    String v1 =
        new String(JsonCorpus.v1(JsonCorpus.GOLDEN_LIST), UTF_8)
            .replace("\"weight\":1.0,\"status\":\"PROPOSED\"", "\"budget\":{\"amount\":1}");

    assertThatThrownBy(() -> RakorJson.readListDocument(v1, Commitment.class))
        .isInstanceOfSatisfying(
            RakorJsonException.class,
            e -> assertThat(e.path()).isIn("$.data[1].budget.currency", "$.data[1].budget.source"));
  }
}
