package io.rakor.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.rakor.core.audit.ChainVerification;
import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingCommand;
import io.rakor.core.meetings.MeetingLifecycle;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.CycleLifecycle;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.workflow.Action;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Policy;
import io.rakor.core.workflow.PolicyDecision;
import io.rakor.core.workflow.Rejection;
import io.rakor.core.workflow.StateMachine;
import io.rakor.core.workflow.Subject;
import io.rakor.testkit.RakorGen;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stateful properties of the workflows: generated command sequences run against the lifecycles,
 * with the invariants checked after every step.
 */
class WorkflowProperties {
  record CommitmentRun(Commitment start, List<Step<CommitmentCommand>> steps) {}

  record MeetingRun(Meeting start, List<Step<MeetingCommand>> steps) {}

  record CycleRun(MonitoringPlan plan, MonitoringCycle start, List<Step<CycleCommand>> steps) {}

  /** Counts how often the policy was asked, and what it said. */
  static final class RecordingPolicy implements Policy {
    final List<String> permitted = new ArrayList<>();

    @Override
    public PolicyDecision decide(Actor actor, Action action, Subject subject) {
      PolicyDecision d = DefaultPolicy.instance().decide(actor, action, subject);
      if (d.permitted()) {
        permitted.add(actor + "/" + action + "/" + subject);
      }
      return d;
    }
  }

  static Gen<CommitmentRun> commitmentRuns() {
    return RakorGen.commitments()
        .map(
            c ->
                c.withStatusReason(java.util.Optional.empty())
                    .withSuccessor(java.util.Optional.empty())
                    .withStatus(CommitmentStatus.PROPOSED))
        .flatMap(c -> WorkflowGen.commitmentSteps(c, 30).map(s -> new CommitmentRun(c, s)));
  }

  /** The invariants common to every lifecycle, checked after one step. */
  static <S extends Enum<S>, V> void checkStep(
      StateMachine<S> table,
      S before,
      Action action,
      Actor actor,
      Subject subject,
      Outcome<V> outcome,
      Function<V, S> status,
      RecordingPolicy policy,
      int askedBefore) {
    boolean legal = table.allows(before, action);
    PolicyDecision decision = DefaultPolicy.instance().decide(actor, action, subject);
    if (outcome.isAccepted()) {
      assertThat(legal).as("accepted only if the table allows it").isTrue();
      assertThat(decision.permitted()).as("accepted only if the policy permits it").isTrue();
      assertThat(policy.permitted).as("the policy was asked").hasSize(askedBefore + 1);
      S after = status.apply(outcome.orElseThrow());
      assertThat(table.target(before, action)).contains(after);
      assertThat(outcome.events()).hasSize(1);
      DomainEvent e = outcome.events().get(0);
      assertThat(e.type().action()).isEqualTo(action);
      assertThat(e.actor()).isEqualTo(actor);
      assertThat(e.fromState()).isEqualTo(before.name());
      assertThat(e.toState()).isEqualTo(after.name());
    } else {
      assertThat(outcome.events()).isEmpty();
      Rejection r = outcome.rejection().orElseThrow();
      if (!legal) {
        assertThat(r).isInstanceOf(Rejection.IllegalTransition.class);
      } else if (!decision.permitted()) {
        assertThat(r).isInstanceOf(Rejection.Denied.class);
        assertThat(r.rule()).isEqualTo(((PolicyDecision.Deny) decision).rule());
      } else {
        assertThat(r).isInstanceOf(Rejection.Invalid.class);
      }
    }
  }

  @Test
  void commitmentsNeverReachAnIllegalStateAndEveryAcceptedCommandIsLoggedAndChained() {
    Set<CommitmentStatus> reached = EnumSet.noneOf(CommitmentStatus.class);
    Set<Action> acceptedActions = EnumSet.noneOf(Action.class);
    qt().withExamples(200)
        .forAll(commitmentRuns())
        .checkAssert(run -> checkCommitmentRun(run, reached, acceptedActions));
  }

  /**
   * That the generated sequences reach every state and get every action accepted is a property of
   * the generator, not of the lifecycle, and a rare event in any one run of random seeds; so it is
   * checked on a fixed seed, where it is deterministic, while the safety property above runs on a
   * new seed every time.
   */
  @Test
  void generatedCommitmentSequencesReachEveryStateAndAcceptEveryAction() {
    Set<CommitmentStatus> reached = EnumSet.noneOf(CommitmentStatus.class);
    Set<Action> acceptedActions = EnumSet.noneOf(Action.class);
    qt().withFixedSeed(20260112L)
        .withExamples(300)
        .forAll(commitmentRuns())
        .checkAssert(run -> checkCommitmentRun(run, reached, acceptedActions));
    assertThat(reached).as("the generated sequences reach every state").hasSize(5);
    assertThat(acceptedActions)
        .as("and every action is accepted somewhere")
        .containsExactlyInAnyOrder(
            Action.AGREE_COMMITMENT,
            Action.START_WORK,
            Action.REPORT_PROGRESS,
            Action.CONTRIBUTE_EVIDENCE,
            Action.VERIFY_COMPLETION,
            Action.CANCEL_COMMITMENT,
            Action.SUPERSEDE_COMMITMENT);
  }

