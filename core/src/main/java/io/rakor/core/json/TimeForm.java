package io.rakor.core.json;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * The one ISO-8601 text form in which Rakor's JSON format reads each date, time and zone type, and
 * nothing else: no time on a date, no other offset or zone than the one written, no surrounding
 * spaces. What a lenient parser would accept and silently change (a date-time for a date, dropping
 * the time; an offset on an instant, shifting it) is rejected, so that one value has one JSON form.
 * The forms are described in {@code docs/json-format.md}.
 *
 * <p>Both bindings of the format, {@link RakorModule} on Jackson 2 and the {@code
 * rakor-json-jackson3} module on Jackson 3, read through these forms, so that they accept and
 * reject exactly the same texts with the same messages. Stateless and thread-safe.
 *
 * @since 0.1
 */
public enum TimeForm {
  /** A {@link LocalDate}: {@code 2026-12-31}. */
  LOCAL_DATE(LocalDate.class, "a date yyyy-MM-dd such as \"2026-12-31\"") {
    @Override
    Object parseExactly(String text) {
      LocalDate plain = Plain.date(text);
      return plain != null ? plain : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }
  },
  /** An {@link Instant}: {@code 2026-04-08T02:15:30.250Z}. */
  INSTANT(
      Instant.class,
      "a UTC instant yyyy-MM-ddTHH:mm:ss[.fraction]Z such as \"2026-04-08T02:15:30.250Z\"") {
    @Override
    Object parseExactly(String text) {
      Instant plain = Plain.instant(text);
      return plain != null
          ? plain
          : LocalDateTime.from(Formats.INSTANT.parse(text)).toInstant(ZoneOffset.UTC);
    }
  },
  /** An {@link OffsetDateTime}: {@code 2026-01-12T09:00:00+07:00}. */
  OFFSET_DATE_TIME(
      OffsetDateTime.class,
      "a date-time with an offset yyyy-MM-ddTHH:mm:ss[.fraction]+HH:MM such as"
          + " \"2026-01-12T09:00:00+07:00\"") {
    @Override
    Object parseExactly(String text) {
      return OffsetDateTime.from(Formats.OFFSET_DATE_TIME.parse(text));
    }
  },
  /**
   * A {@link ZonedDateTime}: {@code 2026-01-12T09:00:00+07:00[Asia/Jakarta]}, or without the
   * brackets for a fixed offset.
   */
  ZONED_DATE_TIME(
      ZonedDateTime.class,
      "a date-time with an offset and a zone id yyyy-MM-ddTHH:mm:ss[.fraction]+HH:MM[Zone/Id]"
          + " such as \"2026-01-12T09:00:00+07:00[Asia/Jakarta]\", the offset being the zone's"
          + " at that time") {
    @Override
    Object parseExactly(String text) {
      TemporalAccessor parsed = Formats.ZONED_DATE_TIME.parse(text);
      ZoneOffset offset = parsed.query(TemporalQueries.offset());
      ZoneId zone = parsed.query(TemporalQueries.zoneId());
      if (zone == null) {
        zone = offset; // no brackets: the zone is the offset itself
      } else if (zone instanceof ZoneOffset || !text.endsWith("[" + zone.getId() + "]")) {
        throw new DateTimeException("the zone in brackets must be a zone id such as Asia/Jakarta");
      }
      // ofStrict refuses an offset the zone does not have at that local time, never adjusts it
      return ZonedDateTime.ofStrict(LocalDateTime.from(parsed), offset, zone);
    }
  },
  /** A {@link ZoneId}: {@code Asia/Jakarta}, or a fixed offset such as {@code +07:00}. */
  ZONE_ID(ZoneId.class, "a zone id such as \"Asia/Jakarta\", or an offset such as \"+07:00\"") {
    @Override
    Object parseExactly(String text) {
      ZoneId zone = ZoneId.of(text);
      if (!zone.getId().equals(text)) {
        throw new DateTimeException("not the zone's own id " + zone.getId());
      }
      return zone;
    }
  };

  private final Class<?> type;
  private final String expected;

  TimeForm(Class<?> type, String expected) {
    this.type = type;
    this.expected = expected;
  }

  /**
   * The Java type read in this form.
   *
   * @return the type, such as {@code LocalDate.class}
   */
  public Class<?> type() {
    return type;
  }

  /**
   * The form in words, with an example, as error messages give it.
   *
   * @return for example {@code a date yyyy-MM-dd such as "2026-12-31"}
   */
  public String expected() {
    return expected;
  }

