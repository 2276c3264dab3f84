package io.rakor.reports.internal;

import io.rakor.reports.ReportLanguage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How a language writes dates, times, deadlines, numbers and percentages, from the {@code common}
 * bundle: {@code 12 Januari 2026}, {@code 09.00 WIB}, {@code 33,3%}. Immutable and thread-safe.
 */
public final class Formats {
  private final Messages common;
  private final DateTimeFormatter time;

  private Formats(Messages common) {
    this.common = common;
    this.time = DateTimeFormatter.ofPattern(common.text("format.time"), common.language().locale());
  }

  /**
   * The formats of a language.
   *
   * @param language the language
   * @return its formats
   */
  public static Formats of(ReportLanguage language) {
    return new Formats(Messages.of("common", language));
  }

  /**
   * The bundle {@code common} these formats come from.
   *
   * @return the bundle
   */
  public Messages common() {
    return common;
  }

  /**
   * A date in full: {@code 12 Januari 2026}.
   *
   * @param date the date
   * @return the text
   */
  public String date(LocalDate date) {
    return common.date(date);
  }

  /**
   * A time of day with its zone ({@code 09.00 WIB}).
   *
   * @param dateTime the time
   * @return the text
   */
  public String time(ZonedDateTime dateTime) {
    return time.format(dateTime);
  }

  /**
   * A deadline as the last day it includes, as core's reasons write it: reports due at the start of
   * 11 March are due {@code until 10 March}; a deadline within a day keeps its time and zone.
   *
   * @param deadline the moment from which something is late
   * @return the text
   */
  public String deadline(ZonedDateTime deadline) {
    if (deadline.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return date(deadline.toLocalDate().minusDays(1));
    }
    return date(deadline.toLocalDate()) + " " + time(deadline);
  }

  /**
   * A number with at most one decimal.
   *
   * @param number the number
   * @return the text
   */
  public String number(double number) {
    return common.number(number);
  }

  /**
   * A percentage with at most one decimal: {@code 33,3%}.
   *
   * @param percent the percentage
   * @return the text
   */
  public String percent(double percent) {
    return common.text("format.percent", common.number(percent));
  }
}
