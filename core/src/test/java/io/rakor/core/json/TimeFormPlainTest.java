package io.rakor.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formatter-free reading of dates and instants reads exactly what the formatters read. */
class TimeFormPlainTest {
  @Test
  void datesReadAsTheFormatterReadsThem() {
    for (String text :
        List.of("2026-12-31", "2024-02-29", "0000-01-01", "9999-12-31", "2026-01-01")) {
      assertThat(TimeForm.Plain.date(text))
          .isEqualTo(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
      assertThat(TimeForm.LOCAL_DATE.parse(text)).isEqualTo(LocalDate.parse(text));
    }
  }

  @Test
  void datesTheFormatterRefusesAreLeftToIt() {
    for (String text :
        List.of(
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "2026/01/01",
            "+2026-01-01",
            "2026-01-0a",
            "20260101xx",
            "")) {
      assertThat(TimeForm.Plain.date(text)).as(text).isNull();
      assertThatThrownBy(() -> TimeForm.LOCAL_DATE.parse(text))
          .isInstanceOf(DateTimeException.class)
          .hasMessageContaining("is not a date yyyy-MM-dd");
    }
  }

  @Test
  void instantsReadAsTheFormatterReadsThem() {
    for (String text :
        List.of(
            "2026-01-05T02:00:00Z",
            "2026-04-08T02:15:30.250Z",
            "2026-04-08T02:15:30.2Z",
            "2026-04-08T23:59:59.123456789Z",
            "2024-02-29T00:00:00.000001Z")) {
      Instant expected =
          LocalDateTime.parse(text.substring(0, text.length() - 1)).toInstant(ZoneOffset.UTC);
      assertThat(TimeForm.Plain.instant(text)).as(text).isEqualTo(expected);
      assertThat(TimeForm.INSTANT.parse(text)).isEqualTo(expected);
    }
  }

  @Test
  void instantsTheFormatterRefusesAreLeftToIt() {
    for (String text :
        List.of(
            "2026-01-05T24:00:00Z",
            "2026-01-05T23:60:00Z",
            "2026-01-05T23:59:60Z",
            "2025-02-29T00:00:00Z",
            "2026-01-05T02:00:00.Z",
            "2026-01-05T02:00:00.1234567890Z",
            "2026-01-05T02:00:00+07:00",
            "2026-01-05 02:00:00Z",
            "2026-01-05T02:00Z")) {
      assertThat(TimeForm.Plain.instant(text)).as(text).isNull();
      assertThatThrownBy(() -> TimeForm.INSTANT.parse(text))
          .isInstanceOf(DateTimeException.class)
          .hasMessageContaining("is not a UTC instant");
    }
  }
}
