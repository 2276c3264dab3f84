package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.rakor.core.Samples;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.MonitoringCycle;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text of the format: dates, numbers, enums, optionals and lists, as docs/json-format.md says.
 */
class RakorJsonFormatTest {
  private final ObjectMapper tree = new ObjectMapper();

  private JsonNode data(Object value) throws Exception {
    return tree.readTree(RakorJson.writeDocument(value)).get("data");
  }

  @Test
  void zonedDateTimesKeepTheirOffsetAndZoneId() throws Exception {
    JsonNode meeting = data(Samples.meeting());

    assertThat(meeting.get("start").asText()).isEqualTo("2026-01-12T09:00:00+07:00[Asia/Jakarta]");
    assertThat(meeting.get("end").asText()).isEqualTo("2026-01-12T12:30:00+07:00[Asia/Jakarta]");
    Meeting back =
        RakorJson.readDocument(RakorJson.writeDocument(Samples.meeting()), Meeting.class);
    assertThat(back.start().getZone()).isEqualTo(Samples.WIB);
  }

  @Test
  void aZoneOtherThanTheSystemsIsNotAdjusted() {
    MonitoringCycle cycle = Samples.minimalCycle(); // Asia/Makassar, UTC+8
    String json = RakorJson.writeDocument(cycle);

    assertThat(json).contains("\"reportDue\":\"2026-03-01T00:00:00+08:00[Asia/Makassar]\"");
    assertThat(RakorJson.readDocument(json, MonitoringCycle.class).reportDue())
        .isEqualTo(ZonedDateTime.parse("2026-03-01T00:00:00+08:00[Asia/Makassar]"));
  }

  @Test
  void instantsAreUtcWithZAndLocalDatesArePlainDates() throws Exception {
    JsonNode report = data(Samples.report());

    assertThat(report.get("submittedAt").asText()).isEqualTo("2026-04-08T02:15:30.250Z");
    assertThat(report.get("values").get(0).get("asOf").asText()).isEqualTo("2026-03-31");
  }

  @Test
  void enumsAreTheirConstantNames() throws Exception {
    assertThat(data(Samples.meeting()).get("kind").asText()).isEqualTo("CROSS_SECTOR_COORDINATION");
    assertThat(data(Samples.meeting()).get("status").asText()).isEqualTo("MINUTES_APPROVED");
    assertThat(data(Samples.commitment()).get("status").asText()).isEqualTo("SUPERSEDED");
    assertThat(data(Samples.plan()).get("zone").asText()).isEqualTo("Asia/Jakarta");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1250000000.50", "0.10", "0", "99999999999999999999999999999.99", "7"})
  void decimalAmountsAreExactNumbersWithTheirScale(String amount) {
    FundingLine line =
        FundingLine.of(
            FundingSource.DONOR, 2026, new BigDecimal(amount), Currency.getInstance("IDR"));
    String json = RakorJson.writeDocument(line);

    assertThat(json).contains("\"allocation\":" + amount + ",");
    FundingLine back = RakorJson.readDocument(json, FundingLine.class);
    assertThat(back).isEqualTo(line);
    assertThat(back.allocation().scale()).isEqualTo(new BigDecimal(amount).scale());
  }

  @Test
  void doublesRoundTripToTheSameBits() {
    for (double v :
        new double[] {
          0.1, 1.0 / 3, 1e-30, 1.2345678901234567e-29, 123456789.123456789, 0.0, 1e18, -1e18
        }) {
      var value = io.rakor.core.indicators.DatedValue.of(v, java.time.LocalDate.of(2026, 1, 1));
      var back =
          RakorJson.readDocument(
              RakorJson.writeDocument(value), io.rakor.core.indicators.DatedValue.class);
      assertThat(Double.doubleToRawLongBits(back.value())).isEqualTo(Double.doubleToRawLongBits(v));
    }
  }

  @Test
  void absentOptionalsAreOmittedAndEmptyListsWritten() throws Exception {
    JsonNode meeting = data(Samples.minimalMeeting());

    assertThat(meeting.has("minutes")).isFalse();
    assertThat(meeting.get("agenda").isArray()).isTrue();
    assertThat(meeting.get("agenda")).isEmpty();
    assertThat(meeting.get("status").asText()).isEqualTo("SCHEDULED"); // defaults are written
    assertThat(data(Samples.minimalCommitment()).has("budget")).isFalse();
    assertThat(data(Samples.minimalCommitment()).get("fundingLines")).isEmpty();
    assertThat(data(Samples.minimalCommitment()).get("weight").asDouble()).isEqualTo(1.0);
  }

  @Test
  void nullAndAbsentAreReadAlikeForOptionalsAndLists() {
    String json =
        "{\"schemaVersion\":2,\"type\":\"agenda-item\",\"data\":"
            + "{\"position\":1,\"title\":\"Pembukaan\",\"priority\":null,\"presenter\":null}}";
    assertThat(RakorJson.readDocument(json, io.rakor.core.meetings.AgendaItem.class))
        .isEqualTo(Samples.minimalAgendaItem());

    String withNullList =
        RakorJson.writeDocument(Samples.minimalMeeting())
            .replace("\"agenda\":[]", "\"agenda\":null");
    assertThat(withNullList).contains("\"agenda\":null");
    assertThat(RakorJson.readDocument(withNullList, Meeting.class))
        .isEqualTo(Samples.minimalMeeting());
  }

  @Test
  void theModuleAloneGivesTheFormatsDatesOnAPlainMapper() throws Exception {
    ObjectMapper plain = JsonMapper.builder().addModule(new RakorModule()).build();
    String json = plain.writeValueAsString(Samples.meeting());

    assertThat(json).contains("\"start\":\"2026-01-12T09:00:00+07:00[Asia/Jakarta]\"");
    assertThat(json).doesNotContain("\"minutes\":null");
    assertThat(plain.readValue(json, Meeting.class)).isEqualTo(Samples.meeting());
    assertThat(plain.writeValueAsString(Samples.minimalMeeting())).doesNotContain("minutes");
    assertThat(
            plain.readValue(
                RakorJson.write(Samples.report()), io.rakor.core.monitoring.ProgressReport.class))
        .isEqualTo(Samples.report());
  }

  @Test
  void mapperIsAFreshCopyWithTheLimits() {
    ObjectMapper a = RakorJson.mapper();
    ObjectMapper b = RakorJson.mapper();

    assertThat(a).isNotSameAs(b);
    assertThat(a.getFactory().streamReadConstraints().getMaxNestingDepth())
        .isEqualTo(RakorJson.MAX_NESTING_DEPTH);
    assertThat(a.getFactory().streamReadConstraints().getMaxStringLength())
        .isEqualTo(RakorJson.MAX_STRING_LENGTH);
    assertThat(a.getRegisteredModuleIds()).contains(new RakorModule().getTypeId());
    a.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(
            b.isEnabled(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
        .isTrue();
  }
}
