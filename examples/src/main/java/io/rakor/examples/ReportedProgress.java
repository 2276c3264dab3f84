package io.rakor.examples;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the agencies report on the follow-up plan, cycle by cycle (February, March, April 2026): one
 * table for the whole example, so that every part of it tells the same story. Every number is
 * <b>illustrative</b>: the news report says the plan is monitored periodically, not what the
 * agencies reported.
 */
final class ReportedProgress {
  /** Reported progress per commitment and cycle, in percent; -1 means no report. */
  private static final Map<String, double[]> PERCENT =
      Map.of(
          "lu.rtl.01", new double[] {10, 18, 27},
          "lu.rtl.02", new double[] {10, 12, 15},
          "lu.rtl.03", new double[] {5, 10, -1},
          "lu.rtl.04", new double[] {8, 18, 30},
          "lu.rtl.05", new double[] {2, 3, 0},
          "lu.rtl.06", new double[] {20, 45, 100},
          "lu.rtl.07", new double[] {10, 20, 25});

  /** The children weighed in a month, the denominator of the stunting rate (illustrative). */
  private static final double CHILDREN_WEIGHED = 10_000;

  private ReportedProgress() {}

  /**
   * The progress a commitment reports for a cycle of the plan.
   *
   * @param id the commitment
   * @param cycle the cycle
   * @return the percentage, or empty if it does not report
   */
  static OptionalDouble percent(CommitmentId id, MonitoringCycle cycle) {
    double[] percent = PERCENT.get(id.value());
    int k = cycle.sequence() - 1;
    return percent == null || k >= percent.length || percent[k] < 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(percent[k]);
  }

  /**
   * When a commitment's report for a cycle is submitted: a day before the deadline, except that
   * lu.rtl.04 reports 30 hours late in March.
   *
   * @param id the commitment
   * @param cycle the cycle
   * @return the instant
   */
  static Instant submittedAt(CommitmentId id, MonitoringCycle cycle) {
    Duration before =
        id.value().equals("lu.rtl.04") && cycle.sequence() == 2
            ? Duration.ofHours(-30)
            : Duration.ofDays(1);
    return cycle.reportDue().toInstant().minus(before);
  }

  /**
   * The report a commitment's lead unit submits for a cycle: the progress, each target's indicator
   * moved from its baseline in proportion, and the milestones due in the period done (lu.rtl.02
   * finishes its first synchronisation a cycle late).
   *
   * @param rakor the example's data
   * @param c the commitment
   * @param cycle the cycle
   * @param percent the progress
   * @return the report, id {@code <commitment>.<cycle's sequence>}
   */
  static ProgressReport report(
      LampungUtara rakor, Commitment c, MonitoringCycle cycle, double percent) {
    ProgressReport.Builder report =
        ProgressReport.builder()
            .id(ProgressReportId.of(c.id() + "." + cycle.sequence()))
            .commitment(c.id())
            .cycle(cycle.id())
            .reportingUnit(c.lead())
            .submittedAt(submittedAt(c.id(), cycle))
            .progressPercent(percent);
    for (Target t : c.targets()) {
      Indicator indicator =
          rakor.indicators().stream()
              .filter(i -> i.id().equals(t.indicator()))
              .findFirst()
              .orElseThrow();
      double base = indicator.baseline().value();
      MeasuredValue value =
          MeasuredValue.of(
              t.indicator(),
              round(base + (t.value() - base) * percent / 100),
              cycle.periodEnd().minusDays(1));
      if (indicator.rateBase().isPresent()) {
        // A rate carries what it was computed from: of 10,000 children weighed, so many stunted.
        long of = indicator.rateBase().get();
        value =
            MeasuredValue.builder()
                .from(value)
                .numerator(Math.rint(value.value() * CHILDREN_WEIGHED / of))
                .denominator(CHILDREN_WEIGHED)
                .rateBase(of)
                .build();
      }
      report.addValues(value);
    }
    for (Milestone m : c.milestones()) {
      boolean due = m.due().isBefore(cycle.periodEnd());
      boolean late =
          c.id().value().equals("lu.rtl.02")
              && m.id().value().equals("first-sync")
              && cycle.sequence() < 3;
      report.addMilestones(
          due && !late
              ? MilestoneCompletion.done(m.id(), m.due())
              : MilestoneCompletion.notDone(m.id()));
    }
    return report.build();
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
