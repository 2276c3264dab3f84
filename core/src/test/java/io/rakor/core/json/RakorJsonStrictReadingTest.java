package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.json.RakorJsonException.Kind;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.values.Limits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading accepts exactly what the format allows: every date, instant, zoned date-time and zone
 * that the library writes reads back equal, and the lax forms around them do not (the hostile
 * corpus has one document for each); {@code null} is absent; errors are never input errors.
 */
class RakorJsonStrictReadingTest {
  private static final String COMMITMENT = RakorJson.writeDocument(Samples.commitment());

  private static String edit(String json, String from, String to) {
    assertThat(json).contains(from);
    return json.replace(from, to);
  }

  /** The sample meeting, from {@code start} for three hours. */
  private static Meeting meeting(ZonedDateTime start) {
    return Meeting.builder().from(Samples.meeting()).start(start).end(start.plusHours(3)).build();
  }

  private static <T> T roundTrip(T value, Class<T> type) {
    return RakorJson.readDocument(RakorJson.writeDocument(value), type);
  }

  // ------------------------------------------------------------ dates: what is written is read

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01", "2024-02-29", "2099-12-31"})
  void everyDateTheLibraryWritesReadsBack(String date) {
    LocalDate day = LocalDate.parse(date);
    Commitment c =
        Commitment.builder()
            .from(Samples.commitment())
            .start(day)
            .due(day)
            .targets(List.of())
            .fundingLines(List.of())
            .milestones(
                List.of(
                    io.rakor.core.commitments.Milestone.builder()
                        .from(Samples.commitment().milestones().get(0))
                        .start(day)
                        .due(day)
                        .build()))
            .build();

    assertThat(RakorJson.writeDocument(c)).contains("\"start\":\"" + date + "\"");
    assertThat(roundTrip(c, Commitment.class)).isEqualTo(c);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-04-08T02:15:30Z",
        "2026-04-08T02:15:30.100Z",
        "2026-04-08T02:15:30.000001Z",
        "2026-04-08T02:15:30.123456789Z",
        "1970-01-01T00:00:00Z"
      })
  void everyInstantTheLibraryWritesReadsBack(String instant) {
    ProgressReport report = Samples.report().withSubmittedAt(Instant.parse(instant));

    assertThat(RakorJson.writeDocument(report)).contains("\"submittedAt\":\"" + instant + "\"");
    assertThat(roundTrip(report, ProgressReport.class)).isEqualTo(report);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"+10000-01-01\"",
        "\"-0001-12-31\"",
        "\"+10000-01-01T00:00:00Z\"",
        "\"2026-01-12T09:00:00+07:00[UTC+07:00]\"",
        "\"2026-01-12T02:00:00Z[UTC]\"",
        "\"2026-01-12T09:00:00+07:00[Etc/GMT-7]\"",
        "\"UTC+07:00\"",
        "\"Z\""
      })
  void everyValueJavaWritesReadsBackOnTheMapper(String json) throws Exception {
    ObjectMapper mapper = RakorJson.mapper();
    Class<?> type =
        json.length() <= 12
            ? ZoneId.class
            : json.length() <= 15
                ? LocalDate.class
                : json.endsWith("Z\"") ? Instant.class : ZonedDateTime.class;

    Object value = mapper.readValue(json, type);

    assertThat(mapper.writeValueAsString(value)).isEqualTo(json);
  }

  @Test
  void aShorterFractionOfAnInstantIsReadAsWell() {
    String json =
        edit(
            RakorJson.writeDocument(Samples.report()),
            "2026-04-08T02:15:30.250Z",
            "2026-04-08T02:15:30.25Z");

    assertThat(RakorJson.readDocument(json, ProgressReport.class).submittedAt())
        .isEqualTo(Instant.parse("2026-04-08T02:15:30.250Z"));
  }

  @Test
  void zonedDateTimesReadBackInTheirZoneWithTheirOffsetEvenInAnOverlap() {
    ZoneId newYork = ZoneId.of("America/New_York"); // 01:30 happens twice on 1 November 2026
    ZonedDateTime first = ZonedDateTime.of(LocalDateTime.of(2026, 11, 1, 1, 30), newYork);
    ZonedDateTime second = first.withLaterOffsetAtOverlap();
    assertThat(first).isNotEqualTo(second);

    for (ZonedDateTime start : List.of(first, second)) {
      Meeting meeting = meeting(start);
      Meeting back = roundTrip(meeting, Meeting.class);

      assertThat(back).isEqualTo(meeting);
      assertThat(back.start().getOffset()).isEqualTo(start.getOffset());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"+07:00", "Z", "UTC", "Asia/Makassar"})
  void zonesReadBackAsTheyWereWritten(String id) {
    ZoneId zone = ZoneId.of(id);
    ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 9, 0), zone);
    Meeting meeting = meeting(start);
    MonitoringPlan plan = Samples.plan().withZone(zone);

    assertThat(roundTrip(meeting, Meeting.class)).isEqualTo(meeting);
    assertThat(roundTrip(plan, MonitoringPlan.class)).isEqualTo(plan);
    assertThat(RakorJson.writeDocument(plan)).contains("\"zone\":\"" + id + "\"");
  }

  @Test
  void aFixedOffsetZoneIsWrittenWithoutBrackets() {
    ZonedDateTime start =
        ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 9, 0), ZoneOffset.ofHours(7));
    Meeting meeting = meeting(start);

    assertThat(RakorJson.writeDocument(meeting))
        .contains("\"start\":\"2026-01-12T09:00:00+07:00\"");
  }

  @Test
  void theModuleOnAPlainMapperReadsDatesStrictlyToo() {
    ObjectMapper plain = JsonMapper.builder().addModule(new RakorModule()).build();
    String json =
        edit(RakorJson.write(Samples.commitment()), "\"2026-01-13\"", "\"2026-01-13T23:59\"");

    assertThatThrownBy(() -> plain.readValue(json, Commitment.class))
        .hasMessageContaining("is not a date yyyy-MM-dd");
  }

  // ------------------------------------------------------------ null

  @Test
  void nullIsAbsentForEveryField() {
    Commitment c = Samples.commitment();
    String json = edit(COMMITMENT, "\"weight\":2.5", "\"weight\":null");
    json = edit(json, "\"parent\":\"lu-c-2025-017\"", "\"parent\":null");

    Commitment back = RakorJson.readDocument(json, Commitment.class);

    assertThat(back.weight()).isEqualTo(1.0); // the default, as when absent
    assertThat(back.parent()).isEmpty();
    assertThat(back).isEqualTo(c.withWeight(1.0).withParent(java.util.Optional.empty()));

    String nullStatus =
        RakorJson.writeDocument(Samples.minimalCommitment()).replace("\"PROPOSED\"", "null");
    assertThat(nullStatus).contains("\"status\":null");
    assertThat(RakorJson.readDocument(nullStatus, Commitment.class).status())
        .isEqualTo(CommitmentStatus.PROPOSED);
  }

  @Test
  void aNullRequiredFieldIsMissing() {
    RakorJsonException missing =
        catchThrowableOfType(
            RakorJsonException.class,
            () ->
                RakorJson.readDocument(
                    COMMITMENT.replaceFirst("\"action\":\"[^\"]*\"", "\"action\":null"),
                    Commitment.class));
    assertThat(missing.kind()).isEqualTo(Kind.INVARIANT);
    assertThat(missing.path()).isEqualTo("$.data.action");
    assertThat(missing.violations().get(0).rule()).isEqualTo("is required");
  }

  // ------------------------------------------------------------ errors and limits

  /** A value whose creator fails as the JVM does when it runs out of memory. */
  record Exhausting(String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Exhausting of(String value) {
      throw new OutOfMemoryError("Java heap space (thrown by the test)");
    }
  }

  /** A value whose creator fails as the JVM does when it runs out of stack. */
  record Overflowing(String value) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Overflowing of(String value) {
      throw new StackOverflowError("thrown by the test");
    }
  }

  @Test
  void anErrorPropagatesAndIsNeverAnInputError() {
    assertThatThrownBy(() -> RakorJson.read("\"x\"", Exhausting.class))
        .isExactlyInstanceOf(OutOfMemoryError.class)
        .hasMessageContaining("thrown by the test");
    assertThatThrownBy(() -> RakorJson.read("[\"x\"]", Overflowing[].class))
        .isExactlyInstanceOf(StackOverflowError.class);
  }

  @Test
  void theMapperHasTheArrayAndTokenLimitsToo() throws Exception {
    ObjectMapper mapper = RakorJson.mapper();
    String tooLong = "[" + "0,".repeat(Limits.LIST_SIZE) + "0]";

    assertThat(mapper.getFactory().streamReadConstraints().getMaxTokenCount())
        .isEqualTo(RakorJson.MAX_TOKEN_COUNT);
    assertThatThrownBy(() -> mapper.readTree(tooLong))
        .hasMessageContaining("an array holds at most " + Limits.LIST_SIZE);
    assertThatThrownBy(() -> mapper.copy().readValue(tooLong.getBytes(), int[].class))
        .hasMessageContaining("an array holds at most " + Limits.LIST_SIZE);
    JsonNode longest = mapper.readTree(tooLong.replaceFirst("0,", ""));
    assertThat(longest.size()).isEqualTo(Limits.LIST_SIZE);
  }

  @Test
  void anArrayAtTheLimitIsNotRefusedForItsLengthButOneMoreIs() {
    RakorJsonException at =
        catchThrowableOfType(
            RakorJsonException.class,
            () ->
                RakorJson.readDocument(
                    LargeDocuments.reader(LargeDocuments.supporters(Limits.LIST_SIZE)),
                    Commitment.class));
    RakorJsonException over =
        catchThrowableOfType(
            RakorJsonException.class,
            () ->
                RakorJson.readDocument(
                    LargeDocuments.reader(LargeDocuments.supporters(Limits.LIST_SIZE + 1)),
                    Commitment.class));

    assertThat(at.kind())
        .as("read whole, then refused by the commitment's own, shorter limit on supporters")
        .isEqualTo(Kind.INVARIANT);
    assertThat(at.path()).isEqualTo("$.data.supporters");
    assertThat(at.getMessage())
        .contains("must have at most " + Limits.REFERENCE_LIST_SIZE + " elements");
    assertThat(over.kind()).isEqualTo(Kind.LIMIT);
    assertThat(over.path()).isEqualTo("$.data.supporters[" + Limits.LIST_SIZE + "]");
  }
}
