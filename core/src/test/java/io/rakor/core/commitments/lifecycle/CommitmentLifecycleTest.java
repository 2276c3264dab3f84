package io.rakor.core.commitments.lifecycle;

import static io.rakor.core.Samples.CHAIR;
import static io.rakor.core.Samples.CLOCK;
import static io.rakor.core.Samples.LEAD;
import static io.rakor.core.Samples.NOW;
import static io.rakor.core.Samples.SECRETARIAT;
import static io.rakor.core.Samples.SUPPORTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Action;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Rejection;
import io.rakor.core.workflow.Role;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentLifecycleTest {
  private final CommitmentLifecycle lifecycle = CommitmentLifecycle.of(CLOCK);
  private final CycleId cycle = CycleId.of("monev-2026/1");

  private static Commitment in(CommitmentStatus status) {
    return Samples.commitmentInProgress().withStatus(status);
  }

  private List<CommitmentCommand> everyCommand() {
    return List.of(
        CommitmentCommand.agree(),
        CommitmentCommand.startWork(),
        CommitmentCommand.reportProgress(
            Samples.progressReport(in(CommitmentStatus.AGREED).id(), cycle, 30)),
        CommitmentCommand.contributeEvidence(
            List.of(EvidenceRef.of(URI.create("https://data.example/posyandu.pdf"), "Laporan"))),
        CommitmentCommand.verifyCompletion("Checked on site"),
        CommitmentCommand.cancel("Merged into the provincial programme"),
        CommitmentCommand.supersede(CommitmentId.of("rtl-02"), "Scope widened"));
  }

  private static Actor permittedActorFor(Action action) {
    return DefaultPolicy.instance().rolesAllowed(action).contains(Role.LEAD_UNIT) ? LEAD : CHAIR;
  }

  @Test
  void everyCommandFromEveryStateIsAcceptedExactlyWhenTheTableAllowsIt() {
    for (CommitmentStatus status : CommitmentStatus.values()) {
      for (CommitmentCommand command : everyCommand()) {
        Outcome<Commitment> outcome =
            lifecycle.apply(in(status), command, permittedActorFor(command.action()));
        boolean legal = CommitmentLifecycle.TRANSITIONS.allows(status, command.action());
        assertThat(outcome.isAccepted()).as(status + " " + command.action()).isEqualTo(legal);
        if (legal) {
          CommitmentStatus to =
              CommitmentLifecycle.TRANSITIONS.target(status, command.action()).orElseThrow();
          assertThat(outcome.orElseThrow().status()).isEqualTo(to);
          assertThat(outcome.events()).hasSize(1);
          DomainEvent e = outcome.events().get(0);
          assertThat(e.type()).isEqualTo(EventType.of(command.action()));
          assertThat(e.fromState()).isEqualTo(status.name());
          assertThat(e.toState()).isEqualTo(to.name());
          assertThat(e.occurredAt()).isEqualTo(NOW);
          assertThat(e.subjectId()).isEqualTo("rtl-01");
        } else {
          assertThat(outcome.rejection()).get().isInstanceOf(Rejection.IllegalTransition.class);
          assertThat(outcome.events()).isEmpty();
        }
      }
    }
  }

  @Test
  void agreeingMovesProposedToAgreedAndRecordsWhoAndWhen() {
    Outcome<Commitment> o =
        lifecycle.apply(in(CommitmentStatus.PROPOSED), CommitmentCommand.agree(), SECRETARIAT);
    assertThat(o.orElseThrow().status()).isEqualTo(CommitmentStatus.AGREED);
    DomainEvent e = o.events().get(0);
    assertThat(e.actor()).isEqualTo(SECRETARIAT);
    assertThat(e.toString())
        .isEqualTo(
            "2026-01-12T02:00:00Z COMMITMENT_AGREED Commitment rtl-01 by bappeda as SECRETARIAT"
                + " (PROPOSED -> AGREED)");
  }

  @Test
  void theOriginalValueIsNeverChanged() {
    Commitment before = in(CommitmentStatus.PROPOSED);
    lifecycle.apply(before, CommitmentCommand.agree(), CHAIR);
    assertThat(before.status()).isEqualTo(CommitmentStatus.PROPOSED);
  }

  @Test
  void aProgressReportStartsAnAgreedCommitmentAndRecordsTheNumbers() {
    Outcome<Commitment> o =
        lifecycle.apply(
            in(CommitmentStatus.AGREED),
            CommitmentCommand.reportProgress(
                Samples.progressReport(CommitmentId.of("rtl-01"), cycle, 30)),
            LEAD);
    assertThat(o.orElseThrow().status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    DomainEvent e = o.events().get(0);
    assertThat(e.type()).isEqualTo(EventType.PROGRESS_REPORTED);
    assertThat(e.details())
        .containsEntry("progressPercent", "30.0")
        .containsEntry("cycle", "monev-2026/1")
        .containsEntry("report", "rtl-01-monev-2026-1");
  }

  @Test
  void cancellingAndSupersedingCarryTheReason() {
    Outcome<Commitment> cancelled =
        lifecycle.apply(
            in(CommitmentStatus.IN_PROGRESS), CommitmentCommand.cancel("No budget"), CHAIR);
    assertThat(cancelled.orElseThrow().status()).isEqualTo(CommitmentStatus.CANCELLED);
    assertThat(cancelled.events().get(0).detail("reason")).isEqualTo("No budget");
    assertThat(cancelled.orElseThrow().statusReason()).contains("No budget");
    assertThat(cancelled.orElseThrow().successor()).isEmpty();

    Outcome<Commitment> superseded =
        lifecycle.apply(
            in(CommitmentStatus.AGREED),
            CommitmentCommand.supersede(CommitmentId.of("rtl-09"), "Replaced by a joint plan"),
            CHAIR);
    assertThat(superseded.orElseThrow().status()).isEqualTo(CommitmentStatus.SUPERSEDED);
    assertThat(superseded.orElseThrow().statusReason()).contains("Replaced by a joint plan");
    assertThat(superseded.orElseThrow().successor()).contains(CommitmentId.of("rtl-09"));
    assertThat(superseded.events().get(0).details())
        .containsEntry("successor", "rtl-09")
        .containsEntry("reason", "Replaced by a joint plan");
  }

  @Test
  void aReasonMustBeGiven() {
    assertThatThrownBy(() -> CommitmentCommand.cancel("  "))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("Cancel.reason");
    assertThatThrownBy(() -> CommitmentCommand.supersede(CommitmentId.of("x"), ""))
        .isInstanceOf(RakorValidationException.class);
    assertThatThrownBy(() -> CommitmentCommand.contributeEvidence(List.of()))
        .isInstanceOf(RakorValidationException.class);
  }

  @Test
  void verifyingCompletionIsForTheChairOrSecretariatNotTheLead() {
    Outcome<Commitment> byLead =
        lifecycle.apply(
            in(CommitmentStatus.IN_PROGRESS), CommitmentCommand.verifyCompletion(), LEAD);
    assertThat(byLead.rejection()).get().isInstanceOf(Rejection.Denied.class);
    assertThat(byLead.rejection().get().rule()).isEqualTo(DefaultPolicy.ROLE_MAY_NOT_ACT);
    assertThatThrownBy(byLead::orElseThrow)
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("role-may-not-act");

    Outcome<Commitment> bySecretariat =
        lifecycle.apply(
            in(CommitmentStatus.IN_PROGRESS),
            CommitmentCommand.verifyCompletion("Site visit 3 March"),
            SECRETARIAT);
    assertThat(bySecretariat.orElseThrow().status()).isEqualTo(CommitmentStatus.COMPLETED);
    assertThat(bySecretariat.events().get(0).detail("note")).isEqualTo("Site visit 3 March");
  }

  @Test
  void supportingUnitsContributeEvidence() {
    Outcome<Commitment> o =
        lifecycle.apply(
            in(CommitmentStatus.IN_PROGRESS),
            CommitmentCommand.contributeEvidence(
                List.of(EvidenceRef.of(URI.create("https://data.example/a.jpg"), "Foto"))),
            SUPPORTER);
    assertThat(o.orElseThrow().status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(o.events().get(0).details())
        .containsEntry("evidence", "https://data.example/a.jpg")
        .containsEntry("evidenceCount", "1");
  }

  @Test
  void aReportMustBeForThisCommitmentFromTheActingUnitWithItsOwnMilestones() {
    ProgressReport other =
        ProgressReport.builder()
            .from(Samples.progressReport(CommitmentId.of("rtl-77"), cycle, 10))
            .build();
    assertThat(rule(CommitmentCommand.reportProgress(other)))
        .isEqualTo("report-for-another-commitment");

    ProgressReport fromElsewhere =
        (Samples.progressReport(CommitmentId.of("rtl-01"), cycle, 10))
            .withReportingUnit(UnitId.of("bpbd"));
    assertThat(rule(CommitmentCommand.reportProgress(fromElsewhere)))
        .isEqualTo("reporter-is-not-actor");

    ProgressReport unknownMilestone =
        (Samples.progressReport(CommitmentId.of("rtl-01"), cycle, 10))
            .withMilestones(MilestoneCompletion.notDone(MilestoneId.of("m9")));
    assertThat(rule(CommitmentCommand.reportProgress(unknownMilestone)))
        .isEqualTo("unknown-milestone");
  }

  @Test
  void aCommitmentCannotSupersedeItself() {
    Outcome<Commitment> o =
        lifecycle.apply(
            in(CommitmentStatus.AGREED),
            CommitmentCommand.supersede(CommitmentId.of("rtl-01"), "oops"),
            CHAIR);
    assertThat(o.rejection().orElseThrow().rule()).isEqualTo("successor-is-itself");
  }

  @Test
  void givenTheOriginMeetingTheChairClaimIsChecked() {
    var meeting = Samples.meetingWithEveryRole();
    Actor falseChair = Actor.of(UnitId.of("dinkes"), Role.CHAIR);
    assertThat(
            lifecycle
                .apply(in(CommitmentStatus.PROPOSED), CommitmentCommand.agree(), falseChair)
                .isAccepted())
        .as("without the meeting the claim cannot be checked")
        .isTrue();
    Outcome<Commitment> checked =
        lifecycle.apply(
            in(CommitmentStatus.PROPOSED), CommitmentCommand.agree(), falseChair, meeting);
    assertThat(checked.rejection().orElseThrow().rule()).isEqualTo(DefaultPolicy.ROLE_NOT_HELD);
    assertThat(
            lifecycle
                .apply(in(CommitmentStatus.PROPOSED), CommitmentCommand.agree(), CHAIR, meeting)
                .isAccepted())
        .isTrue();
    Meeting another = meeting.withId(MeetingId.of("other"));
    assertThat(
            lifecycle
                .apply(in(CommitmentStatus.PROPOSED), CommitmentCommand.agree(), CHAIR, another)
                .rejection()
                .orElseThrow()
                .rule())
        .isEqualTo("wrong-origin-meeting");
  }

  private String rule(CommitmentCommand command) {
    return lifecycle
        .apply(in(CommitmentStatus.IN_PROGRESS), command, LEAD)
        .rejection()
        .orElseThrow()
        .rule();
  }
}
