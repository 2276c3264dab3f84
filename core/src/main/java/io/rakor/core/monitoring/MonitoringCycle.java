package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * One reporting period of a {@link MonitoringPlan}: the half-open period {@code [periodStart,
 * periodEnd)} and the moment by which progress reports are due.
 *
 * <p>Invariants, checked when built: the sequence number is at least 1; the period ends after it
 * starts; reports are not due before the period ends (in the deadline's zone). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMonitoringCycle.class)
@JsonDeserialize(as = ImmutableMonitoringCycle.class)
public abstract class MonitoringCycle implements WithMonitoringCycle {
  MonitoringCycle() {}

  /**
   * Starts building a cycle.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link MonitoringCycle} values, checking every invariant in {@link #build()}. Obtained
   * from {@link MonitoringCycle#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableMonitoringCycle.Builder {
    Builder() {}
  }

  /**
   * The cycle's identifier.
   *
   * @return the id
   */
  public abstract CycleId id();

  /**
   * The plan the cycle belongs to.
   *
   * @return the plan's id
   */
  public abstract MonitoringPlanId plan();

  /**
   * The cycle's number within its plan, from 1.
   *
   * @return the sequence number
   */
  public abstract int sequence();

  /**
   * The first day of the period (inclusive).
   *
   * @return the period start
   */
  public abstract LocalDate periodStart();

  /**
   * The day after the last day of the period (exclusive).
   *
   * @return the period end
   */
  public abstract LocalDate periodEnd();

  /**
   * The moment by which progress reports are due (a report at exactly this moment is on time).
   *
   * @return the deadline, in the plan's zone
   */
  public abstract ZonedDateTime reportDue();

  /**
   * Where the cycle is in its life; {@link CycleStatus#OPEN} unless set.
   *
   * @return the status
   */
  @Value.Default
  public CycleStatus status() {
    return CycleStatus.OPEN;
  }

  /**
   * Whether a date falls in the period.
   *
   * @param date a date
   * @return true if {@code periodStart <= date < periodEnd}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(periodStart()) && date.isBefore(periodEnd());
  }

  @Value.Check
  void check() {
    Checker.of("MonitoringCycle")
        .date("periodStart", periodStart())
        .date("periodEnd", periodEnd())
        .dateTime("reportDue", reportDue())
        .checkpoint();
    ZonedDateTime periodEndsAt = periodEnd().atStartOfDay(reportDue().getZone());
    Checker.of("MonitoringCycle")
        .require(sequence() >= 1, "sequence", sequence(), "must be at least 1")
        .require(
            periodEnd().isAfter(periodStart()),
            "periodEnd",
            periodEnd(),
            () -> "must be after periodStart " + periodStart())
        .require(
            !reportDue().isBefore(periodEndsAt),
            "reportDue",
            reportDue(),
            () -> "must not be before the period ends, " + periodEndsAt)
        .done();
  }
}
