package io.rakor.persistence.service;

import static io.rakor.persistence.Examples.CHAIR;
import static io.rakor.persistence.Examples.LEAD;
import static io.rakor.persistence.Examples.SECRETARIAT;
import static io.rakor.persistence.Examples.SUPPORTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Rejection;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.AggregateNotFoundException;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.Examples;
import io.rakor.persistence.ForwardingStore;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.TransactionWork;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoordinationServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-15T02:00:00Z"), ZoneOffset.UTC);

  private final InMemoryStore store = new InMemoryStore();
  private final CoordinationService service =
      CoordinationService.builder(store).clock(CLOCK).build();
  private final Commitment rtl = Examples.commitment("rtl-1");

  private void seed() {
    seed(service);
    service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
  }

  /** Creates the master data, the meeting, the plan and its cycle. */
  static void seed(CoordinationService service) {
    service.createAll(Examples.masterData(), SECRETARIAT);
    service.create(AggregateKind.MEETING, Examples.meeting(), SECRETARIAT);
    service.create(AggregateKind.MONITORING_PLAN, Examples.plan(), SECRETARIAT);
    service.create(AggregateKind.MONITORING_CYCLE, Examples.cycle(), SECRETARIAT);
  }

  @Test
  void theIntegratorGuideExample() {
    RakorStore yourStore = new InMemoryStore();
    Batch masterData = Examples.masterData(); // jurisdictions, units, the regent, the priority, ...
    Meeting meeting = Examples.meeting();
    Commitment proposed = Examples.commitment("rtl-1");
    // tag::use-the-service[]
    CoordinationService service = CoordinationService.builder(yourStore).clock(CLOCK).build();
    service.createAll(masterData, SECRETARIAT); // what the meeting and commitments name
    service.create(AggregateKind.MEETING, meeting, SECRETARIAT); // SCHEDULED
    service.create(AggregateKind.COMMITMENT, proposed, SECRETARIAT); // PROPOSED at that meeting

    CommandResult<Commitment> result =
        service.execute(proposed.id(), CommitmentCommand.agree(), CHAIR);
    Versioned<Commitment> agreed = result.orElseThrow(); // throws if the command was refused
    assertThat(agreed.value().status()).isEqualTo(CommitmentStatus.AGREED);
    assertThat(agreed.version()).isEqualTo(2);
    // One event per stored version: each creation, then the agreement, in one hash chain.
    List<LogEntry> log = yourStore.events(1, 100);
    assertThat(log).hasSize(masterData.size() + 3);
    assertThat(log.get(log.size() - 1).event().type()).isEqualTo(EventType.COMMITMENT_AGREED);
    // end::use-the-service[]
    assertThat(log.get(log.size() - 2).event().type()).isEqualTo(EventType.AGGREGATE_CREATED);
    assertThat(ChainVerifier.verify(log).intact()).isTrue();
  }

  @Test
  void anAcceptedCommandIsSavedWithItsEventInOneTransaction() {
    seed();
    CommandResult<Commitment> result = service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR);

    Versioned<Commitment> saved = result.orElseThrow();
    assertThat(saved.version()).isEqualTo(2);
    assertThat(saved.value().status()).isEqualTo(CommitmentStatus.AGREED);
    assertThat(store.load(AggregateKind.COMMITMENT, rtl.id())).contains(saved);
    CommandResult.Applied<Commitment> applied = (CommandResult.Applied<Commitment>) result;
    assertThat(applied.attempts()).isEqualTo(1);
    assertThat(applied.entries()).hasSize(1);
    assertThat(applied.entries().get(0).event().type()).isEqualTo(EventType.COMMITMENT_AGREED);
    assertThat(applied.entries().get(0).event().occurredAt()).isEqualTo(CLOCK.instant());
    List<LogEntry> log = store.events(1, 100);
    assertThat(log.get(log.size() - 1)).isEqualTo(applied.entries().get(0));
  }

  @Test
  void aRejectedCommandSavesNothing() {
    seed();
    var head = store.lastEvent();
    CommandResult<Commitment> result =
        service.execute(rtl.id(), CommitmentCommand.agree(), SUPPORTER);

    assertThat(result).isInstanceOf(CommandResult.Rejected.class);
    Rejection why = ((CommandResult.Rejected<Commitment>) result).rejection();
    assertThat(why).isInstanceOf(Rejection.Denied.class);
    assertThat(why.rule()).isEqualTo(DefaultPolicy.ROLE_MAY_NOT_ACT);
    assertThat(store.load(AggregateKind.COMMITMENT, rtl.id()).orElseThrow().version()).isOne();
    assertThat(store.lastEvent()).isEqualTo(head);
    assertThatThrownBy(result::orElseThrow).isInstanceOf(CommandRejectedException.class);
  }

  @Test
  void theChairIsCheckedAgainstTheOriginMeetingInTheStore() {
    seed();
    CommandResult<Commitment> impostor =
        service.execute(
            rtl.id(),
            CommitmentCommand.agree(),
            io.rakor.core.workflow.Actor.of(
                Examples.DINKES,
                io.rakor.core.units.OfficialId.of("kadis"),
                io.rakor.core.workflow.Role.CHAIR));

    assertThat(impostor).isInstanceOf(CommandResult.Rejected.class);
    assertThat(((CommandResult.Rejected<Commitment>) impostor).rejection().rule())
        .isEqualTo(DefaultPolicy.ROLE_NOT_HELD);
  }

  @Test
  void aProgressReportIsSavedWithTheCommitmentAndOnlyOnce() {
    seed();
    service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();
    ProgressReport report = Examples.report("lap-1", rtl, 30);

    Versioned<Commitment> after =
        service.execute(rtl.id(), CommitmentCommand.reportProgress(report), LEAD).orElseThrow();

    assertThat(after.value().status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(store.load(AggregateKind.PROGRESS_REPORT, report.id()))
        .contains(Versioned.of(report, 1));
    CommandResult<Commitment> again =
        service.execute(rtl.id(), CommitmentCommand.reportProgress(report), LEAD);
    assertThat(again).isInstanceOf(CommandResult.Rejected.class);
    assertThat(((CommandResult.Rejected<Commitment>) again).rejection().rule())
        .isEqualTo("report-already-exists");
    assertThat(store.load(AggregateKind.COMMITMENT, rtl.id()).orElseThrow()).isEqualTo(after);
    assertThat(ChainVerifier.verify(store.events(1, 100)).intact()).isTrue();
  }

  @Test
  void aStaleExpectedVersionIsNeverRetried() {
    seed();
    assertThatThrownBy(() -> service.execute(rtl.id(), 7, CommitmentCommand.agree(), CHAIR))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("expected version 7")
        .hasMessageContaining("version 1");

    CommandResult<Commitment> reported =
        service
            .withConflictMode(ConflictMode.retry(5).thenReport())
            .execute(rtl.id(), 7, CommitmentCommand.agree(), CHAIR);
    assertThat(reported).isInstanceOf(CommandResult.Conflicted.class);
    assertThat(((CommandResult.Conflicted<Commitment>) reported).attempts()).isEqualTo(1);
    assertThat(store.load(AggregateKind.COMMITMENT, rtl.id()).orElseThrow().version()).isOne();
  }

  @Test
  void conflictsAreRetriedOrReportedAsTheCallerChooses() {
    FlakyStore flaky = new FlakyStore(0);
    seed(CoordinationService.builder(flaky).build());
    CoordinationService.builder(flaky).build().create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);

    flaky.failuresLeft.set(2);
    CommandResult<Commitment> retried =
        CoordinationService.builder(flaky)
            .clock(CLOCK)
            .conflictMode(ConflictMode.retry(3))
            .build()
            .execute(rtl.id(), CommitmentCommand.agree(), CHAIR);
    assertThat(((CommandResult.Applied<Commitment>) retried).attempts()).isEqualTo(3);

    flaky.failuresLeft.set(1);
    CoordinationService failFast =
        CoordinationService.builder(flaky).conflictMode(ConflictMode.failFast()).build();
    assertThatThrownBy(() -> failFast.execute(rtl.id(), CommitmentCommand.startWork(), LEAD))
        .isInstanceOf(ConcurrencyConflictException.class);

    flaky.failuresLeft.set(1);
    CommandResult<Commitment> reported =
        failFast
            .withConflictMode(ConflictMode.reporting())
            .execute(rtl.id(), CommitmentCommand.startWork(), LEAD);
    assertThat(reported).isInstanceOf(CommandResult.Conflicted.class);
    assertThat(flaky.load(AggregateKind.COMMITMENT, rtl.id()).orElseThrow().value().status())
        .isEqualTo(CommitmentStatus.AGREED);
  }

  @Test
  void manyThreadsContributingEvidenceLoseNoEvent() throws Exception {
    seed();
    service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();
    service.execute(rtl.id(), CommitmentCommand.startWork(), LEAD).orElseThrow();
    int before = store.events(1, 1000).size();
    int threads = 4;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger applied = new AtomicInteger();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    service
                        .execute(
                            rtl.id(),
                            CommitmentCommand.contributeEvidence(
                                List.of(
                                    io.rakor.core.monitoring.EvidenceRef.of(
                                        java.net.URI.create("https://example.org/foto/" + i),
                                        "Foto kegiatan"))),
                            SUPPORTER)
                        .orElseThrow();
                    applied.incrementAndGet();
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(applied.get()).isEqualTo(threads * each);
    assertThat(store.load(AggregateKind.COMMITMENT, rtl.id()).orElseThrow().version())
        .isEqualTo(3 + threads * each);
    assertThat(store.events(1, 1000)).hasSize(before + threads * each);
    assertThat(ChainVerifier.verify(store.events(1, 1000)).intact()).isTrue();
  }

  @Test
  void aCycleClosesUnderItsPlanAndIsEvaluatedThroughTheStore() {
    seed();
    service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();
    service
        .execute(
            rtl.id(), CommitmentCommand.reportProgress(Examples.report("lap-1", rtl, 25)), LEAD)
        .orElseThrow();
    Commitment other = Examples.commitment("rtl-2");
    service.create(AggregateKind.COMMITMENT, other, SECRETARIAT);
    service.execute(other.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();

    Versioned<MonitoringCycle> closed =
        service.execute(Examples.cycle().id(), CycleCommand.close(), SECRETARIAT).orElseThrow();
    assertThat(closed.value().status()).isEqualTo(CycleStatus.CLOSED);

    CycleEvaluation evaluation = service.assessHealth(Examples.cycle().id());
    assertThat(evaluation.portfolio().size()).isEqualTo(2);
    assertThat(evaluation.health(other.id())).contains(Health.NOT_REPORTED);
    assertThat(evaluation.health(rtl.id())).isPresent().get().isNotEqualTo(Health.NOT_REPORTED);
    assertThat(
            store
                .progressReports(
                    ProgressReportQuery.forCycle(Examples.cycle().id()),
                    io.rakor.persistence.PageRequest.first(10))
                .items())
        .hasSize(1);
  }

  @Test
  void theServiceRemembersEarlierCyclesAndSaysWhoIsBehindWithNames() {
    seed();
    MonitoringCycle february =
        Examples.cycle()
            .withId(io.rakor.core.monitoring.CycleId.of("monev-2026-02"))
            .withSequence(1)
            .withPeriodStart(java.time.LocalDate.of(2026, 2, 1))
            .withPeriodEnd(java.time.LocalDate.of(2026, 3, 1))
            .withReportDue(java.time.ZonedDateTime.of(2026, 3, 10, 23, 59, 0, 0, Examples.WIB));
    service.create(AggregateKind.MONITORING_CYCLE, february, SECRETARIAT);
    service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();
    io.rakor.core.commitments.MilestoneId m1 = rtl.milestones().get(0).id();
    service
        .execute(
            rtl.id(),
            CommitmentCommand.reportProgress(
                Examples.report("lap-feb", rtl, 10)
                    .withCycle(february.id())
                    .withSubmittedAt(java.time.Instant.parse("2026-03-05T03:00:00Z"))
                    .withMilestones(
                        io.rakor.core.monitoring.MilestoneCompletion.done(
                            m1, rtl.milestones().get(0).due()))),
            LEAD)
        .orElseThrow();
    service
        .execute(
            rtl.id(), CommitmentCommand.reportProgress(Examples.report("lap-mar", rtl, 1)), LEAD)
        .orElseThrow();

    CommitmentAssessment march =
        service.assessHealth(Examples.cycle().id()).assessment(rtl.id()).orElseThrow();
    assertThat(march.milestones().get(0).state())
        .as("done in February, not restated in March")
        .isEqualTo(io.rakor.core.monitoring.MilestoneState.DONE_ON_TIME);
    assertThat(march.previousReportedPercent()).hasValue(10);
    assertThat(march.progressDropped()).isTrue();

    io.rakor.core.monitoring.Ranking behind = service.whoIsBehind(Examples.cycle().id());
    assertThat(behind.byUnit())
        .extracting(io.rakor.core.monitoring.Standing::name)
        .containsExactly("Dinas Kesehatan");
    assertThat(behind.byPriority())
        .extracting(io.rakor.core.monitoring.Standing::name)
        .containsExactly("Percepatan penurunan stunting");
  }

  @Test
  void aMissingAggregateIsNamed() {
    assertThatThrownBy(
            () -> service.execute(CommitmentId.of("rtl-404"), CommitmentCommand.agree(), CHAIR))
        .isInstanceOf(AggregateNotFoundException.class)
        .hasMessageContaining("commitment rtl-404");
    // A cycle whose plan is gone can only come from outside the service (the service checks
    // references); written straight to the store here, it is still named when a command needs it.
    store.save(AggregateKind.MONITORING_CYCLE, Examples.cycle(), Versioned.NONE);
    assertThatThrownBy(() -> service.execute(Examples.cycle().id(), CycleCommand.close(), CHAIR))
        .isInstanceOf(AggregateNotFoundException.class)
        .hasMessageContaining("monitoring-plan monev-2026");
  }

  /** Fails the first commits with a conflict, as a database under contention might. */
  private static final class FlakyStore extends ForwardingStore {
    final AtomicInteger failuresLeft;

    FlakyStore(int failures) {
      super(new InMemoryStore());
      this.failuresLeft = new AtomicInteger(failures);
    }

    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      return inner.inTransaction(
          tx -> {
            R result = work.run(tx);
            if (failuresLeft.getAndDecrement() > 0) {
              throw new ConcurrencyConflictException("injected: another writer got there first");
            }
            return result;
          });
    }
  }
}
