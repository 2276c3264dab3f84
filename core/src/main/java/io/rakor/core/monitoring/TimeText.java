package io.rakor.core.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How monitoring writes dates and times in words, the convention of every reason and of {@code
 * docs/monitoring.md}:
 *
 * <ul>
 *   <li>a day is written {@code 10 March 2026};
 *   <li>a deadline is written as the <b>last day it includes</b>, in the plan's zone: reports due
 *       at the start of 11 March 2026 (Asia/Jakarta) are due {@code until 10 March 2026}; a
 *       deadline that is not at the start of a day is written with its time and zone, {@code until
 *       10 March 2026 14:30 (Asia/Jakarta)};
 *   <li>an instant (a submission) is written in the plan's zone, {@code 9 March 2026 09:15
 *       (Asia/Jakarta)}, never in UTC.
 * </ul>
 *
 * <p>English month names, whatever the default locale. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TimeText {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", Locale.ENGLISH);

  private TimeText() {}

  /**
   * A day, for example {@code 10 March 2026}.
   *
   * @param day the day
   * @return the day in words
   */
  public static String lastDay(LocalDate day) {
    return DAY.format(day);
  }

  /**
   * A deadline as the last day it includes, {@code until 10 March 2026}; with its time and zone if
   * it is not at the start of a day.
   *
   * @param deadline the deadline, in the plan's zone
   * @return the deadline in words
   */
  public static String until(ZonedDateTime deadline) {
    if (deadline.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return "until " + lastDay(deadline.toLocalDate().minusDays(1));
    }
    return "until " + MINUTE.format(deadline) + " (" + deadline.getZone().getId() + ")";
  }

  /**
   * An instant in a zone, {@code 9 March 2026 09:15 (Asia/Jakarta)}.
   *
   * @param instant the instant
   * @param zone the plan's zone
   * @return the instant in words
   */
  public static String at(Instant instant, ZoneId zone) {
    return MINUTE.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  /**
   * A number of days, {@code 1 day} or {@code 3 days}.
   *
   * @param days the number
   * @return the days in words
   */
  public static String days(long days) {
    return days + (days == 1 ? " day" : " days");
  }
}
