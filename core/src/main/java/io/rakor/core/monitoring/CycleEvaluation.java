package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The result of evaluating one cycle: each commitment's {@link Health}, the totals, roll-ups by
 * priority, lead unit, jurisdiction and parent/child tree, and the items to escalate. Details and
 * reasons are built on demand ({@link #assessment(int)}), so an evaluation of a national portfolio
 * holds one byte per commitment. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CycleEvaluation {
  /** The healths escalated to the next meeting unless told otherwise. */
  public static final ImmutableSet<Health> DEFAULT_ESCALATION =
      ImmutableSet.of(Health.OVERDUE, Health.OFF_TRACK, Health.NOT_REPORTED);

  private final MonitoringEvaluator evaluator;
  private final CycleReports reports;
  private final Portfolio portfolio;
  private final byte[] health;
  private final int[] counts;
  private final double[] expected;
  private final Children children;
  private final byte[] previousHealth;
  private final double[] previousProgress;
  private final double[] previousBehind;
  private final int[] streak;

  CycleEvaluation(
      MonitoringEvaluator evaluator,
      CycleReports reports,
      byte[] health,
      int[] counts,
      double[] expected,
      Children children,
      byte[] previousHealth,
      double[] previousProgress,
      double[] previousBehind,
      int[] streak) {
    this.evaluator = evaluator;
    this.reports = reports;
    this.portfolio = reports.portfolio;
    this.health = health;
    this.counts = counts;
    this.expected = expected;
    this.children = children;
    this.previousHealth = previousHealth;
    this.previousProgress = previousProgress;
    this.previousBehind = previousBehind;
    this.streak = streak;
  }

  CycleReports reports() {
    return reports;
  }

  /** The index in this evaluation of the commitment at index {@code i} of {@code other}. */
  int indexOf(Portfolio other, int i) {
    if (other == portfolio) {
      return i;
    }
    return portfolio.indexOf(other.commitment(i).id()).orElse(-1);
  }

  byte healthByte(int i) {
    return health[i];
  }

  /** What the evaluator found from a parent's children, by commitment index. */
  record Children(byte[] health, double[] progress, double[] expected) {}

  /**
   * The progress counted for a commitment: reported, or rolled up from its children; NaN if none.
   */
  double countedProgress(int i) {
    if (health[i] < 0) {
      return Double.NaN;
    }
    double reported = reports.progress[i];
    return Double.isNaN(reported) ? children.progress[i] : reported;
  }

  Optional<Health> childrenHealth(int i) {
    byte h = children.health[i];
    return h < 0 ? Optional.empty() : Optional.of(Health.values()[h]);
  }

  double childrenProgress(int i) {
    return children.progress[i];
  }

  double childrenExpected(int i) {
    return children.expected[i];
  }

  double expected(int i) {
    return expected[i];
  }

  int streak(int i) {
    return streak[i];
  }

  Optional<Health> previousHealth(int i) {
    byte h = previousHealth[i];
    return h < 0 ? Optional.empty() : Optional.of(Health.values()[h]);
  }

  double previousProgress(int i) {
    return previousProgress[i];
  }

  double previousBehind(int i) {
    return previousBehind[i];
  }

  /**
   * Points behind (expected minus reported, or a parent's children's expected minus progress), as
   * {@link CommitmentAssessment#pointsBehind()}; NaN if there is nothing to compare.
   */
  double pointsBehind(int i) {
    if (health[i] < 0) {
      return Double.NaN;
    }
    double reported = reports.progress[i];
    return Double.isNaN(reported)
        ? children.expected[i] - children.progress[i]
        : expected[i] - reported;
  }

  /**
   * This evaluation compared with a stored record of the previous cycle instead of what it was
   * compared with when made: each commitment's previous health, progress and points behind are the
   * record's ({@link RecordedAssessment}), and the cycles at risk in a row continue the record's
   * {@link RecordedAssessment#atRiskCycles()}. Commitments are matched by id; one the record does
   * not hold has no previous cycle. The change flags, trends and escalations follow.
   *
   * @param previous the record of the cycle before
   * @return the evaluation, compared with the record
   * @throws io.rakor.core.RakorValidationException if the record is not of an earlier cycle of this
   *     cycle's plan
   */
  public CycleEvaluation withPrevious(EvaluationRecord previous) {
    Checker.of("EvaluationRecord")
        .require(
            previous.plan().equals(cycle().plan()),
            "plan",
            previous.plan(),
            "must be the plan of cycle " + cycle().id() + " (" + cycle().plan() + ")")
        .require(
            previous.sequence() < cycle().sequence(),
            "sequence",
            previous.sequence(),
            "must be before cycle " + cycle().id() + " (" + cycle().sequence() + ")")
        .done();
    int n = health.length;
    byte[] ph = new byte[n];
    double[] pp = new double[n];
    double[] pb = new double[n];
    int[] st = new int[n];
    java.util.Arrays.fill(ph, MonitoringEvaluator.NOT_EVALUATED);
    for (int i = 0; i < n; i++) {
      Optional<RecordedAssessment> before = previous.assessment(portfolio.commitment(i).id());
      ph[i] =
          before.map(a -> (byte) a.health().ordinal()).orElse(MonitoringEvaluator.NOT_EVALUATED);
      pp[i] = before.flatMap(RecordedAssessment::progressPercent).orElse(Double.NaN);
      pb[i] = before.flatMap(RecordedAssessment::pointsBehind).orElse(Double.NaN);
      if (health[i] >= Health.AT_RISK.ordinal()) {
        st[i] = 1 + before.map(RecordedAssessment::atRiskCycles).orElse(0);
      }
    }
    return new CycleEvaluation(
        evaluator, reports, health, counts, expected, children, ph, pp, pb, st);
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
   * The commitments evaluated.
   *
   * @return the portfolio
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * The thresholds used.
   *
   * @return the thresholds
   */
  public HealthThresholds thresholds() {
    return evaluator.thresholds();
  }

  /**
   * The health of the commitment at an index.
   *
   * @param index the commitment's index in the portfolio
   * @return the health, or empty if the commitment was not evaluated (not active, or not started)
   */
  public Optional<Health> health(int index) {
    byte h = health[index];
    return h < 0 ? Optional.empty() : Optional.of(Health.values()[h]);
  }

  /**
   * The health of a commitment.
   *
   * @param id the commitment's id
   * @return the health, or empty if it is not in the portfolio or was not evaluated
   */
  public Optional<Health> health(CommitmentId id) {
    OptionalInt i = portfolio.indexOf(id);
    return i.isPresent() ? health(i.getAsInt()) : Optional.empty();
  }

  /**
   * The totals over the portfolio.
   *
   * @return how many commitments are in each health
   */
  public HealthSummary summary() {
    return HealthSummary.of(counts);
  }

  /**
   * The full assessment of one commitment, with its reason in words and numbers.
   *
   * @param index the commitment's index
   * @return the assessment, or empty if it was not evaluated
   */
  public Optional<CommitmentAssessment> assessment(int index) {
    return health(index).map(h -> evaluator.assess(this, index, h));
  }

  /**
   * The full assessment of one commitment.
   *
   * @param id the commitment's id
   * @return the assessment, or empty if it is not in the portfolio or was not evaluated
   */
  public Optional<CommitmentAssessment> assessment(CommitmentId id) {
    OptionalInt i = portfolio.indexOf(id);
    return i.isPresent() ? assessment(i.getAsInt()) : Optional.empty();
  }

  /**
   * Every evaluated commitment's assessment, in portfolio order. This builds every reason: meant
   * for small portfolios and displays.
   *
   * @return the assessments
   */
  public ImmutableList<CommitmentAssessment> assessments() {
    ImmutableList.Builder<CommitmentAssessment> all = ImmutableList.builder();
    for (int i = 0; i < health.length; i++) {
      assessment(i).ifPresent(all::add);
    }
    return all.build();
  }

  /**
   * Totals by priority.
   *
   * @return for each priority with an evaluated commitment, its summary
   */
  public ImmutableSortedMap<PriorityId, HealthSummary> byPriority() {
    return rollUp(portfolio.priority, portfolio.priorities);
  }

  /**
   * Totals by lead unit.
   *
   * @return for each lead unit with an evaluated commitment, its summary
   */
  public ImmutableSortedMap<UnitId, HealthSummary> byLeadUnit() {
    return rollUp(portfolio.lead, portfolio.units);
  }

  /**
   * Totals by jurisdiction: every jurisdiction in a commitment's scope and every ancestor of one
   * counts the commitment once, so a district sees its villages' commitments.
   *
   * @return for each jurisdiction touched, its summary
   */
  public ImmutableSortedMap<JurisdictionCode, HealthSummary> byJurisdiction() {
    int[][] c = new int[portfolio.jurisdictions.size()][Health.values().length];
    for (int i = 0; i < health.length; i++) {
      if (health[i] >= 0) {
        for (int j = portfolio.jurisdictionFrom[i]; j < portfolio.jurisdictionFrom[i + 1]; j++) {
          c[portfolio.jurisdictionNode[j]][health[i]]++;
        }
      }
    }
    ImmutableSortedMap.Builder<JurisdictionCode, HealthSummary> out =
        ImmutableSortedMap.naturalOrder();
    for (int n = 0; n < c.length; n++) {
      HealthSummary s = HealthSummary.of(c[n]);
      if (s.total() > 0) {
        out.put(portfolio.jurisdictions.get(n), s);
      }
    }
    return out.buildOrThrow();
  }

  /**
   * The totals of one jurisdiction, its descendants included.
   *
   * @param code the jurisdiction
   * @return its summary, {@link HealthSummary#EMPTY} if nothing there was evaluated
   */
  public HealthSummary forJurisdiction(JurisdictionCode code) {
    return byJurisdiction().getOrDefault(code, HealthSummary.EMPTY);
  }

  private <K extends Comparable<? super K>> ImmutableSortedMap<K, HealthSummary> rollUp(
      int[] key, List<K> keys) {
    int[][] c = new int[keys.size()][Health.values().length];
    for (int i = 0; i < health.length; i++) {
      if (health[i] >= 0) {
        c[key[i]][health[i]]++;
      }
    }
    ImmutableSortedMap.Builder<K, HealthSummary> out = ImmutableSortedMap.naturalOrder();
    for (int k = 0; k < c.length; k++) {
      HealthSummary s = HealthSummary.of(c[k]);
      if (s.total() > 0) {
        out.put(keys.get(k), s);
      }
    }
    return out.buildOrThrow();
  }

  /**
   * A commitment's progress rolled up through its children: a commitment without children counts
   * its reported progress (100 once completed); one with children the weighted mean of its
   * children's rolled-up progress, by their {@code weight}. Children with nothing to count (not
   * evaluated, or not reported) are left out of the mean.
   *
   * @param id the commitment's id
   * @return the progress in percent, or empty if there is nothing to count
   */
  public OptionalDouble rolledUpProgress(CommitmentId id) {
    OptionalInt i = portfolio.indexOf(id);
    if (i.isEmpty()) {
      return OptionalDouble.empty();
    }
    int k = i.getAsInt();
    double p =
        portfolio.hasChildren(k)
            ? children.progress[k]
            : health[k] == Health.COMPLETED.ordinal()
                ? 100
                : health[k] >= 0 ? reports.progress[k] : Double.NaN;
    return Double.isNaN(p) ? OptionalDouble.empty() : OptionalDouble.of(p);
  }

  /**
   * The totals of a commitment and all its descendants.
   *
   * @param id the commitment's id
   * @return the summary of the subtree; {@link HealthSummary#EMPTY} if unknown
   */
  public HealthSummary subtree(CommitmentId id) {
    OptionalInt i = portfolio.indexOf(id);
    int[] c = new int[Health.values().length];
    if (i.isPresent()) {
      count(i.getAsInt(), c, new boolean[health.length]);
    }
    return HealthSummary.of(c);
  }

  private void count(int i, int[] c, boolean[] seen) {
    if (seen[i]) {
      return;
    }
    seen[i] = true;
    if (health[i] >= 0) {
      c[health[i]]++;
    }
    for (int k = portfolio.childFrom[i]; k < portfolio.childFrom[i + 1]; k++) {
      count(portfolio.children[k], c, seen);
    }
  }

  /**
   * The items to escalate to the next meeting, by the evaluator's {@link
   * MonitoringEvaluator#escalationRules()} ({@link EscalationRules#defaults()} unless set).
   *
   * @return the assessments, worst first, then by due date and id
   */
  public ImmutableList<CommitmentAssessment> escalations() {
    return escalations(evaluator.escalationRules());
  }

  /**
   * The items to escalate to the next meeting: exactly those in the given healths.
   *
   * @param healths the healths that call for escalation
   * @return the assessments, worst first, then by due date and id
   */
  public ImmutableList<CommitmentAssessment> escalations(Set<Health> healths) {
    return escalations(EscalationRules.only(healths));
  }

  /**
   * The items to escalate to the next meeting by the given rules.
   *
   * @param rules the escalation rules
   * @return the assessments, worst first, then by due date and id
   */
  public ImmutableList<CommitmentAssessment> escalations(EscalationRules rules) {
    List<CommitmentAssessment> out = new ArrayList<>();
    for (int i = 0; i < health.length; i++) {
      if (health[i] >= 0 && escalates(rules, i)) {
        assessment(i).ifPresent(out::add);
      }
    }
    out.sort(WORST_FIRST);
    return ImmutableList.copyOf(out);
  }

  /** Worst health first, then earliest due date, then id. */
  static final Comparator<CommitmentAssessment> WORST_FIRST =
      Comparator.comparing((CommitmentAssessment a) -> a.health().severity())
          .reversed()
          .thenComparing(CommitmentAssessment::due)
          .thenComparing(CommitmentAssessment::commitment);

  /** {@link EscalationRules#escalates} read from the arrays, without building the assessment. */
  boolean escalates(EscalationRules rules, int i) {
    byte h = health[i];
    double now = countedProgress(i);
    return rules.healths().contains(Health.values()[h])
        || (rules.atRiskCycles() > 0 && streak[i] >= rules.atRiskCycles())
        || (rules.progressDropped() && !Double.isNaN(now) && now < previousProgress[i])
        || (rules.healthWorsened() && previousHealth[i] >= 0 && h > previousHealth[i]);
  }

  /**
   * Who is behind, by lead unit and by priority, with names from a directory. A commitment is
   * behind when it is at risk or worse ({@link Health#AT_RISK}, {@link Health#NOT_REPORTED}, {@link
   * Health#OFF_TRACK}, {@link Health#OVERDUE}). Only units and priorities with a commitment behind
   * are listed, ranked by how many are behind, then by the points behind added up, then by the
   * worst health, then by name.
   *
   * @param directory the names of units and priorities ({@link Directory#empty()} for ids only)
   * @return the ranking
   */
  public Ranking whoIsBehind(Directory directory) {
    List<CommitmentAssessment> behind = new ArrayList<>();
    int[] evaluatedByUnit = new int[portfolio.units.size()];
    int[] evaluatedByPriority = new int[portfolio.priorities.size()];
    for (int i = 0; i < health.length; i++) {
      if (health[i] >= 0) {
        evaluatedByUnit[portfolio.lead[i]]++;
        evaluatedByPriority[portfolio.priority[i]]++;
        if (health[i] >= Health.AT_RISK.ordinal()) {
          assessment(i).ifPresent(behind::add);
        }
      }
    }
    behind.sort(WORST_FIRST);
    List<Standing> byUnit = new ArrayList<>();
    for (int u = 0; u < portfolio.units.size(); u++) {
      var unit = portfolio.units.get(u);
      List<CommitmentAssessment> mine = behind.stream().filter(a -> a.lead().equals(unit)).toList();
      if (!mine.isEmpty()) {
        byUnit.add(
            standing(mine, evaluatedByUnit[u]).unit(unit).name(directory.name(unit)).build());
      }
    }
    List<Standing> byPriority = new ArrayList<>();
    for (int k = 0; k < portfolio.priorities.size(); k++) {
      var priority = portfolio.priorities.get(k);
      List<CommitmentAssessment> mine =
          behind.stream().filter(a -> a.priority().equals(priority)).toList();
      if (!mine.isEmpty()) {
        byPriority.add(
            standing(mine, evaluatedByPriority[k])
                .priority(priority)
                .name(directory.name(priority))
                .build());
      }
    }
    Comparator<Standing> rank =
        Comparator.comparingInt(Standing::behind)
            .thenComparingDouble(Standing::pointsBehind)
            .thenComparing(s -> s.worst().severity())
            .reversed()
            .thenComparing(Standing::name);
    byUnit.sort(rank);
    byPriority.sort(rank);
    return Ranking.builder().cycle(cycle().id()).byUnit(byUnit).byPriority(byPriority).build();
  }

  private static Standing.Builder standing(List<CommitmentAssessment> behind, int evaluated) {
    double points = 0;
    Health worst = Health.COMPLETED;
    for (CommitmentAssessment a : behind) {
      points += Math.max(0, a.pointsBehind().orElse(0));
      worst = worst.worse(a.health());
    }
    return Standing.builder()
        .evaluated(evaluated)
        .behind(behind.size())
        .pointsBehind(points)
        .worst(worst)
        .commitments(behind);
  }

  /** Returns the cycle and its summary. */
  @Override
  public String toString() {
    return "Evaluation of " + cycle().id() + ": " + summary();
  }
}
