package io.rakor.persistence.service;

import static io.rakor.persistence.Examples.BAPPEDA;
import static io.rakor.persistence.Examples.CHAIR;
import static io.rakor.persistence.Examples.DINKES;
import static io.rakor.persistence.Examples.LEAD;
import static io.rakor.persistence.Examples.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rakor.core.RakorValidationException;
import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingLifecycle;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleLifecycle;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Action;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Rejection;
import io.rakor.core.workflow.Role;
import io.rakor.core.workflow.StateMachine;
import io.rakor.persistence.AggregateExistsException;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.Examples;
import io.rakor.persistence.ForwardingStore;
import io.rakor.persistence.MissingReferenceException;
import io.rakor.persistence.MissingReferenceException.Reference;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every write through the service is legitimate and audited: creation takes initial states only,
 * references must resolve, an existing id is "already exists", imports are explicit and audited,
 * and the log explains every stored version. A refused write leaves the store as it was.
 */
class CoordinationServiceWritesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-15T02:00:00Z"), ZoneOffset.UTC);

  private final InMemoryStore store = new InMemoryStore();
  private final CoordinationService service =
      CoordinationService.builder(store).clock(CLOCK).build();
  private final Commitment rtl = Examples.commitment("rtl-1");

  private void seed() {
    CoordinationServiceTest.seed(service);
  }

  private List<LogEntry> log() {
    return store.events(1, PageRequest.MAX_SIZE);
  }

  /**
   * Runs a write that must fail, and checks that it left the log and the aggregates as they were.
   */
  private <X extends Throwable> X refused(Class<X> type, Runnable write) {
    List<LogEntry> before = log();
    List<List<? extends Versioned<?>>> stored = everything();
    X thrown = catchThrowableOfType(type, write::run);
    assertThat(thrown).as("the write must throw %s", type.getSimpleName()).isNotNull();
    assertThat(log()).isEqualTo(before);
    assertThat(everything()).isEqualTo(stored);
    return thrown;
  }

  private List<List<? extends Versioned<?>>> everything() {
    List<List<? extends Versioned<?>>> all = new ArrayList<>();
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      Page<? extends Versioned<?>> page = store.list(kind, PageRequest.first(PageRequest.MAX_SIZE));
      all.add(page.items());
    }
    return all;
  }

  @Test
  void theDocsExample() {
    ResponsibleUnit unit = Examples.unit(Examples.PEMKAB, "Pemerintah Kabupaten Lampung Utara");
    service.createAll(Examples.masterData(), SECRETARIAT);
    Meeting concluded = Examples.meeting().withStatus(MeetingStatus.CONCLUDED);
    // tag::create-and-import[]
    // Seeding master data again: the stored unit is kept and returned, nothing is written.
    Creation<ResponsibleUnit> pemkab =
        service.createIfAbsent(AggregateKind.UNIT, unit, SECRETARIAT);
    assertThat(pemkab.created()).isFalse();

    // A meeting is created SCHEDULED; one held before the system was used is imported as it is.
    assertThatThrownBy(() -> service.create(AggregateKind.MEETING, concluded, SECRETARIAT))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("Meeting.status = CONCLUDED: must be SCHEDULED");
    service.importExisting(
        AggregateKind.MEETING, concluded, SECRETARIAT, "Notulen rakor 12 Januari 2026");
    DomainEvent imported = service.events(1, 100).get(Examples.masterData().size()).event();
    // AGGREGATE_IMPORTED Meeting rakor-2026-01-12 by bappeda as SECRETARIAT (ABSENT -> CONCLUDED)
    // {reason=Notulen rakor 12 Januari 2026}

    // A commitment naming a unit that is not in the store is refused, naming the field.
    Commitment dangling = rtl.withLead(UnitId.of("dinsos"));
    assertThatThrownBy(() -> service.create(AggregateKind.COMMITMENT, dangling, SECRETARIAT))
        .isInstanceOf(MissingReferenceException.class)
        .hasMessageContaining(
            "commitment rtl-1: lead names unit dinsos, which is not in the store");
    // end::create-and-import[]
    assertThat(imported.type()).isEqualTo(EventType.AGGREGATE_IMPORTED);
    assertThat(imported.toString())
        .endsWith(
            "AGGREGATE_IMPORTED Meeting rakor-2026-01-12 by bappeda as SECRETARIAT (ABSENT ->"
                + " CONCLUDED) {reason=Notulen rakor 12 Januari 2026}");
  }

  // ---------------------------------------------------------------- initial states

  @Test
  void theInitialStatesComeFromTheLifecycleTables() {
    assertThat(CoordinationService.initialState(AggregateKind.MEETING))
        .contains(Meeting.builder().from(Examples.meeting()).build().status());
    assertThat(CoordinationService.initialState(AggregateKind.COMMITMENT))
        .contains(CommitmentStatus.PROPOSED);
    assertThat(CoordinationService.initialState(AggregateKind.MONITORING_CYCLE))
        .contains(CycleStatus.OPEN);
    // From the initial state every state of the table can be reached, so nothing needs an import.
    assertReachesEverything(
        MeetingLifecycle.TRANSITIONS, MeetingStatus.SCHEDULED, MeetingStatus.class);
    assertReachesEverything(
        CommitmentLifecycle.TRANSITIONS, CommitmentStatus.PROPOSED, CommitmentStatus.class);
    assertReachesEverything(CycleLifecycle.TRANSITIONS, CycleStatus.OPEN, CycleStatus.class);
    // And it is the state a value is built in when none is given.
    assertThat(Examples.commitment("x").status()).isEqualTo(CommitmentStatus.PROPOSED);
    assertThat(Examples.cycle().status()).isEqualTo(CycleStatus.OPEN);
    assertThat(Examples.meeting().status()).isEqualTo(MeetingStatus.SCHEDULED);
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      if (kind != AggregateKind.MEETING
          && kind != AggregateKind.COMMITMENT
          && kind != AggregateKind.MONITORING_CYCLE) {
        assertThat(CoordinationService.initialState(kind)).as(kind.name()).isEmpty();
      }
    }
  }

  private static <S extends Enum<S>> void assertReachesEverything(
      StateMachine<S> table, S initial, Class<S> states) {
    assertThat(table.reachableFrom(initial)).isEqualTo(EnumSet.allOf(states));
  }

  @Test
  void aMeetingIsCreatedOnlyAsScheduled() {
    seed();
    Meeting concluded =
        Examples.meeting()
            .withId(io.rakor.core.meetings.MeetingId.of("rakor-2"))
            .withStatus(MeetingStatus.CONCLUDED);

    CommandRejectedException e =
        refused(
            CommandRejectedException.class,
            () -> service.create(AggregateKind.MEETING, concluded, SECRETARIAT));

    assertThat(e.rejection().rule()).isEqualTo(CoordinationService.NOT_AN_INITIAL_STATE);
    assertThat(e)
        .hasMessage(
            "Rejected (not-an-initial-state): Meeting.status = CONCLUDED: must be SCHEDULED to"
                + " create meeting rakor-2; drive it further with commands, or bring it in as it is"
                + " with importExisting and a reason");
  }

  @Test
  void aCommitmentIsCreatedOnlyAsProposedAndACycleOnlyAsOpen() {
    seed();
    for (CommitmentStatus status : CommitmentStatus.values()) {
      if (status == CommitmentStatus.PROPOSED) {
        continue;
      }
      Commitment c = rtl.withStatus(status);
      if (status == CommitmentStatus.CANCELLED || status == CommitmentStatus.SUPERSEDED) {
        c = c.withStatusReason("Duplikasi");
      }
      if (status == CommitmentStatus.SUPERSEDED) {
        c = c.withSuccessor(CommitmentId.of("rtl-2"));
      }
      Commitment inState = c;
      CommandRejectedException e =
          refused(
              CommandRejectedException.class,
              () -> service.create(AggregateKind.COMMITMENT, inState, SECRETARIAT));
      assertThat(e)
          .as(status.name())
          .hasMessageContaining("Commitment.status = " + status + ": must be PROPOSED");
    }
    MonitoringCycle closed =
        Examples.cycle().withId(CycleId.of("monev-2026-04")).withStatus(CycleStatus.CLOSED);
    assertThat(
            refused(
                CommandRejectedException.class,
                () -> service.create(AggregateKind.MONITORING_CYCLE, closed, SECRETARIAT)))
        .hasMessageContaining("MonitoringCycle.status = CLOSED: must be OPEN");
    // In a batch, one value in the wrong state refuses the whole batch.
    refused(
        CommandRejectedException.class,
        () ->
            service.createAll(
                AggregateKind.COMMITMENT,
                List.of(Examples.commitment("rtl-7"), rtl.withStatus(CommitmentStatus.AGREED)),
                SECRETARIAT));
  }

  @Test
  void aProgressReportIsCreatedByReportingProgressNotByCreate() {
    seed();
    service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
    ProgressReport report = Examples.report("lap-1", rtl, 20);

    CommandRejectedException e =
        refused(
            CommandRejectedException.class,
            () -> service.create(AggregateKind.PROGRESS_REPORT, report, LEAD));
    assertThat(e.rejection().rule()).isEqualTo(CoordinationService.REPORT_THROUGH_ITS_COMMITMENT);
    assertThat(e)
        .hasMessageStartingWith(
            "Rejected (report-through-its-commitment): ProgressReport.id = lap-1");
  }

  // ---------------------------------------------------------------- creation events

  @Test
  void aCreationAppendsAnEventNamingTheActorAndTheChainVerifies() {
    seed();
    int before = log().size();
    Versioned<Commitment> created = service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);

    assertThat(created).isEqualTo(Versioned.of(rtl, 1));
    List<LogEntry> log = log();
    assertThat(log).hasSize(before + 1);
    DomainEvent event = log.get(before).event();
    assertThat(event.type()).isEqualTo(EventType.AGGREGATE_CREATED);
    assertThat(event.type().action()).isEqualTo(Action.CREATE);
    assertThat(event.subjectKind()).isEqualTo("Commitment");
    assertThat(event.subjectId()).isEqualTo("rtl-1");
    assertThat(event.actor()).isEqualTo(SECRETARIAT);
    assertThat(event.occurredAt()).isEqualTo(CLOCK.instant());
    assertThat(event.fromState()).isEqualTo(CoordinationService.ABSENT);
    assertThat(event.toState()).isEqualTo("PROPOSED");
    assertThat(event.details()).isEmpty();
    assertThat(ChainVerifier.verify(log).intact()).isTrue();

    // Every seeded value has its own creation event; a value without a lifecycle is PRESENT.
    assertThat(log.subList(0, before))
        .allSatisfy(
            entry -> {
              assertThat(entry.event().type()).isEqualTo(EventType.AGGREGATE_CREATED);
              assertThat(entry.event().actor()).isEqualTo(SECRETARIAT);
            });
    assertThat(log.get(0).event().subjectKind()).isEqualTo("Jurisdiction");
    assertThat(log.get(0).event().toState()).isEqualTo(CoordinationService.PRESENT);
    assertThat(log.stream().map(e -> e.event().subjectKind() + " " + e.event().subjectId()))
        .contains(
            "ResponsibleUnit dinkes",
            "Official bupati",
            "Indicator stunting-prevalence",
            "Priority stunting",
            "Meeting rakor-2026-01-12",
            "MonitoringPlan monev-2026",
            "MonitoringCycle monev-2026-03");
  }

  @Test
  void onlyTheChairOrTheSecretariatCreates() {
    seed();
    CommandRejectedException e =
        refused(
            CommandRejectedException.class,
            () -> service.create(AggregateKind.COMMITMENT, rtl, LEAD));
    Rejection.Denied denied = (Rejection.Denied) e.rejection();
    assertThat(denied.action()).isEqualTo(Action.CREATE);
    assertThat(denied.rule()).isEqualTo(DefaultPolicy.ROLE_MAY_NOT_ACT);
    assertThat(e)
        .hasMessage(
            "Rejected (role-may-not-act): the role LEAD_UNIT may not CREATE (allowed: [CHAIR,"
                + " SECRETARIAT])");

    // The chair is checked against the meeting the commitment names, as for a command.
    Actor impostor = Actor.of(DINKES, OfficialId.of("kadis"), Role.CHAIR);
    assertThat(
            refused(
                    CommandRejectedException.class,
                    () -> service.create(AggregateKind.COMMITMENT, rtl, impostor))
                .rejection()
                .rule())
        .isEqualTo(DefaultPolicy.ROLE_NOT_HELD);
    assertThat(service.create(AggregateKind.COMMITMENT, rtl, CHAIR).version()).isOne();

    // A cycle is opened by its plan's owner when it claims the secretariat.
    MonitoringCycle next = Examples.cycle().withId(CycleId.of("monev-2026-04")).withSequence(3);
    Actor notTheOwner = Actor.of(DINKES, Role.SECRETARIAT);
    assertThat(
            refused(
                    CommandRejectedException.class,
                    () -> service.create(AggregateKind.MONITORING_CYCLE, next, notTheOwner))
                .rejection()
                .rule())
        .isEqualTo(DefaultPolicy.ROLE_NOT_HELD);
  }

  // ---------------------------------------------------------------- references

  @Test
  void everyMissingReferenceOfACommitmentIsNamedTogether() {
    seed();
    Commitment dangling =
        Commitment.builder()
            .from(rtl)
            .id(CommitmentId.of("rtl-9"))
            .originMeeting(io.rakor.core.meetings.MeetingId.of("rakor-lain"))
            .lead(UnitId.of("dinsos"))
            .supporters(List.of(BAPPEDA, UnitId.of("dpmd")))
            .priority(PriorityId.of("air-bersih"))
            .scope(List.of(Examples.REGENCY, JurisdictionCode.of("18.03.01")))
            .targets(List.of(Target.of(IndicatorId.of("akses-air"), 80.0, Examples.DUE)))
            .parent(CommitmentId.of("rtl-0"))
            .build();

    MissingReferenceException e =
        refused(
            MissingReferenceException.class,
            () -> service.create(AggregateKind.COMMITMENT, dangling, SECRETARIAT));

    assertThat(e.missing())
        .containsExactly(
            new Reference("commitment", "rtl-9", "originMeeting", "meeting", "rakor-lain"),
            new Reference("commitment", "rtl-9", "lead", "unit", "dinsos"),
            new Reference("commitment", "rtl-9", "supporters[1]", "unit", "dpmd"),
            new Reference("commitment", "rtl-9", "priority", "priority", "air-bersih"),
            new Reference("commitment", "rtl-9", "scope[1]", "jurisdiction", "18.03.01"),
            new Reference("commitment", "rtl-9", "targets[0].indicator", "indicator", "akses-air"),
            new Reference("commitment", "rtl-9", "parent", "commitment", "rtl-0"));
    assertThat(e)
        .hasMessageStartingWith(
            "7 missing references, nothing was saved: commitment rtl-9: originMeeting names"
                + " meeting rakor-lain, which is not in the store; commitment rtl-9: lead names"
                + " unit dinsos, which is not in the store;");
  }

  @Test
  void aMilestonesPlaceAndResponsibleUnitAreReferencesToo() {
    seed();
    Commitment drill =
        Commitment.builder()
            .from(rtl)
            .id(CommitmentId.of("rtl-8"))
            .milestones(
                List.of(
                    Milestone.builder()
                        .id(MilestoneId.of("drill-kotabumi"))
                        .description("Simulasi bencana di desa")
                        .due(Examples.DUE)
                        .place(JurisdictionCode.of("18.03.01.2001"))
                        .responsible(UnitId.of("bpbd"))
                        .build()))
            .build();

    MissingReferenceException e =
        refused(
            MissingReferenceException.class,
            () -> service.create(AggregateKind.COMMITMENT, drill, SECRETARIAT));

    assertThat(e.missing())
        .containsExactly(
            new Reference(
                "commitment", "rtl-8", "milestones[0].place", "jurisdiction", "18.03.01.2001"),
            new Reference("commitment", "rtl-8", "milestones[0].responsible", "unit", "bpbd"));
  }

  @Test
  void aMissingReferenceOfEachKindIsNamed() {
    // A unit in a jurisdiction that is not there.
    ResponsibleUnit unit = Examples.unit(DINKES, "Dinas Kesehatan");
    assertThat(
            refused(
                MissingReferenceException.class,
                () -> service.create(AggregateKind.UNIT, unit, SECRETARIAT)))
        .hasMessage(
            "Missing reference, nothing was saved: unit dinkes: jurisdiction names jurisdiction"
                + " 18.03, which is not in the store");
    seed();
    // A cycle whose plan is not there.
    MonitoringCycle orphan =
        Examples.cycle().withId(CycleId.of("lain-01")).withPlan(MonitoringPlanId.of("monev-lain"));
    assertThat(
            refused(
                    MissingReferenceException.class,
                    () -> service.create(AggregateKind.MONITORING_CYCLE, orphan, SECRETARIAT))
                .missing())
        .containsExactly(
            new Reference("monitoring-cycle", "lain-01", "plan", "monitoring-plan", "monev-lain"));
    // A meeting chaired by an unknown official, with an unknown participant and priority.
    Meeting meeting =
        Meeting.builder()
            .from(Examples.meeting())
            .id(io.rakor.core.meetings.MeetingId.of("rakor-2"))
            .chair(OfficialId.of("wakil-bupati"))
            .addParticipants(
                Participant.builder()
                    .unit(UnitId.of("polres"))
                    .role(ParticipantRole.MEMBER)
                    .build())
            .addAgenda(
                AgendaItem.builder()
                    .position(3)
                    .title("Air bersih")
                    .priority(PriorityId.of("air-bersih"))
                    .build())
            .build();
    assertThat(
            refused(
                    MissingReferenceException.class,
                    () -> service.create(AggregateKind.MEETING, meeting, SECRETARIAT))
                .missing())
        .extracting(r -> r.field() + " -> " + r.toKind() + " " + r.toId())
        .containsExactly(
            "chair -> official wakil-bupati",
            "participants[2].unit -> unit polres",
            "agenda[2].priority -> priority air-bersih");
    // A priority with an unknown contributor and indicator.
    Priority priority =
        Priority.builder()
            .from(Examples.priority())
            .id(PriorityId.of("gizi"))
            .addContributors(UnitId.of("dp3a"))
            .addIndicators(IndicatorId.of("anemia"))
            .build();
    assertThat(
            refused(
                    MissingReferenceException.class,
                    () -> service.create(AggregateKind.PRIORITY, priority, SECRETARIAT))
                .missing())
        .extracting(Reference::field)
        .containsExactly("contributors[0]", "indicators[1]");
  }

  @Test
  void valuesThatNameEachOtherAreCreatedInOneBatch() {
    service.createAll(Examples.masterData(), SECRETARIAT);
    Priority water =
        Priority.builder()
            .from(Examples.priority())
            .id(PriorityId.of("air-bersih"))
            .originMeeting(Examples.RAKOR)
            .build();
    Meeting meeting =
        Meeting.builder()
            .from(Examples.meeting())
            .agenda(
                List.of(
                    AgendaItem.builder()
                        .position(1)
                        .title("Air bersih")
                        .priority(water.id())
                        .build()))
            .build();

    // Alone, each names the other, which is not there yet.
    refused(
        MissingReferenceException.class,
        () -> service.create(AggregateKind.PRIORITY, water, SECRETARIAT));
    refused(
        MissingReferenceException.class,
        () -> service.create(AggregateKind.MEETING, meeting, SECRETARIAT));

    List<Versioned<?>> saved =
        service.createAll(
            Batch.builder()
                .add(AggregateKind.PRIORITY, water)
                .add(AggregateKind.MEETING, meeting)
                .build(),
            SECRETARIAT);
    assertThat(saved).containsExactly(Versioned.of(water, 1), Versioned.of(meeting, 1));
    assertThat(ChainVerifier.verify(log()).intact()).isTrue();
  }

  @Test
  void aCommandThatAddsAReferenceChecksIt() {
    seed();
    service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);

    MissingReferenceException e =
        refused(
            MissingReferenceException.class,
            () ->
                service.execute(
                    rtl.id(),
                    CommitmentCommand.supersede(CommitmentId.of("rtl-404"), "Digabung"),
                    CHAIR));
    assertThat(e)
        .hasMessage(
            "Missing reference, nothing was saved: commitment rtl-1: successor names commitment"
                + " rtl-404, which is not in the store");

    service.create(AggregateKind.COMMITMENT, Examples.commitment("rtl-2"), SECRETARIAT);
    Versioned<Commitment> superseded =
        service
            .execute(
                rtl.id(), CommitmentCommand.supersede(CommitmentId.of("rtl-2"), "Digabung"), CHAIR)
            .orElseThrow();
    assertThat(superseded.value().successor()).contains(CommitmentId.of("rtl-2"));
  }

  @Test
  void aProgressReportsReferencesAreCheckedAndItGetsItsOwnCreationEvent() {
    seed();
    service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
    service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();

    ProgressReport elsewhere =
        ProgressReport.builder()
            .from(Examples.report("lap-1", rtl, 20))
            .cycle(CycleId.of("monev-2099-01"))
            .addValues(MeasuredValue.of(IndicatorId.of("anemia"), 3.0, LocalDate.of(2026, 3, 31)))
            .build();
    assertThat(
            refused(
                    MissingReferenceException.class,
                    () ->
                        service.execute(
                            rtl.id(), CommitmentCommand.reportProgress(elsewhere), LEAD))
                .missing())
        .containsExactly(
            new Reference("progress-report", "lap-1", "cycle", "monitoring-cycle", "monev-2099-01"),
            new Reference(
                "progress-report", "lap-1", "values[0].indicator", "indicator", "anemia"));

    ProgressReport report = Examples.report("lap-1", rtl, 20);
    CommandResult.Applied<Commitment> applied =
        (CommandResult.Applied<Commitment>)
            service.execute(rtl.id(), CommitmentCommand.reportProgress(report), LEAD);
    assertThat(applied.entries())
        .extracting(
            e -> e.event().type() + " " + e.event().subjectKind() + " " + e.event().subjectId())
        .containsExactly(
            "PROGRESS_REPORTED Commitment rtl-1", "AGGREGATE_CREATED ProgressReport lap-1");
    assertThat(applied.entries().get(1).event().actor()).isEqualTo(LEAD);
    assertThat(applied.entries().get(1).event().toState()).isEqualTo(CoordinationService.PRESENT);
    assertThat(ChainVerifier.verify(log()).intact()).isTrue();
  }

  // ---------------------------------------------------------------- already exists

  @Test
  void creatingAnIdThatExistsIsAlreadyExistsNotAStaleWrite() {
    seed();
    service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
    service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();

    AggregateExistsException e =
        refused(
            AggregateExistsException.class,
            () -> service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT));
    assertThat(e).isNotInstanceOf(ConcurrencyConflictException.class);
    assertThat(e.kind()).isEqualTo("commitment");
    assertThat(e.id()).isEqualTo("rtl-1");
    assertThat(e.version()).isEqualTo(2);
    assertThat(e)
        .hasMessage(
            "commitment rtl-1 already exists (version 2); creating makes new aggregates only:"
                + " change an existing one with a command, or use createIfAbsent to keep the"
                + " stored one");

    // The same id twice in one batch.
    AggregateExistsException twice =
        refused(
            AggregateExistsException.class,
            () ->
                service.createAll(
                    AggregateKind.COMMITMENT,
                    List.of(Examples.commitment("rtl-5"), Examples.commitment("rtl-5")),
                    SECRETARIAT));
    assertThat(twice).hasMessageStartingWith("commitment rtl-5 is given twice in one batch;");
    assertThat(twice.version()).isEqualTo(Versioned.NONE);

    // An import of an existing id too.
    refused(
        AggregateExistsException.class,
        () -> service.importExisting(AggregateKind.COMMITMENT, rtl, SECRETARIAT, "migrasi"));
  }

  @Test
  void createIfAbsentCreatesOrReturnsTheStoredValue() {
    seed();
    int before = log().size();
    Creation<Commitment> first = service.createIfAbsent(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
    assertThat(first.created()).isTrue();
    assertThat(first.existed()).isFalse();
    assertThat(first.value()).isEqualTo(Versioned.of(rtl, 1));
    assertThat(log()).hasSize(before + 1);

    service.execute(rtl.id(), CommitmentCommand.agree(), CHAIR).orElseThrow();
    List<LogEntry> log = log();
    Creation<Commitment> again = service.createIfAbsent(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
    assertThat(again.created()).isFalse();
    assertThat(again.existed()).isTrue();
    assertThat(again.value().version()).isEqualTo(2);
    assertThat(again.value().value().status()).isEqualTo(CommitmentStatus.AGREED);
    assertThat(log()).isEqualTo(log); // nothing written

    // A value create would refuse is refused whether or not the id exists.
    refused(
        CommandRejectedException.class,
        () ->
            service.createIfAbsent(
                AggregateKind.COMMITMENT, rtl.withStatus(CommitmentStatus.AGREED), SECRETARIAT));
  }

  @Test
  void concurrentCreatorsOfOneIdGetOneWinnerAndAlreadyExists() throws Exception {
    seed();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<String>> creators = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        creators.add(
            () -> {
              try {
                service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
                return "created";
              } catch (AggregateExistsException e) {
                return "exists";
              }
            });
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(creators, 30, TimeUnit.SECONDS)) {
        outcomes.add(f.get());
      }
      assertThat(outcomes)
          .containsOnlyOnce("created")
          .filteredOn("exists"::equals)
          .hasSize(threads - 1);
      List<Callable<Boolean>> ifAbsent = new ArrayList<>();
      Commitment other = Examples.commitment("rtl-2");
      for (int t = 0; t < threads; t++) {
        ifAbsent.add(
            () -> service.createIfAbsent(AggregateKind.COMMITMENT, other, SECRETARIAT).created());
      }
      List<Boolean> created = new ArrayList<>();
      for (Future<Boolean> f : pool.invokeAll(ifAbsent, 30, TimeUnit.SECONDS)) {
        created.add(f.get());
      }
      assertThat(created).containsOnlyOnce(true);
    } finally {
      pool.shutdownNow();
    }
    assertThat(log().stream().filter(e -> e.event().subjectId().startsWith("rtl-"))).hasSize(2);
    assertThat(ChainVerifier.verify(log()).intact()).isTrue();
  }

  @Test
  void aStaleSaveOfANewAggregateIsReportedAsAlreadyExists() {
    seed();
    service.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT);
    // A store whose transactions do not see the commitment, as when another writer commits it
    // between our check and our save: the save is stale, and the service says "already exists".
    CoordinationService blind =
        CoordinationService.builder(new BlindStore(store, AggregateKind.COMMITMENT))
            .conflictMode(ConflictMode.failFast())
            .build();
    AggregateExistsException e =
        refused(
            AggregateExistsException.class,
            () -> blind.create(AggregateKind.COMMITMENT, rtl, SECRETARIAT));
    assertThat(e.version()).isOne();
    assertThat(e.getClass()).isNotEqualTo(StaleVersionException.class);
  }

  // ---------------------------------------------------------------- import

  @Test
  void theImportPathBringsAnyStateAndIsAudited() {
    service.createAll(Examples.masterData(), SECRETARIAT);
    Meeting concluded =
        Examples.meeting()
            .withStatus(MeetingStatus.CONCLUDED)
            .withMinutes("Notulen rapat 12 Januari 2026");
    Commitment completed = rtl.withStatus(CommitmentStatus.COMPLETED);
    String reason = "Rakor 12 Januari 2026, dicatat dari notulen kertas";

    List<Versioned<?>> imported =
        service.importAll(
            Batch.builder()
                .add(AggregateKind.MEETING, concluded)
                .add(AggregateKind.COMMITMENT, completed)
                .build(),
            SECRETARIAT,
            reason);

    assertThat(imported).containsExactly(Versioned.of(concluded, 1), Versioned.of(completed, 1));
    List<LogEntry> log = log();
    DomainEvent meetingEvent = log.get(log.size() - 2).event();
    DomainEvent commitmentEvent = log.get(log.size() - 1).event();
    assertThat(meetingEvent.type()).isEqualTo(EventType.AGGREGATE_IMPORTED);
    assertThat(meetingEvent.type().action()).isEqualTo(Action.IMPORT);
    assertThat(meetingEvent.subjectKind() + " " + meetingEvent.subjectId())
        .isEqualTo("Meeting rakor-2026-01-12");
    assertThat(meetingEvent.fromState()).isEqualTo(CoordinationService.ABSENT);
    assertThat(meetingEvent.toState()).isEqualTo("CONCLUDED");
    assertThat(meetingEvent.detail("reason")).isEqualTo(reason);
    assertThat(meetingEvent.actor()).isEqualTo(SECRETARIAT);
    assertThat(commitmentEvent.toState()).isEqualTo("COMPLETED");
    assertThat(ChainVerifier.verify(log).intact()).isTrue();

    // A past progress report may be imported too (it cannot be created).
    service.create(AggregateKind.MONITORING_PLAN, Examples.plan(), SECRETARIAT);
    service.create(AggregateKind.MONITORING_CYCLE, Examples.cycle(), SECRETARIAT);
    Versioned<ProgressReport> report =
        service.importExisting(
            AggregateKind.PROGRESS_REPORT,
            Examples.report("lap-0", completed, 100),
            SECRETARIAT,
            reason);
    assertThat(report.version()).isOne();
    assertThat(log().get(log().size() - 1).event().subjectKind()).isEqualTo("ProgressReport");
  }

  @Test
  void anImportNeedsAReasonTheSecretariatAndItsReferences() {
    service.createAll(Examples.masterData(), SECRETARIAT);
    Meeting concluded = Examples.meeting().withStatus(MeetingStatus.CONCLUDED);

    RakorValidationException blank =
        refused(
            RakorValidationException.class,
            () -> service.importExisting(AggregateKind.MEETING, concluded, SECRETARIAT, " "));
    assertThat(blank)
        .hasMessageContaining("Import.reason")
        .hasMessageContaining("must not be blank");

    CommandRejectedException denied =
        refused(
            CommandRejectedException.class,
            () -> service.importExisting(AggregateKind.MEETING, concluded, CHAIR, "migrasi"));
    assertThat(denied)
        .hasMessage(
            "Rejected (role-may-not-act): the role CHAIR may not IMPORT (allowed: [SECRETARIAT])");

    Commitment orphan = rtl.withStatus(CommitmentStatus.AGREED);
    assertThat(
            refused(
                MissingReferenceException.class,
                () ->
                    service.importExisting(
                        AggregateKind.COMMITMENT, orphan, SECRETARIAT, "migrasi")))
        .hasMessageContaining("commitment rtl-1: originMeeting names meeting rakor-2026-01-12");
  }

  /** Delegates to a store, but its transactions do not see one kind's committed values. */
  private static final class BlindStore extends ForwardingStore {
    private final AggregateKind<?, ?> hidden;

    BlindStore(RakorStore inner, AggregateKind<?, ?> hidden) {
      super(inner);
      this.hidden = hidden;
    }

    @Override
    public <R> R inTransaction(io.rakor.persistence.TransactionWork<R> work) {
      return inner.inTransaction(
          tx ->
              work.run(
                  new io.rakor.persistence.Transaction() {
                    @Override
                    public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
                      return kind == hidden ? Optional.empty() : tx.load(kind, id);
                    }

                    @Override
                    public <T, K> Versioned<T> save(
                        AggregateKind<T, K> kind, T value, long expectedVersion) {
                      return tx.save(kind, value, expectedVersion);
                    }

                    @Override
                    public List<LogEntry> append(List<DomainEvent> events) {
                      return tx.append(events);
                    }
                  }));
    }
  }
}
