package io.rakor.core.meetings;

import static io.rakor.core.meetings.MeetingStatus.CANCELLED;
import static io.rakor.core.meetings.MeetingStatus.CONCLUDED;
import static io.rakor.core.meetings.MeetingStatus.IN_SESSION;
import static io.rakor.core.meetings.MeetingStatus.MINUTES_APPROVED;
import static io.rakor.core.meetings.MeetingStatus.POSTPONED;
import static io.rakor.core.meetings.MeetingStatus.SCHEDULED;

import com.google.common.collect.ImmutableSet;
import io.rakor.core.Violation;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of a {@link Meeting}: scheduled, in session, concluded, minutes approved; also
 * postponed (and rescheduled) and cancelled. {@link #TRANSITIONS} is the one table of legal moves:
 *
 * <table>
 *   <caption>Meeting transitions</caption>
 *   <tr><th>from</th><th>action</th><th>to</th></tr>
 *   <tr><td>SCHEDULED</td><td>OPEN_SESSION</td><td>IN_SESSION</td></tr>
 *   <tr><td>IN_SESSION</td><td>CONCLUDE_MEETING</td><td>CONCLUDED</td></tr>
 *   <tr><td>CONCLUDED</td><td>APPROVE_MINUTES</td><td>MINUTES_APPROVED</td></tr>
 *   <tr><td>SCHEDULED</td><td>POSTPONE_MEETING</td><td>POSTPONED</td></tr>
 *   <tr><td>POSTPONED</td><td>RESCHEDULE_MEETING</td><td>SCHEDULED</td></tr>
 *   <tr><td>SCHEDULED, POSTPONED</td><td>CANCEL_MEETING</td><td>CANCELLED</td></tr>
 * </table>
 *
 * <p>The meeting vouches for its chair (the chairing official, or a participant in the role CHAIR),
 * its secretariat and observers (participants in those roles, when any are listed) and its
 * participants. Minutes can be approved only if they are written, on the meeting or in the command.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MeetingLifecycle {
  /** The legal transitions of a meeting. */
  public static final StateMachine<MeetingStatus> TRANSITIONS =
      StateMachine.builder("Meeting", MeetingStatus.class)
          .allow(SCHEDULED, Action.OPEN_SESSION, IN_SESSION)
          .allow(IN_SESSION, Action.CONCLUDE_MEETING, CONCLUDED)
          .allow(CONCLUDED, Action.APPROVE_MINUTES, MINUTES_APPROVED)
          .allow(SCHEDULED, Action.POSTPONE_MEETING, POSTPONED)
          .allow(POSTPONED, Action.RESCHEDULE_MEETING, SCHEDULED)
          .allow(SCHEDULED, Action.CANCEL_MEETING, CANCELLED)
          .allow(POSTPONED, Action.CANCEL_MEETING, CANCELLED)
          .build();

  private final Policy policy;
  private final Clock clock;

  private MeetingLifecycle(Policy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A lifecycle under a policy, with "now" from a clock.
   *
   * @param policy who may do what
   * @param clock where event times come from
   * @return the lifecycle
   */
  public static MeetingLifecycle of(Policy policy, Clock clock) {
    return new MeetingLifecycle(policy, clock);
  }

  /**
   * A lifecycle under {@link DefaultPolicy}.
   *
   * @param clock where event times come from
   * @return the lifecycle
   */
  public static MeetingLifecycle of(Clock clock) {
    return new MeetingLifecycle(DefaultPolicy.instance(), clock);
  }

  /**
   * What the policy is told about a meeting: its chair, and the units in each participant role.
   *
   * @param meeting the meeting
   * @return the subject
   */
  public static Subject subject(Meeting meeting) {
    Map<Role, Set<UnitId>> holders = new EnumMap<>(Role.class);
    put(holders, Role.CHAIR, units(meeting, ParticipantRole.CHAIR));
    put(holders, Role.SECRETARIAT, units(meeting, ParticipantRole.SECRETARIAT));
    put(holders, Role.OBSERVER, units(meeting, ParticipantRole.OBSERVER));
    put(holders, Role.PARTICIPANT, meeting.participantUnits());
    return Subject.of("Meeting", meeting.id().value(), holders, Optional.of(meeting.chair()));
  }

  private static Set<UnitId> units(Meeting meeting, ParticipantRole role) {
    return meeting.participants().stream()
        .filter(p -> p.role() == role)
        .map(Participant::unit)
        .collect(ImmutableSet.toImmutableSet());
  }

  private static void put(Map<Role, Set<UnitId>> holders, Role role, Set<UnitId> units) {
    if (!units.isEmpty()) {
      holders.put(role, units);
    }
  }

  /**
   * Carries out a command.
   *
   * @param meeting the meeting as it is
   * @param command what is asked
   * @param actor who asks
   * @return the new meeting and its events, or the rejection
   */
  public Outcome<Meeting> apply(Meeting meeting, MeetingCommand command, Actor actor) {
    MeetingStatus from = meeting.status();
    Action action = command.action();
    Optional<Rejection> gate = TRANSITIONS.check(from, action, actor, subject(meeting), policy);
    if (gate.isPresent()) {
      return new Outcome.Rejected<>(gate.get());
    }
    MeetingStatus to = TRANSITIONS.target(from, action).orElseThrow();
    Meeting next = meeting.withStatus(to);
    DomainEvent.Builder event =
        DomainEvent.builder()
            .type(EventType.of(action))
            .subjectKind("Meeting")
            .subjectId(meeting.id().value())
            .actor(actor)
            .occurredAt(clock.instant())
            .fromState(from.name())
            .toState(to.name());
    if (command instanceof MeetingCommand.ApproveMinutes am) {
      Optional<String> minutes = am.minutes().or(meeting::minutes);
      if (minutes.isEmpty()) {
        return new Outcome.Rejected<>(
            new Rejection.Invalid(
                "minutes-required",
                Violation.of(
                    "Meeting", "minutes", "none", "must be written before they are approved")));
      }
      next = next.withMinutes(minutes.get());
      event.putDetail("minutesLength", Integer.toString(minutes.get().length()));
    } else if (command instanceof MeetingCommand.Postpone p) {
      event.putDetail("reason", p.reason());
    } else if (command instanceof MeetingCommand.Cancel c) {
      event.putDetail("reason", c.reason());
    } else if (command instanceof MeetingCommand.Reschedule r) {
      next = Meeting.builder().from(next).start(r.start()).end(r.end()).build();
      event
          .putDetail("previousStart", meeting.start().toString())
          .putDetail("previousEnd", meeting.end().toString())
          .putDetail("start", r.start().toString())
          .putDetail("end", r.end().toString());
    }
    return new Outcome.Accepted<>(next, List.of(event.build()));
  }
}
