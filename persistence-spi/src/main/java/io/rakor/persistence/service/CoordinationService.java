package io.rakor.persistence.service;

import com.google.common.collect.ImmutableList;
import io.rakor.core.Violation;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Target;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingCommand;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingLifecycle;
import io.rakor.core.monitoring.CycleCommand;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleLifecycle;
import io.rakor.core.monitoring.CycleReports;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DefaultPolicy;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Policy;
import io.rakor.core.workflow.Rejection;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.AggregateNotFoundException;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.Pages;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.spi.Stores;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API an application calls to drive Rakor's workflows against a store. For each command it
 * loads what the command needs, applies the {@code core} lifecycle under the {@link Policy}, and in
 * one store transaction saves the new value with the version it loaded and appends the events to
 * the hash-chained log. A rejection saves nothing. A conflict with a concurrent write is retried or
 * reported as the {@link ConflictMode} says.
 *
 * <pre>{@code
 * CoordinationService service =
 *     CoordinationService.builder(new InMemoryStore()).clock(clock).build();
 * service.create(AggregateKind.COMMITMENT, commitment);
 * CommandResult<Commitment> r = service.execute(commitment.id(), CommitmentCommand.agree(), chair);
 * }</pre>
 *
 * <p>Immutable and thread-safe if its store is (every {@link RakorStore} is).
 *
 * @since 0.1
 */
public final class CoordinationService {
  private static final Logger LOG = LoggerFactory.getLogger(CoordinationService.class);
  private static final int PAGE = 500;

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
   * Saves a new aggregate (a unit, a meeting, a commitment as proposed, ...).
   *
   * @param kind its kind
   * @param value the value
   * @param <T> the value type
   * @param <K> the id type
   * @return the value at version 1
   * @throws StaleVersionException if an aggregate with that id exists
   */
  public <T, K> Versioned<T> create(AggregateKind<T, K> kind, T value) {
    return store.save(kind, value, Versioned.NONE);
  }

  /**
   * Saves many new aggregates of one kind in one transaction: all or none.
   *
   * @param kind their kind
   * @param values the values
   * @param <T> the value type
   * @param <K> the id type
   * @return the values at version 1, in order
   * @throws StaleVersionException if any of them exists (none is saved)
   */
  public <T, K> List<Versioned<T>> createAll(AggregateKind<T, K> kind, List<? extends T> values) {
    return store.inTransaction(
        tx -> values.stream().map(v -> tx.save(kind, v, Versioned.NONE)).toList());
  }

  /**
   * Carries out a command on a commitment. If the commitment's origin meeting is in the store, the
   * chair and secretariat claims are checked against it. A progress report is saved with the
   * commitment, in the same transaction.
   *
   * @param id the commitment
   * @param command what is asked
   * @param actor who asks
   * @return applied, rejected, or (if the conflict mode reports) conflicted
   * @throws AggregateNotFoundException if the commitment does not exist
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
        (tx, current) -> {
          Commitment c = current.value();
          if (command instanceof CommitmentCommand.ReportProgress rp
              && tx.load(AggregateKind.PROGRESS_REPORT, rp.report().id()).isPresent()) {
            return new Outcome.Rejected<>(
                new Rejection.Invalid(
                    "report-already-exists",
                    Violation.of(
                        "ProgressReport",
                        "id",
                        rp.report().id(),
                        "is already in the store; a report is submitted once")));
          }
          Outcome<Commitment> outcome =
              tx.load(AggregateKind.MEETING, c.originMeeting())
                  .map(m -> commitments.apply(c, command, actor, m.value()))
                  .orElseGet(() -> commitments.apply(c, command, actor));
          if (outcome.isAccepted() && command instanceof CommitmentCommand.ReportProgress rp) {
            tx.save(AggregateKind.PROGRESS_REPORT, rp.report(), Versioned.NONE);
          }
          return outcome;
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
        (tx, current) -> meetings.apply(current.value(), command, actor));
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
        (tx, current) -> meetings.apply(current.value(), command, actor));
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
          return CycleLifecycle.of(plan, policy, clock).apply(cycle, command, actor);
        });
  }

  /**
   * Assesses the health of every commitment a monitoring cycle covers (without changing the cycle's
   * state; see {@link io.rakor.core.monitoring.CycleCommand#markEvaluated()} for that), reading
   * through the store: the commitments of the cycle's plan (those whose scope lies within the
   * plan's jurisdiction and, if the plan follows one meeting, that were agreed there), the
   * indicators their targets name, and the cycle's progress reports.
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
   * the store.
   *
   * @param cycle the cycle
   * @param portfolio which commitments to evaluate
   * @return the evaluation
   * @throws AggregateNotFoundException if the cycle does not exist
   * @throws io.rakor.core.RakorValidationException if a target names an indicator not in the store
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
    List<Indicator> indicators =
        store.loadAll(AggregateKind.INDICATOR, indicatorIds).values().stream()
            .map(Versioned::value)
            .toList();
    Portfolio p = Portfolio.of(selected, indicators);
    CycleReports.Builder reports = CycleReports.builder(p, c);
    Pages.stream(PAGE, page -> store.progressReports(ProgressReportQuery.forCycle(cycle), page))
        .map(Versioned::value)
        .forEach(reports::add);
    return evaluator.evaluate(reports.build());
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

  /** One attempt's decision, inside the transaction. */
  @FunctionalInterface
  private interface Step<T> {
    Outcome<T> decide(Transaction tx, Versioned<T> current);
  }

  private <T, K> CommandResult<T> run(
      AggregateKind<T, K> kind, K id, OptionalLong expected, String what, Step<T> step) {
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
              Outcome<T> outcome = step.decide(tx, current);
              if (outcome instanceof Outcome.Rejected<T> rejected) {
                return new CommandResult.Rejected<>(rejected.reason(), current);
              }
              T next = outcome.value().orElseThrow();
              Versioned<T> saved = tx.save(kind, next, current.version());
              List<LogEntry> entries = tx.append(outcome.events());
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
