package io.rakor.persistence.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.Violation;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Target;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingCommand;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingLifecycle;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleLifecycle;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.Directory;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.HealthSeries;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.monitoring.Ranking;
import io.rakor.core.monitoring.SeriesPoint;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import io.rakor.core.workflow.Action;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Policy;
import io.rakor.core.workflow.PolicyDecision;
import io.rakor.core.workflow.Rejection;
import io.rakor.core.workflow.Subject;
import io.rakor.persistence.AggregateExistsException;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.AggregateNotFoundException;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.MissingReferenceException;
import io.rakor.persistence.Pages;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.spi.Stores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API an application calls to drive Rakor's workflows against a store. Every write goes through
 * it, is legitimate and is audited: each stored version of every aggregate is explained by one
 * event in the hash-chained log.
 *
 * <ul>
 *   <li><b>Creating</b> ({@link #create}, {@link #createAll}, {@link #createIfAbsent}) takes a
 *       lifecycle's initial state only (a meeting {@code SCHEDULED}, a commitment {@code PROPOSED},
 *       a monitoring cycle {@code OPEN}; values without a lifecycle as given), refuses an id that
 *       exists ({@link AggregateExistsException}) and a reference to an aggregate that does not
 *       ({@link MissingReferenceException}), asks the {@link Policy} whether the actor may {@link
 *       Action#CREATE}, and appends one {@link EventType#AGGREGATE_CREATED} event per aggregate.
 *   <li><b>Importing</b> ({@link #importExisting}, {@link #importAll}) is the explicit exception
 *       for values in any state (records kept elsewhere before): the same checks but the state,
 *       under {@link Action#IMPORT}, with an {@link EventType#AGGREGATE_IMPORTED} event that names
 *       the reason.
 *   <li><b>Commands</b> ({@code execute}) load what the command needs, apply the {@code core}
 *       lifecycle under the policy, check the references the command adds (a successor, a progress
 *       report's cycle), and in one store transaction save the new value with the version loaded
 *       and append the events. A rejection saves nothing. A conflict with a concurrent write is
 *       retried or reported as the {@link ConflictMode} says.
 * </ul>
 *
 * <pre>{@code
 * CoordinationService service =
 *     CoordinationService.builder(new InMemoryStore()).clock(clock).build();
 * service.create(AggregateKind.COMMITMENT, proposed, secretariat);
 * CommandResult<Commitment> r = service.execute(proposed.id(), CommitmentCommand.agree(), chair);
 * }</pre>
 *
 * <p>Immutable and thread-safe if its store is (every {@link RakorStore} is).
 *
 * @since 0.1
 */
public final class CoordinationService {
  private static final Logger LOG = LoggerFactory.getLogger(CoordinationService.class);
  private static final int PAGE = 500;

  /** The {@code fromState} of every creation and import event: the aggregate did not exist. */
  public static final String ABSENT = "ABSENT";

  /**
   * The {@code toState} of the creation or import event of an aggregate without a lifecycle (a
   * unit, an indicator, a plan, a progress report, ...).
   */
  public static final String PRESENT = "PRESENT";

  /** The rule that {@code create} takes a lifecycle's initial state only. */
  public static final String NOT_AN_INITIAL_STATE = "not-an-initial-state";

  /** The rule that a progress report is created by reporting progress on its commitment. */
  public static final String REPORT_THROUGH_ITS_COMMITMENT = "report-through-its-commitment";

  /**
   * The rule that {@link #recordMeeting} records a meeting that was held, with the commitments
   * agreed there.
   */
  public static final String RECORD_A_HELD_MEETING = "record-a-held-meeting";

  /** The rule that an evaluation record is created by recording the cycle's evaluation. */
  public static final String RECORD_THROUGH_ITS_EVALUATION = "record-through-its-evaluation";

  private static final ImmutableMap<AggregateKind<?, ?>, Enum<?>> INITIAL_STATES =
      ImmutableMap.of(
          AggregateKind.MEETING,
          MeetingStatus.SCHEDULED,
          AggregateKind.COMMITMENT,
          CommitmentStatus.PROPOSED,
          AggregateKind.MONITORING_CYCLE,
          CycleStatus.OPEN);

  private final RakorStore store;
  private final Policy policy;
  private final Clock clock;
  private final ConflictMode conflictMode;
  private final MonitoringEvaluator evaluator;
  private final CommitmentLifecycle commitments;
  private final MeetingLifecycle meetings;

  private CoordinationService(Builder b) {
    this.store = Stores.checked(b.store);
    this.policy = b.policy;
    this.clock = b.clock;
    this.conflictMode = b.conflictMode;
    this.evaluator = b.evaluator;
    this.commitments = CommitmentLifecycle.of(policy, clock);
    this.meetings = MeetingLifecycle.of(policy, clock);
  }

  /**
   * Starts building a service over a store. Defaults: {@link DefaultPolicy}, the system UTC clock,
   * {@link ConflictMode#retry(int) retry(3)}, {@link MonitoringEvaluator#defaults()}.
   *
   * @param store the store
   * @return a new builder
   */
  public static Builder builder(RakorStore store) {
    return new Builder(store);
  }

  /**
   * The store the service writes to.
   *
   * @return the store
   */
  public RakorStore store() {
    return store;
  }

  /**
   * The same service with another conflict mode, for callers that choose per call.
   *
   * @param mode the mode
   * @return a service that shares the store, policy and clock
   */
  public CoordinationService withConflictMode(ConflictMode mode) {
    return new Builder(store)
        .policy(policy)
        .clock(clock)
        .evaluator(evaluator)
        .conflictMode(mode)
        .build();
  }

  /**
   * Creates a new aggregate: a meeting as {@code SCHEDULED}, a commitment as {@code PROPOSED}, a
   * monitoring cycle as {@code OPEN} (see {@link #initialState}), anything without a lifecycle as
   * given; a progress report is created by reporting progress on its commitment instead. In one
   * transaction it checks that the id is free and that every aggregate the value names is in the
   * store, asks the policy whether the actor may {@link Action#CREATE} it, saves it at version 1
   * and appends an {@link EventType#AGGREGATE_CREATED} event naming the actor.
   *
   * @param kind its kind
   * @param value the value
   * @param actor who creates it
   * @param <T> the value type
   * @param <K> the id type
   * @return the value at version 1
   * @throws CommandRejectedException if the value is not in its lifecycle's initial state (rule
   *     {@value #NOT_AN_INITIAL_STATE}), is a progress report (rule {@value
   *     #REPORT_THROUGH_ITS_COMMITMENT}) or an evaluation record (rule {@value
   *     #RECORD_THROUGH_ITS_EVALUATION}), or the policy denies the actor
   * @throws AggregateExistsException if an aggregate of that kind and id exists
   * @throws MissingReferenceException if the value names aggregates that are not in the store
   * @throws ConcurrencyConflictException if concurrent writes kept getting in the way
   */
  public <T, K> Versioned<T> create(AggregateKind<T, K> kind, T value, Actor actor) {
    Versioned<?> saved = createAll(Batch.builder().add(kind, value).build(), actor).get(0);
    return saved.withValue(kind.cast(saved.value()));
  }

  /**
   * Creates many new aggregates of one kind in one transaction, all or none, under the rules of
   * {@link #create}. They may name each other.
   *
   * @param kind their kind
   * @param values the values
   * @param actor who creates them
   * @param <T> the value type
   * @param <K> the id type
   * @return the values at version 1, in order
   * @throws CommandRejectedException if a value is not in its initial state, is a progress report,
   *     or the policy denies the actor (nothing is saved)
   * @throws AggregateExistsException if any of them exists, or an id is given twice (nothing is
   *     saved)
   * @throws MissingReferenceException naming every reference to an aggregate that is neither in the
   *     store nor among the values (nothing is saved)
   * @throws ConcurrencyConflictException if concurrent writes kept getting in the way
   */
  public <T, K> List<Versioned<T>> createAll(
      AggregateKind<T, K> kind, List<? extends T> values, Actor actor) {
    return createAll(Batch.of(kind, values), actor).stream()
        .map(v -> v.withValue(kind.cast(v.value())))
        .toList();
  }

  /**
   * Creates new aggregates of any kinds in one transaction, all or none, under the rules of {@link
   * #create}. References are checked once the whole batch is in place, so values that name each
   * other (a meeting whose agenda lists priorities that name it as their origin) go in one batch.
   *
   * @param batch the values with their kinds
   * @param actor who creates them
   * @return the values at version 1, in the batch's order
   * @throws CommandRejectedException if a value is not in its initial state, is a progress report,
   *     or the policy denies the actor (nothing is saved)
   * @throws AggregateExistsException if any of them exists, or an id is given twice (nothing is
   *     saved)
   * @throws MissingReferenceException naming every reference to an aggregate that is neither in the
   *     store nor in the batch (nothing is saved)
   * @throws ConcurrencyConflictException if concurrent writes kept getting in the way
   */
  public List<Versioned<?>> createAll(Batch batch, Actor actor) {
    return write(batch, actor, Optional.empty());
  }

  /**
   * Creates a new aggregate under the rules of {@link #create}, unless one with its id exists: then
   * nothing is written and the stored one is returned (it may differ from the value given). The
   * value is checked either way, so a value {@code create} would refuse is always refused.
   *
   * @param kind its kind
   * @param value the value
   * @param actor who creates it
   * @param <T> the value type
   * @param <K> the id type
   * @return the new value at version 1, or the stored one, and which of the two it is
   * @throws CommandRejectedException if the value is not in its initial state, is a progress
   *     report, or (when it is absent) the policy denies the actor
   * @throws MissingReferenceException if it is absent and names aggregates that are not in the
   *     store
   * @throws ConcurrencyConflictException if concurrent writes kept getting in the way
   */
  public <T, K> Creation<T> createIfAbsent(AggregateKind<T, K> kind, T value, Actor actor) {
    Batch batch = Batch.builder().add(kind, value).build();
    Optional<String> noReason = Optional.empty();
    checkBeforeWriting(batch, actor, noReason);
    K id = kind.idOf(value);
    try {
      return retrying(
          "create-if-absent " + kind + " " + kind.idText(id),
          () ->
              store.inTransaction(
                  tx -> {
                    Optional<Versioned<T>> existing = tx.load(kind, id);
                    if (existing.isPresent()) {
                      return new Creation<>(existing.get(), false);
                    }
                    Versioned<?> saved = writeIn(tx, batch, actor, noReason).get(0);
                    return new Creation<>(saved.withValue(kind.cast(saved.value())), true);
                  }));
    } catch (AggregateExistsException raced) {
      // Another writer created it between our check and our commit: it exists now.
      return new Creation<>(require(kind, id, "create-if-absent"), false);
    }
  }

  /**
   * Brings in an aggregate as it is, in any state, for records kept before or elsewhere (a meeting
   * already concluded, a commitment already completed, past progress reports): the explicit,
   * audited exception to {@link #create}'s initial states. Everything else is checked as for {@code
   * create} (a free id, references in the store), the policy decides {@link Action#IMPORT}, and the
   * {@link EventType#AGGREGATE_IMPORTED} event records the actor and the reason.
   *
   * @param kind its kind
   * @param value the value, in any state
   * @param actor who imports it
   * @param reason why it is imported rather than created and driven by commands, for the log
   * @param <T> the value type
   * @param <K> the id type
   * @return the value at version 1
   * @throws io.rakor.core.RakorValidationException if the reason is blank or too long
   * @throws CommandRejectedException if the policy denies the actor
   * @throws AggregateExistsException if an aggregate of that kind and id exists
   * @throws MissingReferenceException if the value names aggregates that are not in the store
   * @throws ConcurrencyConflictException if concurrent writes kept getting in the way
   */
  public <T, K> Versioned<T> importExisting(
      AggregateKind<T, K> kind, T value, Actor actor, String reason) {
    Versioned<?> saved = importAll(Batch.builder().add(kind, value).build(), actor, reason).get(0);
    return saved.withValue(kind.cast(saved.value()));
  }

  /**
   * Brings in aggregates of any kinds as they are, in one transaction, all or none, under the rules
   * of {@link #importExisting}: a migration from another system, or a district's history.
   *
   * @param batch the values with their kinds
   * @param actor who imports them
   * @param reason why they are imported, for the log
   * @return the values at version 1, in the batch's order
   * @throws io.rakor.core.RakorValidationException if the reason is blank or too long
   * @throws CommandRejectedException if the policy denies the actor (nothing is saved)
   * @throws AggregateExistsException if any of them exists, or an id is given twice (nothing is
   *     saved)
   * @throws MissingReferenceException naming every reference to an aggregate that is neither in the
   *     store nor in the batch (nothing is saved)
   * @throws ConcurrencyConflictException if concurrent writes kept getting in the way
   */
  public List<Versioned<?>> importAll(Batch batch, Actor actor, String reason) {
    Objects.requireNonNull(reason, "reason");
    Checker.of("Import").text("reason", reason).done();
    return write(batch, actor, Optional.of(reason));
  }

  /**
   * Records a meeting that was held, entered from its record afterwards (the everyday job of a
   * rakor's secretariat): the meeting, the priorities it set and its follow-up plan (<i>rencana
   * tindak lanjut</i>), in one transaction, all or none. They are brought in as they are, like
   * {@link #importAll} with the reason {@code "Record of the meeting <id> of <date>, entered after
   * it was held"}, so each gets an {@link EventType#AGGREGATE_IMPORTED} event naming the actor;
   * from then on they are driven by commands ({@link #submitReport}, {@link #execute}).
   *
   * <p>Nothing is changed on the way in: the meeting must be {@link MeetingStatus#CONCLUDED} or
   * {@link MeetingStatus#MINUTES_APPROVED}, every commitment must name it as its origin and be past
   * {@link CommitmentStatus#PROPOSED} (agreed at the meeting, usually {@link
   * CommitmentStatus#AGREED}), and every priority that names an origin meeting must name it. To
   * plan a meeting that has not been held, {@link #create} it {@code SCHEDULED} instead.
   *
   * @param meeting the meeting, concluded
   * @param priorities the priorities it set, new to the store
   * @param followUpPlan the commitments agreed at it
   * @param actor who records it, by the default policy the {@link
   *     io.rakor.core.workflow.Role#SECRETARIAT}
   * @return the meeting at version 1
   * @throws CommandRejectedException if the meeting is not concluded, a commitment is still
   *     proposed or names another meeting, or a priority names another meeting (rule {@value
   *     #RECORD_A_HELD_MEETING}), or the policy denies the actor (nothing is saved)
   * @throws AggregateExistsException if any of them exists (nothing is saved)
   * @throws MissingReferenceException naming every reference (unit, official, jurisdiction,
   *     indicator, ...) that is neither in the store nor among the values (nothing is saved)
   * @throws ConcurrencyConflictException if concurrent writes kept getting in the way
   */
  public Versioned<Meeting> recordMeeting(
      Meeting meeting, List<Priority> priorities, List<Commitment> followUpPlan, Actor actor) {
    if (meeting.status() != MeetingStatus.CONCLUDED
        && meeting.status() != MeetingStatus.MINUTES_APPROVED) {
      throw notARecord(
          "Meeting",
          "status",
          meeting.status(),
          "must be CONCLUDED or MINUTES_APPROVED to record meeting "
              + meeting.id()
              + " as held; create a meeting that is yet to be held as SCHEDULED");
    }
    for (Priority p : priorities) {
      if (p.originMeeting().isPresent() && !p.originMeeting().get().equals(meeting.id())) {
        throw notARecord(
            "Priority",
            "originMeeting",
            p.originMeeting().get(),
            "must be " + meeting.id() + " (or absent) to record priority " + p.id() + " with it");
      }
    }
    for (Commitment c : followUpPlan) {
      if (!c.originMeeting().equals(meeting.id())) {
        throw notARecord(
            "Commitment",
            "originMeeting",
            c.originMeeting(),
            "must be " + meeting.id() + " to record commitment " + c.id() + " with it");
      }
      if (c.status() == CommitmentStatus.PROPOSED) {
        throw notARecord(
            "Commitment",
            "status",
            c.status(),
            "must be AGREED (or later) to record commitment "
                + c.id()
                + " as agreed at meeting "
                + meeting.id());
      }
    }
    Batch batch =
        Batch.builder()
            .addAll(AggregateKind.PRIORITY, priorities)
            .add(AggregateKind.MEETING, meeting)
            .addAll(AggregateKind.COMMITMENT, followUpPlan)
            .build();
    String reason =
        "Record of the meeting "
            + meeting.id()
            + " of "
            + meeting.start().toLocalDate()
            + ", entered after it was held";
    Versioned<?> saved = importAll(batch, actor, reason).get(priorities.size());
    return saved.withValue(AggregateKind.MEETING.cast(saved.value()));
  }

  private static CommandRejectedException notARecord(
      String type, String field, Object value, String rule) {
    return new CommandRejectedException(
        new Rejection.Invalid(RECORD_A_HELD_MEETING, Violation.of(type, field, value, rule)));
  }

  /**
   * Submits a unit's progress report on a commitment for a monitoring cycle: the same as {@link
   * #execute(CommitmentId, CommitmentCommand, Actor) execute}{@code (report.commitment(),
   * CommitmentCommand.reportProgress(report), actor)}. The report is saved with the commitment (now
   * {@code IN_PROGRESS}) in one transaction; its cycle, reporting unit and indicators must be in
   * the store.
   *
   * @param report the report
   * @param actor who submits it, by the default policy the commitment's {@link
   *     io.rakor.core.workflow.Role#LEAD_UNIT} or a {@link io.rakor.core.workflow.Role#CO_LEAD}, or
   *     one of its {@link io.rakor.core.workflow.Role#PARTNER partners} if the plan of the report's
   *     cycle allows partners to report ({@link MonitoringPlan#partnersMayReport()})
   * @return applied, rejected (a commitment that is not agreed or in progress, a report id already
   *     used, an actor the policy denies), or (if the conflict mode reports) conflicted
   * @throws AggregateNotFoundException if the commitment does not exist
   * @throws MissingReferenceException if the report names aggregates that are not in the store
   * @throws ConcurrencyConflictException if a conflict remains and the mode throws
   */
  public CommandResult<Commitment> submitReport(ProgressReport report, Actor actor) {
    return execute(report.commitment(), CommitmentCommand.reportProgress(report), actor);
  }

  /**
   * Reports a month's (a cycle's) progress on a commitment, as its lead unit does: a progress
   * report with the progress and measured values given, submitted by the actor's unit now (the
   * service's clock), under a new id made from the cycle and the commitment ({@code
   * <cycle>/<commitment>}, then {@code <cycle>/<commitment>/2}, ... for later reports of the same
   * cycle). Otherwise the same as {@link #submitReport}, which takes a whole report (milestones,
   * obstacles, narrative, evidence). Of two reports on one commitment and cycle submitted at the
   * same moment, one may take the id the other took and be rejected ({@code
   * report-already-exists}): submit it again.
   *
   * @param commitment the commitment
   * @param cycle the monitoring cycle reported on
   * @param progressPercent the progress, from 0 to 100
   * @param values the indicator values measured, if the commitment has targets
   * @param actor who reports, by the default policy the commitment's lead unit as {@link
   *     io.rakor.core.workflow.Role#LEAD_UNIT}
   * @return applied, rejected, or (if the conflict mode reports) conflicted
   * @throws io.rakor.core.RakorValidationException if the progress is not from 0 to 100, a value
   *     repeats an indicator, or the report's id would be too long (then give a report with an id
   *     of its own to {@link #submitReport})
   * @throws AggregateNotFoundException if the commitment does not exist
   * @throws MissingReferenceException if the cycle or an indicator is not in the store
   * @throws ConcurrencyConflictException if a conflict remains and the mode throws
   */
  public CommandResult<Commitment> reportProgress(
      CommitmentId commitment,
      CycleId cycle,
      double progressPercent,
      List<MeasuredValue> values,
      Actor actor) {
    Objects.requireNonNull(actor, "actor");
    String base = cycle.value() + "/" + commitment.value();
    ProgressReportId id = ProgressReportId.of(base);
    for (int n = 2; store.load(AggregateKind.PROGRESS_REPORT, id).isPresent(); n++) {
      id = ProgressReportId.of(base + "/" + n);
    }
    ProgressReport report =
        ProgressReport.builder()
            .id(id)
            .commitment(commitment)
            .cycle(cycle)
            .reportingUnit(actor.unit())
            .submittedAt(clock.instant())
            .progressPercent(progressPercent)
            .addAllValues(values)
            .build();
    return submitReport(report, actor);
  }

  /**
   * The state a value of a kind is created in, from the kind's lifecycle: {@code SCHEDULED} for a
   * meeting, {@code PROPOSED} for a commitment, {@code OPEN} for a monitoring cycle. Every state of
   * the lifecycle's table is reachable from it.
   *
   * @param kind a kind
   * @return the initial state, or empty for a kind without a lifecycle
   */
  public static Optional<Enum<?>> initialState(AggregateKind<?, ?> kind) {
    return Optional.ofNullable(INITIAL_STATES.get(kind));
  }

  /**
   * Carries out a command on a commitment. If the commitment's origin meeting is in the store, the
   * chair and secretariat claims are checked against it; a progress report is decided under the
   * monitoring plan of its cycle ({@link CommitmentLifecycle#under(MonitoringPlan)}: partners may
   * report where the plan allows it). A submitted progress report is saved with the commitment, in
   * the same transaction, with an {@link EventType#AGGREGATE_CREATED} event of its own after the
   * commitment's event. The references the command adds (a successor; the report's cycle, reporting
   * unit and indicators) must be in the store.
   *
   * @param id the commitment
   * @param command what is asked
   * @param actor who asks
   * @return applied, rejected, or (if the conflict mode reports) conflicted
   * @throws AggregateNotFoundException if the commitment does not exist
   * @throws MissingReferenceException if the command names aggregates that are not in the store
   * @throws ConcurrencyConflictException if a conflict remains and the mode throws
   */
  public CommandResult<Commitment> execute(
      CommitmentId id, CommitmentCommand command, Actor actor) {
    return execute(id, OptionalLong.empty(), command, actor);
  }

  /**
   * Carries out a command on a commitment the caller saw at a version; never retried.
   *
   * @param id the commitment
   * @param expectedVersion the version the caller saw
   * @param command what is asked
   * @param actor who asks
   * @return applied, rejected, or (if the conflict mode reports) conflicted
   * @throws AggregateNotFoundException if the commitment does not exist
   * @throws MissingReferenceException if the command names aggregates that are not in the store
   * @throws StaleVersionException if the commitment is no longer at that version and the mode
   *     throws
   */
  public CommandResult<Commitment> execute(
      CommitmentId id, long expectedVersion, CommitmentCommand command, Actor actor) {
    return execute(id, OptionalLong.of(expectedVersion), command, actor);
  }

  private CommandResult<Commitment> execute(
      CommitmentId id, OptionalLong expected, CommitmentCommand command, Actor actor) {
    return run(
        AggregateKind.COMMITMENT,
        id,
        expected,
        command.toString(),
        actor,
        (tx, current) -> {
          Commitment c = current.value();
          if (command instanceof CommitmentCommand.ReportProgress rp
              && tx.load(AggregateKind.PROGRESS_REPORT, rp.report().id()).isPresent()) {
            return Decided.of(
                new Outcome.Rejected<>(
                    new Rejection.Invalid(
                        "report-already-exists",
                        Violation.of(
                            "ProgressReport",
                            "id",
                            rp.report().id(),
                            "is already in the store; a report is submitted once"))));
          }
          CommitmentLifecycle lifecycle = commitments;
          if (command instanceof CommitmentCommand.ReportProgress rp) {
            Optional<MonitoringPlan> plan =
                tx.load(AggregateKind.MONITORING_CYCLE, rp.report().cycle())
                    .flatMap(y -> tx.load(AggregateKind.MONITORING_PLAN, y.value().plan()))
                    .map(Versioned::value);
            if (plan.isPresent()) {
              lifecycle = commitments.under(plan.get());
            }
          }
          CommitmentLifecycle under = lifecycle;
          Outcome<Commitment> outcome =
              tx.load(AggregateKind.MEETING, c.originMeeting())
                  .map(m -> under.apply(c, command, actor, m.value()))
                  .orElseGet(() -> under.apply(c, command, actor));
          if (outcome.isAccepted() && command instanceof CommitmentCommand.ReportProgress rp) {
            return new Decided<>(
                outcome, List.of(new Batch.Entry<>(AggregateKind.PROGRESS_REPORT, rp.report())));
          }
          return Decided.of(outcome);
        });
  }

  /**
   * Carries out a command on a meeting.
   *
   * @param id the meeting
   * @param command what is asked
   * @param actor who asks
   * @return applied, rejected, or (if the conflict mode reports) conflicted
   * @throws AggregateNotFoundException if the meeting does not exist
   * @throws ConcurrencyConflictException if a conflict remains and the mode throws
   */
  public CommandResult<Meeting> execute(MeetingId id, MeetingCommand command, Actor actor) {
    return run(
        AggregateKind.MEETING,
        id,
        OptionalLong.empty(),
        command.toString(),
        actor,
        (tx, current) -> Decided.of(meetings.apply(current.value(), command, actor)));
  }

  /**
   * Carries out a command on a meeting the caller saw at a version; never retried.
   *
   * @param id the meeting
   * @param expectedVersion the version the caller saw
   * @param command what is asked
   * @param actor who asks
   * @return applied, rejected, or (if the conflict mode reports) conflicted
   * @throws AggregateNotFoundException if the meeting does not exist
   * @throws StaleVersionException if the meeting is no longer at that version and the mode throws
   */
  public CommandResult<Meeting> execute(
      MeetingId id, long expectedVersion, MeetingCommand command, Actor actor) {
    return run(
        AggregateKind.MEETING,
        id,
        OptionalLong.of(expectedVersion),
        command.toString(),
        actor,
        (tx, current) -> Decided.of(meetings.apply(current.value(), command, actor)));
  }

  /**
   * Carries out a command on a monitoring cycle, under its plan (whose owner is the secretariat).
   *
   * @param id the cycle
   * @param command what is asked
   * @param actor who asks
   * @return applied, rejected, or (if the conflict mode reports) conflicted
   * @throws AggregateNotFoundException if the cycle or its plan does not exist
   * @throws ConcurrencyConflictException if a conflict remains and the mode throws
   */
  public CommandResult<MonitoringCycle> execute(CycleId id, CycleCommand command, Actor actor) {
    return execute(id, OptionalLong.empty(), command, actor);
  }

  /**
   * Carries out a command on a monitoring cycle the caller saw at a version; never retried.
   *
   * @param id the cycle
   * @param expectedVersion the version the caller saw
   * @param command what is asked
   * @param actor who asks
   * @return applied, rejected, or (if the conflict mode reports) conflicted
   * @throws AggregateNotFoundException if the cycle or its plan does not exist
   * @throws StaleVersionException if the cycle is no longer at that version and the mode throws
   */
  public CommandResult<MonitoringCycle> execute(
      CycleId id, long expectedVersion, CycleCommand command, Actor actor) {
    return execute(id, OptionalLong.of(expectedVersion), command, actor);
  }

  private CommandResult<MonitoringCycle> execute(
      CycleId id, OptionalLong expected, CycleCommand command, Actor actor) {
    return run(
        AggregateKind.MONITORING_CYCLE,
        id,
        expected,
        command.toString(),
        actor,
        (tx, current) -> {
          MonitoringCycle cycle = current.value();
          MonitoringPlan plan =
              tx.load(AggregateKind.MONITORING_PLAN, cycle.plan())
                  .orElseThrow(
                      () ->
                          new AggregateNotFoundException(
                              AggregateKind.MONITORING_PLAN,
                              cycle.plan().value(),
                              "monitoring cycle " + id))
                  .value();
          return Decided.of(CycleLifecycle.of(plan, policy, clock).apply(cycle, command, actor));
        });
  }

  /**
   * Assesses the health of every commitment a monitoring cycle covers (without changing the cycle's
   * state; see {@link io.rakor.core.monitoring.CycleCommand#markEvaluated()} for that), reading
   * through the store: the commitments of the cycle's plan (those whose scope lies within the
   * plan's jurisdiction and, if the plan follows one meeting, that were agreed there), the
   * indicators their targets name, and the progress reports of the cycle and of the plan's earlier
   * cycles, which are evaluated first ({@link MonitoringEvaluator#evaluateAll}): milestones
   * completed in an earlier cycle stay done, and each commitment is compared with the previous
   * cycle (progress down, health worse, cycles at risk in a row, {@link
   * io.rakor.core.monitoring.CommitmentAssessment#trend() trend}): with the stored record of the
   * previous cycle when there is one ({@link #recordEvaluation}, {@link
   * CycleEvaluation#withPrevious}), so that trends and escalations follow what was recorded, else
   * with the previous cycle's evaluation made now.
   *
   * @param cycle the cycle
   * @return the evaluation
   * @throws AggregateNotFoundException if the cycle or its plan does not exist
   */
  public CycleEvaluation assessHealth(CycleId cycle) {
    MonitoringCycle c = require(AggregateKind.MONITORING_CYCLE, cycle, "evaluation").value();
    MonitoringPlan plan =
        require(AggregateKind.MONITORING_PLAN, c.plan(), "evaluation of " + cycle).value();
    CommitmentQuery.Builder q = CommitmentQuery.builder().within(plan.jurisdiction());
    plan.originMeeting().ifPresent(q::originMeeting);
    return assessHealth(cycle, q.build());
  }

  /**
   * Assesses the health of the commitments a query selects in a monitoring cycle, reading through
   * the store: with the meetings that fulfil their milestones ({@code Milestone.fulfilledBy()}), a
   * milestone counting done on the day its meeting began once that meeting is {@code CONCLUDED} or
   * {@code MINUTES_APPROVED}.
   *
   * @param cycle the cycle
   * @param portfolio which commitments to evaluate
   * @return the evaluation
   * @throws AggregateNotFoundException if the cycle does not exist, or a target names an indicator
   *     that is not in the store (possible only in a store written without the service, which
   *     refuses such a commitment), naming the indicator and the commitment
   */
  public CycleEvaluation assessHealth(CycleId cycle, CommitmentQuery portfolio) {
    MonitoringCycle c = require(AggregateKind.MONITORING_CYCLE, cycle, "evaluation").value();
    List<Commitment> selected =
        Pages.stream(PAGE, page -> store.commitments(portfolio, page))
            .map(Versioned::value)
            .collect(ImmutableList.toImmutableList());
    Set<IndicatorId> indicatorIds =
        selected.stream()
            .flatMap(x -> x.targets().stream())
            .map(Target::indicator)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    Map<IndicatorId, Versioned<Indicator>> found =
        store.loadAll(AggregateKind.INDICATOR, indicatorIds);
    for (Commitment x : selected) {
      for (Target t : x.targets()) {
        if (!found.containsKey(t.indicator())) {
          throw new AggregateNotFoundException(
              AggregateKind.INDICATOR,
              t.indicator().value(),
              "the evaluation of " + cycle + " (a target of commitment " + x.id() + " names it)");
        }
      }
    }
    List<Indicator> indicators = found.values().stream().map(Versioned::value).toList();
    Portfolio p = Portfolio.of(selected, indicators);
    List<MonitoringCycle> cycles = new ArrayList<>(cyclesBefore(c));
    cycles.add(c);
    List<ProgressReport> reports = new ArrayList<>();
    for (MonitoringCycle x : cycles) {
      reports.addAll(reportsOf(x.id()));
    }
    List<CycleEvaluation> all = evaluator.evaluateAll(p, cycles, reports, heldMeetings(p));
    CycleEvaluation evaluation = all.get(all.size() - 1);
    if (cycles.size() < 2) {
      return evaluation;
    }
    return store
        .load(AggregateKind.EVALUATION_RECORD, cycles.get(cycles.size() - 2).id())
        .map(previous -> evaluation.withPrevious(previous.value()))
        .orElse(evaluation);
  }

  /**
   * Evaluates a monitoring cycle ({@link #assessHealth(CycleId)}) and keeps the evaluation: saves
   * its {@link EvaluationRecord} and appends an event whose subject is the record, in one
   * transaction: the first version of the cycle's record with {@link EventType#AGGREGATE_CREATED},
   * as every first version, and a new version (the cycle recorded again) with {@link
   * EventType#CYCLE_EVALUATED}. The policy must permit the actor {@link Action#EVALUATE_CYCLE} on
   * the cycle (by default the plan owner's secretariat). A record made while another is saved for
   * the same cycle is tried again as the {@link ConflictMode} says.
   *
   * @param cycle the cycle
   * @param actor who records it
   * @return the saved record and its version
   * @throws AggregateNotFoundException if the cycle or its plan does not exist
   * @throws CommandRejectedException if the policy denies the actor
   */
  public Versioned<EvaluationRecord> recordEvaluation(CycleId cycle, Actor actor) {
    Objects.requireNonNull(actor, "actor");
    ConcurrencyConflictException last = null;
    for (int attempt = 1; attempt <= conflictMode.maxAttempts(); attempt++) {
      EvaluationRecord record = EvaluationRecord.of(assessHealth(cycle), clock.instant());
      try {
        return store.inTransaction(tx -> recordIn(tx, record, actor));
      } catch (ConcurrencyConflictException e) {
        last = e;
        LOG.debug("recording the evaluation of {} conflicted (attempt {})", cycle, attempt, e);
      }
    }
    throw last;
  }

  private Versioned<EvaluationRecord> recordIn(
      Transaction tx, EvaluationRecord record, Actor actor) {
    MonitoringCycle c =
        tx.load(AggregateKind.MONITORING_CYCLE, record.cycle())
            .orElseThrow(
                () ->
                    new AggregateNotFoundException(
                        AggregateKind.MONITORING_CYCLE, record.cycle().value(), "recording"))
            .value();
    MonitoringPlan plan =
        tx.load(AggregateKind.MONITORING_PLAN, c.plan())
            .orElseThrow(
                () ->
                    new AggregateNotFoundException(
                        AggregateKind.MONITORING_PLAN, c.plan().value(), "recording " + c.id()))
            .value();
    PolicyDecision decision =
        policy.decide(actor, Action.EVALUATE_CYCLE, CycleLifecycle.subject(c, plan));
    if (decision instanceof PolicyDecision.Deny deny) {
      throw new CommandRejectedException(
          new Rejection.Denied(actor, Action.EVALUATE_CYCLE, deny.rule(), deny.explanation()));
    }
    long version =
        tx.load(AggregateKind.EVALUATION_RECORD, record.cycle())
            .map(Versioned::version)
            .orElse(Versioned.NONE);
    Versioned<EvaluationRecord> saved = tx.save(AggregateKind.EVALUATION_RECORD, record, version);
    tx.append(
        List.of(
            DomainEvent.builder()
                .type(
                    version == Versioned.NONE
                        ? EventType.AGGREGATE_CREATED
                        : EventType.CYCLE_EVALUATED)
                .subjectKind(EvaluationRecord.class.getSimpleName())
                .subjectId(record.cycle().value())
                .actor(actor)
                .occurredAt(record.evaluatedAt())
                .fromState(version == Versioned.NONE ? ABSENT : PRESENT)
                .toState(PRESENT)
                .putDetail("commitments", Integer.toString(record.assessments().size()))
                .build()));
    return saved;
  }

  /**
   * The stored evaluation records of a monitoring plan's cycles ({@link #recordEvaluation}), in
   * cycle order; cycles never recorded are left out.
   *
   * @param plan the plan
   * @return the records
   * @throws AggregateNotFoundException if the plan does not exist
   */
  public List<EvaluationRecord> evaluationRecords(MonitoringPlanId plan) {
    require(AggregateKind.MONITORING_PLAN, plan, "its evaluation records");
    List<CycleId> cycles =
        Pages.stream(PAGE, page -> store.list(AggregateKind.MONITORING_CYCLE, page))
            .map(Versioned::value)
            .filter(x -> x.plan().equals(plan))
            .map(MonitoringCycle::id)
            .toList();
    return store.loadAll(AggregateKind.EVALUATION_RECORD, cycles).values().stream()
        .map(Versioned::value)
        .sorted(HealthSeries.ORDER)
        .toList();
  }

  /**
   * A commitment's series over the recorded cycles of a plan ({@link HealthSeries#ofCommitment}).
   *
   * @param plan the plan
   * @param commitment the commitment
   * @return one point per recorded cycle that evaluated it, in cycle order
   * @throws AggregateNotFoundException if the plan does not exist
   */
  public List<SeriesPoint> commitmentSeries(MonitoringPlanId plan, CommitmentId commitment) {
    return HealthSeries.ofCommitment(evaluationRecords(plan), commitment);
  }

  /**
   * A lead unit's series over the recorded cycles of a plan ({@link HealthSeries#ofUnit}).
   *
   * @param plan the plan
   * @param unit the lead unit
   * @return one point per recorded cycle that evaluated a commitment it leads, in cycle order
   * @throws AggregateNotFoundException if the plan does not exist
   */
  public List<SeriesPoint> unitSeries(MonitoringPlanId plan, UnitId unit) {
    return HealthSeries.ofUnit(evaluationRecords(plan), unit);
  }

  /**
   * Who is behind in a monitoring cycle: the {@link #assessHealth(CycleId)} evaluation ranked by
   * lead unit and by priority ({@link CycleEvaluation#whoIsBehind}), with the names of the units
   * and priorities from the store.
   *
   * @param cycle the cycle
   * @return the ranking
   * @throws AggregateNotFoundException if the cycle or its plan does not exist
   */
  public Ranking whoIsBehind(CycleId cycle) {
    CycleEvaluation e = assessHealth(cycle);
    Set<UnitId> units = new java.util.LinkedHashSet<>();
    Set<PriorityId> priorities = new java.util.LinkedHashSet<>();
    for (Commitment x : e.portfolio().commitments()) {
      units.add(x.lead());
      priorities.add(x.priority());
    }
    Directory directory =
        Directory.of(
            store.loadAll(AggregateKind.UNIT, units).values().stream()
                .map(Versioned::value)
                .toList(),
            store.loadAll(AggregateKind.PRIORITY, priorities).values().stream()
                .map(Versioned::value)
                .toList());
    return e.whoIsBehind(directory);
  }

  /**
   * The day each meeting that fulfils a milestone of the portfolio began, for those held
   * (concluded, or with minutes approved).
   */
  private Map<MeetingId, LocalDate> heldMeetings(Portfolio p) {
    Map<MeetingId, LocalDate> held = new java.util.HashMap<>();
    store
        .loadAll(AggregateKind.MEETING, p.fulfillingMeetings())
        .forEach(
            (id, m) -> {
              MeetingStatus status = m.value().status();
              if (status == MeetingStatus.CONCLUDED || status == MeetingStatus.MINUTES_APPROVED) {
                held.put(id, m.value().start().toLocalDate());
              }
            });
    return held;
  }

  /** The reports of a cycle, in the store's order. */
  private List<ProgressReport> reportsOf(CycleId cycle) {
    return Pages.stream(
            PAGE, page -> store.progressReports(ProgressReportQuery.forCycle(cycle), page))
        .map(Versioned::value)
        .toList();
  }

  /** The cycles of a cycle's plan that come before it, in order. */
  private List<MonitoringCycle> cyclesBefore(MonitoringCycle cycle) {
    return Pages.stream(PAGE, page -> store.list(AggregateKind.MONITORING_CYCLE, page))
        .map(Versioned::value)
        .filter(x -> x.plan().equals(cycle.plan()) && x.sequence() < cycle.sequence())
        .sorted(java.util.Comparator.comparingInt(MonitoringCycle::sequence))
        .toList();
  }

  /**
   * The event log entries from a sequence number on, for an audit screen.
   *
   * @param fromSequence the first sequence number wanted, at least 1
   * @param limit the most entries
   * @return the entries, ascending
   */
  public List<LogEntry> events(long fromSequence, int limit) {
    return store.events(fromSequence, limit);
  }

  private <T, K> Versioned<T> require(AggregateKind<T, K> kind, K id, String neededFor) {
    return store
        .load(kind, id)
        .orElseThrow(() -> new AggregateNotFoundException(kind, kind.idText(id), neededFor));
  }

  /**
   * A command's outcome and the new aggregates it brings (a submitted progress report).
   *
   * @param outcome the lifecycle's outcome
   * @param created new aggregates to save with the accepted value
   * @param <T> the value type
   */
  private record Decided<T>(Outcome<T> outcome, List<Batch.Entry<?>> created) {
    static <T> Decided<T> of(Outcome<T> outcome) {
      return new Decided<>(outcome, List.of());
    }
  }

  /** One attempt's decision, inside the transaction. */
  @FunctionalInterface
  private interface Step<T> {
    Decided<T> decide(Transaction tx, Versioned<T> current);
  }

  private <T, K> CommandResult<T> run(
      AggregateKind<T, K> kind,
      K id,
      OptionalLong expected,
      String what,
      Actor actor,
      Step<T> step) {
    int attempts = expected.isPresent() ? 1 : conflictMode.maxAttempts();
    ConcurrencyConflictException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      int thisAttempt = attempt;
      try {
        return store.inTransaction(
            tx -> {
              Versioned<T> current =
                  tx.load(kind, id)
                      .orElseThrow(
                          () -> new AggregateNotFoundException(kind, kind.idText(id), what));
              if (expected.isPresent() && expected.getAsLong() != current.version()) {
                throw new StaleVersionException(
                    kind, kind.idText(id), expected.getAsLong(), current.version());
              }
              Decided<T> decided = step.decide(tx, current);
              if (decided.outcome() instanceof Outcome.Rejected<T> rejected) {
                return new CommandResult.Rejected<>(rejected.reason(), current);
              }
              T next = decided.outcome().value().orElseThrow();
              List<References.Ref> refs =
                  new ArrayList<>(References.added(kind, current.value(), next));
              Set<References.Key> created = new HashSet<>();
              for (Batch.Entry<?> e : decided.created()) {
                refs.addAll(references(e));
                created.add(key(e));
              }
              References.check(tx, refs, created);
              Versioned<T> saved = tx.save(kind, next, current.version());
              List<DomainEvent> events = new ArrayList<>(decided.outcome().events());
              for (Batch.Entry<?> e : decided.created()) {
                save(tx, e);
                events.add(firstEvent(e, actor, Optional.empty()));
              }
              List<LogEntry> entries = tx.append(events);
              return new CommandResult.Applied<>(saved, entries, thisAttempt);
            });
      } catch (ConcurrencyConflictException e) {
        last = e;
        LOG.debug(
            "{} on {} {} conflicted (attempt {} of {})", what, kind, id, attempt, attempts, e);
      }
    }
    if (conflictMode.isReporting()) {
      return new CommandResult.Conflicted<>(last, attempts);
    }
    throw last;
  }

  // ---------------------------------------------------------------- creating and importing

  private List<Versioned<?>> write(Batch batch, Actor actor, Optional<String> reason) {
    checkBeforeWriting(batch, actor, reason);
    if (batch.size() == 0) {
      return List.of();
    }
    return retrying(
        (reason.isPresent() ? "import of " : "creation of ") + batch.size() + " aggregates",
        () -> store.inTransaction(tx -> writeIn(tx, batch, actor, reason)));
  }

  /**
   * The checks that need no store: the actor is given, no id is given twice, and (when creating)
   * every value is in its initial state and none is a progress report.
   */
  private static void checkBeforeWriting(Batch batch, Actor actor, Optional<String> reason) {
    Objects.requireNonNull(actor, "actor");
    Set<References.Key> seen = new HashSet<>();
    for (Batch.Entry<?> e : batch.entries()) {
      if (!seen.add(key(e))) {
        throw new AggregateExistsException(e.kind(), e.idText(), Versioned.NONE);
      }
      if (reason.isPresent()) {
        continue;
      }
      if (e.kind() == AggregateKind.PROGRESS_REPORT) {
        throw new CommandRejectedException(
            new Rejection.Invalid(
                REPORT_THROUGH_ITS_COMMITMENT,
                Violation.of(
                    "ProgressReport",
                    "id",
                    e.idText(),
                    "is created by reporting progress on its commitment, with"
                        + " execute(commitment, CommitmentCommand.reportProgress(report), lead);"
                        + " bring in earlier reports with importExisting and a reason")));
      }
      if (e.kind() == AggregateKind.EVALUATION_RECORD) {
        throw new CommandRejectedException(
            new Rejection.Invalid(
                RECORD_THROUGH_ITS_EVALUATION,
                Violation.of(
                    "EvaluationRecord",
                    "cycle",
                    e.idText(),
                    "is created by recording the cycle's evaluation, with"
                        + " recordEvaluation(cycle, actor); bring in earlier records with"
                        + " importExisting and a reason")));
      }
      Optional<Enum<?>> initial = initialState(e.kind());
      Optional<Enum<?>> state = stateOf(e);
      if (initial.isPresent() && !initial.equals(state)) {
        throw new CommandRejectedException(
            new Rejection.Invalid(
                NOT_AN_INITIAL_STATE,
                Violation.of(
                    e.kind().valueType().getSimpleName(),
                    "status",
                    state.orElseThrow(),
                    "must be "
                        + initial.get()
                        + " to create "
                        + e
                        + "; drive it further with commands, or bring it in as it is with"
                        + " importExisting and a reason")));
      }
    }
  }

  /** Creates or imports a batch inside a transaction: ids free, references present, policy. */
  private List<Versioned<?>> writeIn(
      Transaction tx, Batch batch, Actor actor, Optional<String> reason) {
    Set<References.Key> keys = new HashSet<>();
    List<References.Ref> refs = new ArrayList<>();
    for (Batch.Entry<?> e : batch.entries()) {
      Optional<Long> found = versionIn(tx, e);
      if (found.isPresent()) {
        throw new AggregateExistsException(e.kind(), e.idText(), found.get());
      }
      keys.add(key(e));
      refs.addAll(references(e));
    }
    References.check(tx, refs, keys);
    List<Versioned<?>> saved = new ArrayList<>(batch.size());
    for (Batch.Entry<?> e : batch.entries()) {
      saved.add(save(tx, e));
    }
    Action action = reason.isPresent() ? Action.IMPORT : Action.CREATE;
    List<DomainEvent> events = new ArrayList<>(batch.size());
    for (Batch.Entry<?> e : batch.entries()) {
      PolicyDecision decision = policy.decide(actor, action, subject(tx, e));
      if (decision instanceof PolicyDecision.Deny deny) {
        throw new CommandRejectedException(
            new Rejection.Denied(actor, action, deny.rule(), deny.explanation()));
      }
      events.add(firstEvent(e, actor, reason));
    }
    tx.append(events);
    return saved;
  }

  /** The event of an aggregate's first version: created, or imported with a reason. */
  private DomainEvent firstEvent(Batch.Entry<?> e, Actor actor, Optional<String> reason) {
    DomainEvent.Builder event =
        DomainEvent.builder()
            .type(reason.isPresent() ? EventType.AGGREGATE_IMPORTED : EventType.AGGREGATE_CREATED)
            .subjectKind(e.kind().valueType().getSimpleName())
            .subjectId(e.idText())
            .actor(actor)
            .occurredAt(clock.instant())
            .fromState(ABSENT)
            .toState(stateOf(e).map(Enum::name).orElse(PRESENT));
    reason.ifPresent(r -> event.putDetail("reason", r));
    return event.build();
  }

  /** What the policy is told about a value being created, as its lifecycle tells it. */
  private static Subject subject(Transaction tx, Batch.Entry<?> e) {
    Object value = e.value();
    if (value instanceof Meeting m) {
      return MeetingLifecycle.subject(m);
    }
    if (value instanceof Commitment c) {
      return tx.load(AggregateKind.MEETING, c.originMeeting())
          .map(m -> CommitmentLifecycle.subject(c, m.value()))
          .orElseGet(() -> CommitmentLifecycle.subject(c));
    }
    if (value instanceof MonitoringCycle cycle) {
      Optional<Versioned<MonitoringPlan>> plan =
          tx.load(AggregateKind.MONITORING_PLAN, cycle.plan());
      if (plan.isPresent()) {
        return CycleLifecycle.subject(cycle, plan.get().value());
      }
    }
    return Subject.of(e.kind().valueType().getSimpleName(), e.idText(), Map.of(), Optional.empty());
  }

  private static Optional<Enum<?>> stateOf(Batch.Entry<?> e) {
    Object value = e.value();
    if (value instanceof Meeting m) {
      return Optional.of(m.status());
    }
    if (value instanceof Commitment c) {
      return Optional.of(c.status());
    }
    if (value instanceof MonitoringCycle c) {
      return Optional.of(c.status());
    }
    return Optional.empty();
  }

  private static <T> References.Key key(Batch.Entry<T> e) {
    return References.Key.of(e.kind(), e.value());
  }

  private static <T> List<References.Ref> references(Batch.Entry<T> e) {
    return References.of(e.kind(), e.value());
  }

  private static <T> Versioned<T> save(Transaction tx, Batch.Entry<T> e) {
    return tx.save(e.kind(), e.value(), Versioned.NONE);
  }

  private static <T> Optional<Long> versionIn(Transaction tx, Batch.Entry<T> e) {
    return loadIn(tx, e.kind(), e.value()).map(Versioned::version);
  }

  private static <T, K> Optional<Versioned<T>> loadIn(
      Transaction tx, AggregateKind<T, K> kind, T value) {
    return tx.load(kind, kind.idOf(value));
  }

  /**
   * Runs a creation, trying again on a conflict as often as the conflict mode allows. A stale save
   * of a new aggregate means another writer created it first: that is final, not a conflict.
   */
  private <R> R retrying(String what, Supplier<R> attempt) {
    int attempts = conflictMode.maxAttempts();
    ConcurrencyConflictException last = null;
    for (int i = 1; i <= attempts; i++) {
      try {
        return attempt.get();
      } catch (StaleVersionException e) {
        Optional<AggregateKind<?, ?>> kind = AggregateKind.named(e.kind());
        if (e.expected() == Versioned.NONE && e.actual() != Versioned.NONE && kind.isPresent()) {
          throw new AggregateExistsException(kind.get(), e.id(), e.actual());
        }
        last = e;
      } catch (ConcurrencyConflictException e) {
        last = e;
      }
      LOG.debug("{} conflicted (attempt {} of {})", what, i, attempts, last);
    }
    throw last;
  }

  /** Builds a {@link CoordinationService}. Not thread-safe. */
  public static final class Builder {
    private final RakorStore store;
    private Policy policy = DefaultPolicy.instance();
    private Clock clock = Clock.systemUTC();
    private ConflictMode conflictMode = ConflictMode.retry(3);
    private MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();

    private Builder(RakorStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Sets who may do what.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets where "now" comes from.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets what to do on a conflict.
     *
     * @param conflictMode the mode
     * @return this builder
     */
    public Builder conflictMode(ConflictMode conflictMode) {
      this.conflictMode = Objects.requireNonNull(conflictMode, "conflictMode");
      return this;
    }

    /**
     * Sets the monitoring evaluator.
     *
     * @param evaluator the evaluator
     * @return this builder
     */
    public Builder evaluator(MonitoringEvaluator evaluator) {
      this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws io.rakor.persistence.IncompatibleStoreException if the store's contract version is
     *     not supported
     */
    public CoordinationService build() {
      return new CoordinationService(this);
    }
  }
}
