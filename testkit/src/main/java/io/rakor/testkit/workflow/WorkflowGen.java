package io.rakor.testkit.workflow;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingCommand;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of command sequences for the lifecycles of commitments, meetings and
 * monitoring cycles. Each sequence mixes commands that should succeed with ones that must fail:
 * illegal transitions, actors in roles they may not use, impostors claiming a role they do not
 * hold, reports for the wrong commitment. All randomness comes from the one source QuickTheories
 * gives, so sequences shrink (shorter lists, earlier choices).
 *
 * <pre>{@code
 * qt().forAll(RakorGen.commitments(), WorkflowGen.commitmentSteps(...))
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class WorkflowGen {
  /** A unit that holds no role on anything generated. */
  public static final UnitId IMPOSTOR = UnitId.of("impostor-unit");

  /** The unit generated chair and secretariat actors of commitments act for. */
  public static final UnitId FORUM_SECRETARIAT = UnitId.of("sekretariat-rakor");

  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private WorkflowGen() {}

  private static <T> Gen<T> oneOf(List<Gen<T>> gens) {
    return integers().between(0, gens.size() - 1).flatMap(gens::get);
  }

  private static Gen<Instant> moments(Instant from, int days) {
    return integers().between(0, days * 24).map(h -> from.plus(Duration.ofHours(h)));
  }

  /**
   * Actors around a commitment: its lead unit, its supporters, a chair and a secretariat, a
   * participant and an observer, the lead claiming roles it has not got, and an impostor claiming
   * to be the lead.
   *
   * @param c the commitment
   * @return a generator of actors
   */
  public static Gen<Actor> actorsFor(Commitment c) {
    List<Actor> actors = new ArrayList<>();
    actors.add(Actor.of(c.lead(), Role.LEAD_UNIT));
    actors.add(Actor.of(c.lead(), Role.LEAD_UNIT));
    c.supporters().forEach(s -> actors.add(Actor.of(s, Role.SUPPORTING_UNIT)));
    actors.add(Actor.of(FORUM_SECRETARIAT, OfficialId.of("ketua-rakor"), Role.CHAIR));
    actors.add(Actor.of(FORUM_SECRETARIAT, Role.SECRETARIAT));
    actors.add(Actor.of(c.lead(), Role.PARTICIPANT));
    actors.add(Actor.of(IMPOSTOR, Role.OBSERVER));
    actors.add(Actor.of(IMPOSTOR, Role.LEAD_UNIT));
    actors.add(Actor.of(IMPOSTOR, Role.SUPPORTING_UNIT));
    return Generate.pick(actors);
  }

  /**
   * Commands on a commitment, of every kind. Progress reports are mostly well-formed reports by the
   * lead on this commitment, sometimes for another commitment, by another unit, or naming a
   * milestone the commitment does not have.
   *
   * @param c the commitment
   * @return a generator of commands
   */
  public static Gen<CommitmentCommand> commitmentCommands(Commitment c) {
    Gen<CommitmentCommand> report =
        integers()
            .between(0, 100)
            .zip(
                integers().between(0, 9),
                moments(EPOCH, 365),
                (percent, twist, at) ->
                    CommitmentCommand.reportProgress(report(c, percent, twist, at)));
    Gen<CommitmentCommand> evidence =
        integers()
            .between(1, 3)
            .map(
                n -> {
                  List<EvidenceRef> refs = new ArrayList<>();
                  for (int i = 0; i < n; i++) {
                    refs.add(
                        EvidenceRef.of(
                            URI.create("https://data.example/" + c.id() + "/" + i),
                            "Bukti " + (i + 1)));
                  }
                  return CommitmentCommand.contributeEvidence(refs);
                });
    return oneOf(
        List.of(
            Generate.constant(CommitmentCommand.agree()),
            Generate.constant(CommitmentCommand.startWork()),
            report,
            report,
            evidence,
            Generate.pick(
                List.of(
                    CommitmentCommand.verifyCompletion(),
                    CommitmentCommand.verifyCompletion("Diverifikasi di lapangan"))),
            Generate.constant(CommitmentCommand.cancel("Anggaran dialihkan")),
            Generate.pick(List.of(CommitmentId.of("rtl-pengganti"), c.id()))
                .map(s -> CommitmentCommand.supersede(s, "Digabung dengan program provinsi"))));
  }

  private static ProgressReport report(Commitment c, int percent, int twist, Instant at) {
    var b =
        ProgressReport.builder()
            .id(
                ProgressReportId.of(
                    "lap-" + c.id().value().hashCode() + "-" + percent + "-" + twist))
            .commitment(twist == 0 ? CommitmentId.of("rtl-lain") : c.id())
            .cycle(io.rakor.core.monitoring.CycleId.of("monev/1"))
            .reportingUnit(twist == 1 ? IMPOSTOR : c.lead())
            .submittedAt(at)
            .progressPercent(percent);
    if (twist == 2) {
      b.addMilestone(
          MilestoneCompletion.notDone(io.rakor.core.commitments.MilestoneId.of("tidak-ada")));
    } else {
      for (Milestone m : c.milestones()) {
        b.addMilestone(MilestoneCompletion.notDone(m.id()));
      }
    }
    return b.build();
  }

  /**
   * Sequences of steps on a commitment.
   *
   * @param c the commitment
   * @param maxLength the longest sequence
   * @return a generator of step lists
   */
  public static Gen<List<Step<CommitmentCommand>>> commitmentSteps(Commitment c, int maxLength) {
    return lists().of(commitmentStep(c)).ofSizeBetween(0, maxLength);
  }

  /**
   * One step on a commitment.
   *
   * @param c the commitment
   * @return a generator of steps
   */
  public static Gen<Step<CommitmentCommand>> commitmentStep(Commitment c) {
    return commitmentCommands(c).zip(actorsFor(c), moments(EPOCH, 365), Step::new);
  }

  /**
   * Actors around a meeting: its chair (the chairing official), its secretariat and other
   * participants in their roles, participants claiming the chair or secretariat, and an impostor.
   *
   * @param m the meeting
   * @return a generator of actors
   */
  public static Gen<Actor> actorsFor(Meeting m) {
    List<Actor> actors = new ArrayList<>();
    actors.add(Actor.of(m.convener(), m.chair(), Role.CHAIR));
    actors.add(Actor.of(m.convener(), m.chair(), Role.CHAIR));
    for (Participant p : m.participants()) {
      Role role =
          switch (p.role()) {
            case CHAIR -> Role.CHAIR;
            case SECRETARIAT -> Role.SECRETARIAT;
            case OBSERVER -> Role.OBSERVER;
            default -> Role.PARTICIPANT;
          };
      actors.add(Actor.of(p.unit(), role));
      if (p.role() != ParticipantRole.CHAIR) {
        actors.add(Actor.of(p.unit(), Role.CHAIR));
      }
    }
    actors.add(Actor.of(IMPOSTOR, Role.SECRETARIAT));
    actors.add(Actor.of(IMPOSTOR, OfficialId.of("bukan-ketua"), Role.CHAIR));
    return Generate.pick(actors);
  }

  /**
   * Commands on a meeting, of every kind.
   *
   * @param m the meeting
   * @return a generator of commands
   */
  public static Gen<MeetingCommand> meetingCommands(Meeting m) {
    Gen<MeetingCommand> reschedule =
        integers()
            .between(1, 60)
            .zip(
                integers().between(1, 8),
                (days, hours) -> {
                  ZonedDateTime start = m.start().plusDays(days);
                  return MeetingCommand.reschedule(start, start.plusHours(hours));
                });
    return oneOf(
        List.of(
            Generate.constant(MeetingCommand.openSession()),
            Generate.constant(MeetingCommand.conclude()),
            Generate.pick(
                    List.of(Optional.<String>empty(), Optional.of("Notulen rapat koordinasi")))
                .map(MeetingCommand::approveMinutes),
            Generate.constant(MeetingCommand.postpone("Bencana banjir")),
            reschedule,
            Generate.constant(MeetingCommand.cancel("Digabung dengan rakor provinsi"))));
  }

  /**
   * Sequences of steps on a meeting.
   *
   * @param m the meeting
   * @param maxLength the longest sequence
   * @return a generator of step lists
   */
  public static Gen<List<Step<MeetingCommand>>> meetingSteps(Meeting m, int maxLength) {
    Gen<Step<MeetingCommand>> step =
        meetingCommands(m).zip(actorsFor(m), moments(m.start().toInstant(), 30), Step::new);
    return lists().of(step).ofSizeBetween(0, maxLength);
  }

  /**
   * Sequences of steps on a monitoring cycle of a plan: close and evaluate, by the plan's owner,
   * another unit or an impostor, at moments around the report deadline.
   *
   * @param plan the plan
   * @param cycle the cycle
   * @param maxLength the longest sequence
   * @return a generator of step lists
   */
  public static Gen<List<Step<CycleCommand>>> cycleSteps(
      MonitoringPlan plan, MonitoringCycle cycle, int maxLength) {
    Gen<Actor> actors =
        Generate.pick(
            List.of(
                Actor.of(plan.owner(), Role.SECRETARIAT),
                Actor.of(plan.owner(), Role.SECRETARIAT),
                Actor.of(plan.owner(), Role.LEAD_UNIT),
                Actor.of(IMPOSTOR, Role.SECRETARIAT)));
    Gen<CycleCommand> commands =
        Generate.pick(List.of(CycleCommand.close(), CycleCommand.markEvaluated()));
    Gen<Instant> moments =
        integers()
            .between(-72, 72)
            .map(h -> cycle.reportDue().toInstant().plus(Duration.ofHours(h)));
    return lists().of(commands.zip(actors, moments, Step::new)).ofSizeBetween(0, maxLength);
  }
}
