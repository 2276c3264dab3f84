package io.rakor.core.monitoring;

import static io.rakor.core.monitoring.CycleStatus.CLOSED;
import static io.rakor.core.monitoring.CycleStatus.EVALUATED;
import static io.rakor.core.monitoring.CycleStatus.OPEN;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.rakor.core.Violation;
import io.rakor.core.workflow.Action;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Policy;
import io.rakor.core.workflow.Rejection;
import io.rakor.core.workflow.Role;
import io.rakor.core.workflow.StateMachine;
import io.rakor.core.workflow.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle of a {@link MonitoringCycle}: open, closed, evaluated. {@link #TRANSITIONS} is the
 * one table of legal moves:
 *
 * <table>
 *   <caption>Monitoring cycle transitions</caption>
 *   <tr><th>from</th><th>action</th><th>to</th></tr>
 *   <tr><td>OPEN</td><td>CLOSE_CYCLE</td><td>CLOSED</td></tr>
 *   <tr><td>CLOSED</td><td>EVALUATE_CYCLE</td><td>EVALUATED</td></tr>
 * </table>
 *
 * <p>A lifecycle serves one {@link MonitoringPlan}: the plan's owner is the cycle's secretariat. A
 * cycle cannot be closed before its report deadline (the clock decides). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CycleLifecycle {
  /** The legal transitions of a monitoring cycle. */
  public static final StateMachine<CycleStatus> TRANSITIONS =
      StateMachine.builder("MonitoringCycle", CycleStatus.class)
          .allow(OPEN, Action.CLOSE_CYCLE, CLOSED)
          .allow(CLOSED, Action.EVALUATE_CYCLE, EVALUATED)
          .build();

  private final MonitoringPlan plan;
  private final Policy policy;
  private final Clock clock;

  private CycleLifecycle(MonitoringPlan plan, Policy policy, Clock clock) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A lifecycle for the cycles of a plan, under a policy, with "now" from a clock.
   *
   * @param plan the plan whose cycles are driven
   * @param policy who may do what
   * @param clock where "now" and event times come from
   * @return the lifecycle
   */
  public static CycleLifecycle of(MonitoringPlan plan, Policy policy, Clock clock) {
    return new CycleLifecycle(plan, policy, clock);
  }

  /**
   * A lifecycle under {@link DefaultPolicy}.
   *
   * @param plan the plan whose cycles are driven
   * @param clock where "now" and event times come from
   * @return the lifecycle
   */
  public static CycleLifecycle of(MonitoringPlan plan, Clock clock) {
    return new CycleLifecycle(plan, DefaultPolicy.instance(), clock);
  }

  /**
   * What the policy is told about a cycle: its plan's owner is its secretariat.
   *
   * @param cycle the cycle
   * @param plan its plan
   * @return the subject
   */
  public static Subject subject(MonitoringCycle cycle, MonitoringPlan plan) {
    return Subject.of(
        "MonitoringCycle",
        cycle.id().value(),
        ImmutableMap.of(Role.SECRETARIAT, ImmutableSet.of(plan.owner())),
        Optional.empty());
  }

  /**
   * Carries out a command.
   *
   * @param cycle the cycle as it is
   * @param command what is asked
   * @param actor who asks
   * @return the new cycle and its events, or the rejection
   */
  public Outcome<MonitoringCycle> apply(MonitoringCycle cycle, CycleCommand command, Actor actor) {
    if (!cycle.plan().equals(plan.id())) {
      return invalid("cycle-of-another-plan", "plan", cycle.plan(), "must be " + plan.id());
    }
    CycleStatus from = cycle.status();
    Action action = command.action();
    Optional<Rejection> gate = TRANSITIONS.check(from, action, actor, subject(cycle, plan), policy);
    if (gate.isPresent()) {
      return new Outcome.Rejected<>(gate.get());
    }
    Instant now = clock.instant();
    if (action == Action.CLOSE_CYCLE && now.isBefore(cycle.reportDue().toInstant())) {
      return invalid(
          "reports-still-due",
          "reportDue",
          cycle.reportDue(),
          "has not passed yet (now " + now + "): the cycle cannot close before its deadline");
    }
    CycleStatus to = TRANSITIONS.target(from, action).orElseThrow();
    DomainEvent event =
        DomainEvent.builder()
            .type(EventType.of(action))
            .subjectKind("MonitoringCycle")
            .subjectId(cycle.id().value())
            .actor(actor)
            .occurredAt(now)
            .fromState(from.name())
            .toState(to.name())
            .putDetail("plan", plan.id().value())
            .putDetail("sequence", Integer.toString(cycle.sequence()))
            .build();
    return new Outcome.Accepted<>(cycle.withStatus(to), List.of(event));
  }

  private static Outcome<MonitoringCycle> invalid(
      String rule, String field, Object value, String explanation) {
    return new Outcome.Rejected<>(
        new Rejection.Invalid(rule, Violation.of("MonitoringCycle", field, value, explanation)));
  }
}