  private static void checkCommitmentRun(
      CommitmentRun run, Set<CommitmentStatus> reached, Set<Action> acceptedActions) {
    Commitment current = run.start();
    List<LogEntry> log = new ArrayList<>();
    RecordingPolicy policy = new RecordingPolicy();
    int accepted = 0;
    for (Step<CommitmentCommand> step : run.steps()) {
      CommitmentLifecycle lifecycle =
          CommitmentLifecycle.of(policy, Clock.fixed(step.at(), ZoneOffset.UTC));
      int asked = policy.permitted.size();
      CommitmentStatus before = current.status();
      Outcome<Commitment> o = lifecycle.apply(current, step.command(), step.actor());
      checkStep(
          CommitmentLifecycle.TRANSITIONS,
          before,
          step.command().action(),
          step.actor(),
          CommitmentLifecycle.subject(current),
          o,
          Commitment::status,
          policy,
          asked);
      if (o.isAccepted()) {
        Commitment next = o.orElseThrow();
        assertThat(
                next.withStatusReason(current.statusReason())
                    .withSuccessor(current.successor())
                    .withStatus(before))
            .as("only the status (and, when it ends, its reason and successor) changes")
            .isEqualTo(current);
        if (next.status() == CommitmentStatus.CANCELLED
            || next.status() == CommitmentStatus.SUPERSEDED) {
          assertThat(next.statusReason()).as("an ended commitment keeps its reason").isPresent();
        }
        assertThat(o.events().get(0).occurredAt()).isEqualTo(step.at());
        log.addAll(HashChain.append(log, o.events()));
        current = next;
        accepted++;
        reached.add(next.status());
        acceptedActions.add(step.command().action());
      }
      assertThat(log).hasSize(accepted);
      assertThat(ChainVerifier.verify(log).intact()).isTrue();
      assertThat(CommitmentLifecycle.TRANSITIONS.reachableFrom(CommitmentStatus.PROPOSED))
          .contains(current.status());
    }
  }

  @Test
  void meetingsNeverReachAnIllegalState() {
    Gen<MeetingRun> runs =
        RakorGen.meetings()
            .map(m -> m.withStatus(MeetingStatus.SCHEDULED))
            .flatMap(m -> WorkflowGen.meetingSteps(m, 20).map(s -> new MeetingRun(m, s)));
    qt().withExamples(200)
        .forAll(runs)
        .checkAssert(
            run -> {
              Meeting current = run.start();
              List<LogEntry> log = new ArrayList<>();
              RecordingPolicy policy = new RecordingPolicy();
              for (Step<MeetingCommand> step : run.steps()) {
                MeetingLifecycle lifecycle =
                    MeetingLifecycle.of(policy, Clock.fixed(step.at(), ZoneOffset.UTC));
                int asked = policy.permitted.size();
                Outcome<Meeting> o = lifecycle.apply(current, step.command(), step.actor());
                checkStep(
                    MeetingLifecycle.TRANSITIONS,
                    current.status(),
                    step.command().action(),
                    step.actor(),
                    MeetingLifecycle.subject(current),
                    o,
                    Meeting::status,
                    policy,
                    asked);
                if (o.isAccepted()) {
                  current = o.orElseThrow();
                  log.addAll(HashChain.append(log, o.events()));
                  if (current.status() == MeetingStatus.MINUTES_APPROVED) {
                    assertThat(current.minutes()).as("approved minutes exist").isPresent();
                  }
                }
                assertThat(ChainVerifier.verify(log).intact()).isTrue();
              }
            });
  }

  @Test
  void cyclesCloseOnlyAfterTheirDeadlineAndOnlyByThePlansOwner() {
    Gen<CycleRun> runs =
        RakorGen.monitoringPlans()
            .flatMap(
                plan ->
                    integers()
                        .between(1, 24)
                        .map(n -> RakorGen.cyclesOf(plan, n).get(n - 1))
                        .flatMap(
                            cycle ->
                                WorkflowGen.cycleSteps(plan, cycle, 6)
                                    .map(s -> new CycleRun(plan, cycle, s))));
    qt().withExamples(200)
        .forAll(runs)
        .checkAssert(
            run -> {
              MonitoringCycle current = run.start();
              RecordingPolicy policy = new RecordingPolicy();
              for (Step<CycleCommand> step : run.steps()) {
                CycleLifecycle lifecycle =
                    CycleLifecycle.of(run.plan(), policy, Clock.fixed(step.at(), ZoneOffset.UTC));
                int asked = policy.permitted.size();
                Outcome<MonitoringCycle> o = lifecycle.apply(current, step.command(), step.actor());
                checkStep(
                    CycleLifecycle.TRANSITIONS,
                    current.status(),
                    step.command().action(),
                    step.actor(),
                    CycleLifecycle.subject(current, run.plan()),
                    o,
                    MonitoringCycle::status,
                    policy,
                    asked);
                if (o.isAccepted()) {
                  if (step.command().action() == Action.CLOSE_CYCLE) {
                    assertThat(step.at()).isAfterOrEqualTo(current.reportDue().toInstant());
                  }
                  assertThat(step.actor().unit()).isEqualTo(run.plan().owner());
                  current = o.orElseThrow();
                }
              }
            });
  }

