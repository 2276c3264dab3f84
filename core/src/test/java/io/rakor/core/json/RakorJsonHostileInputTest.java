package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJsonException.Kind;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.values.Limits;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Very deep, very large and huge-string input is rejected quickly, with a path; the input never
 * chooses a Java class. Speed is not measured here: each test only has a generous timeout that a
 * quadratic or unbounded reader would blow.
 */
class RakorJsonHostileInputTest {
  private static final Duration QUICKLY = Duration.ofSeconds(20);

  private static RakorJsonException readMeeting(String json) {
    return catchThrowableOfType(
        RakorJsonException.class, () -> RakorJson.readDocument(json, Meeting.class));
  }

  @Test
  void veryDeepNestingIsRejectedAtTheDepthLimit() {
    // data before the envelope's type is buffered, so the parser descends as deep as the input goes
    String deep = "{\"data\":" + "[".repeat(1_000_000);
    RakorJsonException e = readMeeting(deep);

    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.getMessage())
        .contains("nesting depth")
        .contains(String.valueOf(RakorJson.MAX_NESTING_DEPTH));
    assertThat(e.path()).startsWith("$.data[0][0][0]");
  }

  @Test
  void deepObjectsAreRejectedToo() {
    String deep = "{\"data\":" + "{\"a\":".repeat(100_000);
    RakorJsonException e = readMeeting(deep);

    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.path()).startsWith("$.data.a.a.a");
  }

  @Test
  void deepNestingWhereAValueIsExpectedIsRejectedAtOnce() {
    String deep =
        "{\"schemaVersion\":2,\"type\":\"meeting\",\"data\":{\"title\":" + "[".repeat(1_000_000);
    RakorJsonException e = readMeeting(deep);

    assertThat(e.kind()).isEqualTo(Kind.TYPE_MISMATCH);
    assertThat(e.path()).isEqualTo("$.data.title");
  }

  @Test
  void aHugeStringIsRejectedWithItsPath() {
    String json =
        RakorJson.writeDocument(Samples.meeting())
            .replace(
                "\"venue\":\"Aula Bappeda, Kotabumi\"",
                "\"venue\":\"" + "x".repeat(RakorJson.MAX_STRING_LENGTH + 1) + "\"");
    RakorJsonException e = readMeeting(json);

    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.path()).isEqualTo("$.data.venue");
    assertThat(e.getMessage()).contains(String.valueOf(RakorJson.MAX_STRING_LENGTH));
  }

  @Test
  void aStringWithinTheLimitButOverTheFieldsRuleIsAnInvariant() {
    String json =
        RakorJson.writeDocument(Samples.meeting())
            .replace(
                "\"venue\":\"Aula Bappeda, Kotabumi\"", "\"venue\":\"" + "x".repeat(600) + "\"");
    RakorJsonException e = readMeeting(json);

    assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
    assertThat(e.path()).isEqualTo("$.data.venue");
    assertThat(e.violations().get(0).value()).hasSizeLessThan(200); // abbreviated
  }

  @Test
  void aHugeFieldNameIsRejected() {
    String json =
        "{\"schemaVersion\":2,\"type\":\"meeting\",\"data\":{\""
            + "n".repeat(RakorJson.MAX_NAME_LENGTH + 1)
            + "\":1}}";
    RakorJsonException e = readMeeting(json);

    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.path()).startsWith("$.data");
  }

  @Test
  void aHugeNumberIsRejected() {
    String json =
        "{\"schemaVersion\":2,\"type\":\"commitment\",\"data\":{\"weight\":"
            + "9".repeat(RakorJson.MAX_NUMBER_LENGTH + 1)
            + "}}";
    RakorJsonException e =
        catchThrowableOfType(
            RakorJsonException.class, () -> RakorJson.readDocument(json, Commitment.class));

    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.path()).isEqualTo("$.data.weight");
  }

  @Test
  void aMillionSupportersAreRefusedAtTheListLimitQuickly() {
    RakorJsonException e =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                catchThrowableOfType(
                    RakorJsonException.class,
                    () ->
                        RakorJson.readDocument(
                            LargeDocuments.bytes(LargeDocuments.supporters(1_000_000)),
                            Commitment.class)));

    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.path()).isEqualTo("$.data.supporters[" + Limits.LIST_SIZE + "]");
    assertThat(e.getMessage()).contains("an array holds at most " + Limits.LIST_SIZE);
  }

  /** An endless document: an envelope whose list of co-conveners never ends. */
  private static InputStream endless() {
    byte[] head =
        "{\"schemaVersion\":2,\"type\":\"meeting\",\"data\":{\"coConveners\":[\"f\","
            .getBytes(StandardCharsets.UTF_8);
    byte[] item = "    ".getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long position;

      @Override
      public int read() {
        int b =
            position < head.length
                ? head[(int) position]
                : item[(int) ((position - head.length) % item.length)];
        position++;
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
          buffer[offset + i] = (byte) read();
        }
        return length;
      }
    };
  }

  @Test
  void aVeryLargeStreamIsRejectedAtTheDocumentLimit() {
    RakorJsonException e =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                catchThrowableOfType(
                    RakorJsonException.class,
                    () -> RakorJson.readDocument(endless(), Meeting.class)));

    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.getMessage()).containsIgnoringCase("document length");
    assertThat(e.path()).startsWith("$.data.coConveners");
  }

  @Test
  void aVeryLargeReaderIsRejectedAtTheDocumentLimit() {
    Reader reader =
        new Reader() {
          final InputStream bytes = endless();

          @Override
          public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            for (int i = 0; i < length; i++) {
              buffer[offset + i] = (char) bytes.read();
            }
            return length;
          }

          @Override
          public void close() {}
        };
    RakorJsonException e =
        catchThrowableOfType(
            RakorJsonException.class, () -> RakorJson.readListDocument(reader, Commitment.class));

    assertThat(e.kind()).isIn(Kind.LIMIT, Kind.ENVELOPE);
  }

  @Test
  void aVeryLargeStringOrByteArrayIsRejectedBeforeParsing() {
    byte[] bytes = new byte[(int) RakorJson.MAX_DOCUMENT_LENGTH + 1];
    RakorJsonException e =
        catchThrowableOfType(
            RakorJsonException.class, () -> RakorJson.readDocument(bytes, Meeting.class));

    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.getMessage()).contains("over the limit");
  }

  @Test
  void polymorphicTypeIdsInTheInputAreNotHonoured() {
    // Jackson's default-typing wrapper-array form, and the @class property form
    String wrapped =
        "{\"schemaVersion\":2,\"type\":\"meeting\",\"data\":" + "[\"java.util.HashMap\",{}]}";
    RakorJsonException e = readMeeting(wrapped);
    assertThat(e.kind()).isEqualTo(Kind.TYPE_MISMATCH);
    assertThat(e.path()).isEqualTo("$.data");

    String property =
        RakorJson.writeDocument(Samples.meeting())
            .replace("\"data\":{", "\"data\":{\"@class\":\"java.util.HashMap\",");
    RakorJsonException p = readMeeting(property);
    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(p.path()).isEqualTo("$.data['@class']");

    // and the configured mapper has no default typing at all
    ObjectMapper mapper = RakorJson.mapper();
    assertThat(
            mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
        .isNull();
    assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
        .isNull();
    assertThat(RakorJson.write(Samples.meeting()))
        .doesNotContain("@class")
        .doesNotContain("Immutable");
  }

  @Test
  void theModuleRefusesAMapperWithDefaultTyping() {
    ObjectMapper typed =
        new ObjectMapper()
            .activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                ObjectMapper.DefaultTyping.NON_FINAL,
                JsonTypeInfo.As.PROPERTY);

    assertThatThrownBy(() -> typed.registerModule(new RakorModule()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("default typing");
  }
}
