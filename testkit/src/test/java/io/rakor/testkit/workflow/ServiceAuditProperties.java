package io.rakor.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.RakorException;
import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingCommand;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.HealthSeries;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateExistsException;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.MissingReferenceException;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.service.Batch;
import io.rakor.persistence.service.CoordinationService;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.Scenario;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the coordination service's writes over generated scenarios: a whole regency written
 * through the service (created and driven by commands, or imported, chosen at random) is stored as
 * generated, the log explains every stored version, and the chain verifies; bad writes get the
 * library's exception naming what was wrong and change nothing.
 */
class ServiceAuditProperties {
  private static final String REASON = "Data rakor sebelum sistem dipakai";

  /** A scenario written through a service, and who did what. */
  private record Loaded(
      Scenario scenario, RakorStore store, CoordinationService service, Actor secretariat) {}

  @Test
  void everyStoredVersionIsExplainedByTheLog() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios(), longs().all())
        .checkAssert(
            (scenario, seed) -> {
              Random random = new Random(seed);
              Loaded loaded = load(scenario, random);
              assertStoredAsGenerated(loaded);
              assertLogExplainsEveryVersion(loaded.store());
              // Then progress is reported through the service: each report is created with its
              // own event, beside its commitment's.
              reportThroughTheService(loaded, random);
              assertLogExplainsEveryVersion(loaded.store());
              // Then cycles' evaluations are kept, some twice: each version with its event.
              recordEvaluations(loaded, random);
              assertLogExplainsEveryVersion(loaded.store());
            });
  }

  /** Records each cycle's evaluation none, one or two times, and reads the records back. */
  private static void recordEvaluations(Loaded loaded, Random random) {
    int recorded = 0;
    for (MonitoringCycle c : loaded.scenario().cycles()) {
      int times = random.nextInt(3);
      for (int k = 1; k <= times; k++) {
        Versioned<EvaluationRecord> v =
            loaded.service().recordEvaluation(c.id(), loaded.secretariat());
        assertThat(v.version()).as("%s recorded %s times", c.id(), k).isEqualTo(k);
      }
      recorded += times > 0 ? 1 : 0;
    }
    List<EvaluationRecord> records =
        loaded.service().evaluationRecords(loaded.scenario().plan().id());
    assertThat(records).hasSize(recorded);
    assertThat(records).isSortedAccordingTo(HealthSeries.ORDER);
  }

  @Test
  void badWritesGetTheLibrarysExceptionAndChangeNothing() {
    qt().withExamples(20)
        .forAll(RakorGen.scenarios(), longs().all())
        .checkAssert(
            (scenario, seed) -> {
              Random random = new Random(seed);
              Loaded loaded = load(scenario, random);
              for (BadWrite bad : badWrites(loaded, random)) {
                List<LogEntry> log = wholeLog(loaded.store());
                List<List<Versioned<?>>> stored = everything(loaded.store());
                Throwable thrown = catchThrowable(bad.write()::run);
                assertThat(thrown).as(bad.what()).isInstanceOf(bad.expected());
                assertThat(thrown).as(bad.what()).isInstanceOf(RakorException.class);
                assertThat(thrown.getMessage()).as(bad.what()).contains(bad.named());
                assertThat(wholeLog(loaded.store())).as(bad.what()).isEqualTo(log);
                assertThat(everything(loaded.store())).as(bad.what()).isEqualTo(stored);
              }
              assertLogExplainsEveryVersion(loaded.store());
            });
  }

  // ---------------------------------------------------------------- writing a scenario

  /** Writes a scenario through the service: each aggregate created and driven, or imported. */
  static Loaded load(Scenario s, Random random) {
    MonitoringCycle last =
        s.cycles().stream().max(Comparator.comparing(MonitoringCycle::reportDue)).orElseThrow();
    Clock clock = Clock.fixed(last.reportDue().toInstant().plusSeconds(86_400), ZoneOffset.UTC);
    RakorStore store = new InMemoryStore();
    CoordinationService service = CoordinationService.builder(store).clock(clock).build();
    Actor secretariat = Actor.of(s.plan().owner(), Role.SECRETARIAT);
    Actor chair = chairOf(s);

    service.createAll(
        Batch.builder()
            .addAll(AggregateKind.JURISDICTION, s.jurisdictions())
            .addAll(AggregateKind.UNIT, s.units())
            .addAll(AggregateKind.FORUM, s.forums())
            .addAll(AggregateKind.OFFICIAL, s.officials())
            .addAll(AggregateKind.INDICATOR, s.indicators())
            .build(),
        secretariat);

    // The meeting and its priorities name each other: one batch.
    Meeting meeting = s.meeting();
    if (random.nextBoolean()) {
      service.importAll(meetingAndPriorities(s, meeting), secretariat, REASON);
    } else {
      service.createAll(
          meetingAndPriorities(s, meeting.withStatus(MeetingStatus.SCHEDULED)), secretariat);
      execute(service, meeting, MeetingCommand.openSession(), chair);
      execute(service, meeting, MeetingCommand.conclude(), chair);
      if (meeting.status() == MeetingStatus.MINUTES_APPROVED) {
        execute(service, meeting, MeetingCommand.approveMinutes(Optional.empty()), chair);
      }
    }

    for (Commitment c : s.commitments()) {
      // A commitment cancelled without a recorded reason cannot be driven there (cancelling takes
      // a reason): it comes from elsewhere, so it is imported.
      boolean cancelledWithoutReason =
          c.status() == CommitmentStatus.CANCELLED && c.statusReason().isEmpty();
      if (cancelledWithoutReason || random.nextInt(3) == 0) {
        service.importExisting(AggregateKind.COMMITMENT, c, secretariat, REASON);
        continue;
      }
      service.create(AggregateKind.COMMITMENT, proposed(c), secretariat);
      Actor lead = Actor.of(c.lead(), Role.LEAD_UNIT);
      switch (c.status()) {
        case PROPOSED -> {}
        case AGREED -> execute(service, c, CommitmentCommand.agree(), chair);
        case IN_PROGRESS -> {
          execute(service, c, CommitmentCommand.agree(), chair);
          execute(service, c, CommitmentCommand.startWork(), lead);
        }
        case COMPLETED -> {
          execute(service, c, CommitmentCommand.agree(), chair);
          execute(service, c, CommitmentCommand.startWork(), lead);
          execute(service, c, CommitmentCommand.verifyCompletion(), chair);
        }
        case CANCELLED ->
            execute(service, c, CommitmentCommand.cancel(c.statusReason().orElseThrow()), chair);
        case SUPERSEDED ->
            throw new AssertionError("scenarios supersede nothing; extend this test if they do");
      }
    }

    service.create(AggregateKind.MONITORING_PLAN, s.plan(), secretariat);
    for (MonitoringCycle cycle : s.cycles()) {
      if (cycle.status() != CycleStatus.OPEN && random.nextBoolean()) {
        service.importExisting(AggregateKind.MONITORING_CYCLE, cycle, secretariat, REASON);
        continue;
      }
      service.create(
          AggregateKind.MONITORING_CYCLE, cycle.withStatus(CycleStatus.OPEN), secretariat);
      if (cycle.status() != CycleStatus.OPEN) {
        execute(service, cycle, CycleCommand.close(), secretariat);
      }
      if (cycle.status() == CycleStatus.EVALUATED) {
        execute(service, cycle, CycleCommand.markEvaluated(), secretariat);
      }
    }
    if (!s.reports().isEmpty()) {
      service.importAll(Batch.of(AggregateKind.PROGRESS_REPORT, s.reports()), secretariat, REASON);
    }
    return new Loaded(s, store, service, secretariat);
  }

  /** A commitment as it was proposed: no status reason, no successor. */
  private static Commitment proposed(Commitment c) {
    return Commitment.builder()
        .from(c)
        .status(CommitmentStatus.PROPOSED)
        .statusReason(Optional.empty())
        .successor(Optional.empty())
        .build();
  }

  /** The meeting's chair: the chairing official, for the unit listed as chair. */
  private static Actor chairOf(Scenario s) {
    Participant chairing =
        s.meeting().participants().stream()
            .filter(p -> p.role() == ParticipantRole.CHAIR)
            .findFirst()
            .orElseThrow();
    return Actor.of(chairing.unit(), s.meeting().chair(), Role.CHAIR);
  }

  private static Batch meetingAndPriorities(Scenario s, Meeting meeting) {
    return Batch.builder()
        .addAll(AggregateKind.PRIORITY, s.priorities())
        .add(AggregateKind.MEETING, meeting)
        .build();
  }

  private static void execute(
      CoordinationService service, Meeting m, MeetingCommand command, Actor actor) {
    service.execute(m.id(), command, actor).orElseThrow();
  }

  private static void execute(
      CoordinationService service, Commitment c, CommitmentCommand command, Actor actor) {
    service.execute(c.id(), command, actor).orElseThrow();
  }

  private static void execute(
      CoordinationService service, MonitoringCycle c, CycleCommand command, Actor actor) {
    service.execute(c.id(), command, actor).orElseThrow();
  }

  private static void reportThroughTheService(Loaded loaded, Random random) {
    Scenario s = loaded.scenario();
    MonitoringCycle open =
        s.cycles().stream().filter(c -> c.status() == CycleStatus.OPEN).findFirst().orElseThrow();
    for (Commitment c : s.commitments()) {
      boolean active =
          c.status() == CommitmentStatus.AGREED || c.status() == CommitmentStatus.IN_PROGRESS;
      if (active && random.nextBoolean()) {
        ProgressReport report = report(c, open, "lap-layanan");
        Versioned<Commitment> after =
            loaded
                .service()
                .execute(
                    c.id(),
                    CommitmentCommand.reportProgress(report),
                    Actor.of(c.lead(), Role.LEAD_UNIT))
                .orElseThrow();
        assertThat(after.value().status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(value(loaded.store(), AggregateKind.PROGRESS_REPORT, report.id()))
            .isEqualTo(report);
      }
    }
  }

  // ---------------------------------------------------------------- checks

  /** Every value is stored as generated, whichever path brought it in. */
  private static void assertStoredAsGenerated(Loaded loaded) {
    Scenario s = loaded.scenario();
    RakorStore store = loaded.store();
    assertThat(value(store, AggregateKind.MEETING, s.meeting().id())).isEqualTo(s.meeting());
    for (Commitment c : s.commitments()) {
      assertThat(value(store, AggregateKind.COMMITMENT, c.id())).isEqualTo(c);
    }
    for (MonitoringCycle c : s.cycles()) {
      assertThat(value(store, AggregateKind.MONITORING_CYCLE, c.id())).isEqualTo(c);
    }
    for (ProgressReport r : s.reports()) {
      assertThat(value(store, AggregateKind.PROGRESS_REPORT, r.id())).isEqualTo(r);
    }
    assertThat(everything(store).stream().mapToInt(List::size).sum())
        .isEqualTo(
            s.jurisdictions().size()
                + s.units().size()
                + s.forums().size()
                + s.officials().size()
                + s.indicators().size()
                + s.priorities().size()
                + 1
                + s.commitments().size()
                + 1
                + s.cycles().size()
                + s.reports().size());
  }

  private static <T, K> T value(RakorStore store, AggregateKind<T, K> kind, K id) {
    return store.load(kind, id).orElseThrow().value();
  }

  /**
   * One creation or import event per stored aggregate, first of its events; one further event per
   * further version; no event about anything not stored; and the chain verifies.
   */
  static void assertLogExplainsEveryVersion(RakorStore store) {
    List<LogEntry> log = wholeLog(store);
    assertThat(ChainVerifier.verify(log).intact()).isTrue();
    Map<String, List<DomainEvent>> bySubject = new HashMap<>();
    for (LogEntry e : log) {
      bySubject
          .computeIfAbsent(
              e.event().subjectKind() + " " + e.event().subjectId(), k -> new ArrayList<>())
          .add(e.event());
    }
    int stored = 0;
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      for (Versioned<?> v : all(store, kind)) {
        stored++;
        String subject = kind.valueType().getSimpleName() + " " + idText(kind, v.value());
        List<DomainEvent> events = bySubject.getOrDefault(subject, List.of());
        assertThat(events).as(subject).hasSize((int) v.version());
        assertThat(events.get(0).type())
            .as(subject)
            .isIn(EventType.AGGREGATE_CREATED, EventType.AGGREGATE_IMPORTED);
        assertThat(events.subList(1, events.size()))
            .as(subject)
            .noneMatch(
                e ->
                    e.type() == EventType.AGGREGATE_CREATED
                        || e.type() == EventType.AGGREGATE_IMPORTED);
      }
    }
    assertThat(bySubject).as("subjects in the log").hasSize(stored);
  }

  private static <T, K> String idText(AggregateKind<T, K> kind, Object value) {
    return kind.idText(kind.idOf(kind.cast(value)));
  }

  static List<LogEntry> wholeLog(RakorStore store) {
    List<LogEntry> log = new ArrayList<>();
    List<LogEntry> page = store.events(1, PageRequest.MAX_SIZE);
    while (!page.isEmpty()) {
      log.addAll(page);
      page = store.events(log.size() + 1L, PageRequest.MAX_SIZE);
    }
    return log;
  }

  private static List<List<Versioned<?>>> everything(RakorStore store) {
    List<List<Versioned<?>>> all = new ArrayList<>();
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      all.add(all(store, kind));
    }
    return all;
  }

  private static List<Versioned<?>> all(RakorStore store, AggregateKind<?, ?> kind) {
    List<Versioned<?>> all = new ArrayList<>();
    Optional<PageRequest> request = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
    while (request.isPresent()) {
      Page<? extends Versioned<?>> page = store.list(kind, request.get());
      all.addAll(page.items());
      request = request.get().next(page);
    }
    return all;
  }

  // ---------------------------------------------------------------- bad writes

  /** A write that must be refused with an exception of a type, whose message names something. */
  private record BadWrite(
      String what, Class<? extends Throwable> expected, String named, Runnable write) {}

  private static List<BadWrite> badWrites(Loaded loaded, Random random) {
    Scenario s = loaded.scenario();
    CoordinationService service = loaded.service();
    Actor secretariat = loaded.secretariat();
    Commitment some = s.commitments().get(random.nextInt(s.commitments().size()));
    Commitment fresh =
        proposed(some)
            .withId(CommitmentId.of(some.id().value() + "-baru"))
            .withParent(Optional.empty());
    UnitId unknownUnit = UnitId.of(some.lead().value() + "-tidak-ada");
    List<BadWrite> bad = new ArrayList<>();
    bad.add(
        new BadWrite(
            "create an existing commitment",
            AggregateExistsException.class,
            some.id().value(),
            () -> service.create(AggregateKind.COMMITMENT, fresh.withId(some.id()), secretariat)));
    bad.add(
        new BadWrite(
            "create an existing unit",
            AggregateExistsException.class,
            s.units().get(0).id().value(),
            () -> service.create(AggregateKind.UNIT, s.units().get(0), secretariat)));
    CommitmentStatus notInitial =
        List.of(CommitmentStatus.AGREED, CommitmentStatus.IN_PROGRESS, CommitmentStatus.COMPLETED)
            .get(random.nextInt(3));
    bad.add(
        new BadWrite(
            "create a commitment " + notInitial,
            CommandRejectedException.class,
            "Commitment.status = " + notInitial,
            () ->
                service.create(
                    AggregateKind.COMMITMENT, fresh.withStatus(notInitial), secretariat)));
    bad.add(
        new BadWrite(
            "create a meeting concluded",
            CommandRejectedException.class,
            "Meeting.status = CONCLUDED",
            () ->
                service.create(
                    AggregateKind.MEETING,
                    s.meeting()
                        .withId(io.rakor.core.meetings.MeetingId.of("rapat-baru"))
                        .withStatus(MeetingStatus.CONCLUDED),
                    secretariat)));
    bad.add(
        new BadWrite(
            "create a commitment led by an unknown unit",
            MissingReferenceException.class,
            "lead names unit " + unknownUnit,
            () ->
                service.create(
                    AggregateKind.COMMITMENT,
                    fresh.withLead(unknownUnit).withSupporters(List.of()),
                    secretariat)));
    bad.add(
        new BadWrite(
            "create a commitment as its lead unit",
            CommandRejectedException.class,
            "may not CREATE",
            () ->
                service.create(
                    AggregateKind.COMMITMENT, fresh, Actor.of(fresh.lead(), Role.LEAD_UNIT))));
    bad.add(
        new BadWrite(
            "import with a blank reason",
            io.rakor.core.RakorValidationException.class,
            "reason",
            () -> service.importExisting(AggregateKind.COMMITMENT, fresh, secretariat, "\t")));
    bad.add(
        new BadWrite(
            "create a progress report without its commitment",
            CommandRejectedException.class,
            "report-through-its-commitment",
            () ->
                service.create(
                    AggregateKind.PROGRESS_REPORT,
                    report(fresh, s.cycles().get(0), "lap-baru"),
                    secretariat)));
    s.commitments().stream()
        .filter(
            c ->
                c.status() == CommitmentStatus.AGREED || c.status() == CommitmentStatus.IN_PROGRESS)
        .findFirst()
        .ifPresent(
            c -> {
              CommitmentId nowhere = CommitmentId.of(c.id().value() + "-pengganti");
              bad.add(
                  new BadWrite(
                      "supersede by a commitment not in the store",
                      MissingReferenceException.class,
                      "successor names commitment " + nowhere,
                      () ->
                          service
                              .execute(
                                  c.id(),
                                  CommitmentCommand.supersede(nowhere, "Digabung"),
                                  chairOf(s))
                              .orElseThrow()));
            });
    Collections.shuffle(bad, random);
    return bad;
  }

  private static ProgressReport report(Commitment c, MonitoringCycle cycle, String id) {
    return ProgressReport.builder()
        .id(ProgressReportId.of(c.id().value() + "/" + id))
        .commitment(c.id())
        .cycle(cycle.id())
        .reportingUnit(c.lead())
        .submittedAt(cycle.reportDue().toInstant().minusSeconds(3600))
        .progressPercent(10)
        .build();
  }
}
