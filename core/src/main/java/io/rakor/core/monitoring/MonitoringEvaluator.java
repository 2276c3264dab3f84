package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Evaluates every active commitment of a {@link Portfolio} in one monitoring cycle and gives it a
 * {@link Health}.
 *
 * <p>The evaluation looks from the end of the cycle's period ({@code asOf = periodEnd}, exclusive).
 * Commitments that are proposed, cancelled or superseded, or that start on or after {@code asOf},
 * are not evaluated. For the rest, the rules in order:
 *
 * <ol>
 *   <li><b>COMPLETED</b> if the commitment's completion was verified (status COMPLETED).
 *   <li><b>OVERDUE</b> if its due date is before {@code asOf} and no report says 100%.
 *   <li><b>NOT_REPORTED</b> if there is no report for the cycle.
 *   <li>Otherwise the <b>gap</b> is the largest of: expected progress minus reported progress, and
 *       for each target with a reported value, expected attainment minus attainment. Expected
 *       progress is the share of the window {@code [start, due]} elapsed by {@code asOf}; for a
 *       target, of {@code [start, target date]}. Attainment is 100% when the value meets the target
 *       in the indicator's direction, otherwise the share of the way from baseline to target.
 *   <li><b>OFF_TRACK</b> if the gap exceeds {@link HealthThresholds#offTrackGap()} or at least
 *       {@link HealthThresholds#missedMilestonesOffTrack()} milestones due before {@code asOf} are
 *       not done; <b>AT_RISK</b> if the gap exceeds {@link HealthThresholds#atRiskGap()}, a
 *       milestone is missed, or (with {@link HealthThresholds#lateReportAtRisk()}) the report came
 *       after the deadline; <b>ON_TRACK</b> otherwise.
 * </ol>
 *
 * <p>The evaluation streams: one pass over primitive arrays, one byte of result per commitment, no
 * allocation per commitment. Reasons are built only when asked for, by {@link
 * CycleEvaluation#assessment(int)}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MonitoringEvaluator {
  static final byte NOT_EVALUATED = -1;
  private static final byte COMPLETED = (byte) Health.COMPLETED.ordinal();
  private static final byte ON_TRACK = (byte) Health.ON_TRACK.ordinal();
  private static final byte AT_RISK = (byte) Health.AT_RISK.ordinal();
  private static final byte NOT_REPORTED = (byte) Health.NOT_REPORTED.ordinal();
  private static final byte OFF_TRACK = (byte) Health.OFF_TRACK.ordinal();
  private static final byte OVERDUE = (byte) Health.OVERDUE.ordinal();
  private static final byte AGREED = (byte) CommitmentStatus.AGREED.ordinal();
  private static final byte IN_PROGRESS = (byte) CommitmentStatus.IN_PROGRESS.ordinal();
  private static final byte DONE = (byte) CommitmentStatus.COMPLETED.ordinal();

  private final HealthThresholds thresholds;

  private MonitoringEvaluator(HealthThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * An evaluator with the given thresholds.
   *
   * @param thresholds the thresholds
   * @return the evaluator
   */
  public static MonitoringEvaluator of(HealthThresholds thresholds) {
    return new MonitoringEvaluator(thresholds);
  }

  /**
   * An evaluator with {@link HealthThresholds#defaults()}.
   *
   * @return the evaluator
   */
  public static MonitoringEvaluator defaults() {
    return new MonitoringEvaluator(HealthThresholds.defaults());
  }

  /**
   * The thresholds used.
   *
   * @return the thresholds
   */
  public HealthThresholds thresholds() {
    return thresholds;
  }

  /**
   * Evaluates a cycle from its reports as values.
   *
   * @param portfolio the commitments
   * @param cycle the cycle
   * @param reports the cycle's reports
   * @return the evaluation
   */
  public CycleEvaluation evaluate(
      Portfolio portfolio, MonitoringCycle cycle, Collection<ProgressReport> reports) {
    return evaluate(CycleReports.of(portfolio, cycle, reports));
  }

  /**
   * Evaluates a cycle from its indexed reports.
   *
   * @param reports the cycle's reports, aligned with their portfolio
   * @return the evaluation
   */
  public CycleEvaluation evaluate(CycleReports reports) {
    Portfolio p = reports.portfolio;
    int asOf = Math.toIntExact(reports.cycle.periodEnd().toEpochDay());
    long deadline = reports.cycle.reportDue().toEpochSecond();
    double atRisk = thresholds.atRiskGap();
    double offTrack = thresholds.offTrackGap();
    int missedOffTrack = thresholds.missedMilestonesOffTrack();
    boolean lateAtRisk = thresholds.lateReportAtRisk();
    byte[] health = new byte[p.size];
    int[] counts = new int[Health.values().length];
    for (int i = 0; i < p.size; i++) {
      byte h =
          classify(p, reports, i, asOf, deadline, atRisk, offTrack, missedOffTrack, lateAtRisk);
      health[i] = h;
      if (h >= 0) {
        counts[h]++;
      }
    }
    return new CycleEvaluation(this, reports, health, counts);
  }

  private static byte classify(
      Portfolio p,
      CycleReports r,
      int i,
      int asOf,
      long deadline,
      double atRisk,
      double offTrack,
      int missedOffTrack,
      boolean lateAtRisk) {
    byte status = p.status[i];
    if (status == DONE) {
      return COMPLETED;
    }
    int start = p.startDay[i];
    if ((status != AGREED && status != IN_PROGRESS) || start >= asOf) {
      return NOT_EVALUATED;
    }
    double progress = r.progress[i];
    boolean reported = !Double.isNaN(progress);
    if (p.dueDay[i] < asOf && !(reported && progress >= 100)) {
      return OVERDUE;
    }
    if (!reported) {
      return NOT_REPORTED;
    }
    double gap = expected(start, p.dueDay[i], asOf) - progress;
    for (int t = p.targetFrom[i], end = p.targetFrom[i + 1]; t < end; t++) {
      double actual = r.measured[t];
      if (!Double.isNaN(actual)) {
        double g =
            expected(start, p.targetByDay[t], asOf)
                - attainment(
                    actual, p.targetValue[t], p.targetBaseline[t], p.targetLowerIsBetter[t]);
        if (g > gap) {
          gap = g;
        }
      }
    }
    int missed = 0;
    for (int m = p.milestoneFrom[i], end = p.milestoneFrom[i + 1]; m < end; m++) {
      if (p.milestoneDueDay[m] < asOf && !r.milestoneDone[m]) {
        missed++;
      }
    }
    byte h = gap > offTrack ? OFF_TRACK : gap > atRisk ? AT_RISK : ON_TRACK;
    if (missed >= missedOffTrack) {
      h = OFF_TRACK;
    } else if (missed > 0 && h < AT_RISK) {
      h = AT_RISK;
    }
    if (lateAtRisk && r.submittedAt[i] > deadline && h < AT_RISK) {
      h = AT_RISK;
    }
    return h;
  }

  /**
   * The share of {@code [startDay, endDayInclusive]} elapsed by {@code asOfDay} (exclusive), in
   * percent from 0 to 100.
   */
  static double expected(int startDay, int endDayInclusive, int asOfDay) {
    double span = endDayInclusive + 1.0 - startDay;
    double share = (asOfDay - startDay) / span;
    return share <= 0 ? 0 : share >= 1 ? 100 : share * 100;
  }

  /**
   * How far from baseline to target an actual value is, in percent from 0 to 100; 100 if the target
   * is met in its direction.
   */
  static double attainment(double actual, double target, double baseline, boolean lowerIsBetter) {
    if (lowerIsBetter ? actual <= target : actual >= target) {
      return 100;
    }
    double span = target - baseline;
    if (span == 0) {
      return 0;
    }
    double share = (actual - baseline) / span;
    return share <= 0 ? 0 : share >= 1 ? 100 : share * 100;
  }

  /** Builds the full assessment of one evaluated commitment. */
  static CommitmentAssessment assess(CycleReports r, int i, Health health) {
    Portfolio p = r.portfolio;
    Commitment c = p.commitment(i);
    MonitoringCycle cycle = r.cycle;
    int asOf = Math.toIntExact(cycle.periodEnd().toEpochDay());
    CommitmentAssessment.Builder a =
        CommitmentAssessment.builder()
            .commitment(c.id())
            .action(c.action())
            .lead(c.lead())
            .priority(c.priority())
            .cycle(cycle.id())
            .health(health)
            .asOf(cycle.periodEnd())
            .due(c.due())
            .expectedPercent(expected(p.startDay[i], p.dueDay[i], asOf))
            .reportDue(cycle.reportDue());
    if (r.reported(i)) {
      a.reportedPercent(r.progress[i]).submittedAt(Instant.ofEpochSecond(r.submittedAt[i]));
    }
    ImmutableList<Target> targets = ImmutableList.copyOf(c.targets());
    for (int k = 0; k < targets.size(); k++) {
      int t = p.targetFrom[i] + k;
      Target target = targets.get(k);
      double actual = r.measured[t];
      boolean lower = p.targetLowerIsBetter[t];
      IndicatorCheck.Builder check =
          IndicatorCheck.builder()
              .indicator(target.indicator())
              .direction(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
              .baseline(p.targetBaseline[t])
              .target(target.value())
              .targetBy(target.by())
              .expectedPercent(expected(p.startDay[i], p.targetByDay[t], asOf));
      if (!Double.isNaN(actual)) {
        check
            .actual(actual)
            .attainmentPercent(
                OptionalDouble.of(attainment(actual, target.value(), p.targetBaseline[t], lower)));
      }
      a.addIndicator(check.build());
    }
    ImmutableList<Milestone> milestones = ImmutableList.copyOf(c.milestones());
    for (int k = 0; k < milestones.size(); k++) {
      int m = p.milestoneFrom[i] + k;
      if (p.milestoneDueDay[m] < asOf) {
        a.addMilestonesDue(milestones.get(k).id());
        if (!r.milestoneDone[m]) {
          a.addMilestonesMissed(milestones.get(k).id());
        }
      }
    }
    return a.build();
  }

  static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String describe(Duration d) {
    long days = d.toDays();
    long hours = d.minusDays(days).toHours();
    long minutes = d.minusDays(days).minusHours(hours).toMinutes();
    StringBuilder s = new StringBuilder();
    if (days > 0) {
      s.append(days).append(days == 1 ? " day " : " days ");
    }
    if (hours > 0) {
      s.append(hours).append(hours == 1 ? " hour " : " hours ");
    }
    if (minutes > 0 || s.length() == 0) {
      s.append(Math.max(minutes, 0)).append(" min ");
    }
    return s.toString().trim();
  }
}
