package io.rakor.core.json;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.DateTimeException;
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
 * Reads a date, time or zone from exactly the ISO-8601 text Rakor writes, and nothing else: no
 * numeric timestamps or arrays, no time on a date, no other offset or zone than the one written, no
 * surrounding spaces. What the java.time module would accept and silently change (a date-time for a
 * date, dropping the time; an offset on an instant, shifting it) is rejected, so that one value has
 * one JSON form. The forms are in {@code docs/json-format.md} and {@link Form}.
 */
final class IsoTimeDeserializer<T> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

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

  /** The ISO-8601 forms Rakor reads, one per type. */
  enum Form {
    /** {@code 2026-12-31}. */
    LOCAL_DATE("a date yyyy-MM-dd such as \"2026-12-31\"") {
      @Override
      Object parse(String text) {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      }
    },
    /** {@code 2026-04-08T02:15:30.250Z}. */
    INSTANT("a UTC instant yyyy-MM-ddTHH:mm:ss[.fraction]Z such as \"2026-04-08T02:15:30.250Z\"") {
      @Override
      Object parse(String text) {
        return LocalDateTime.from(IsoTimeDeserializer.INSTANT.parse(text))
            .toInstant(ZoneOffset.UTC);
      }
    },
    /** {@code 2026-01-12T09:00:00+07:00}. */
    OFFSET_DATE_TIME(
        "a date-time with an offset yyyy-MM-ddTHH:mm:ss[.fraction]+HH:MM such as"
            + " \"2026-01-12T09:00:00+07:00\"") {
      @Override
      Object parse(String text) {
        return OffsetDateTime.from(IsoTimeDeserializer.OFFSET_DATE_TIME.parse(text));
      }
    },
    /** {@code 2026-01-12T09:00:00+07:00[Asia/Jakarta]}, or without the brackets for an offset. */
    ZONED_DATE_TIME(
        "a date-time with an offset and a zone id yyyy-MM-ddTHH:mm:ss[.fraction]+HH:MM[Zone/Id]"
            + " such as \"2026-01-12T09:00:00+07:00[Asia/Jakarta]\", the offset being the zone's"
            + " at that time") {
      @Override
      Object parse(String text) {
        TemporalAccessor parsed = IsoTimeDeserializer.ZONED_DATE_TIME.parse(text);
        ZoneOffset offset = parsed.query(TemporalQueries.offset());
        ZoneId zone = parsed.query(TemporalQueries.zoneId());
        if (zone == null) {
          zone = offset; // no brackets: the zone is the offset itself
        } else if (zone instanceof ZoneOffset || !isCanonical(zone, text)) {
          throw new DateTimeException(
              "the zone in brackets must be a zone id such as Asia/Jakarta");
        }
        // ofStrict refuses an offset the zone does not have at that local time, never adjusts it
        return ZonedDateTime.ofStrict(LocalDateTime.from(parsed), offset, zone);
      }
    },
    /** {@code Asia/Jakarta}, or a fixed offset such as {@code +07:00}. */
    ZONE_ID("a zone id such as \"Asia/Jakarta\", or an offset such as \"+07:00\"") {
      @Override
      Object parse(String text) {
        ZoneId zone = ZoneId.of(text);
        if (!zone.getId().equals(text)) {
          throw new DateTimeException("not the zone's own id " + zone.getId());
        }
        return zone;
      }
    };

    private final String expected;

    Form(String expected) {
      this.expected = expected;
    }

    /** The form in words, with an example, for error messages. */
    String expected() {
      return expected;
    }

    /**
     * Parses the text in this form.
     *
     * @throws DateTimeException if the text is not in this form or not a real date or time
     */
    abstract Object parse(String text);
  }

  private final Form form;

  IsoTimeDeserializer(Class<T> type, Form form) {
    super(type);
    this.form = form;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      @SuppressWarnings("unchecked") // handleUnexpectedToken throws unless a handler is set
      T value =
          (T)
              ctxt.handleUnexpectedToken(
                  handledType(),
                  p.currentToken(),
                  p,
                  "expected %s, found %s",
                  form.expected(),
                  JsonErrors.describe(p.currentToken()));
      return value;
    }
    String text = p.getText();
    try {
      @SuppressWarnings("unchecked") // each form parses its own type
      T value = (T) form.parse(text);
      return value;
    } catch (DateTimeException e) {
      // a parse error only repeats the text; another says what is wrong with a well-formed one
      String reason =
          e instanceof DateTimeParseException
              ? ""
              : " (" + JsonErrors.abbreviate(e.getMessage()) + ")";
      throw InvalidFormatException.from(
          p,
          "\"" + JsonErrors.abbreviate(text) + "\" is not " + form.expected() + reason,
          text,
          handledType());
    }
  }

  private static DateTimeFormatterBuilder builder() {
    return new DateTimeFormatterBuilder().parseCaseSensitive().append(DATE_TIME);
  }

  private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
    return builder
        .toFormatter()
        .withResolverStyle(ResolverStyle.STRICT)
        .withChronology(IsoChronology.INSTANCE);
  }

  /** Whether the zone's id is written in the text as it is, not in another spelling. */
  private static boolean isCanonical(ZoneId zone, String text) {
    return text.endsWith("[" + zone.getId() + "]");
  }
}
