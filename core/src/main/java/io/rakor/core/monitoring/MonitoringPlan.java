package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan for periodic monitoring (<i>monitoring dan evaluasi berkala</i>): periods of a cadence
 * starting on a date, each followed by a reporting window, all in one time zone.
 *
 * <p>Invariants, checked when built: the name is not blank; periods start on the first day of a
 * month; the reporting window is 0 to 366 days. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMonitoringPlan.class)
@JsonDeserialize(as = ImmutableMonitoringPlan.class)
public abstract class MonitoringPlan implements WithMonitoringPlan {
  /** The longest reporting window, in days. */
  public static final int MAX_REPORTING_WINDOW_DAYS = 366;

  MonitoringPlan() {}

  /**
   * Starts building a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link MonitoringPlan} values, checking every invariant in {@link #build()}. Obtained
   * from {@link MonitoringPlan#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableMonitoringPlan.Builder {
    Builder() {}
  }

  /**
   * The plan's identifier.
   *
   * @return the id
   */
  public abstract MonitoringPlanId id();

  /**
   * The plan's name, for example {@code "Monev RTL Rakor Lintas Sektor 2026"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The unit that runs the monitoring, for example the planning agency.
   *
   * @return the owning unit's id
   */
  public abstract UnitId owner();

  /**
   * The area whose commitments are monitored.
   *
   * @return the jurisdiction's code
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * The meeting whose follow-up plan is monitored, if it is one meeting's.
   *
   * @return the meeting's id
   */
  public abstract Optional<MeetingId> originMeeting();

  /**
   * How often a cycle runs.
   *
   * @return the cadence
   */
  public abstract Cadence cadence();

  /**
   * The time zone in which periods start and deadlines fall, for example {@code Asia/Jakarta}.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * The first day of the first period; a first day of a month.
   *
   * @return the start date
   */
  public abstract LocalDate firstPeriodStart();

  /**
   * How many days after a period ends its progress reports are due.
   *
   * @return the reporting window, 0 to {@value #MAX_REPORTING_WINDOW_DAYS} days
   */
  public abstract int reportingWindowDays();

  /**
   * Whether partners outside government ({@code Commitment.partners()}) may report progress on the
   * commitments they work on, beside the lead unit and co-leads (<i>co-reporting</i>); false unless
   * set. The {@link io.rakor.core.workflow.DefaultPolicy} lets a partner report only where the plan
   * of the report's cycle allows it.
   *
   * @return true if partners may report
   * @since 0.1
   */
  @Value.Default
  public boolean partnersMayReport() {
    return false;
  }

  @Value.Check
  void check() {
    Checker.of("MonitoringPlan")
        .name("name", name())
        .date("firstPeriodStart", firstPeriodStart())
        .require(
            firstPeriodStart().getDayOfMonth() == 1,
            "firstPeriodStart",
            firstPeriodStart(),
            "must be the first day of a month")
        .require(
            reportingWindowDays() >= 0 && reportingWindowDays() <= MAX_REPORTING_WINDOW_DAYS,
            "reportingWindowDays",
            reportingWindowDays(),
            "must be 0 to " + MAX_REPORTING_WINDOW_DAYS)
        .done();
  }
}
