package io.rakor.core.monitoring;

import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
   * Each milestone's state at {@link #asOf()}, in the commitment's order.
   *
   * @return one check per milestone of the commitment
   */
  public abstract List<MilestoneCheck> milestones();

  /**
   * The absorption of each funding line the cycle's report gives spending on; empty if it gives
   * none.
   *
   * @return the checks, in the report's order
   * @since 0.2
   */
  public abstract List<AbsorptionCheck> absorption();

  /**
   * The milestones due by {@link #asOf()}: missed or done, whenever they were done.
   *
   * @return their ids
   */
  public List<MilestoneId> milestonesDue() {
    return milestones().stream()
        .filter(m -> m.due().isBefore(asOf()))
        .map(MilestoneCheck::milestone)
        .toList();
  }

  /**
   * The milestones due by {@link #asOf()} and not done ({@link MilestoneState#MISSED}).
   *
   * @return their ids
   */
  public List<MilestoneId> milestonesMissed() {
    return milestones().stream()
        .filter(m -> m.state() == MilestoneState.MISSED)
        .map(MilestoneCheck::milestone)
        .toList();
  }

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
   * For a parent commitment, the health its children give it (see {@code docs/monitoring.md},
   * parents): its health when it has no report of its own, shown beside it when it has one.
   *
   * @return the children's health, or empty for a commitment without evaluated children
   */
  public abstract Optional<Health> childrenHealth();

  /**
   * For a parent commitment, its children's progress, weighted by their {@code weight} (children
   * not evaluated or with nothing reported left out).
   *
   * @return the percentage, or empty if no child counts
   */
  public abstract OptionalDouble childrenProgressPercent();

  /**
   * For a parent commitment, its children's expected progress, weighted as {@link
   * #childrenProgressPercent()}.
   *
   * @return the percentage, or empty if no child counts
   */
  public abstract OptionalDouble childrenExpectedPercent();

  /**
   * For a parent commitment, its children that are {@link Health#OVERDUE}.
   *
   * @return their ids
   */
  public abstract List<CommitmentId> overdueChildren();

  /**
   * Points behind (positive) or ahead (negative) of the expected progress: expected minus reported;
   * for a parent without a report of its own, its children's weighted expected minus progress.
   *
   * @return the signed gap in percentage points, or empty if there is nothing to compare
   */
  public OptionalDouble pointsBehind() {
    if (reportedPercent().isPresent()) {
      return OptionalDouble.of(expectedPercent() - reportedPercent().getAsDouble());
    }
    if (childrenProgressPercent().isPresent()) {
      return OptionalDouble.of(
          childrenExpectedPercent().orElseThrow() - childrenProgressPercent().getAsDouble());
    }
    return OptionalDouble.empty();
  }

  /**
   * The progress counted for the commitment: reported, or for a parent without a report of its own,
   * its children's weighted progress ({@link #childrenProgressPercent()}).
   *
   * @return the percentage, or empty if there is nothing to count
   */
  public OptionalDouble progressPercent() {
    return reportedPercent().isPresent() ? reportedPercent() : childrenProgressPercent();
  }

  /**
   * The most days late of the commitment (past its due date and not complete, {@code asOf - due})
   * and of its missed milestones.
   *
   * @return the days, 0 if nothing is late
   */
  public long daysLate() {
    long days = health() == Health.OVERDUE ? asOf().toEpochDay() - due().toEpochDay() : 0;
    for (MilestoneCheck m : milestones()) {
      if (m.state() == MilestoneState.MISSED) {
        days = Math.max(days, m.daysLate());
      }
    }
    return days;
  }

  /**
   * The health in the previous cycle's evaluation, if it was evaluated there.
   *
   * @return the previous health
   */
  public abstract Optional<Health> previousHealth();

  /**
   * The progress reported in the previous cycle, if any.
   *
   * @return the percentage
   */
  public abstract OptionalDouble previousReportedPercent();

  /**
   * The points behind in the previous cycle ({@link #pointsBehind()} there), if known.
   *
   * @return the signed gap in percentage points
   */
  public abstract OptionalDouble previousPointsBehind();

  /**
   * How the commitment moved since the previous cycle: {@link Trend#between} the previous health
   * and points behind and this cycle's ({@code docs/monitoring.md}, <i>History and trends</i>).
   *
   * @return the trend; {@link Trend#NO_HISTORY} if it was not evaluated in the previous cycle
   */
  public Trend trend() {
    return Trend.between(previousHealth(), previousPointsBehind(), health(), pointsBehind());
  }

  /**
   * For how many cycles in a row, this one included, the commitment has been at risk or worse
   * ({@link Health#AT_RISK}, {@link Health#NOT_REPORTED}, {@link Health#OFF_TRACK} or {@link
   * Health#OVERDUE}); 0 if it is not now.
   *
   * @return the number of cycles
   */
  @Value.Default
  public int atRiskCycles() {
    return 0;
  }

  /**
   * Whether the reported progress went down since the previous cycle.
   *
   * @return true if both cycles were reported and this one is lower
   */
  public boolean progressDropped() {
    return reportedPercent().isPresent()
        && previousReportedPercent().isPresent()
        && reportedPercent().getAsDouble() < previousReportedPercent().getAsDouble();
  }

  /**
   * Whether the health got worse since the previous cycle.
   *
   * @return true if the previous health was better
   */
  public boolean healthWorsened() {
    return previousHealth().isPresent() && health().severity() > previousHealth().get().severity();
  }

  /**
   * Whether the report came after the deadline.
   *
   * @return true if it was late
   */
  @Value.Derived
  public boolean late() {
    return submittedAt().isPresent() && submittedAt().get().isAfter(reportDue().toInstant());
  }

  private String childrenText() {
    String text =
        childrenProgressPercent().isEmpty()
            ? "no child reported"
            : String.format(
                Locale.ROOT,
                "%.1f%% weighted against %.1f%% expected",
                childrenProgressPercent().getAsDouble(),
                childrenExpectedPercent().orElseThrow());
    return overdueChildren().isEmpty() ? text : text + ", overdue children " + overdueChildren();
  }

  /**
   * The reason for the health, in words and numbers. Dates are written as the last day they include
   * and instants in the plan's zone ({@link TimeText}).
   *
   * @return for example {@code "AT_RISK: reported 40.0% against 58.1% expected (18.1 points
   *     behind); milestones: m1 missed (due until 31 March 2026, 1 day late)"}
   */
  public String reason() {
    List<String> parts = new ArrayList<>();
    if (health() == Health.COMPLETED) {
      return "COMPLETED: completion verified";
    }
    ZoneId zone = reportDue().getZone();
    if (reportedPercent().isEmpty() && childrenHealth().isPresent()) {
      parts.add("judged by its children: " + childrenText());
    } else if (reportedPercent().isEmpty()) {
      parts.add(
          String.format(
              Locale.ROOT,
              "no report for cycle %s (due %s); %.1f%% expected",
              cycle(),
              TimeText.until(reportDue()),
              expectedPercent()));
    } else {
      double reported = reportedPercent().getAsDouble();
      double gap = expectedPercent() - reported;
      parts.add(
          String.format(
              Locale.ROOT,
              "reported %.1f%% against %.1f%% expected (%s)",
              reported,
              expectedPercent(),
              gap > 0 ? String.format(Locale.ROOT, "%.1f points behind", gap) : "not behind"));
    }
    if (reportedPercent().isPresent() && childrenHealth().isPresent()) {
      parts.add("its children give " + childrenHealth().get() + ": " + childrenText());
    }
    if (health() == Health.OVERDUE) {
      parts.add(
          0,
          "due "
              + TimeText.until(due().plusDays(1).atStartOfDay(zone))
              + " has passed, work not reported complete");
    }
    for (IndicatorCheck check : indicators()) {
      parts.add(check.describe());
    }
    if (!milestones().isEmpty()) {
      List<String> each = new ArrayList<>();
      for (MilestoneCheck m : milestones()) {
        each.add(m.describe());
      }
      parts.add("milestones: " + String.join(", ", each));
    }
    for (AbsorptionCheck check : absorption()) {
      parts.add(check.describe());
    }
    if (progressDropped()) {
      parts.add(
          String.format(
              Locale.ROOT,
              "progress down from %.1f%% last cycle",
              previousReportedPercent().getAsDouble()));
    }
    if (healthWorsened()) {
      parts.add("worse than last cycle (" + previousHealth().orElseThrow() + ")");
    }
    if (atRiskCycles() > 1) {
      parts.add("at risk or worse for " + atRiskCycles() + " cycles in a row");
    }
    if (late()) {
      Duration by = Duration.between(reportDue().toInstant(), submittedAt().orElseThrow());
      parts.add(
          "report submitted "
              + TimeText.at(submittedAt().orElseThrow(), zone)
              + ", after the deadline ("
              + TimeText.until(reportDue())
              + "; late by "
              + MonitoringEvaluator.describe(by)
              + ")");
    }
    return health() + ": " + String.join("; ", parts);
  }
}