  @Test
  void aPolicyThatDeniesEverythingLetsNothingThrough() {
    Policy none = (actor, action, subject) -> PolicyDecision.deny("closed", "read-only archive");
    qt().withExamples(100)
        .forAll(commitmentRuns())
        .checkAssert(
            run -> {
              CommitmentLifecycle lifecycle = CommitmentLifecycle.of(none, Clock.systemUTC());
              Commitment current = run.start();
              for (Step<CommitmentCommand> step : run.steps()) {
                Outcome<Commitment> o = lifecycle.apply(current, step.command(), step.actor());
                assertThat(o.isAccepted()).isFalse();
                Rejection r = o.rejection().orElseThrow();
                assertThat(r.rule()).isIn("closed", Rejection.IllegalTransition.RULE);
              }
            });
  }

  enum Tamper {
    ALTER,
    REMOVE,
    SWAP
  }

  record TamperCase(List<LogEntry> log, Tamper tamper, int index) {}

  static DomainEvent eventOf(Commitment c, Step<CommitmentCommand> step) {
    return DomainEvent.builder()
        .type(io.rakor.core.workflow.EventType.of(step.command().action()))
        .subjectKind("Commitment")
        .subjectId(c.id().value())
        .actor(step.actor())
        .occurredAt(step.at())
        .fromState("IN_PROGRESS")
        .toState("IN_PROGRESS")
        .build();
  }

  @Test
  void aTamperedChainIsCaughtAtTheRightEntry() {
    Gen<TamperCase> cases =
        RakorGen.commitments()
            .flatMap(
                c ->
                    org.quicktheories.generators.SourceDSL.lists()
                        .of(WorkflowGen.commitmentStep(c))
                        .ofSizeBetween(2, 25)
                        .map(
                            steps -> {
                              List<DomainEvent> events = new ArrayList<>();
                              steps.forEach(s -> events.add(eventOf(c, s)));
                              return HashChain.append(List.of(), events);
                            }))
            .flatMap(
                log ->
                    org.quicktheories.generators.Generate.enumValues(Tamper.class)
                        .zip(
                            integers().between(0, log.size() - 2),
                            (t, i) -> new TamperCase(log, t, i)));
    qt().withExamples(200)
        .forAll(cases)
        .checkAssert(
            tc -> {
              List<LogEntry> log = new ArrayList<>(tc.log());
              String head = ChainVerifier.head(log);
              int size = log.size();
              int i = tc.index();
              ChainVerification.Breach expected;
              switch (tc.tamper()) {
                case ALTER -> {
                  LogEntry e = log.get(i);
                  log.set(i, e.withEvent(e.event().withFromState("FORGED")));
                  expected = ChainVerification.Breach.ALTERED;
                }
                case REMOVE -> {
                  log.remove(i);
                  expected = ChainVerification.Breach.REMOVED;
                }
                default -> {
                  Collections.swap(log, i, i + 1);
                  expected = ChainVerification.Breach.REORDERED;
                }
              }
              ChainVerification v = ChainVerifier.verify(log, head, size);
              assertThat(v.intact()).isFalse();
              assertThat(v.firstBadIndex()).isEqualTo(i);
              assertThat(v.breach()).isEqualTo(expected);
              assertThat(ChainVerifier.verify(tc.log(), head, size).intact()).isTrue();
            });
  }

  @Test
  void cuttingOffTheLastEntryIsCaughtAgainstTheHead() {
    qt().withExamples(100)
        .forAll(
            RakorGen.commitments()
                .flatMap(
                    c ->
                        org.quicktheories.generators.SourceDSL.lists()
                            .of(WorkflowGen.commitmentStep(c))
                            .ofSizeBetween(1, 10)
                            .map(
                                steps ->
                                    HashChain.append(
                                        List.of(),
                                        steps.stream().map(s -> eventOf(c, s)).toList()))))
        .checkAssert(
            log -> {
              ChainVerification v =
                  ChainVerifier.verify(
                      log.subList(0, log.size() - 1), ChainVerifier.head(log), log.size());
              assertThat(v.breach()).isEqualTo(ChainVerification.Breach.REMOVED);
              assertThat(v.firstBadIndex()).isEqualTo(log.size() - 1);
            });
  }
}
