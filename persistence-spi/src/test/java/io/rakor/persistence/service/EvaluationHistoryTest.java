package io.rakor.persistence.service;

import static io.rakor.persistence.Examples.CHAIR;
import static io.rakor.persistence.Examples.LEAD;
import static io.rakor.persistence.Examples.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.SeriesPoint;
import io.rakor.core.monitoring.Trend;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.AggregateNotFoundException;
import io.rakor.persistence.Examples;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service keeps each cycle's evaluation, answers series, and compares with what it kept. */
class EvaluationHistoryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-15T02:00:00Z"), ZoneOffset.UTC);
  private static final MonitoringCycle FEBRUARY =
      Examples.cycle()
          .withId(CycleId.of("monev-2026-02"))
          .withSequence(1)
          .withPeriodStart(LocalDate.of(2026, 2, 1))
          .withPeriodEnd(LocalDate.of(2026, 3, 1))
          .withReportDue(ZonedDateTime.of(2026, 3, 10, 23, 59, 0, 0, Examples.WIB));
  private static final CycleId MARCH = Examples.cycle().id();
  private static final MonitoringPlanId PLAN = Examples.plan().id();

  private final InMemoryStore store = new InMemoryStore();
  private final CoordinationService service =
      CoordinationService.builder(store).clock(CLOCK).build();
  private final Commitment rtl = Examples.commitment("rtl-1");

  /** February: 30% reported; March: 31%. */
  private void seed() {
    CoordinationServiceTest.seed(service);
    service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
    service.create(AggregateKind.MONITORING_CYCLE, FEBRUARY, SECRETARIAT);
    service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();
    report("lap-feb", FEBRUARY.id(), 30, "2026-03-05T03:00:00Z");
    report("lap-mar", MARCH, 31, "2026-04-05T03:00:00Z");
  }

  private void report(String id, CycleId cycle, double percent, String at) {
    service
        .execute(
            rtl.id(),
            CommitmentCommand.reportProgress(
                Examples.report(id, rtl, percent)
                    .withCycle(cycle)
                    .withSubmittedAt(Instant.parse(at))),
            LEAD)
        .orElseThrow();
  }

  @Test
  void eachCyclesEvaluationIsKeptWithItsEventAndSeriesComeFromTheRecords() {
    seed();

    // tag::record-evaluation[]
    service.recordEvaluation(FEBRUARY.id(), SECRETARIAT);
    Versioned<EvaluationRecord> march = service.recordEvaluation(MARCH, SECRETARIAT);
    List<SeriesPoint> series = service.commitmentSeries(PLAN, rtl.id());
    List<SeriesPoint> dinkes = service.unitSeries(PLAN, rtl.lead());
    // end::record-evaluation[]

    assertThat(march.version()).isEqualTo(1);
    assertThat(march.value().evaluatedAt()).isEqualTo(CLOCK.instant());
    assertThat(march.value().assessment(rtl.id()).orElseThrow().health())
        .isEqualTo(service.assessHealth(MARCH).assessment(rtl.id()).orElseThrow().health());
    assertThat(series).extracting(SeriesPoint::cycle).containsExactly(FEBRUARY.id(), MARCH);
    assertThat(series.get(0).trend()).isEqualTo(Trend.NO_HISTORY);
    assertThat(series.get(1).trend())
        .isEqualTo(service.assessHealth(MARCH).assessment(rtl.id()).orElseThrow().trend());
    assertThat(dinkes).isEqualTo(series); // one commitment led by Dinkes
    assertThat(service.unitSeries(PLAN, Examples.BAPPEDA)).isEmpty();
    assertThat(service.evaluationRecords(PLAN))
        .extracting(EvaluationRecord::cycle)
        .containsExactly(FEBRUARY.id(), MARCH);

    LogEntry last = store.lastEvent().orElseThrow();
    assertThat(last.event().type()).isEqualTo(EventType.AGGREGATE_CREATED);
    assertThat(last.event().subjectKind()).isEqualTo("EvaluationRecord");
    assertThat(last.event().subjectId()).isEqualTo(MARCH.value());
    assertThat(last.event().fromState()).isEqualTo(CoordinationService.ABSENT);

    // recorded again: a new version, with its own event; the store still verifies
    Versioned<EvaluationRecord> again = service.recordEvaluation(MARCH, SECRETARIAT);
    assertThat(again.version()).isEqualTo(2);
    DomainEvent recordedAgain = store.lastEvent().orElseThrow().event();
    assertThat(recordedAgain.type()).isEqualTo(EventType.CYCLE_EVALUATED);
    assertThat(recordedAgain.fromState()).isEqualTo(CoordinationService.PRESENT);
    assertThat(recordedAgain.actor()).isEqualTo(SECRETARIAT);
    assertThat(StoreVerifier.defaults().verify(store).intact()).isTrue();
  }

  @Test
  void theAssessmentComparesWithTheRecordOfThePreviousCycleWhenThereIsOne() {
    seed();
    service.recordEvaluation(FEBRUARY.id(), SECRETARIAT);
    // a late correction of February: evaluated now, February would say 60%
    service.importExisting(
        AggregateKind.PROGRESS_REPORT,
        Examples.report("lap-feb-2", rtl, 60)
            .withCycle(FEBRUARY.id())
            .withSubmittedAt(Instant.parse("2026-03-20T03:00:00Z")),
        SECRETARIAT,
        "Koreksi laporan Februari");

    CommitmentAssessment march = service.assessHealth(MARCH).assessment(rtl.id()).orElseThrow();

    assertThat(march.previousReportedPercent()).as("as recorded in February").hasValue(30);
    assertThat(march.progressDropped()).isFalse();
    assertThat(march.previousHealth())
        .isEqualTo(
            service.evaluationRecords(PLAN).get(0).assessment(rtl.id()).map(r -> r.health()));
    // evaluated now, February has the correction; the record keeps what was said then
    assertThat(
            service
                .assessHealth(FEBRUARY.id())
                .assessment(rtl.id())
                .orElseThrow()
                .reportedPercent())
        .hasValue(60);
  }

  @Test
  void onlyWhomThePolicyPermitsRecordsAndNothingIsSavedOtherwise() {
    seed();
    long events = store.lastEvent().orElseThrow().sequence();

    assertThatThrownBy(() -> service.recordEvaluation(MARCH, LEAD))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("EVALUATE_CYCLE");
    assertThat(store.load(AggregateKind.EVALUATION_RECORD, MARCH)).isEmpty();
    assertThat(store.lastEvent().orElseThrow().sequence()).isEqualTo(events);
    assertThatThrownBy(() -> service.recordEvaluation(CycleId.of("monev-2026-99"), SECRETARIAT))
        .isInstanceOf(AggregateNotFoundException.class);
    assertThatThrownBy(() -> service.commitmentSeries(MonitoringPlanId.of("lain"), rtl.id()))
        .isInstanceOf(AggregateNotFoundException.class)
        .hasMessageContaining("lain");
    assertThat(service.commitmentSeries(PLAN, rtl.id())).isEmpty();
    EvaluationRecord made = EvaluationRecord.of(service.assessHealth(MARCH), CLOCK.instant());
    assertThatThrownBy(() -> service.create(AggregateKind.EVALUATION_RECORD, made, SECRETARIAT))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessage(
            "Rejected (record-through-its-evaluation): EvaluationRecord.cycle = monev-2026-03: is"
                + " created by recording the cycle's evaluation, with recordEvaluation(cycle,"
                + " actor); bring in earlier records with importExisting and a reason");
    service.importExisting(
        AggregateKind.EVALUATION_RECORD, made, SECRETARIAT, "Evaluasi Maret dari arsip");
    assertThat(service.commitmentSeries(PLAN, rtl.id())).hasSize(1);
    assertThat(StoreVerifier.defaults().verify(store).intact()).isTrue();
  }
}
