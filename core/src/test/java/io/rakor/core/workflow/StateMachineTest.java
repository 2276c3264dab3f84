package io.rakor.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.Samples;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.meetings.MeetingLifecycle;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.monitoring.CycleLifecycle;
import io.rakor.core.monitoring.CycleStatus;
import org.junit.jupiter.api.Test;

class StateMachineTest {
  @Test
  void aTransitionInTheTableLeadsToItsTarget() {
    assertThat(
            CommitmentLifecycle.TRANSITIONS.target(
                CommitmentStatus.PROPOSED, Action.AGREE_COMMITMENT))
        .contains(CommitmentStatus.AGREED);
    assertThat(CommitmentLifecycle.TRANSITIONS.target(CommitmentStatus.PROPOSED, Action.START_WORK))
        .isEmpty();
  }

  @Test
  void finalStatesAreThoseWithNoWayOut() {
    assertThat(CommitmentLifecycle.TRANSITIONS.finalStates())
        .containsExactlyInAnyOrder(
            CommitmentStatus.COMPLETED, CommitmentStatus.CANCELLED, CommitmentStatus.SUPERSEDED);
    for (CommitmentStatus s : CommitmentStatus.values()) {
      assertThat(CommitmentLifecycle.TRANSITIONS.finalStates().contains(s)).isEqualTo(s.isFinal());
    }
    assertThat(MeetingLifecycle.TRANSITIONS.finalStates())
        .containsExactlyInAnyOrder(MeetingStatus.MINUTES_APPROVED, MeetingStatus.CANCELLED);
    assertThat(CycleLifecycle.TRANSITIONS.finalStates()).containsExactly(CycleStatus.EVALUATED);
  }

  @Test
  void everyStateIsReachableFromTheInitialOne() {
    assertThat(CommitmentLifecycle.TRANSITIONS.reachableFrom(CommitmentStatus.PROPOSED))
        .containsExactlyInAnyOrder(CommitmentStatus.values());
    assertThat(MeetingLifecycle.TRANSITIONS.reachableFrom(MeetingStatus.SCHEDULED))
        .containsExactlyInAnyOrder(MeetingStatus.values());
    assertThat(CycleLifecycle.TRANSITIONS.reachableFrom(CycleStatus.OPEN))
        .containsExactlyInAnyOrder(CycleStatus.values());
    assertThat(CommitmentLifecycle.TRANSITIONS.reachableFrom(CommitmentStatus.COMPLETED))
        .containsExactly(CommitmentStatus.COMPLETED);
  }

  @Test
  void legalActionsListTheRow() {
    assertThat(CycleLifecycle.TRANSITIONS.legalActions(CycleStatus.OPEN))
        .containsExactly(Action.CLOSE_CYCLE);
    assertThat(CycleLifecycle.TRANSITIONS.legalActions(CycleStatus.EVALUATED)).isEmpty();
    assertThat(CycleLifecycle.TRANSITIONS.allowsStep(CycleStatus.OPEN, CycleStatus.CLOSED))
        .isTrue();
    assertThat(CycleLifecycle.TRANSITIONS.allowsStep(CycleStatus.OPEN, CycleStatus.EVALUATED))
        .isFalse();
  }

  @Test
  void theTablePrintsAsMarkdown() {
    assertThat(CycleLifecycle.TRANSITIONS.toMarkdown())
        .isEqualTo(
            "| from | action | to |\n|---|---|---|\n"
                + "| OPEN | CLOSE_CYCLE | CLOSED |\n"
                + "| CLOSED | EVALUATE_CYCLE | EVALUATED |\n");
  }

  @Test
  void aPairDeclaredTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                StateMachine.builder("X", CycleStatus.class)
                    .allow(CycleStatus.OPEN, Action.CLOSE_CYCLE, CycleStatus.CLOSED)
                    .allow(CycleStatus.OPEN, Action.CLOSE_CYCLE, CycleStatus.EVALUATED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGateRejectsAnIllegalTransitionBeforeAskingThePolicy() {
    Policy exploding =
        (a, b, c) -> {
          throw new AssertionError("policy must not be asked");
        };
    var rejection =
        CycleLifecycle.TRANSITIONS.check(
            CycleStatus.EVALUATED,
            Action.CLOSE_CYCLE,
            Samples.SECRETARIAT,
            new Subject(
                "MonitoringCycle",
                "c",
                com.google.common.collect.ImmutableMap.of(),
                java.util.Optional.empty()),
            exploding);
    assertThat(rejection).get().isInstanceOf(Rejection.IllegalTransition.class);
    assertThat(rejection.get().rule()).isEqualTo("illegal-transition");
    assertThat(rejection.get().explanation()).contains("EVALUATED", "CLOSE_CYCLE", "final state");
  }
}
