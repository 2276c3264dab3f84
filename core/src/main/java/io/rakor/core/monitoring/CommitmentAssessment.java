package io.rakor.core.monitoring;

import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One commitment's health in one cycle, with every number behind it: progress expected by elapsed
 * time and reported, each target's check, milestones due and done, and whether the report was on
 * time. {@link #reason()} says it in words. Made on demand by {@link CycleEvaluation#assessment};
 * immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CommitmentAssessment implements WithCommitmentAssessment {
  CommitmentAssessment() {}

  /**
   * Starts building a {@link CommitmentAssessment}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link CommitmentAssessment} values, checking every invariant in {@link #build()}.
   * Obtained from {@link CommitmentAssessment#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableCommitmentAssessment.Builder {
    Builder() {}
  }

  /**
   * The commitment.
   *
   * @return its id
   */
  public abstract CommitmentId commitment();

  /**
   * What the commitment is to do.
   *
   * @return the action
   */
  public abstract String action();

  /**
   * The lead unit.
   *
   * @return its id
   */
  public abstract UnitId lead();

  /**
   * The priority served.
   *
   * @return its id
   */
  public abstract PriorityId priority();

  /**
   * The cycle evaluated.
   *
   * @return its id
   */
  public abstract CycleId cycle();

  /**
   * The health.
   *
   * @return the health
   */
  public abstract Health health();

  /**
   * The day the evaluation looks from: the end of the cycle's period (exclusive).
   *
   * @return the period end
   */
  public abstract LocalDate asOf();

  /**
   * The commitment's due date.
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * Progress expected by elapsed time: the share of the commitment's window (start to due date,
   * inclusive) that has passed by {@link #asOf()}, in percent.
   *
   * @return 0 to 100
   */
  public abstract double expectedPercent();

  /**
   * Progress reported.
   *
   * @return the percentage, or empty if there was no report
   */
  public abstract OptionalDouble reportedPercent();

  /**
   * The targets' checks.
   *
   * @return one per target of the commitment
   */
  public abstract List<IndicatorCheck> indicators();

  /**
   * The milestones due by {@link #asOf()}.
   *
   * @return their ids
   */
  public abstract List<MilestoneId> milestonesDue();

  /**
   * The milestones due by {@link #asOf()} and not reported done.
   *
   * @return their ids
   */
  public abstract List<MilestoneId> milestonesMissed();

  /**
   * When the report was submitted.
   *
   * @return the instant, or empty if there was no report
   */
  public abstract Optional<Instant> submittedAt();

  /**
   * The report deadline.
   *
   * @return the deadline, in the plan's zone
   */
  public abstract ZonedDateTime reportDue();

  /**
   * Whether the report came after the deadline.
   *
   * @return true if it was late
   */
  @Value.Derived
  public boolean late() {
    return submittedAt().isPresent() && submittedAt().get().isAfter(reportDue().toInstant());
  }

  /**
   * The reason for the health, in words and numbers.
   *
   * @return for example {@code "AT_RISK: reported 40.0% against 58.1% expected by elapsed time
   *     (18.1 points behind); milestones: 1 due, 0 done (missed [m1])"}
   */
  public String reason() {
    List<String> parts = new ArrayList<>();
    if (health() == Health.COMPLETED) {
      return "COMPLETED: completion verified";
    }
    if (reportedPercent().isEmpty()) {
      parts.add(
          String.format(
              Locale.ROOT,
              "no report for cycle %s (due %s); %.1f%% expected by elapsed time",
              cycle(),
              reportDue(),
              expectedPercent()));
    } else {
      double reported = reportedPercent().getAsDouble();
      double gap = expectedPercent() - reported;
      parts.add(
          String.format(
              Locale.ROOT,
              "reported %.1f%% against %.1f%% expected by elapsed time (%s)",
              reported,
              expectedPercent(),
              gap > 0 ? String.format(Locale.ROOT, "%.1f points behind", gap) : "not behind"));
    }
    if (health() == Health.OVERDUE) {
      parts.add(0, "due " + due() + " has passed, work not reported complete");
    }
    for (IndicatorCheck check : indicators()) {
      parts.add(check.describe());
    }
    if (!milestonesDue().isEmpty()) {
      parts.add(
          "milestones: "
              + milestonesDue().size()
              + " due, "
              + (milestonesDue().size() - milestonesMissed().size())
              + " done"
              + (milestonesMissed().isEmpty() ? "" : " (missed " + milestonesMissed() + ")"));
    }
    if (late()) {
      Duration by = Duration.between(reportDue().toInstant(), submittedAt().orElseThrow());
      parts.add(
          "report submitted "
              + submittedAt().orElseThrow()
              + ", after the deadline "
              + reportDue()
              + " (late by "
              + MonitoringEvaluator.describe(by)
              + ")");
    }
    return health() + ": " + String.join("; ", parts);
  }
}
