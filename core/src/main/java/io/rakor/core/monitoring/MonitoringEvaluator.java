package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Direction;
import io.rakor.core.meetings.MeetingId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Evaluates every active commitment of a {@link Portfolio} in one monitoring cycle and gives it a
 * {@link Health}; {@code docs/monitoring.md} states every rule.
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
 *       for each target with a reported value that is judged this cycle, expected attainment minus
 *       attainment. Expected progress follows the checkpoints that milestones give ({@link
 *       Expectation}); a target is reached from the previous target on its indicator, and an
 *       indicator measured on a schedule is judged only as of its last measurement due.
 *   <li><b>OFF_TRACK</b> if the gap exceeds {@link HealthThresholds#offTrackGap()} or at least
 *       {@link HealthThresholds#missedMilestonesOffTrack()} milestones are {@link
 *       MilestoneState#MISSED}; <b>AT_RISK</b> if the gap exceeds {@link
 *       HealthThresholds#atRiskGap()}, a milestone is missed, or (with {@link
 *       HealthThresholds#lateReportAtRisk()}) the report came after the deadline, or a funding line
 *       the report gives spending on is absorbed less than the share of its fiscal year elapsed
 *       allows ({@link HealthThresholds#absorptionTolerance()}) or spent beyond its allocation
 *       ({@link AbsorptionCheck}); <b>ON_TRACK</b> otherwise.
 * </ol>
 *
 * <p>A parent commitment without a report of its own is judged by its children (their weighted
 * progress against their weighted expectation, bounded by {@link HealthThresholds#parentFloor()}).
 * Milestones completed in earlier cycles ({@link MilestoneAchievement}) stay done; an evaluation
 * made with the previous cycle's flags what changed ({@link #evaluate(CycleReports, Optional)},
 * {@link #evaluateAll(Portfolio, List, Collection)}).
 *
 * <p>The evaluation streams over primitive arrays: one pass of every commitment's own rules in
 * index order, then one of the parents only, children before parents; a byte of health and a few
 * numbers per commitment, no allocation per commitment. Reasons are built only when asked for, by
 * {@link CycleEvaluation#assessment(int)}. Immutable and thread-safe.
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
  private final EscalationRules escalationRules;

  // the thresholds the inner loop reads, copied out of the value once
  private final double atRiskGap;
  private final double offTrackGap;
  private final int missedOffTrack;
  private final boolean lateReportAtRisk;
  private final boolean checkpoints;

  private MonitoringEvaluator(HealthThresholds thresholds, EscalationRules escalationRules) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.escalationRules = Objects.requireNonNull(escalationRules, "escalationRules");
    this.atRiskGap = thresholds.atRiskGap();
    this.offTrackGap = thresholds.offTrackGap();
    this.missedOffTrack = thresholds.missedMilestonesOffTrack();
    this.lateReportAtRisk = thresholds.lateReportAtRisk();
    this.checkpoints = thresholds.expectation() == Expectation.CHECKPOINTS;
  }

  /**
   * An evaluator with the given thresholds.
   *
   * @param thresholds the thresholds
   * @return the evaluator
   */
  public static MonitoringEvaluator of(HealthThresholds thresholds) {
    return new MonitoringEvaluator(thresholds, EscalationRules.defaults());
  }

  /**
   * An evaluator with the given thresholds and escalation rules.
   *
   * @param thresholds the thresholds
   * @param escalationRules what {@link CycleEvaluation#escalations()} escalates
   * @return the evaluator
   */
  public static MonitoringEvaluator of(
      HealthThresholds thresholds, EscalationRules escalationRules) {
    return new MonitoringEvaluator(thresholds, escalationRules);
  }

  /**
   * An evaluator with {@link HealthThresholds#defaults()}.
   *
   * @return the evaluator
   */
  public static MonitoringEvaluator defaults() {
    return new MonitoringEvaluator(HealthThresholds.defaults(), EscalationRules.defaults());
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
   * The escalation rules used.
   *
   * @return the rules
   */
  public EscalationRules escalationRules() {
    return escalationRules;
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
   * Evaluates a cycle from its reports and the milestones completed before it, which stay done
   * whatever this cycle's reports say.
   *
   * @param portfolio the commitments
   * @param cycle the cycle
   * @param reports the cycle's reports
   * @param achievements milestones completed in earlier cycles, for example {@link
   *     MilestoneAchievement#fromReports(Collection)} of their reports
   * @return the evaluation
   */
  public CycleEvaluation evaluate(
      Portfolio portfolio,
      MonitoringCycle cycle,
      Collection<ProgressReport> reports,
      Collection<MilestoneAchievement> achievements) {
    return evaluate(CycleReports.of(portfolio, cycle, reports, achievements));
  }

  /**
   * Evaluates consecutive cycles of a plan, in the order given, each with what came before it: the
   * milestones completed according to the reports of earlier cycles stay done ({@link
   * MilestoneAchievement#fromReports(Collection)}), and each cycle is compared with the one before
   * ({@link #evaluate(CycleReports, Optional)}).
   *
   * @param portfolio the commitments
   * @param cycles the cycles, earliest first
   * @param reports the reports of all those cycles (others are ignored)
   * @return one evaluation per cycle, in the same order
   */
  public ImmutableList<CycleEvaluation> evaluateAll(
      Portfolio portfolio, List<MonitoringCycle> cycles, Collection<ProgressReport> reports) {
    return evaluateAll(portfolio, cycles, reports, Map.of());
  }

  /**
   * Evaluates consecutive cycles of a plan as {@link #evaluateAll(Portfolio, List, Collection)}
   * does, knowing which meetings were held when: a milestone fulfilled by a meeting ({@code
   * Milestone.fulfilledBy()}) is done, on the day the meeting began, in every cycle whose period
   * ends after that day ({@link CycleReports.Builder#meetingHeld}).
   *
   * @param portfolio the commitments
   * @param cycles the cycles, earliest first
   * @param reports the reports of all those cycles (others are ignored)
   * @param held the day each held meeting began; meetings not held are left out
   * @return one evaluation per cycle, in the same order
   * @since 0.1
   */
  public ImmutableList<CycleEvaluation> evaluateAll(
      Portfolio portfolio,
      List<MonitoringCycle> cycles,
      Collection<ProgressReport> reports,
      Map<MeetingId, LocalDate> held) {
    Map<CycleId, List<ProgressReport>> byCycle = new HashMap<>();
    for (ProgressReport r : reports) {
      byCycle.computeIfAbsent(r.cycle(), k -> new ArrayList<>()).add(r);
    }
    ImmutableList.Builder<CycleEvaluation> out = ImmutableList.builder();
    List<ProgressReport> earlier = new ArrayList<>();
    Optional<CycleEvaluation> previous = Optional.empty();
    for (MonitoringCycle cycle : cycles) {
      List<ProgressReport> mine = byCycle.getOrDefault(cycle.id(), List.of());
      CycleReports.Builder b = CycleReports.builder(portfolio, cycle);
      mine.forEach(b::add);
      MilestoneAchievement.fromReports(earlier).forEach(b::achieved);
      held.forEach(b::meetingHeld);
      CycleReports indexed = b.build();
      CycleEvaluation e = evaluate(indexed, previous);
      out.add(e);
      earlier.addAll(mine);
      previous = Optional.of(e);
    }
    return out.build();
  }

  /**
   * Evaluates a cycle from its indexed reports, with no previous cycle to compare with.
   *
   * @param reports the cycle's reports, aligned with their portfolio
   * @return the evaluation
   */
  public CycleEvaluation evaluate(CycleReports reports) {
    return evaluate(reports, Optional.empty());
  }

  /**
   * Evaluates a cycle from its indexed reports and compares each commitment with the previous
   * cycle's evaluation: whether its reported progress went down, whether its health got worse, and
   * for how many cycles in a row it has been at risk or worse ({@link
   * CommitmentAssessment#atRiskCycles()}). Commitments are matched by id, so the previous
   * evaluation may be of another portfolio.
   *
   * @param reports the cycle's reports, aligned with their portfolio
   * @param previous the evaluation of the cycle before, if there is one
   * @return the evaluation
   */
  public CycleEvaluation evaluate(CycleReports reports, Optional<CycleEvaluation> previous) {
    return judgeAll(reports, previous).evaluation(this);
  }

  /** Judges every commitment, children before parents; {@link LiveEvaluation} keeps the result. */
  Judging judgeAll(CycleReports reports, Optional<CycleEvaluation> previous) {
    Judging s = new Judging(reports, previous);
    Portfolio p = reports.portfolio;
    // Own rules first, in index order: every column is read front to back. Only then the parents,
    // children before parents; judging all in post-order instead jumps around the columns.
    for (int i = 0; i < p.size; i++) {
      judgeOwn(s, i);
    }
    for (int i : p.parentOrder) {
      judgeByChildren(s, i);
    }
    return s;
  }

  /**
   * The arrays an evaluation fills, by commitment index, and the cycle's days it reads them with.
   * Filled once by {@link #judgeAll}; a {@link LiveEvaluation} keeps one and judges again only the
   * commitments an update touches.
   */
  static final class Judging {
    final CycleReports reports;
    final int asOf;
    final long deadline;
    final int[] monthEnds;
    final byte[] health;
    final double[] expected;
    final byte[] childHealth;
    final double[] childProgress;
    final double[] childExpected;
    final byte[] previousHealth;
    final double[] previousProgress;
    final double[] previousBehind;

    /** The at-risk streak of the previous cycle, 0 if none. */
    final int[] previousStreak;

    /** Filled by {@link #evaluation}. */
    final int[] counts = new int[Health.values().length];

    final int[] streak;

    Judging(CycleReports reports, Optional<CycleEvaluation> previous) {
      Portfolio p = reports.portfolio;
      this.reports = reports;
      this.asOf = Math.toIntExact(reports.cycle.periodEnd().toEpochDay());
      this.deadline = reports.cycle.reportDue().toEpochSecond();
      this.monthEnds = monthEnds(asOf);
      this.health = new byte[p.size];
      this.expected = new double[p.size];
      this.childHealth = new byte[p.size];
      this.childProgress = new double[p.size];
      this.childExpected = new double[p.size];
      this.previousHealth = new byte[p.size];
      this.previousProgress = new double[p.size];
      this.previousBehind = new double[p.size];
      this.previousStreak = new int[p.size];
      this.streak = new int[p.size];
      Arrays.fill(childHealth, NOT_EVALUATED);
      Arrays.fill(childProgress, Double.NaN);
      Arrays.fill(childExpected, Double.NaN);
      Arrays.fill(previousHealth, NOT_EVALUATED);
      Arrays.fill(previousProgress, Double.NaN);
      Arrays.fill(previousBehind, Double.NaN);
      CycleEvaluation before = previous.orElse(null);
      for (int i = 0; before != null && i < p.size; i++) {
        int j = before.indexOf(p, i);
        if (j >= 0) {
          previousHealth[i] = before.healthByte(j);
          previousProgress[i] = before.countedProgress(j);
          previousBehind[i] = before.pointsBehind(j);
          previousStreak[i] = before.streak(j);
        }
      }
    }

    /** For how many cycles in a row commitment {@code i} has been at risk or worse. */
    int streakOf(int i) {
      return health[i] >= AT_RISK ? 1 + previousStreak[i] : 0;
    }

    /** Counts the healths and streaks judged, and wraps the arrays, which it shares. */
    CycleEvaluation evaluation(MonitoringEvaluator evaluator) {
      for (int i = 0; i < health.length; i++) {
        if (health[i] >= 0) {
          counts[health[i]]++;
        }
        streak[i] = streakOf(i);
      }
      return new CycleEvaluation(
          evaluator,
          reports,
          health,
          counts,
          expected,
          new CycleEvaluation.Children(childHealth, childProgress, childExpected),
          previousHealth,
          previousProgress,
          previousBehind,
          streak);
    }

    /**
     * An evaluation of copies of every array an update may change, aligned with {@code copy}, a
     * copy of the reports.
     */
    CycleEvaluation copy(MonitoringEvaluator evaluator, CycleReports copy) {
      return new CycleEvaluation(
          evaluator,
          copy,
          health.clone(),
          counts.clone(),
          expected.clone(),
          new CycleEvaluation.Children(
              childHealth.clone(), childProgress.clone(), childExpected.clone()),
          previousHealth,
          previousProgress,
          previousBehind,
          streak.clone());
    }
  }

  /**
   * Judges commitment {@code i} from its inputs and, if it has children, from theirs as judged in
   * {@code s}: its expected progress, health, and what its children add up to. A child placed after
   * it in {@link Portfolio#postOrder} closes a cycle of parent links and is left out.
   */
  void judge(Judging s, int i) {
    judgeOwn(s, i);
    s.childHealth[i] = NOT_EVALUATED;
    s.childProgress[i] = Double.NaN;
    s.childExpected[i] = Double.NaN;
    if (s.reports.portfolio.hasChildren(i)) {
      judgeByChildren(s, i);
    }
  }

  /**
   * Judges commitment {@code i} from its own inputs only; what its children add up to is left as it
   * was (nothing, in a new {@link Judging}).
   */
  private void judgeOwn(Judging s, int i) {
    Portfolio p = s.reports.portfolio;
    double expected = expectedProgress(p, i, s.asOf);
    s.expected[i] = expected;
    s.health[i] = classify(p, s.reports, i, s.asOf, s.deadline, expected, s.monthEnds);
  }

  /**
   * Adds up the children of commitment {@code i}, judged already, and judges it by them if it was
   * not reported on.
   */
  private void judgeByChildren(Judging s, int i) {
    Portfolio p = s.reports.portfolio;
    CycleReports reports = s.reports;
    byte[] health = s.health;
    double[] expected = s.expected;
    int asOf = s.asOf;
    double sum = 0;
    double expectedSum = 0;
    double weights = 0;
    byte worst = NOT_EVALUATED;
    byte worstOverdue = NOT_EVALUATED;
    for (int k = p.childFrom[i]; k < p.childFrom[i + 1]; k++) {
      int c = p.children[k];
      if (health[c] < 0 || (p.cyclic && p.rank[c] > p.rank[i])) {
        continue;
      }
      worst = (byte) Math.max(worst, health[c]);
      if (health[c] == OVERDUE) {
        worstOverdue = OVERDUE;
      }
      double progress =
          health[c] == COMPLETED
              ? 100
              : !Double.isNaN(s.childProgress[c]) ? s.childProgress[c] : reports.progress[c];
      if (!Double.isNaN(progress)) {
        sum += p.weight[c] * progress;
        expectedSum += p.weight[c] * expected[c];
        weights += p.weight[c];
      }
    }
    if (weights > 0) {
      s.childProgress[i] = sum / weights;
      s.childExpected[i] = expectedSum / weights;
    }
    if (health[i] >= 0 && health[i] != COMPLETED) {
      byte h;
      if (weights == 0) {
        h = NOT_REPORTED;
      } else if (p.dueDay[i] < asOf && s.childProgress[i] < 100) {
        h = OVERDUE;
      } else {
        double gap = s.childExpected[i] - s.childProgress[i];
        h = gap > offTrackGap ? OFF_TRACK : gap > atRiskGap ? AT_RISK : ON_TRACK;
      }
      ParentFloor floor = thresholds.parentFloor();
      byte bound =
          floor == ParentFloor.WORST_CHILD
              ? worst
              : floor == ParentFloor.OVERDUE_CHILD ? worstOverdue : NOT_EVALUATED;
      s.childHealth[i] = (byte) Math.max(h, bound);
      if (!reports.reported(i)) {
        int missed = missedMilestones(p, reports, i, asOf);
        byte own = missed >= missedOffTrack ? OFF_TRACK : missed > 0 ? AT_RISK : NOT_EVALUATED;
        health[i] = (byte) Math.max(s.childHealth[i], own);
      }
    }
  }

  private byte classify(
      Portfolio p,
      CycleReports r,
      int i,
      int asOf,
      long deadline,
      double expectedProgress,
      int[] monthEnds) {
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
    double gap = expectedProgress - progress;
    for (int t = p.targetFrom[i], end = p.targetFrom[i + 1]; t < end; t++) {
      double actual = r.measured[t];
      int judged = judgedAsOf(p, i, t, asOf, monthEnds);
      if (!Double.isNaN(actual) && judged != Portfolio.NO_DAY) {
        double g = targetExpected(p, i, t, judged) - targetAttainment(p, t, actual);
        if (g > gap) {
          gap = g;
        }
      }
    }
    int missed = missedMilestones(p, r, i, asOf);
    byte h = gap > offTrackGap ? OFF_TRACK : gap > atRiskGap ? AT_RISK : ON_TRACK;
    if (missed >= missedOffTrack) {
      h = OFF_TRACK;
    } else if (missed > 0 && h < AT_RISK) {
      h = AT_RISK;
    }
    if (lateReportAtRisk && r.submittedAt[i] > deadline && h < AT_RISK) {
      h = AT_RISK;
    }
    if (h < AT_RISK && r.hasRealisations(i) && poorlyAbsorbed(p.commitment(i), r, i, asOf)) {
      h = AT_RISK;
    }
    return h;
  }

  /**
   * Whether a funding line that commitment {@code i}'s report gives spending on is absorbed less
   * than {@link HealthThresholds#absorptionTolerance()} allows, or spent beyond its allocation.
   * Reached only for a report that gives spending.
   */
  private boolean poorlyAbsorbed(Commitment c, CycleReports r, int i, int asOf) {
    for (AbsorptionCheck check : absorption(c, r.realisations(i), asOf)) {
      if (check.low() || check.overspent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The absorption of each funding line of {@code c} that {@code given} reports spending on in the
   * line's currency, as of day {@code asOf} (exclusive).
   */
  private List<AbsorptionCheck> absorption(Commitment c, List<Realisation> given, int asOf) {
    List<AbsorptionCheck> checks = new ArrayList<>(given.size());
    for (Realisation spent : given) {
      FundingLine line = c.fundingLine(spent.line()).orElse(null);
      if (line == null || !line.currency().equals(spent.currency())) {
        continue;
      }
      long from = LocalDate.of(line.fiscalYear(), 1, 1).toEpochDay();
      long to = LocalDate.of(line.fiscalYear() + 1, 1, 1).toEpochDay();
      double elapsed = Math.max(0, Math.min(100, (asOf - from) * 100.0 / (to - from)));
      checks.add(
          AbsorptionCheck.builder()
              .line(spent.line())
              .allocated(line.allocation())
              .realised(spent.spentToDate())
              .currency(line.currency())
              .expectedPercent(elapsed)
              .minimumPercent(Math.max(0, elapsed - thresholds.absorptionTolerance()))
              .build());
    }
    return checks;
  }

  /** How many of a commitment's milestones are due before {@code asOf} and not done. */
  private static int missedMilestones(Portfolio p, CycleReports r, int i, int asOf) {
    int missed = 0;
    for (int m = p.milestoneFrom[i], end = p.milestoneFrom[i + 1]; m < end; m++) {
      if (p.milestoneDueDay[m] < asOf && !r.milestoneDone[m]) {
        missed++;
      }
    }
    return missed;
  }

  /**
   * The progress a commitment is expected to have made by {@code asOf} (exclusive), in percent. A
   * straight line over its window, or with {@link Expectation#CHECKPOINTS} and milestones: each
   * milestone, and the rest of the work after the last one (if the due date is later), is an equal
   * step, earned evenly over its stretch: from the milestone's start if given, else from the day
   * after the latest earlier milestone's due date (or the commitment's start), to its due date.
   */
  double expectedProgress(Portfolio p, int i, int asOf) {
    int from = p.milestoneFrom[i];
    int to = p.milestoneFrom[i + 1];
    if (from == to || !checkpoints) {
      return expected(p.startDay[i], p.dueDay[i], asOf);
    }
    double sum = 0;
    int steps = to - from;
    int lastDue = p.startDay[i] - 1;
    for (int m = from; m < to; m++) {
      int due = p.milestoneDueDay[m];
      lastDue = Math.max(lastDue, due);
      int start = p.milestoneStartDay[m];
      if (start == Portfolio.NO_DAY) {
        start = p.startDay[i];
        for (int o = from; o < to; o++) {
          if (p.milestoneDueDay[o] < due) {
            start = Math.max(start, p.milestoneDueDay[o] + 1);
          }
        }
      }
      sum += expected(start, due, asOf);
    }
    if (p.dueDay[i] > lastDue) {
      sum += expected(lastDue + 1, p.dueDay[i], asOf);
      steps++;
    }
    return sum / steps;
  }

  /**
   * The progress expected of a target by {@code judged} (exclusive): over {@code [start, by]},
   * where start is the target's period start if it has one, else the commitment's; or with {@link
   * Expectation#CHECKPOINTS} over its own stretch from its period start, else from the day after
   * the previous target on the same indicator and disaggregation.
   */
  double targetExpected(Portfolio p, int i, int t, int judged) {
    int from = checkpoints ? p.targetFromDay[t] : p.targetStartDay[t];
    return expected(from, p.targetByDay[t], judged);
  }

  /** A target's attainment, from the baseline, or from the previous target with checkpoints. */
  double targetAttainment(Portfolio p, int t, double actual) {
    double from = checkpoints ? p.targetFromValue[t] : p.targetBaseline[t];
    return attainment(actual, p.targetValue[t], from, p.targetLowerIsBetter[t]);
  }

  /**
   * The day a target is judged at (exclusive): {@code asOf} for an indicator measured any time; for
   * one with a schedule, the day after the last scheduled measurement due before {@code asOf}, or
   * {@link Portfolio#NO_DAY} if none has been due since the commitment started.
   */
  static int judgedAsOf(Portfolio p, int i, int t, int asOf, int[] monthEnds) {
    int schedule = p.targetSchedule[t];
    if (schedule == 0) {
      return asOf;
    }
    int last = Portfolio.NO_DAY;
    for (int m = 0; m < 12; m++) {
      if ((schedule & (1 << m)) != 0) {
        last = Math.max(last, monthEnds[m]);
      }
    }
    return last < p.startDay[i] ? Portfolio.NO_DAY : last + 1;
  }

  /** For each month of the year, the epoch day of its latest last day before {@code asOf}. */
  static int[] monthEnds(int asOf) {
    LocalDate lastDay = LocalDate.ofEpochDay(asOf - 1L);
    int[] ends = new int[12];
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(lastDay.getYear(), m);
      if (month.atEndOfMonth().isAfter(lastDay)) {
        month = month.minusYears(1);
      }
      ends[m - 1] = Math.toIntExact(month.atEndOfMonth().toEpochDay());
    }
    return ends;
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

  /**
   * A milestone's state at {@code asOf} (exclusive): done on time or late by its completion day (on
   * time if the day is not known), missed if due before {@code asOf}, due soon if due before {@code
   * asOf + dueSoonDays}, pending otherwise.
   */
  static MilestoneState milestoneState(
      boolean done, int completedDay, int dueDay, int asOf, int dueSoonDays) {
    if (done) {
      return completedDay != Portfolio.NO_DAY && completedDay > dueDay
          ? MilestoneState.DONE_LATE
          : MilestoneState.DONE_ON_TIME;
    }
    if (dueDay < asOf) {
      return MilestoneState.MISSED;
    }
    return dueDay < (long) asOf + dueSoonDays ? MilestoneState.DUE_SOON : MilestoneState.PENDING;
  }

  /** Builds the full assessment of one evaluated commitment. */
  CommitmentAssessment assess(CycleEvaluation e, int i, Health health) {
    CycleReports r = e.reports();
    int dueSoonDays = thresholds.dueSoonDays();
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
            .expectedPercent(e.expected(i))
            .reportDue(cycle.reportDue())
            .atRiskCycles(e.streak(i));
    e.previousHealth(i).ifPresent(a::previousHealth);
    e.childrenHealth(i).ifPresent(a::childrenHealth);
    if (p.hasChildren(i)) {
      double cp = e.childrenProgress(i);
      if (!Double.isNaN(cp)) {
        a.childrenProgressPercent(cp).childrenExpectedPercent(e.childrenExpected(i));
      }
      for (int k = p.childFrom[i]; k < p.childFrom[i + 1]; k++) {
        int child = p.children[k];
        if (e.health(child).orElse(null) == Health.OVERDUE) {
          a.addOverdueChildren(p.commitment(child).id());
        }
      }
    }
    double before = e.previousProgress(i);
    if (!Double.isNaN(before)) {
      a.previousReportedPercent(before);
    }
    double behindBefore = e.previousBehind(i);
    if (!Double.isNaN(behindBefore)) {
      a.previousPointsBehind(behindBefore);
    }
    if (r.reported(i)) {
      a.reportedPercent(r.progress[i]).submittedAt(Instant.ofEpochSecond(r.submittedAt[i]));
    }
    ImmutableList<Target> targets = ImmutableList.copyOf(c.targets());
    int[] monthEnds = monthEnds(asOf);
    for (int k = 0; k < targets.size(); k++) {
      int t = p.targetFrom[i] + k;
      Target target = targets.get(k);
      double actual = r.measured[t];
      boolean lower = p.targetLowerIsBetter[t];
      int judged = judgedAsOf(p, i, t, asOf, monthEnds);
      IndicatorCheck.Builder check =
          IndicatorCheck.builder()
              .indicator(target.indicator())
              .direction(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
              .baseline(p.targetBaseline[t])
              .startValue(checkpoints ? p.targetFromValue[t] : p.targetBaseline[t])
              .target(target.value())
              .targetBy(target.by())
              .targetStart(target.start())
              .disaggregation(target.disaggregation())
              .judged(judged != Portfolio.NO_DAY)
              .expectedPercent(judged == Portfolio.NO_DAY ? 0 : targetExpected(p, i, t, judged));
      if (judged != Portfolio.NO_DAY && judged != asOf) {
        check.measurementDue(LocalDate.ofEpochDay(judged - 1L));
      }
      if (!Double.isNaN(actual)) {
        check.actual(actual).attainmentPercent(OptionalDouble.of(targetAttainment(p, t, actual)));
      }
      a.addIndicator(check.build());
    }
    ImmutableList<Milestone> milestones = ImmutableList.copyOf(c.milestones());
    for (int k = 0; k < milestones.size(); k++) {
      int m = p.milestoneFrom[i] + k;
      Milestone milestone = milestones.get(k);
      int due = p.milestoneDueDay[m];
      int done = r.milestoneDay[m];
      MilestoneState state = milestoneState(r.milestoneDone[m], done, due, asOf, dueSoonDays);
      MilestoneCheck.Builder check =
          MilestoneCheck.builder()
              .milestone(milestone.id())
              .description(milestone.description())
              .due(milestone.due())
              .place(milestone.place())
              .responsible(milestone.responsible())
              .state(state)
              .daysLate(
                  state == MilestoneState.MISSED
                      ? asOf - due
                      : state == MilestoneState.DONE_LATE ? done - due : 0);
      if (state.isDone() && done != Portfolio.NO_DAY) {
        check.completedOn(LocalDate.ofEpochDay(done));
      }
      if (r.milestoneGrade[m] != CycleReports.NO_GRADE) {
        check.grade(CompletionGrade.values()[r.milestoneGrade[m]]);
      }
      a.addMilestones(check.build());
    }
    if (r.hasRealisations(i)) {
      a.absorption(absorption(c, r.realisations(i), asOf));
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
