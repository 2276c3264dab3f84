package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJsonException.Kind;
import io.rakor.core.meetings.Meeting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of version-1 data on the JSON tree ({@link SchemaUpgrade}): a commitment's budget
 * becomes its one funding line, in the budget's place, with every number kept as written; nothing
 * else changes; a bad version-1 budget is reported at its version-1 path.
 */
class SchemaUpgradeTest {
  private static final ObjectReader TREES =
      RakorJson.mapper()
          .reader()
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private static JsonNode tree(String json) throws IOException {
    return TREES.readTree(json);
  }

  private static JsonNode v1Data(String name) throws IOException {
    return TREES.readTree(JsonCorpus.v1(name)).get("data");
  }

  private static JsonNode upgrade(JsonNode commitment) {
    return SchemaUpgrade.commitment(commitment, "$.data", "a commitment document");
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aBudgetBecomesOneFundingLineOfTheStartsYearInItsPlace() throws IOException {
    JsonNode v1 = v1Data("commitment");

    JsonNode v2 = upgrade(v1);

    List<String> expectedNames = fieldNames(v1);
    expectedNames.set(expectedNames.indexOf("budget"), "fundingLines");
    assertThat(fieldNames(v2)).isEqualTo(expectedNames);
    assertThat(v2.get("fundingLines").toString())
        .isEqualTo(
            "[{\"source\":\"REGIONAL_BUDGET\",\"fiscalYear\":2026,"
                + "\"allocation\":1250000000.50,\"currency\":\"IDR\"}]");
    ObjectNode rest = ((ObjectNode) v2.deepCopy());
    rest.remove("fundingLines");
    ObjectNode before = ((ObjectNode) v1.deepCopy());
    before.remove("budget");
    assertThat(rest).isEqualTo(before);
  }

  @Test
  void theFiscalYearIsTheStartsYearNotTheDueDatesNorToday() throws IOException {
    JsonNode v1 =
        tree(
            "{\"start\":\"2025-11-03\",\"due\":\"2027-03-31\",\"budget\":"
                + "{\"amount\":5E+8,\"currency\":\"IDR\",\"source\":\"VILLAGE_FUND\"}}");

    assertThat(upgrade(v1).toString())
        .isEqualTo(
            "{\"start\":\"2025-11-03\",\"due\":\"2027-03-31\",\"fundingLines\":[{\"source\":"
                + "\"VILLAGE_FUND\",\"fiscalYear\":2025,\"allocation\":5E+8,\"currency\":\"IDR\"}]}");
  }

  @Test
  void aCommitmentWithoutABudgetIsReadAsItIs() throws IOException {
    JsonNode v1 = TREES.readTree(JsonCorpus.v1(JsonCorpus.GOLDEN_LIST)).get("data").get(1);

    assertThat(v1.has("budget")).isFalse();
    assertThat(upgrade(v1)).isSameAs(v1);
  }

  @Test
  void aNullBudgetIsAbsent() throws IOException {
    assertThat(upgrade(tree("{\"start\":\"2026-01-13\",\"budget\":null}")).toString())
        .isEqualTo("{\"start\":\"2026-01-13\"}");
  }

  @Test
  void dataThatIsNotAnObjectIsLeftForTheBindingToReport() throws IOException {
    JsonNode array = tree("[1]");

    assertThat(upgrade(array)).isSameAs(array);
  }

  @Test
  void aStartThatIsNotADateGivesNoFiscalYearAndTheBindingReportsTheStart() throws IOException {
    assertThat(
            upgrade(tree("{\"start\":\"13-01-2026\",\"budget\":{\"currency\":\"IDR\"}}"))
                .toString())
        .isEqualTo("{\"start\":\"13-01-2026\",\"fundingLines\":[{\"currency\":\"IDR\"}]}");
  }

  @Test
  void badVersion1BudgetsAreReportedAtTheirVersion1Path() throws IOException {
    assertThatThrownBy(() -> upgrade(tree("{\"budget\":\"satu miliar\"}")))
        .isInstanceOfSatisfying(
            RakorJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.TYPE_MISMATCH);
              assertThat(e.path()).isEqualTo("$.data.budget");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Cannot read a commitment document at $.data.budget: budget must be an"
                          + " object {\"amount\":…,\"currency\":…,\"source\":…}, found string");
            });
    assertThatThrownBy(() -> upgrade(tree("{\"budget\":{\"amout\":1}}")))
        .isInstanceOfSatisfying(
            RakorJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
              assertThat(e.path()).isEqualTo("$.data.budget.amout");
              assertThat(e.getMessage()).contains("its fields are [amount, currency, source]");
            });
    assertThatThrownBy(() -> upgrade(tree("{\"budget\":null,\"fundingLines\":[]}")))
        .isInstanceOfSatisfying(
            RakorJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
              assertThat(e.path()).isEqualTo("$.data.fundingLines");
              assertThat(e.getMessage()).contains("schemaVersion 2 or later");
            });
  }

  @Test
  void pathsIntoTheFundingLineAreNamedAsTheVersion1Budget() {
    assertThat(SchemaUpgrade.v1Paths("$.data.fundingLines[0].allocation", "$.data"))
        .isEqualTo("$.data.budget.amount");
    assertThat(SchemaUpgrade.v1Paths("$.data[3].fundingLines[0].fiscalYear", "$.data[3]"))
        .isEqualTo("$.data[3].start");
    assertThat(SchemaUpgrade.v1Paths("$.fundingLines[0].currency", "$"))
        .isEqualTo("$.budget.currency");
    assertThat(SchemaUpgrade.v1Paths("$.data.fundingLines", "$.data")).isEqualTo("$.data.budget");
    assertThat(SchemaUpgrade.v1Paths("$.data.fundingLines[0]['odd name']", "$.data"))
        .isEqualTo("$.data.budget['odd name']");
    assertThat(
            SchemaUpgrade.v1Paths(
                "Cannot read x at $.data.fundingLines[0].allocation: 2 rules broken: a [at"
                    + " $.data.fundingLines[0].allocation]; b [at $.data.fundingLines[0].source]",
                "$.data"))
        .isEqualTo(
            "Cannot read x at $.data.budget.amount: 2 rules broken: a [at $.data.budget.amount];"
                + " b [at $.data.budget.source]");
    // other paths, and other commitments' funding lines, are left alone
    assertThat(SchemaUpgrade.v1Paths("$.data[1].fundingLines[0].allocation", "$.data[10]"))
        .isEqualTo("$.data[1].fundingLines[0].allocation");
    assertThat(SchemaUpgrade.v1Paths("$.data.milestones[0].due", "$.data"))
        .isEqualTo("$.data.milestones[0].due");
  }

  @Test
  void onlyVersion1CommitmentsAreUpgraded() {
    assertThat(SchemaUpgrade.needed(Commitment.class, 1)).isTrue();
    assertThat(SchemaUpgrade.needed(Commitment.class, 2)).isFalse();
    assertThat(SchemaUpgrade.needed(Meeting.class, 1)).isFalse();
  }

  @Test
  void version3IsRefusedWithTheClearError() {
    String v3 =
        new String(JsonCorpus.v1("meeting"), java.nio.charset.StandardCharsets.UTF_8)
            .replace("{\"schemaVersion\":1,", "{\"schemaVersion\":3,");

    assertThatThrownBy(() -> RakorJson.readDocument(v3, Meeting.class))
        .isInstanceOfSatisfying(
            RakorJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.ENVELOPE);
              assertThat(e.path()).isEqualTo("$.schemaVersion");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Cannot read a meeting document at $.schemaVersion (line 1, column 19):"
                          + " schemaVersion 3 is newer than this version of Rakor reads (up to 2);"
                          + " upgrade Rakor to read it");
            });
    assertThatThrownBy(() -> RakorJson.read("{}", Meeting.class, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schema version 3 is not one this version of Rakor reads (1 to 2)");
    assertThatThrownBy(() -> RakorJson.read("{}", Meeting.class, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
