package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableList;
import io.rakor.core.values.Checker;
import io.rakor.core.values.Limits;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Generates the cycles of a {@link MonitoringPlan} for any horizon.
 *
 * <p>Cycle {@code n} (from 1) covers the half-open period {@code [firstPeriodStart + (n-1)·c,
 * firstPeriodStart + n·c)} where {@code c} is the cadence in months (1, 3, 6 or 12); its reports
 * are due at the start of day {@code periodEnd + reportingWindowDays} in the plan's zone, that is
 * by the end of the {@code reportingWindowDays}-th day after the period's last day (a report at
 * exactly that moment is on time). With a window of 0 reports are due the moment the period ends.
 * The cycle's id is {@code <plan id>/<n>}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CycleSchedule {
  private CycleSchedule() {}

  /**
   * The {@code sequence}-th cycle of a plan.
   *
   * @param plan the plan
   * @param sequence the cycle's number, from 1
   * @return the cycle, open
   * @throws io.rakor.core.RakorValidationException if the sequence is below 1, the cycle would end
   *     after the year {@link Limits#YEAR_MAX}, or the plan's id is too long to name its cycles
   */
  public static MonitoringCycle cycle(MonitoringPlan plan, int sequence) {
    Checker.of("CycleSchedule")
        .require(sequence >= 1, "sequence", sequence, "must be at least 1")
        .done();
    checkInRange(plan, "sequence", sequence);
    int months = plan.cadence().months();
    LocalDate start = plan.firstPeriodStart().plusMonths((long) (sequence - 1) * months);
    LocalDate end = start.plusMonths(months);
    ZonedDateTime due = end.plusDays(plan.reportingWindowDays()).atStartOfDay(plan.zone());
    return MonitoringCycle.builder()
        .id(CycleId.of(plan.id().value() + "/" + sequence))
        .plan(plan.id())
        .sequence(sequence)
        .periodStart(start)
        .periodEnd(end)
        .reportDue(due)
        .build();
  }

  /**
   * The first {@code count} cycles of a plan.
   *
   * @param plan the plan
   * @param count how many, at least 0
   * @return the cycles, in order
   * @throws io.rakor.core.RakorValidationException if the count is negative, or the last cycle
   *     would end after the year {@link Limits#YEAR_MAX}
   */
  public static ImmutableList<MonitoringCycle> cycles(MonitoringPlan plan, int count) {
    Checker.of("CycleSchedule").require(count >= 0, "count", count, "must not be negative").done();
    checkInRange(plan, "count", count);
    ImmutableList.Builder<MonitoringCycle> cycles = ImmutableList.builderWithExpectedSize(count);
    for (int n = 1; n <= count; n++) {
      cycles.add(cycle(plan, n));
    }
    return cycles.build();
  }

  /**
   * Every cycle of a plan whose period starts before a horizon.
   *
   * @param plan the plan
   * @param horizonExclusive the first day not covered
   * @return the cycles, in order; empty if the horizon is not after the first period start
   */
  public static ImmutableList<MonitoringCycle> cyclesBefore(
      MonitoringPlan plan, LocalDate horizonExclusive) {
    if (!horizonExclusive.isAfter(plan.firstPeriodStart())) {
      return ImmutableList.of();
    }
    // The months k with firstPeriodStart + k months before the horizon are 0 to before - 1.
    long whole = ChronoUnit.MONTHS.between(plan.firstPeriodStart(), horizonExclusive);
    long before =
        whole + (plan.firstPeriodStart().plusMonths(whole).isBefore(horizonExclusive) ? 1 : 0);
    int cadence = plan.cadence().months();
    long count = (before + cadence - 1) / cadence;
    return cycles(plan, (int) Math.min(count, Integer.MAX_VALUE));
  }

  /**
   * Refuses a sequence number (or count) whose cycle would end after the last year a date may have,
   * before any date arithmetic: a huge number must be refused at once, not overflow a date or
   * allocate a list.
   */
  private static void checkInRange(MonitoringPlan plan, String field, int sequence) {
    int months = plan.cadence().months();
    LocalDate first = plan.firstPeriodStart();
    long endMonth = first.getYear() * 12L + first.getMonthValue() - 1 + (long) sequence * months;
    long endYear = Math.floorDiv(endMonth, 12);
    Checker.of("CycleSchedule")
        .require(
            endYear <= Limits.YEAR_MAX,
            field,
            sequence,
            () ->
                "must keep every cycle within the year "
                    + Limits.YEAR_MAX
                    + " (Limits.YEAR_MAX): the plan starts "
                    + first
                    + " with cycles of "
                    + months
                    + " months")
        .done();
  }

  /**
   * The cycle whose period contains a date.
   *
   * @param plan the plan
   * @param date the date
   * @return the cycle, or empty if the date is before the first period
   */
  public static Optional<MonitoringCycle> cycleContaining(MonitoringPlan plan, LocalDate date) {
    if (date.isBefore(plan.firstPeriodStart())) {
      return Optional.empty();
    }
    long months = ChronoUnit.MONTHS.between(plan.firstPeriodStart(), date);
    long sequence = months / plan.cadence().months() + 1;
    return Optional.of(cycle(plan, (int) Math.min(sequence, Integer.MAX_VALUE)));
  }
}
