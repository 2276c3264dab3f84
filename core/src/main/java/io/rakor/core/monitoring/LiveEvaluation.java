package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableList;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One cycle's evaluation kept up to date as reports arrive and commitments change status, without
 * evaluating the whole portfolio again. Each update judges again the commitment it touches and its
 * ancestors (parents are judged by their children), and adjusts the totals and the set of
 * escalations; {@link #snapshot()} is at every moment equal to what {@link
 * MonitoringEvaluator#evaluate(CycleReports, Optional)} gives for the same inputs: the same
 * assessments, summary, roll-ups and escalations.
 *
 * <p>An update costs, for the commitment and each ancestor up to the first one that does not
 * change, the work of judging it: its targets and milestones, and the children it adds up. With a
 * bounded number of children per commitment that is proportional to the depth of the tree, not to
 * the size of the portfolio. {@link #snapshot()} copies the arrays, in time proportional to the
 * portfolio.
 *
 * <p>The inputs follow the same rules as {@link CycleReports}: of the reports of a commitment the
 * one submitted last counts, as a whole (a correction replaces it; an older report changes
 * nothing), and a {@link MilestoneAchievement} keeps its milestone done whatever the reports say.
 * Unlike {@link CycleReports#of}, which ignores reports of other cycles and of commitments outside
 * the portfolio, an update that does not fit is refused with a {@link RakorValidationException} and
 * changes nothing.
 *
 * <p><b>Not thread-safe:</b> confine a live evaluation to one thread (or guard every call with one
 * lock). The snapshots it gives are immutable and can be shared freely.
 *
 * @since 0.1
 */
public final class LiveEvaluation {
  private static final String TYPE = "LiveEvaluation";

  private final MonitoringEvaluator evaluator;
  private final Portfolio portfolio;

  /** The portfolio's arrays with a status array of its own, which updates change. */
  private final Portfolio working;

  /** The reports as they stand, aligned with {@link #working}; updates change them in place. */
  private final CycleReports reports;

  /** The judgement's arrays, which updates change in place. */
  private final MonitoringEvaluator.Judging judged;

  /** An evaluation over the same arrays, never handed out: it answers the queries. */
  private final CycleEvaluation view;

  /** The indexes of the commitments escalated. */
  private final BitSet escalated = new BitSet();

  /** The commitments that changed status, by index. */
  private final Map<Integer, Commitment> changed = new HashMap<>();

  private LiveEvaluation(
      MonitoringEvaluator evaluator,
      Portfolio portfolio,
      MonitoringCycle cycle,
      Collection<ProgressReport> reports,
      Collection<MilestoneAchievement> achievements,
      Optional<CycleEvaluation> previous) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
    this.working = new Portfolio(portfolio, portfolio.commitments, portfolio.status.clone());
    this.reports = CycleReports.of(working, cycle, reports, achievements);
    this.judged = evaluator.judgeAll(this.reports, previous);
    this.view = judged.evaluation(evaluator);
    for (int i = 0; i < portfolio.size; i++) {
      markEscalation(i);
    }
  }

  /**
   * Starts a live evaluation of a cycle from the reports received so far.
   *
   * @param evaluator the evaluator, with its thresholds and escalation rules
   * @param portfolio the commitments
   * @param cycle the cycle
   * @param reports the cycle's reports so far (others are ignored, as by {@link CycleReports#of})
   * @return the live evaluation
   */
  public static LiveEvaluation of(
      MonitoringEvaluator evaluator,
      Portfolio portfolio,
      MonitoringCycle cycle,
      Collection<ProgressReport> reports) {
    return new LiveEvaluation(evaluator, portfolio, cycle, reports, List.of(), Optional.empty());
  }

  /**
   * Starts a live evaluation of a cycle from the reports received so far, the milestones completed
   * before it and the previous cycle's evaluation, as {@link MonitoringEvaluator#evaluate(
   * CycleReports, Optional)} takes them.
   *
   * @param evaluator the evaluator, with its thresholds and escalation rules
   * @param portfolio the commitments
   * @param cycle the cycle
   * @param reports the cycle's reports so far (others are ignored, as by {@link CycleReports#of})
   * @param achievements milestones completed in earlier cycles
   * @param previous the evaluation of the cycle before, if there is one
   * @return the live evaluation
   */
  public static LiveEvaluation of(
      MonitoringEvaluator evaluator,
      Portfolio portfolio,
      MonitoringCycle cycle,
      Collection<ProgressReport> reports,
      Collection<MilestoneAchievement> achievements,
      Optional<CycleEvaluation> previous) {
    return new LiveEvaluation(evaluator, portfolio, cycle, reports, achievements, previous);
  }

  /**
   * Takes a new or corrected report: it replaces, as a whole, the report counted for its
   * commitment, unless that one was submitted later (or at the same instant with an id later in
   * text order), in which case nothing changes.
   *
   * @param report the report
   * @return true if the report now counts, false if an existing report supersedes it
   * @throws RakorValidationException if the report is for another cycle or for a commitment outside
   *     the portfolio; nothing changes then
   */
  public boolean accept(ProgressReport report) {
    Objects.requireNonNull(report, "report");
    if (!report.cycle().equals(cycle().id())) {
      throw new RakorValidationException(
          Violation.of(
              TYPE,
              "report.cycle",
              report.cycle(),
              "must be the cycle evaluated, " + cycle().id() + " (report " + report.id() + ")"));
    }
    int i = indexOf(report.commitment(), "report.commitment");
    if (!reports.replace(i, report)) {
      return false;
    }
    propagate(i);
    return true;
  }

  /**
   * Records that a milestone was completed before this cycle: it counts as done whatever the
   * cycle's reports say, as with {@link CycleReports#of(Portfolio, MonitoringCycle, Collection,
   * Collection)}.
   *
   * @param achievement the fact
   * @throws RakorValidationException if the commitment is outside the portfolio or has no such
   *     milestone; nothing changes then
   */
  public void record(MilestoneAchievement achievement) {
    Objects.requireNonNull(achievement, "achievement");
    int i = indexOf(achievement.commitment(), "achievement.commitment");
    int slot = working.milestoneSlot(i, achievement.milestone());
    if (slot < 0) {
      throw new RakorValidationException(
          Violation.of(
              TYPE,
              "achievement.milestone",
              achievement.milestone(),
              "must be a milestone of commitment " + achievement.commitment()));
    }
    reports.achieve(slot, Math.toIntExact(achievement.completedOn().toEpochDay()));
    propagate(i);
  }

  /**
   * Takes a commitment whose status changed: it replaces the commitment with the same id. Only the
   * status and what goes with it ({@code statusReason}, {@code successor}) may differ; any other
   * change needs a new {@link Portfolio} and a new live evaluation.
   *
   * @param commitment the commitment as it is now
   * @throws RakorValidationException if no commitment of the portfolio has its id, or it differs in
   *     more than its status; nothing changes then
   */
  public void update(Commitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    int i = indexOf(commitment.id(), "commitment.id");
    Commitment now = commitment(i);
    Commitment same =
        Commitment.builder()
            .from(commitment)
            .status(now.status())
            .statusReason(now.statusReason())
            .successor(now.successor())
            .build();
    if (!same.equals(now)) {
      throw new RakorValidationException(
          Violation.of(
              TYPE,
              "commitment",
              commitment.id(),
              "must differ only in status, statusReason and successor; compile a new Portfolio"
                  + " for other changes"));
    }
    changed.put(i, commitment);
    CommitmentStatus status = commitment.status();
    if (working.status[i] != (byte) status.ordinal()) {
      working.status[i] = (byte) status.ordinal();
      propagate(i);
    }
  }

  /**
   * The cycle evaluated.
   *
   * @return the cycle
   */
  public MonitoringCycle cycle() {
    return reports.cycle;
  }

  /**
   * The totals over the portfolio, as they stand.
   *
   * @return how many commitments are in each health
   */
  public HealthSummary summary() {
    return view.summary();
  }

  /**
   * A commitment's health, as it stands.
   *
   * @param id the commitment's id
   * @return the health, or empty if it is not in the portfolio or not evaluated
   */
  public Optional<Health> health(CommitmentId id) {
    return view.health(id);
  }

  /**
   * A commitment's full assessment, as it stands.
   *
   * @param id the commitment's id
   * @return the assessment, or empty if it is not in the portfolio or not evaluated
   */
  public Optional<CommitmentAssessment> assessment(CommitmentId id) {
    return view.assessment(id);
  }

  /**
   * A commitment's progress rolled up through its children, as it stands ({@link
   * CycleEvaluation#rolledUpProgress(CommitmentId)}).
   *
   * @param id the commitment's id
   * @return the progress in percent, or empty if there is nothing to count
   */
  public OptionalDouble rolledUpProgress(CommitmentId id) {
    return view.rolledUpProgress(id);
  }

  /**
   * How many commitments the evaluator's {@link EscalationRules} escalate, as it stands.
   *
   * @return the count
   */
  public int escalationCount() {
    return escalated.cardinality();
  }

  /**
   * The items to escalate, as {@link CycleEvaluation#escalations()} lists them: built for the
   * escalated commitments only.
   *
   * @return the assessments, worst first, then by due date and id
   */
  public ImmutableList<CommitmentAssessment> escalations() {
    List<CommitmentAssessment> out = new ArrayList<>(escalated.cardinality());
    for (int i = escalated.nextSetBit(0); i >= 0; i = escalated.nextSetBit(i + 1)) {
      view.assessment(i).ifPresent(out::add);
    }
    out.sort(CycleEvaluation.WORST_FIRST);
    return ImmutableList.copyOf(out);
  }

  /**
   * The evaluation as it stands, as an immutable value: equal in every answer to a full evaluation
   * of the same portfolio (with the commitments as updated), reports and achievements. Copies the
   * state, in time proportional to the portfolio.
   *
   * @return the evaluation
   */
  public CycleEvaluation snapshot() {
    ImmutableList<Commitment> commitments = portfolio.commitments;
    if (!changed.isEmpty()) {
      List<Commitment> list = new ArrayList<>(commitments);
      changed.forEach(list::set);
      commitments = ImmutableList.copyOf(list);
    }
    Portfolio p = new Portfolio(portfolio, commitments, working.status.clone());
    return judged.copy(evaluator, reports.copy(p));
  }

  /** Returns the cycle and its summary. */
  @Override
  public String toString() {
    return "Live evaluation of " + cycle().id() + ": " + summary();
  }

  private Commitment commitment(int i) {
    Commitment c = changed.get(i);
    return c != null ? c : portfolio.commitment(i);
  }

  private int indexOf(CommitmentId id, String field) {
    OptionalInt i = portfolio.indexOf(id);
    if (i.isEmpty()) {
      throw new RakorValidationException(
          Violation.of(TYPE, field, id, "must be a commitment of the portfolio"));
    }
    return i.getAsInt();
  }

  /**
   * Judges commitment {@code i} again, then its ancestors while what a parent reads of its child
   * changes: health, counted progress (reported or rolled up) and expected progress.
   */
  private void propagate(int i) {
    int node = i;
    boolean inputsChanged = true;
    while (true) {
      byte health = judged.health[node];
      double rolled = judged.childProgress[node];
      evaluator.judge(judged, node);
      byte now = judged.health[node];
      if (health != now) {
        if (health >= 0) {
          judged.counts[health]--;
        }
        if (now >= 0) {
          judged.counts[now]++;
        }
      }
      judged.streak[node] = judged.streakOf(node);
      markEscalation(node);
      boolean same = health == now && Double.compare(rolled, judged.childProgress[node]) == 0;
      int parent = working.parent[node];
      if ((same && !inputsChanged) || parent < 0 || working.rank[parent] < working.rank[node]) {
        return;
      }
      inputsChanged = false;
      node = parent;
    }
  }

  private void markEscalation(int i) {
    escalated.set(i, judged.health[i] >= 0 && view.escalates(evaluator.escalationRules(), i));
  }
}
