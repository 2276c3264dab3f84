package io.rakor.core.monitoring;

import com.google.common.base.Preconditions;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.meetings.MeetingId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * One cycle's progress reports, indexed by commitment, in the columnar form {@link
 * MonitoringEvaluator} reads: reported progress, submission time, each target's measured value and
 * each milestone's completion, as primitive arrays aligned with a {@link Portfolio}, and the
 * spending on funding lines ({@link Realisation}) where a report gives any.
 *
 * <p>Build it from {@link ProgressReport}s with {@link #of(Portfolio, MonitoringCycle,
 * Collection)}, or fill it directly with {@link #builder(Portfolio, MonitoringCycle)} when the
 * numbers come from elsewhere (a database cursor, a generator).
 *
 * <p>A commitment reported more than once in the cycle keeps <b>one</b> report, as a whole: the one
 * submitted last, and of reports submitted at the same instant the one whose id is last in text
 * order (the last in {@code ProgressReportQuery.ORDER} of the persistence contract). Its progress,
 * measured values and milestone completions replace everything an earlier report said: a value or
 * milestone the kept report leaves out counts as not reported. The result is therefore the same for
 * every order in which the reports are given.
 *
 * <p>A measured value is the actual of the targets of its indicator with the same disaggregation: a
 * value with a period only of the target for that period (whose {@code by} is the period's last day
 * and whose start, if given, its first); a value without a period of every target that no value
 * with a period matches. So the 2025 and 2026 targets of an indicator are judged by the 2025 and
 * 2026 actuals, and without periods one value applies to every target of its indicator. Immutable
 * once built and thread-safe.
 *
 * @since 0.1
 */
public final class CycleReports {
  /** No grade reported, in {@link #milestoneGrade}. */
  static final byte NO_GRADE = -1;

  final Portfolio portfolio;
  final MonitoringCycle cycle;
  final double[] progress;
  final long[] submittedAt;
  final double[] measured;

  /** Whether each milestone counts done: reported done, or achieved before the cycle. */
  final boolean[] milestoneDone;

  /** The day each milestone was done, the earlier of reported and achieved if both are known. */
  final int[] milestoneDay;

  final byte[] milestoneGrade;

  /** The day each milestone was achieved in an earlier cycle, or {@link Portfolio#NO_DAY}. */
  private final int[] achievedDay;

  /** The submission time and id of the report kept for each commitment; null if none. */
  private final Instant[] keptAt;

  private final String[] keptId;
  private final int ignored;

  /**
   * The realisations of the report kept for each commitment, null where it gave none; the array
   * itself is null until some report gives one, so a portfolio without funding costs nothing.
   * Replaced only by {@link #replace}, for a {@link LiveEvaluation}'s private copy.
   */
  private List<Realisation>[] realisations;

  private CycleReports(Builder b) {
    this.portfolio = b.portfolio;
    this.cycle = b.cycle;
    this.progress = b.progress;
    this.submittedAt = b.submittedAt;
    this.measured = b.measured;
    this.ignored = b.ignored;
    this.milestoneDone = b.milestoneDone;
    this.milestoneDay = b.milestoneDay;
    this.milestoneGrade = b.milestoneGrade;
    this.achievedDay = b.achievedDay;
    this.keptAt = b.keptAt;
    this.keptId = b.keptId;
    this.realisations = b.realisations;
    merge(0, milestoneDone.length);
  }

  /** A deep copy, aligned with {@code portfolio} (the same commitments compiled alike). */
  private CycleReports(CycleReports o, Portfolio portfolio) {
    this.portfolio = portfolio;
    this.cycle = o.cycle;
    this.progress = o.progress.clone();
    this.submittedAt = o.submittedAt.clone();
    this.measured = o.measured.clone();
    this.ignored = o.ignored;
    this.milestoneDone = o.milestoneDone.clone();
    this.milestoneDay = o.milestoneDay.clone();
    this.milestoneGrade = o.milestoneGrade.clone();
    this.achievedDay = o.achievedDay.clone();
    this.keptAt = o.keptAt.clone();
    this.keptId = o.keptId.clone();
    this.realisations = o.realisations == null ? null : o.realisations.clone();
  }

  /**
   * Counts the milestones of slots {@code [from, to)} achieved before the cycle as done, in place:
   * a milestone is done if reported done or achieved, on the earlier of the two days known.
   */
  private void merge(int from, int to) {
    for (int m = from; m < to; m++) {
      boolean achieved = achievedDay[m] != Portfolio.NO_DAY;
      int reported = milestoneDone[m] ? milestoneDay[m] : Portfolio.NO_DAY;
      milestoneDone[m] = milestoneDone[m] || achieved;
      milestoneDay[m] =
          !achieved
              ? reported
              : reported == Portfolio.NO_DAY ? achievedDay[m] : Math.min(reported, achievedDay[m]);
    }
  }

  /**
   * A deep copy, aligned with another compilation of the same commitments.
   *
   * @param portfolio the portfolio to align with: same commitments, targets and milestones
   * @return the copy
   */
  CycleReports copy(Portfolio portfolio) {
    return new CycleReports(this, portfolio);
  }

  /**
   * Takes a report for commitment {@code i} by the same rule as {@link Builder#add}, in place. Only
   * for the private copy a {@link LiveEvaluation} holds: this breaks immutability.
   *
   * @return false if the report kept already supersedes it (nothing changed)
   */
  boolean replace(int i, ProgressReport report) {
    if (!keep(keptAt, keptId, i, report)) {
      return false;
    }
    write(
        portfolio,
        i,
        report,
        progress,
        submittedAt,
        measured,
        milestoneDone,
        milestoneDay,
        milestoneGrade);
    realisations = put(realisations, progress.length, i, report.realisations());
    merge(portfolio.milestoneFrom[i], portfolio.milestoneFrom[i + 1]);
    return true;
  }

  /**
   * The spending that the report kept for commitment {@code i} gives.
   *
   * @param i the commitment's index
   * @return the realisations, empty if it gives none or there is no report
   */
  List<Realisation> realisations(int i) {
    List<Realisation> r = realisations == null ? null : realisations[i];
    return r == null ? List.of() : r;
  }

  /** Whether the report kept for commitment {@code i} gives any spending. */
  boolean hasRealisations(int i) {
    return realisations != null && realisations[i] != null;
  }

  /**
   * Records the realisations of commitment {@code i}'s kept report in {@code array}, allocating it
   * (of length {@code n}) only when the first is recorded.
   */
  private static List<Realisation>[] put(
      List<Realisation>[] array, int n, int i, List<Realisation> given) {
    if (array == null && given.isEmpty()) {
      return null;
    }
    List<Realisation>[] out = array == null ? newArray(n) : array;
    out[i] = given.isEmpty() ? null : given;
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Realisation>[] newArray(int n) {
    return (List<Realisation>[]) new List<?>[n];
  }

  /**
   * Records in place that the milestone in {@code slot} was achieved on {@code day} in an earlier
   * cycle, as {@link Builder#achieved} would have. Only for a {@link LiveEvaluation}'s copy.
   */
  void achieve(int slot, int day) {
    achievedDay[slot] =
        achievedDay[slot] == Portfolio.NO_DAY ? day : Math.min(achievedDay[slot], day);
    int known = milestoneDay[slot];
    milestoneDone[slot] = true;
    milestoneDay[slot] = known == Portfolio.NO_DAY ? day : Math.min(known, day);
  }

  /**
   * Whether a report for commitment {@code i} replaces the one kept (recording it as kept): unless
   * the kept one was submitted later, or at the same instant with an id later in text order.
   */
  private static boolean keep(Instant[] keptAt, String[] keptId, int i, ProgressReport report) {
    Instant at = report.submittedAt();
    String id = report.id().value();
    if (keptAt[i] != null) {
      int order = keptAt[i].compareTo(at);
      if (order > 0 || (order == 0 && keptId[i].compareTo(id) > 0)) {
        return false;
      }
    }
    keptAt[i] = at;
    keptId[i] = id;
    return true;
  }

  /**
   * Writes a report over everything commitment {@code i} had: progress, submission time, measured
   * values, milestone completions and grades (as reported, before any merge).
   */
  private static void write(
      Portfolio portfolio,
      int i,
      ProgressReport report,
      double[] progress,
      long[] submittedAt,
      double[] measured,
      boolean[] milestoneDone,
      int[] milestoneDay,
      byte[] milestoneGrade) {
    progress[i] = report.progressPercent();
    submittedAt[i] = report.submittedAt().getEpochSecond();
    Arrays.fill(measured, portfolio.targetFrom[i], portfolio.targetFrom[i + 1], Double.NaN);
    int from = portfolio.milestoneFrom[i];
    int to = portfolio.milestoneFrom[i + 1];
    Arrays.fill(milestoneDone, from, to, false);
    Arrays.fill(milestoneDay, from, to, Portfolio.NO_DAY);
    Arrays.fill(milestoneGrade, from, to, NO_GRADE);
    List<Target> targets = portfolio.commitment(i).targets();
    for (int pass = 0; pass < 2; pass++) {
      // First the latest values (no period), then the values of a period, which win.
      for (MeasuredValue value : report.values()) {
        if (value.period().isPresent() != (pass == 1)) {
          continue;
        }
        for (int k = 0; k < targets.size(); k++) {
          if (isActualOf(value, targets.get(k))) {
            measured[portfolio.targetFrom[i] + k] = value.value();
          }
        }
      }
    }
    for (MilestoneCompletion completion : report.milestones()) {
      int slot = portfolio.milestoneSlot(i, completion.milestone());
      if (slot >= 0) {
        milestoneDone[slot] = completion.done();
        milestoneDay[slot] =
            completion.completedOn().map(CycleReports::day).orElse(Portfolio.NO_DAY);
        milestoneGrade[slot] = completion.grade().map(g -> (byte) g.ordinal()).orElse(NO_GRADE);
      }
    }
  }

  /**
   * Whether a measured value is the actual of a target: same indicator and disaggregation, and a
   * value with a period only for the target of that period (its {@code by} the period's last day,
   * its start, if given, the period's first).
   */
  static boolean isActualOf(MeasuredValue value, Target target) {
    if (!target.indicator().equals(value.indicator())
        || !target.disaggregation().equals(value.disaggregation())) {
      return false;
    }
    if (value.period().isEmpty()) {
      return true;
    }
    ObservationPeriod period = value.period().get();
    return period.endExclusive().equals(target.by().plusDays(1))
        && target.start().map(period.startInclusive()::equals).orElse(true);
  }

  /**
   * Indexes a cycle's reports. Reports for other cycles or for commitments outside the portfolio
   * are counted in {@link #ignored()} and otherwise ignored.
   *
   * @param portfolio the commitments
   * @param cycle the cycle
   * @param reports the reports
   * @return the indexed reports
   */
  public static CycleReports of(
      Portfolio portfolio, MonitoringCycle cycle, Collection<ProgressReport> reports) {
    return of(portfolio, cycle, reports, List.of());
  }

  /**
   * Indexes a cycle's reports together with the milestones completed before it: each achievement
   * counts its milestone done in this cycle whatever this cycle's report says. Achievements of
   * commitments or milestones outside the portfolio are ignored (and not counted).
   *
   * @param portfolio the commitments
   * @param cycle the cycle
   * @param reports the cycle's reports
   * @param achievements milestones completed in earlier cycles, for example {@link
   *     MilestoneAchievement#fromReports(Collection)} of their reports
   * @return the indexed reports
   */
  public static CycleReports of(
      Portfolio portfolio,
      MonitoringCycle cycle,
      Collection<ProgressReport> reports,
      Collection<MilestoneAchievement> achievements) {
    Builder b = builder(portfolio, cycle);
    reports.forEach(b::add);
    achievements.forEach(b::achieved);
    return b.build();
  }

  /**
   * Starts an empty set of reports for a cycle: nobody has reported yet.
   *
   * @param portfolio the commitments
   * @param cycle the cycle
   * @return a new builder
   */
  public static Builder builder(Portfolio portfolio, MonitoringCycle cycle) {
    return new Builder(portfolio, cycle);
  }

  /**
   * The cycle reported for.
   *
   * @return the cycle
   */
  public MonitoringCycle cycle() {
    return cycle;
  }

  /**
   * The portfolio the reports are aligned with.
   *
   * @return the portfolio
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * Whether a commitment was reported on.
   *
   * @param commitment the commitment's index
   * @return true if a report was given
   */
  public boolean reported(int commitment) {
    return !Double.isNaN(progress[commitment]);
  }

  /**
   * How many reports were ignored because they were for another cycle or an unknown commitment.
   *
   * @return the count
   */
  public int ignored() {
    return ignored;
  }

  private static int day(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  /**
   * Fills a {@link CycleReports}. Not thread-safe; the arrays are handed over on {@link #build()}
   * and the builder must not be used after.
   */
  public static final class Builder {
    private final Portfolio portfolio;
    private final MonitoringCycle cycle;
    private final double[] progress;
    private final long[] submittedAt;
    private final double[] measured;
    private final boolean[] milestoneDone;
    private final int[] milestoneDay;
    private final byte[] milestoneGrade;
    private final int[] achievedDay;
    private final Instant[] keptAt;
    private final String[] keptId;
    private List<Realisation>[] realisations;
    private int ignored;
    private boolean built;

    private Builder(Portfolio portfolio, MonitoringCycle cycle) {
      this.portfolio = portfolio;
      this.cycle = cycle;
      this.progress = new double[portfolio.size()];
      Arrays.fill(progress, Double.NaN);
      this.submittedAt = new long[portfolio.size()];
      this.measured = new double[portfolio.targetSlots()];
      Arrays.fill(measured, Double.NaN);
      this.milestoneDone = new boolean[portfolio.milestoneSlots()];
      this.milestoneDay = new int[portfolio.milestoneSlots()];
      Arrays.fill(milestoneDay, Portfolio.NO_DAY);
      this.milestoneGrade = new byte[portfolio.milestoneSlots()];
      Arrays.fill(milestoneGrade, NO_GRADE);
      this.achievedDay = new int[portfolio.milestoneSlots()];
      Arrays.fill(achievedDay, Portfolio.NO_DAY);
      this.keptAt = new Instant[portfolio.size()];
      this.keptId = new String[portfolio.size()];
    }

    /**
     * Adds a report; one for another cycle or an unknown commitment is counted as ignored. If the
     * commitment already has a report that was submitted later (or at the same instant with an id
     * later in text order), this one is superseded and changes nothing; otherwise it replaces the
     * earlier report as a whole, its values and milestones included.
     *
     * @param report the report
     * @return this builder
     */
    public Builder add(ProgressReport report) {
      OptionalInt found = portfolio.indexOf(report.commitment());
      if (found.isEmpty() || !report.cycle().equals(cycle.id())) {
        ignored++;
        return this;
      }
      int i = found.getAsInt();
      if (keep(keptAt, keptId, i, report)) {
        write(
            portfolio,
            i,
            report,
            progress,
            submittedAt,
            measured,
            milestoneDone,
            milestoneDay,
            milestoneGrade);
        realisations = put(realisations, progress.length, i, report.realisations());
      }
      return this;
    }

    /**
     * Records a report's progress and submission time.
     *
     * @param commitment the commitment's index
     * @param progressPercent the reported progress, 0 to 100
     * @param submittedAtEpochSecond when it was submitted, in seconds since the epoch
     * @return this builder
     * @throws IllegalArgumentException if the progress is not from 0 to 100
     */
    public Builder report(int commitment, double progressPercent, long submittedAtEpochSecond) {
      Preconditions.checkArgument(
          progressPercent >= 0 && progressPercent <= 100,
          "progress must be from 0 to 100: %s",
          progressPercent);
      progress[commitment] = progressPercent;
      submittedAt[commitment] = submittedAtEpochSecond;
      return this;
    }

    /**
     * Records a report's progress and submission time.
     *
     * @param commitment the commitment's index
     * @param progressPercent the reported progress, 0 to 100
     * @param submitted when it was submitted
     * @return this builder
     */
    public Builder report(int commitment, double progressPercent, Instant submitted) {
      return report(commitment, progressPercent, submitted.getEpochSecond());
    }

    /**
     * Records the spending a report gives on a commitment's funding lines, replacing any recorded
     * before for it.
     *
     * @param commitment the commitment's index
     * @param given the realisations, each naming one of the commitment's lines
     * @return this builder
     * @since 0.2
     */
    public Builder realised(int commitment, List<Realisation> given) {
      Preconditions.checkElementIndex(commitment, progress.length, "commitment");
      realisations = put(realisations, progress.length, commitment, List.copyOf(given));
      return this;
    }

    /**
     * Records the value measured for one of a commitment's targets.
     *
     * @param commitment the commitment's index
     * @param target the target's position in the commitment's {@code targets()}
     * @param value the measured value
     * @return this builder
     */
    public Builder measured(int commitment, int target, double value) {
      measured[slot(portfolio.targetFrom, commitment, target)] = value;
      return this;
    }

    /**
     * Records that one of a commitment's milestones is done.
     *
     * @param commitment the commitment's index
     * @param milestone the milestone's position in the commitment's {@code milestones()}
     * @return this builder
     */
    public Builder milestoneDone(int commitment, int milestone) {
      milestoneDone[slot(portfolio.milestoneFrom, commitment, milestone)] = true;
      return this;
    }

    /**
     * Records that one of a commitment's milestones was done on a date.
     *
     * @param commitment the commitment's index
     * @param milestone the milestone's position in the commitment's {@code milestones()}
     * @param completedOn the day it was completed
     * @return this builder
     */
    public Builder milestoneDone(int commitment, int milestone, LocalDate completedOn) {
      int slot = slot(portfolio.milestoneFrom, commitment, milestone);
      milestoneDone[slot] = true;
      milestoneDay[slot] = day(completedOn);
      return this;
    }

    /**
     * Records the grade reported for one of a commitment's milestones; {@link
     * CompletionGrade#COMPLETE} records it done (on an unknown date unless {@link
     * #milestoneDone(int, int, LocalDate)} gives one).
     *
     * @param commitment the commitment's index
     * @param milestone the milestone's position in the commitment's {@code milestones()}
     * @param grade the grade
     * @return this builder
     */
    public Builder milestoneGraded(int commitment, int milestone, CompletionGrade grade) {
      int slot = slot(portfolio.milestoneFrom, commitment, milestone);
      milestoneGrade[slot] = (byte) grade.ordinal();
      if (grade == CompletionGrade.COMPLETE) {
        milestoneDone[slot] = true;
      }
      return this;
    }

    /**
     * Records a milestone completed before this cycle: it counts done in this cycle whatever this
     * cycle's report says. Of several achievements of one milestone the earliest date counts. One
     * for a commitment or milestone outside the portfolio is ignored.
     *
     * @param achievement the fact
     * @return this builder
     */
    public Builder achieved(MilestoneAchievement achievement) {
      OptionalInt found = portfolio.indexOf(achievement.commitment());
      if (found.isPresent()) {
        int slot = portfolio.milestoneSlot(found.getAsInt(), achievement.milestone());
        if (slot >= 0) {
          int day = day(achievement.completedOn());
          achievedDay[slot] =
              achievedDay[slot] == Portfolio.NO_DAY ? day : Math.min(achievedDay[slot], day);
        }
      }
      return this;
    }

    /**
     * Records that a meeting was held on a day: every milestone of the portfolio that the meeting
     * fulfils ({@code Milestone.fulfilledBy()}) counts done on that day, whatever the reports say,
     * if the day is before the end of the cycle's period. A meeting that fulfils no milestone, or
     * held on or after the period's end, changes nothing.
     *
     * @param meeting the meeting
     * @param heldOn the day it began
     * @return this builder
     * @since 0.1
     */
    public Builder meetingHeld(MeetingId meeting, LocalDate heldOn) {
      if (heldOn.isBefore(cycle.periodEnd())) {
        int day = day(heldOn);
        for (int slot : portfolio.meetingSlots.get(meeting)) {
          achievedDay[slot] =
              achievedDay[slot] == Portfolio.NO_DAY ? day : Math.min(achievedDay[slot], day);
        }
      }
      return this;
    }

    private static int slot(int[] from, int commitment, int k) {
      int slot = from[commitment] + k;
      Preconditions.checkElementIndex(slot, from[commitment + 1], "slot");
      Preconditions.checkArgument(k >= 0, "negative position %s", k);
      return slot;
    }

    /**
     * Builds the reports.
     *
     * @return the reports
     * @throws IllegalStateException if called twice
     */
    public CycleReports build() {
      Preconditions.checkState(!built, "already built");
      built = true;
      return new CycleReports(this);
    }
  }
}