  /**
   * Reads a text in exactly this form.
   *
   * @param text the text of a JSON string
   * @return the value, of {@link #type()}
   * @throws DateTimeException if the text is not in this form or not a real date, time or zone; the
   *     message quotes the text (cut to 100 characters), gives the form and, for a well-formed
   *     text, what is wrong with it
   */
  public Object parse(String text) {
    try {
      return parseExactly(text);
    } catch (DateTimeException e) {
      // a parse error only repeats the text; another says what is wrong with a well-formed one
      String reason =
          e instanceof DateTimeParseException ? "" : " (" + abbreviate(e.getMessage()) + ")";
      throw new DateTimeException("\"" + abbreviate(text) + "\" is not " + expected + reason, e);
    }
  }

  abstract Object parseExactly(String text);

  private static String abbreviate(String text) {
    return JsonErrors.abbreviate(text);
  }

  /**
   * The forms Rakor writes, {@code 2026-12-31} and {@code 2026-04-08T02:15:30[.250]Z}, read without
   * a formatter: each field from its fixed place, checked by {@code LocalDate.of} and {@code
   * LocalDateTime.of} as the strict formatters check it. Anything else (another length, a character
   * out of place, a field out of range) returns null, and the formatter reads the text and explains
   * what is wrong with it.
   */
  static final class Plain {
    private Plain() {}

    static LocalDate date(String text) {
      if (text.length() != 10 || !isDate(text)) {
        return null;
      }
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (DateTimeException e) {
        return null;
      }
    }

    static Instant instant(String text) {
      int n = text.length();
      if (n < 20
          || n > 30
          || n == 21
          || !isDate(text)
          || text.charAt(10) != 'T'
          || text.charAt(13) != ':'
          || text.charAt(16) != ':'
          || text.charAt(n - 1) != 'Z'
          || digits(text, 11, 13) < 0
          || digits(text, 14, 16) < 0
          || digits(text, 17, 19) < 0) {
        return null;
      }
      int nanos = 0;
      if (n > 20) { // a fraction of 1 to 9 digits
        if (text.charAt(19) != '.' || digits(text, 20, n - 1) < 0) {
          return null;
        }
        nanos = digits(text, 20, n - 1);
        for (int i = n - 1; i < 29; i++) {
          nanos *= 10;
        }
      }
      try {
        return LocalDateTime.of(
                digits(text, 0, 4),
                digits(text, 5, 7),
                digits(text, 8, 10),
                digits(text, 11, 13),
                digits(text, 14, 16),
                digits(text, 17, 19),
                nanos)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        return null;
      }
    }

    private static boolean isDate(String text) {
      return text.charAt(4) == '-'
          && text.charAt(7) == '-'
          && digits(text, 0, 4) >= 0
          && digits(text, 5, 7) >= 0
          && digits(text, 8, 10) >= 0;
    }

    /** The number written by ASCII digits from {@code start} to {@code end}, or -1. */
    private static int digits(String text, int start, int end) {
      int value = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
  }

  /** The formatters, apart so that the constants can use them. */
  private static final class Formats {
    /** {@code HH:mm:ss} with an optional fraction of 1 to 9 digits. */
    private static final DateTimeFormatter TIME =
        new DateTimeFormatterBuilder()
            .appendValue(HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(NANO_OF_SECOND, 1, 9, true)
            .toFormatter();

    /** {@code yyyy-MM-ddTHH:mm:ss[.f]}: the date as {@link DateTimeFormatter#ISO_LOCAL_DATE}. */
    private static final DateTimeFormatter DATE_TIME =
        new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(TIME)
            .toFormatter();

    private static final DateTimeFormatter INSTANT = strict(builder().appendLiteral('Z'));

    private static final DateTimeFormatter OFFSET_DATE_TIME =
        strict(builder().appendOffset("+HH:MM:ss", "Z"));

    /** An offset date-time, then an optional zone id in brackets; the zone is checked apart. */
    private static final DateTimeFormatter ZONED_DATE_TIME =
        strict(
            builder()
                .appendOffset("+HH:MM:ss", "Z")
                .optionalStart()
                .appendLiteral('[')
                .appendZoneRegionId()
                .appendLiteral(']'));

    private Formats() {}

    private static DateTimeFormatterBuilder builder() {
      return new DateTimeFormatterBuilder().parseCaseSensitive().append(DATE_TIME);
    }

    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
      return builder
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);
    }
  }
}
