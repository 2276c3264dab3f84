package io.rakor.core.commitments.lifecycle;

import static io.rakor.core.commitments.CommitmentStatus.AGREED;
import static io.rakor.core.commitments.CommitmentStatus.CANCELLED;
import static io.rakor.core.commitments.CommitmentStatus.COMPLETED;
import static io.rakor.core.commitments.CommitmentStatus.IN_PROGRESS;
import static io.rakor.core.commitments.CommitmentStatus.PROPOSED;
import static io.rakor.core.commitments.CommitmentStatus.SUPERSEDED;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.rakor.core.Violation;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingLifecycle;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.UnitId;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lifecycle of a {@link Commitment}: proposed, agreed, in progress, completed once verified;
 * also cancelled or superseded, with a reason. {@link #TRANSITIONS} is the one table of legal
 * moves:
 *
 * <table>
 *   <caption>Commitment transitions</caption>
 *   <tr><th>from</th><th>action</th><th>to</th></tr>
 *   <tr><td>PROPOSED</td><td>AGREE_COMMITMENT</td><td>AGREED</td></tr>
 *   <tr><td>AGREED</td><td>START_WORK</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>AGREED</td><td>REPORT_PROGRESS</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>IN_PROGRESS</td><td>REPORT_PROGRESS</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>IN_PROGRESS</td><td>CONTRIBUTE_EVIDENCE</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>IN_PROGRESS</td><td>VERIFY_COMPLETION</td><td>COMPLETED</td></tr>
 *   <tr><td>PROPOSED, AGREED, IN_PROGRESS</td><td>CANCEL_COMMITMENT</td><td>CANCELLED</td></tr>
 *   <tr><td>PROPOSED, AGREED, IN_PROGRESS</td><td>SUPERSEDE_COMMITMENT</td><td>SUPERSEDED</td></tr>
 * </table>
 *
 * <p>Every command passes the table, then the {@link Policy} (the commitment vouches for its lead
 * and supporting units; given its origin meeting, for the chair and secretariat too), then the
 * checks that relate the command to the commitment. The result is a new value and its events, or a
 * typed rejection; the commitment given is never changed. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CommitmentLifecycle {
  /** The legal transitions of a commitment. */
  public static final StateMachine<CommitmentStatus> TRANSITIONS =
      StateMachine.builder("Commitment", CommitmentStatus.class)
          .allow(PROPOSED, Action.AGREE_COMMITMENT, AGREED)
          .allow(AGREED, Action.START_WORK, IN_PROGRESS)
          .allow(AGREED, Action.REPORT_PROGRESS, IN_PROGRESS)
          .allow(IN_PROGRESS, Action.REPORT_PROGRESS, IN_PROGRESS)
          .allow(IN_PROGRESS, Action.CONTRIBUTE_EVIDENCE, IN_PROGRESS)
          .allow(IN_PROGRESS, Action.VERIFY_COMPLETION, COMPLETED)
          .allow(PROPOSED, Action.CANCEL_COMMITMENT, CANCELLED)
          .allow(AGREED, Action.CANCEL_COMMITMENT, CANCELLED)
          .allow(IN_PROGRESS, Action.CANCEL_COMMITMENT, CANCELLED)
          .allow(PROPOSED, Action.SUPERSEDE_COMMITMENT, SUPERSEDED)
          .allow(AGREED, Action.SUPERSEDE_COMMITMENT, SUPERSEDED)
          .allow(IN_PROGRESS, Action.SUPERSEDE_COMMITMENT, SUPERSEDED)
          .build();

  private final Policy policy;
  private final Clock clock;
  private final Optional<MonitoringPlan> plan;

  private CommitmentLifecycle(Policy policy, Clock clock, Optional<MonitoringPlan> plan) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.plan = plan;
  }

  private CommitmentLifecycle(Policy policy, Clock clock) {
    this(policy, clock, Optional.empty());
  }

  /**
   * The same lifecycle for commands made under a monitoring plan (a progress report for one of the
   * plan's cycles): where the plan allows partners to report ({@link
   * MonitoringPlan#partnersMayReport()}), the commitment's subject grants {@link Role#PARTNER} the
   * action {@link Action#REPORT_PROGRESS}.
   *
   * @param plan the plan of the cycle reported on
   * @return the lifecycle under that plan
   * @since 0.1
   */
  public CommitmentLifecycle under(MonitoringPlan plan) {
    return new CommitmentLifecycle(policy, clock, Optional.of(plan));
  }

  /**
   * A lifecycle under a policy, with "now" from a clock.
   *
   * @param policy who may do what
   * @param clock where event times come from
   * @return the lifecycle
   */
  public static CommitmentLifecycle of(Policy policy, Clock clock) {
    return new CommitmentLifecycle(policy, clock);
  }

  /**
   * A lifecycle under {@link DefaultPolicy}.
   *
   * @param clock where event times come from
   * @return the lifecycle
   */
  public static CommitmentLifecycle of(Clock clock) {
    return new CommitmentLifecycle(DefaultPolicy.instance(), clock);
  }

  /**
   * What the policy is told about a commitment: its lead unit, co-leads, supporting units and
   * partners.
   *
   * @param commitment the commitment
   * @return the subject
   */
  public static Subject subject(Commitment commitment) {
    return Subject.of(
        "Commitment",
        commitment.id().value(),
        ImmutableMap.of(
            Role.LEAD_UNIT,
            ImmutableSet.of(commitment.lead()),
            Role.CO_LEAD,
            ImmutableSet.copyOf(commitment.coLeads()),
            Role.SUPPORTING_UNIT,
            ImmutableSet.copyOf(commitment.supporters()),
            Role.PARTNER,
            ImmutableSet.copyOf(commitment.partners())),
        Optional.empty());
  }

  /**
   * What the policy is told about a commitment agreed at a meeting: its lead and supporting units,
   * and the meeting's chair, secretariat and participants.
   *
   * @param commitment the commitment
   * @param origin the meeting that agreed it
   * @return the subject
   */
  public static Subject subject(Commitment commitment, Meeting origin) {
    Subject own = subject(commitment);
    Subject meeting = MeetingLifecycle.subject(origin);
    ImmutableMap<Role, ImmutableSet<UnitId>> holders =
        ImmutableMap.<Role, ImmutableSet<UnitId>>builder()
            .putAll(meeting.holders())
            .putAll(own.holders())
            .buildKeepingLast();
    return new Subject(own.kind(), own.id(), holders, meeting.chairOfficial());
  }

  /**
   * Carries out a command, asking the policy with what the commitment itself vouches for.
   *
   * @param commitment the commitment as it is
   * @param command what is asked
   * @param actor who asks
   * @return the new commitment and its events, or the rejection
   */
  public Outcome<Commitment> apply(Commitment commitment, CommitmentCommand command, Actor actor) {
    return apply(commitment, command, actor, subject(commitment));
  }

  /**
   * Carries out a command on a commitment agreed at a meeting, so that the chair and secretariat
   * claims are checked against that meeting.
   *
   * @param commitment the commitment as it is
   * @param command what is asked
   * @param actor who asks
   * @param origin the meeting that agreed the commitment
   * @return the new commitment and its events, or the rejection
   */
  public Outcome<Commitment> apply(
      Commitment commitment, CommitmentCommand command, Actor actor, Meeting origin) {
    if (!origin.id().equals(commitment.originMeeting())) {
      return new Outcome.Rejected<>(
          new Rejection.Invalid(
              "wrong-origin-meeting",
              Violation.of(
                  "Commitment",
                  "originMeeting",
                  commitment.originMeeting(),
                  "is not the meeting given, " + origin.id())));
    }
    return apply(commitment, command, actor, subject(commitment, origin));
  }

  private Outcome<Commitment> apply(
      Commitment commitment, CommitmentCommand command, Actor actor, Subject given) {
    Subject subject =
        plan.filter(MonitoringPlan::partnersMayReport).isPresent()
            ? given.withGrant(Action.REPORT_PROGRESS, Role.PARTNER)
            : given;
    CommitmentStatus from = commitment.status();
    Action action = command.action();
    Optional<Rejection> gate = TRANSITIONS.check(from, action, actor, subject, policy);
    if (gate.isPresent()) {
      return new Outcome.Rejected<>(gate.get());
    }
    Optional<Rejection> invalid = validate(commitment, command, actor);
    if (invalid.isPresent()) {
      return new Outcome.Rejected<>(invalid.get());
    }
    CommitmentStatus to = TRANSITIONS.target(from, action).orElseThrow();
    DomainEvent.Builder event =
        DomainEvent.builder()
            .type(EventType.of(action))
            .subjectKind("Commitment")
            .subjectId(commitment.id().value())
            .actor(actor)
            .occurredAt(clock.instant())
            .fromState(from.name())
            .toState(to.name());
    details(command, event);
    Commitment next = from == to ? commitment : moved(commitment, command, to);
    return new Outcome.Accepted<>(next, List.of(event.build()));
  }

  private static Commitment moved(
      Commitment commitment, CommitmentCommand command, CommitmentStatus to) {
    Commitment next = commitment.withStatus(to);
    if (command instanceof CommitmentCommand.Cancel c) {
      return next.withStatusReason(c.reason());
    }
    if (command instanceof CommitmentCommand.Supersede s) {
      return next.withStatusReason(s.reason()).withSuccessor(s.successor());
    }
    return next;
  }

  private static Optional<Rejection> validate(
      Commitment commitment, CommitmentCommand command, Actor actor) {
    if (command instanceof CommitmentCommand.ReportProgress rp) {
      ProgressReport report = rp.report();
      if (!report.commitment().equals(commitment.id())) {
        return invalid(
            "report-for-another-commitment",
            "commitment",
            report.commitment(),
            "must be the commitment reported on, " + commitment.id());
      }
      if (!report.reportingUnit().equals(actor.unit())) {
        return invalid(
            "reporter-is-not-actor",
            "reportingUnit",
            report.reportingUnit(),
            "must be the acting unit, " + actor.unit());
      }
      for (var m : report.milestones()) {
        if (commitment.milestone(m.milestone()).isEmpty()) {
          return invalid(
              "unknown-milestone",
              "milestones",
              m.milestone(),
              "must be a milestone of " + commitment.id());
        }
      }
    }
    if (command instanceof CommitmentCommand.Supersede s && s.successor().equals(commitment.id())) {
      return invalid(
          "successor-is-itself", "successor", s.successor(), "must not be the commitment itself");
    }
    return Optional.empty();
  }

  private static Optional<Rejection> invalid(
      String rule, String field, Object value, String explanation) {
    return Optional.of(
        new Rejection.Invalid(rule, Violation.of("CommitmentCommand", field, value, explanation)));
  }

  private static void details(CommitmentCommand command, DomainEvent.Builder event) {
    if (command instanceof CommitmentCommand.ReportProgress rp) {
      ProgressReport r = rp.report();
      event
          .putDetail("report", r.id().value())
          .putDetail("cycle", r.cycle().value())
          .putDetail("progressPercent", Double.toString(r.progressPercent()))
          .putDetail("submittedAt", r.submittedAt().toString());
    } else if (command instanceof CommitmentCommand.ContributeEvidence ce) {
      event.putDetail(
          "evidence",
          ce.evidence().stream()
              .map(EvidenceRef::uri)
              .map(Object::toString)
              .collect(Collectors.joining(" ")));
      event.putDetail("evidenceCount", Integer.toString(ce.evidence().size()));
    } else if (command instanceof CommitmentCommand.VerifyCompletion vc) {
      vc.note().ifPresent(n -> event.putDetail("note", n));
    } else if (command instanceof CommitmentCommand.Cancel c) {
      event.putDetail("reason", c.reason());
    } else if (command instanceof CommitmentCommand.Supersede s) {
      event.putDetail("reason", s.reason()).putDetail("successor", s.successor().value());
    }
  }
}
