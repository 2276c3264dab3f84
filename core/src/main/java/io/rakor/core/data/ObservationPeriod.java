package io.rakor.core.data;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;

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
  private static final Comparator<ObservationPeriod> ORDER =
      Comparator.comparing(ObservationPeriod::startInclusive)
          .thenComparing(ObservationPeriod::endExclusive);

  /**
   * Creates a period.
   *
   * @throws RakorValidationException if a date is null or the end is not after the start
   */
  public ObservationPeriod {
    if (startInclusive == null || endExclusive == null || !endExclusive.isAfter(startInclusive)) {
      throw new RakorValidationException(
          Violation.of(
              "ObservationPeriod",
              "endExclusive",
              endExclusive,
              "must be after startInclusive " + startInclusive));
    }
  }

  /**
   * The period {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first day
   * @param endExclusive the day after the last day
   * @return the period
   * @throws RakorValidationException if the end is not after the start
   */
  public static ObservationPeriod of(LocalDate startInclusive, LocalDate endExclusive) {
    return new ObservationPeriod(startInclusive, endExclusive);
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return {@code [year-01-01, (year+1)-01-01)}
   */
  public static ObservationPeriod year(int year) {
    return of(Year.of(year).atDay(1), Year.of(year + 1).atDay(1));
  }

  /**
   * A calendar month.
   *
   * @param month the month
   * @return {@code [first day, first day of the next month)}
   */
  public static ObservationPeriod month(YearMonth month) {
    return of(month.atDay(1), month.plusMonths(1).atDay(1));
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
    return ORDER.compare(this, other);
  }

  /** Returns {@code [start, end)}. */
  @Override
  public String toString() {
    return "[" + startInclusive + ", " + endExclusive + ")";
  }
}
