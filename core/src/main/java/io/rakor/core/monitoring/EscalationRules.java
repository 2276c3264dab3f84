package io.rakor.core.monitoring;

import io.rakor.core.values.Checker;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which assessments of a cycle are put before the next meeting. An assessment is escalated when any
 * rule holds:
 *
 * <table>
 *   <caption>Rules and defaults</caption>
 *   <tr><th>rule</th><th>default</th><th>escalates</th></tr>
 *   <tr><td>{@link #healths()}</td><td>OVERDUE, OFF_TRACK, NOT_REPORTED</td><td>a commitment in one
 *       of these healths</td></tr>
 *   <tr><td>{@link #atRiskCycles()}</td><td>2</td><td>a commitment at risk or worse for at least
 *       this many cycles in a row (0: never for that reason)</td></tr>
 *   <tr><td>{@link #progressDropped()}</td><td>false</td><td>a commitment whose reported progress
 *       went down since the previous cycle</td></tr>
 *   <tr><td>{@link #healthWorsened()}</td><td>false</td><td>a commitment whose health got worse
 *       since the previous cycle</td></tr>
 * </table>
 *
 * <p>Invariants, checked when built: {@code atRiskCycles >= 0}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EscalationRules implements WithEscalationRules {
  private static final EscalationRules DEFAULTS = EscalationRules.builder().build();

  EscalationRules() {}

  /**
   * The documented defaults.
   *
   * @return the default rules
   */
  public static EscalationRules defaults() {
    return DEFAULTS;
  }

  /**
   * Rules that escalate exactly the given healths, nothing else.
   *
   * @param healths the healths to escalate
   * @return the rules
   */
  public static EscalationRules only(Set<Health> healths) {
    return builder()
        .healths(healths)
        .atRiskCycles(0)
        .progressDropped(false)
        .healthWorsened(false)
        .build();
  }

  /**
   * Starts building rules; anything not set keeps its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link EscalationRules} values, checking every invariant in {@link #build()}. Obtained
   * from {@link EscalationRules#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableEscalationRules.Builder {
    Builder() {}
  }

  /**
   * The healths that are escalated whatever their history.
   *
   * @return the healths; {@link CycleEvaluation#DEFAULT_ESCALATION} unless set
   */
  @Value.Default
  public Set<Health> healths() {
    return CycleEvaluation.DEFAULT_ESCALATION;
  }

  /**
   * How many cycles in a row at risk or worse escalate a commitment; 0 turns the rule off.
   *
   * @return the number of cycles; 2 unless set
   */
  @Value.Default
  public int atRiskCycles() {
    return 2;
  }

  /**
   * Whether progress that went down since the previous cycle escalates.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean progressDropped() {
    return false;
  }

  /**
   * Whether health that got worse since the previous cycle escalates.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean healthWorsened() {
    return false;
  }

  /**
   * Whether the rules escalate an assessment.
   *
   * @param a the assessment
   * @return true if any rule holds
   */
  public boolean escalates(CommitmentAssessment a) {
    return healths().contains(a.health())
        || (atRiskCycles() > 0 && a.atRiskCycles() >= atRiskCycles())
        || (progressDropped() && a.progressDropped())
        || (healthWorsened() && a.healthWorsened());
  }

  @Value.Check
  void check() {
    Checker.of("EscalationRules")
        .require(atRiskCycles() >= 0, "atRiskCycles", atRiskCycles(), "must be at least 0")
        .done();
  }
}
