package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rakor.core.RakorException;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.json.RakorJsonException.Kind;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid JSON, broken invariants, unknown fields and bad envelopes are rejected with a path. */
class RakorJsonErrorsTest {
  private static final String MEETING = RakorJson.writeDocument(Samples.meeting());
  private static final String COMMITMENT = RakorJson.writeDocument(Samples.commitment());

  private static RakorJsonException readMeeting(String json) {
    return catchThrowableOfType(
        RakorJsonException.class, () -> RakorJson.readDocument(json, Meeting.class));
  }

  private static RakorJsonException readCommitment(String json) {
    return catchThrowableOfType(
        RakorJsonException.class, () -> RakorJson.readDocument(json, Commitment.class));
  }

  private static String edit(String json, String from, String to) {
    assertThat(json).contains(from);
    return json.replace(from, to);
  }

  @Test
  void theExceptionIsARakorException() {
    assertThat(readMeeting("{")).isInstanceOf(RakorException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{                                 | $",
        "{\"schemaVersion\":2,             | $",
        "{\"schemaVersion\":2,,}          | $.schemaVersion",
        "{\"schemaVersion\":2,'type':'x'}  | $.schemaVersion",
        "{\"schemaVersion\":2]            | $",
        "not json                          | $",
        "{\"schemaVersion\":2,\"schemaVersion\":2} | $.schemaVersion",
      })
  void malformedJsonIsASyntaxError(String json, String path) {
    RakorJsonException e = readMeeting(json);

    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(e.path()).startsWith(path);
    assertThat(e.getMessage()).startsWith("Cannot read a meeting document at ");
  }

  @Test
  void contentAfterTheDocumentIsASyntaxError() {
    RakorJsonException e = readMeeting(MEETING + " {}");

    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(e.getMessage()).contains("after the end of the JSON value");
  }

  @Test
  void emptyInputIsASyntaxError() {
    assertThat(readMeeting("  ").kind()).isEqualTo(Kind.SYNTAX);
    assertThat(readMeeting("  ").getMessage()).contains("empty");
  }

  @Test
  void aBrokenInvariantOfANestedValueNamesItsPathAndViolation() {
    String json = edit(MEETING, "\"position\":2,", "\"position\":0,");
    RakorJsonException e = readMeeting(json);

    assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
    assertThat(e.path()).isEqualTo("$.data.agenda[1].position");
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).type()).isEqualTo("AgendaItem");
    assertThat(e.violations().get(0).field()).isEqualTo("position");
    assertThat(e.violations().get(0).value()).isEqualTo("0");
    assertThat(e.getCause()).isInstanceOf(RakorValidationException.class);
    assertThat(e.getMessage())
        .contains("$.data.agenda[1].position")
        .contains("AgendaItem.position = 0: must be at least 1");
  }

  @Test
  void aBrokenInvariantOfTheWholeValueNamesTheFieldWithinIt() {
    // agenda positions must increase: 1 then 2 becomes 3 then 2
    String json = edit(MEETING, "{\"position\":1,", "{\"position\":3,");
    RakorJsonException e = readMeeting(json);

    assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
    assertThat(e.path()).isEqualTo("$.data.agenda[1].position");
    assertThat(e.violations().get(0).type()).isEqualTo("Meeting");
  }

  @Test
  void severalBrokenRulesAreAllReportedWithTheirPaths() {
    String json = edit(COMMITMENT, "\"weight\":2.5", "\"weight\":-1");
    json = edit(json, "\"due\":\"2026-12-31\"", "\"due\":\"2025-12-31\"");
    RakorJsonException e = readCommitment(json);

    assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
    assertThat(e.violations()).extracting(v -> v.field()).contains("due", "weight");
    assertThat(e.getMessage()).contains("[at $.data.weight]").contains("[at $.data.due]");
  }

  @Test
  void anInvalidIdNamesTheFieldThatHoldsIt() {
    RakorJsonException e =
        readCommitment(edit(COMMITMENT, "\"lead\":\"lu-dinkes\"", "\"lead\":\"bad id!\""));

    assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
    assertThat(e.path()).isEqualTo("$.data.lead");
    assertThat(e.violations().get(0).type()).isEqualTo("UnitId");
  }

  @Test
  void anInvalidIdInAListNamesItsIndex() {
    RakorJsonException e =
        readCommitment(
            edit(
                COMMITMENT,
                "\"scope\":[\"18.03.01\",\"18.03.02\"]",
                "\"scope\":[\"18.03.01\",\"18-03\"]"));

    assertThat(e.path()).isEqualTo("$.data.scope[1]");
    assertThat(e.violations().get(0).type()).isEqualTo("JurisdictionCode");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    RakorJsonException e = readMeeting(edit(MEETING, "\"venue\":\"Aula Bappeda, Kotabumi\",", ""));

    assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
    assertThat(e.path()).isEqualTo("$.data.venue");
    assertThat(e.violations().get(0).rule()).isEqualTo("is required");
  }

  @Test
  void anUnknownFieldIsRejectedWithItsPath() {
    RakorJsonException e =
        readMeeting(edit(MEETING, "{\"position\":1,", "{\"position\":1,\"colour\":\"red\","));

    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(e.path()).isEqualTo("$.data.agenda[0].colour");
    assertThat(e.getMessage()).contains("unknown field \"colour\" in AgendaItem").contains("title");
  }

  @Test
  void anUnknownTopLevelDataFieldIsRejected() {
    RakorJsonException e = readCommitment(edit(COMMITMENT, "\"data\":{", "\"data\":{\"note\":1,"));

    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(e.path()).isEqualTo("$.data.note");
  }

  @Test
  void anUnknownEnvelopeFieldIsRejected() {
    RakorJsonException e =
        readCommitment(edit(COMMITMENT, "\"type\":", "\"author\":\"x\",\"type\":"));

    assertThat(e.kind()).isEqualTo(Kind.ENVELOPE);
    assertThat(e.path()).isEqualTo("$.author");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"position\":1,       | \"position\":\"1\",     | $.data.agenda[0].position",
        "\"position\":1,       | \"position\":1.5,       | $.data.agenda[0].position",
        "\"position\":1,       | \"position\":1.0,       | $.data.agenda[0].position",
        "\"position\":1,       | \"position\":1e2,       | $.data.agenda[0].position",
        "\"position\":1,       | \"position\":99999999999, | $.data.agenda[0].position",
        "\"kind\":\"CROSS_SECTOR_COORDINATION\" | \"kind\":\"cross_sector_coordination\" | $.data.kind",
        "\"kind\":\"CROSS_SECTOR_COORDINATION\" | \"kind\":0 | $.data.kind",
        "\"title\":\"Pembukaan\" | \"title\":17           | $.data.agenda[0].title",
        "\"title\":\"Pembukaan\" | \"title\":{}           | $.data.agenda[0].title",
        "\"start\":\"2026-01-12T09:00:00+07:00[Asia/Jakarta]\" | \"start\":\"12/01/2026\" | $.data.start",
        "\"start\":\"2026-01-12T09:00:00+07:00[Asia/Jakarta]\" | \"start\":1768183200 | $.data.start",
        "\"start\":\"2026-01-12T09:00:00+07:00[Asia/Jakarta]\" | \"start\":[2026,1,12] | $.data.start",
        "\"title\":\"Pembukaan\" | \"title\":true         | $.data.agenda[0].title",
      })
  void aValueOfTheWrongShapeIsATypeMismatch(String from, String to, String path) {
    RakorJsonException e = readMeeting(edit(MEETING, from, to));

    assertThat(e.kind()).isIn(Kind.TYPE_MISMATCH);
    assertThat(e.path()).isEqualTo(path);
  }

  @Test
  void nullDataAndNullListElementsAreRejected() {
    assertThat(readMeeting("{\"schemaVersion\":2,\"type\":\"meeting\",\"data\":null}").path())
        .isEqualTo("$.data");
    RakorJsonException e =
        readMeeting(edit(MEETING, "\"coConveners\":[", "\"coConveners\":[null,"));
    assertThat(e.path()).isEqualTo("$.data.coConveners[0]");
    assertThat(e.kind()).isEqualTo(Kind.TYPE_MISMATCH);
    assertThat(e.getMessage()).contains("null is not allowed as an element of a list");
  }

  @Test
  void aHugeDecimalExponentIsRejectedQuickly() {
    String json =
        edit(RakorJson.writeDocument(Samples.fundingLine()), "1250000000.50", "1e999999999");
    RakorJsonException e =
        catchThrowableOfType(
            RakorJsonException.class, () -> RakorJson.readDocument(json, FundingLine.class));

    assertThat(e.kind()).isEqualTo(Kind.TYPE_MISMATCH);
    assertThat(e.path()).isEqualTo("$.data.allocation");
    assertThat(e.getMessage()).contains("decimal number out of range");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"schemaVersion\":2 | \"schemaVersion\":3   | $.schemaVersion | newer than this version of Rakor reads (up to 2); upgrade",
        "\"schemaVersion\":2 | \"schemaVersion\":99999999999999999999999 | $.schemaVersion | newer",
        "\"schemaVersion\":2 | \"schemaVersion\":0   | $.schemaVersion | does not exist",
        "\"schemaVersion\":2 | \"schemaVersion\":\"1\" | $.schemaVersion | must be a whole number",
        "\"schemaVersion\":2 | \"schemaVersion\":1.0 | $.schemaVersion | must be a whole number",
        "\"schemaVersion\":2, | ''                   | $.schemaVersion | has no schemaVersion",
        "\"type\":\"meeting\", | ''                  | $.type          | has no type",
        "\"type\":\"meeting\" | \"type\":\"commitment\" | $.type       | holds a \"commitment\", not the expected \"meeting\"",
        "\"type\":\"meeting\" | \"type\":\"meeting[]\" | $.type        | holds a \"meeting[]\"",
        "\"type\":\"meeting\" | \"type\":\"Meeting\"  | $.type          | unknown type \"Meeting\"",
        "\"type\":\"meeting\" | \"type\":null        | $.type          | must be a string",
      })
  void aBadEnvelopeIsRejectedClearly(String from, String to, String path, String message) {
    RakorJsonException e = readMeeting(edit(MEETING, from, to));

    assertThat(e.kind()).isEqualTo(Kind.ENVELOPE);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage()).contains(message);
  }

  @Test
  void missingDataAndNonObjectDocumentsAreEnvelopeErrors() {
    RakorJsonException e = readMeeting("{\"schemaVersion\":2,\"type\":\"meeting\"}");
    assertThat(e.kind()).isEqualTo(Kind.ENVELOPE);
    assertThat(e.path()).isEqualTo("$.data");
    assertThat(readMeeting("[]").kind()).isEqualTo(Kind.ENVELOPE);
    assertThat(readMeeting(RakorJson.write(Samples.meeting())).kind()).isEqualTo(Kind.ENVELOPE);
  }

  @Test
  void aListDocumentNamesTheBadElement() {
    String json =
        RakorJson.writeListDocument(
            java.util.List.of(Samples.commitment(), Samples.minimalCommitment()), Commitment.class);
    String bad = edit(json, "\"action\":\"Menerbitkan SK tim desa\"", "\"action\":\" \"");
    RakorJsonException e =
        catchThrowableOfType(
            RakorJsonException.class, () -> RakorJson.readListDocument(bad, Commitment.class));

    assertThat(e.path()).isEqualTo("$.data[1].action");
    assertThat(
            catchThrowableOfType(
                    RakorJsonException.class,
                    () -> RakorJson.readListDocument(COMMITMENT, Commitment.class))
                .getMessage())
        .contains("holds a \"commitment\", not the expected \"commitment[]\"");
  }

  @Test
  void plainReadReportsPathsFromTheRoot() {
    String json = edit(RakorJson.write(Samples.meeting()), "\"position\":2,", "\"position\":0,");
    RakorJsonException e =
        catchThrowableOfType(RakorJsonException.class, () -> RakorJson.read(json, Meeting.class));

    assertThat(e.path()).isEqualTo("$.agenda[1].position");
    assertThat(
            catchThrowableOfType(
                    RakorJsonException.class, () -> RakorJson.read("null", AgendaItem.class))
                .kind())
        .isEqualTo(Kind.TYPE_MISMATCH);
    assertThat(
            catchThrowableOfType(
                    RakorJsonException.class,
                    () -> RakorJson.read("{\"position\":1,\"title\":\"x\"} []", AgendaItem.class))
                .kind())
        .isEqualTo(Kind.SYNTAX);
  }

  @Test
  void aTypeThatIsNotADocumentTypeIsAProgrammingError() {
    assertThatThrownBy(() -> RakorJson.writeDocument("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Rakor document type");
    assertThatThrownBy(() -> RakorJson.readDocument("{}", String.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLineAndColumnAreGiven() {
    Function<String, String> pretty = s -> s.replace(",\"", ",\n\"");
    RakorJsonException e =
        readMeeting(pretty.apply(edit(MEETING, "\"position\":2,", "\"position\":0,")));

    assertThat(e.getMessage()).containsPattern("\\(line \\d+, column \\d+\\)");
  }
}
