package io.rakor.core.data;

import io.rakor.core.RakorValidationException;
import io.rakor.core.values.Checker;
import io.rakor.core.values.Limits;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period an observation holds for, half-open: from {@code startInclusive} up to but not
 * including {@code endExclusive}. The year 2025 is {@code [2025-01-01, 2026-01-01)}.
 *
 * <p>Immutable and thread-safe; ordered by start, then by end.
 *
 * @param startInclusive the first day of the period
 * @param endExclusive the day after the last day of the period
 * @since 0.1
 */
public record ObservationPeriod(LocalDate startInclusive, LocalDate endExclusive)
    implements Comparable<ObservationPeriod> {
  /**
   * Creates a period.
   *
   * @throws RakorValidationException if a date is null or outside the years {@link Limits#YEAR_MIN}
   *     to {@link Limits#YEAR_MAX}, or the end is not after the start
   */
  public ObservationPeriod {
    Checker c =
        Checker.of("ObservationPeriod")
            .require(startInclusive != null, "startInclusive", null, "must not be null")
            .require(endExclusive != null, "endExclusive", null, "must not be null")
            .checkpoint()
            .date("startInclusive", startInclusive)
            .date("endExclusive", endExclusive);
    c.require(
            endExclusive.isAfter(startInclusive),
            "endExclusive",
            endExclusive,
            () -> "must be after startInclusive " + startInclusive)
        .done();
  }

  /**
   * The period {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first day
   * @param endExclusive the day after the last day
   * @return the period
   * @throws RakorValidationException if the end is not after the start, or a date is out of range
   */
  public static ObservationPeriod of(LocalDate startInclusive, LocalDate endExclusive) {
    return new ObservationPeriod(startInclusive, endExclusive);
  }

  /**
   * A calendar year.
   *
   * @param year the year, from {@link Limits#YEAR_MIN} to {@link Limits#YEAR_MAX} - 1 (the period
   *     ends on the first day of the next year)
   * @return {@code [year-01-01, (year+1)-01-01)}
   * @throws RakorValidationException if the year is out of range
   */
  public static ObservationPeriod year(int year) {
    checkYear("year", year, year, Limits.YEAR_MAX - 1);
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * A calendar month.
   *
   * @param month the month, in the years {@link Limits#YEAR_MIN} to {@link Limits#YEAR_MAX}, but
   *     not the last month of the last year (the period ends on the first day of the next month)
   * @return {@code [first day, first day of the next month)}
   * @throws RakorValidationException if the month is null or out of range
   */
  public static ObservationPeriod month(YearMonth month) {
    Checker.of("ObservationPeriod")
        .require(month != null, "month", null, "must not be null")
        .done();
    int last = month.getMonthValue() == 12 ? Limits.YEAR_MAX - 1 : Limits.YEAR_MAX;
    checkYear("month", month, month.getYear(), last);
    return of(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  private static void checkYear(String field, Object value, int year, int max) {
    Checker.of("ObservationPeriod")
        .require(
            year >= Limits.YEAR_MIN && year <= max,
            field,
            value,
            () ->
                "must be in the years "
                    + Limits.YEAR_MIN
                    + " to "
                    + max
                    + ": dates are limited to the years "
                    + Limits.YEAR_MIN
                    + " to "
                    + Limits.YEAR_MAX
                    + ", the period's exclusive end included")
        .done();
  }

  /**
   * Whether a day falls in the period.
   *
   * @param day a day
   * @return true if {@code startInclusive <= day < endExclusive}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(startInclusive) && day.isBefore(endExclusive);
  }

  @Override
  public int compareTo(ObservationPeriod other) {
    int c = startInclusive.compareTo(other.startInclusive);
    return c != 0 ? c : endExclusive.compareTo(other.endExclusive);
  }

  /** Returns {@code [start, end)}. */
  @Override
  public String toString() {
    return "[" + startInclusive + ", " + endExclusive + ")";
  }
}
