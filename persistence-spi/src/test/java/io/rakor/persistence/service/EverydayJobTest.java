package io.rakor.persistence.service;

import static io.rakor.persistence.Examples.LEAD;
import static io.rakor.persistence.Examples.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Target;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Rejection;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.AggregateNotFoundException;
import io.rakor.persistence.Examples;
import io.rakor.persistence.MissingReferenceException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service's conveniences for the everyday job: recording a held meeting, reporting progress.
 */
class EverydayJobTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-05T02:00:00Z"), ZoneOffset.UTC);

  private final InMemoryStore store = new InMemoryStore();
  private final CoordinationService service =
      CoordinationService.builder(store).clock(CLOCK).build();
  private final Meeting held = Examples.meeting().withStatus(MeetingStatus.CONCLUDED);
  private final Priority setThere =
      Priority.builder()
          .from(Examples.priority())
          .id(PriorityId.of("stunting-2026"))
          .originMeeting(held.id())
          .build();
  private final Commitment agreed =
      Examples.commitment("rtl-1").withStatus(CommitmentStatus.AGREED);

  EverydayJobTest() {
    service.createAll(Examples.masterData(), SECRETARIAT);
  }

  @Test
  void aHeldMeetingIsRecordedWithItsPrioritiesAndFollowUpPlanInOneAuditedImport() {
    long before = store.lastEvent().orElseThrow().sequence();

    Versioned<Meeting> saved =
        service.recordMeeting(held, List.of(setThere), List.of(agreed), SECRETARIAT);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.value()).isEqualTo(held);
    assertThat(store.load(AggregateKind.PRIORITY, setThere.id()).orElseThrow().value())
        .isEqualTo(setThere);
    assertThat(store.load(AggregateKind.COMMITMENT, agreed.id()).orElseThrow().value())
        .isEqualTo(agreed);
    List<LogEntry> added = store.events(before + 1, 10);
    assertThat(added)
        .extracting(e -> e.event().subjectKind() + " " + e.event().subjectId())
        .containsExactly("Priority stunting-2026", "Meeting rakor-2026-01-12", "Commitment rtl-1");
    assertThat(added)
        .allSatisfy(
            e -> {
              assertThat(e.event().type()).isEqualTo(EventType.AGGREGATE_IMPORTED);
              assertThat(e.event().actor()).isEqualTo(SECRETARIAT);
              assertThat(e.event().details())
                  .containsEntry(
                      "reason",
                      "Record of the meeting rakor-2026-01-12 of 2026-01-12, entered after it was"
                          + " held");
            });
  }

  @Test
  void aMeetingNotYetHeldIsRefusedAndNothingIsSaved() {
    long before = store.lastEvent().orElseThrow().sequence();
    Meeting scheduled = Examples.meeting();

    assertThatThrownBy(
            () -> service.recordMeeting(scheduled, List.of(), List.of(agreed), SECRETARIAT))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e ->
                assertThat(e.rejection().rule())
                    .isEqualTo(CoordinationService.RECORD_A_HELD_MEETING))
        .hasMessageContaining("Meeting.status = SCHEDULED: must be CONCLUDED or MINUTES_APPROVED");
    assertThat(store.lastEvent().orElseThrow().sequence()).isEqualTo(before);
  }

  @Test
  void aCommitmentStillProposedOrFromAnotherMeetingIsRefused() {
    assertThatThrownBy(
            () ->
                service.recordMeeting(
                    held, List.of(), List.of(Examples.commitment("rtl-1")), SECRETARIAT))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining(
            "Commitment.status = PROPOSED: must be AGREED (or later) to record commitment rtl-1");
    Commitment elsewhere = agreed.withOriginMeeting(MeetingId.of("rakor-2026-02-02"));
    assertThatThrownBy(
            () -> service.recordMeeting(held, List.of(), List.of(elsewhere), SECRETARIAT))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining(
            "Commitment.originMeeting = rakor-2026-02-02: must be rakor-2026-01-12 to record");
    Priority other = setThere.withOriginMeeting(MeetingId.of("rakor-2026-02-02"));
    assertThatThrownBy(() -> service.recordMeeting(held, List.of(other), List.of(), SECRETARIAT))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("Priority.originMeeting = rakor-2026-02-02");
  }

  @Test
  void aReferenceToSomethingNotInTheStoreIsNamed() {
    Commitment ledByAStranger = agreed.withLead(UnitId.of("dinsos"));

    assertThatThrownBy(
            () -> service.recordMeeting(held, List.of(), List.of(ledByAStranger), SECRETARIAT))
        .isInstanceOf(MissingReferenceException.class)
        .hasMessageContaining(
            "commitment rtl-1: lead names unit dinsos, which is not in the store");
    assertThat(store.load(AggregateKind.MEETING, held.id())).isEmpty();
  }

  @Test
  void progressIsReportedByTheActorsUnitNowUnderANewId() {
    service.recordMeeting(held, List.of(), List.of(agreed), SECRETARIAT);
    service.create(AggregateKind.MONITORING_PLAN, Examples.plan(), SECRETARIAT);
    service.create(AggregateKind.MONITORING_CYCLE, Examples.cycle(), SECRETARIAT);
    var measured = List.of(MeasuredValue.of(Examples.STUNTING, 22.0, LocalDate.of(2026, 3, 31)));

    Versioned<Commitment> first =
        service
            .reportProgress(agreed.id(), Examples.cycle().id(), 20, measured, LEAD)
            .orElseThrow();
    service.reportProgress(agreed.id(), Examples.cycle().id(), 25, List.of(), LEAD).orElseThrow();

    assertThat(first.value().status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    ProgressReport report =
        store
            .load(AggregateKind.PROGRESS_REPORT, ProgressReportId.of("monev-2026-03/rtl-1"))
            .orElseThrow()
            .value();
    assertThat(report.reportingUnit()).isEqualTo(LEAD.unit());
    assertThat(report.submittedAt()).isEqualTo(CLOCK.instant());
    assertThat(report.progressPercent()).isEqualTo(20);
    assertThat(report.values()).isEqualTo(measured);
    assertThat(
            store.load(AggregateKind.PROGRESS_REPORT, ProgressReportId.of("monev-2026-03/rtl-1/2")))
        .hasValueSatisfying(v -> assertThat(v.value().progressPercent()).isEqualTo(25));
  }

  @Test
  void submittingAReportIsReportingProgressOnItsCommitment() {
    service.recordMeeting(held, List.of(), List.of(agreed), SECRETARIAT);
    service.create(AggregateKind.MONITORING_PLAN, Examples.plan(), SECRETARIAT);
    service.create(AggregateKind.MONITORING_CYCLE, Examples.cycle(), SECRETARIAT);
    ProgressReport report = Examples.report("lap-1", agreed, 10);

    assertThat(service.submitReport(report, LEAD).orElseThrow().value().status())
        .isEqualTo(CommitmentStatus.IN_PROGRESS);
    CommandResult<Commitment> again = service.submitReport(report, LEAD);

    assertThat(again)
        .isInstanceOfSatisfying(
            CommandResult.Rejected.class,
            r -> assertThat(r.rejection()).isInstanceOf(Rejection.Invalid.class));
    assertThat(
            service.execute(agreed.id(), CommitmentCommand.reportProgress(report), LEAD)
                instanceof CommandResult.Rejected<?>)
        .isTrue();
  }

  @Test
  void anEvaluationNamesAnIndicatorMissingFromTheStore() {
    service.recordMeeting(held, List.of(), List.of(), SECRETARIAT);
    service.create(AggregateKind.MONITORING_PLAN, Examples.plan(), SECRETARIAT);
    service.create(AggregateKind.MONITORING_CYCLE, Examples.cycle(), SECRETARIAT);
    // The service refuses such a commitment; a store written without it may still hold one.
    Commitment orphan =
        Examples.commitment("rtl-9")
            .withTargets(Target.of(IndicatorId.of("immunisation"), 90.0, Examples.DUE));
    store.inTransaction(tx -> tx.save(AggregateKind.COMMITMENT, orphan, Versioned.NONE));

    assertThatThrownBy(() -> service.assessHealth(Examples.cycle().id()))
        .isInstanceOf(AggregateNotFoundException.class)
        .hasMessage(
            "No indicator immunisation in the store; the evaluation of monev-2026-03 (a target of"
                + " commitment rtl-9 names it) needs it");
  }
}
