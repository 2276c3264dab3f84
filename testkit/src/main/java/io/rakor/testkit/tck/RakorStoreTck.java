package io.rakor.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import io.rakor.core.audit.ChainVerification;
import io.rakor.core.audit.ChainVerifier;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Limits;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.Cursor;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.integrity.Mismatch;
import io.rakor.persistence.integrity.StoreVerification;
import io.rakor.persistence.integrity.StoreVerifier;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.spi.Stores;
import io.rakor.persistence.transfer.StoreTransfer;
import io.rakor.persistence.transfer.TransferSummary;
import io.rakor.testkit.Fixtures;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.tck.internal.Dataset;
import io.rakor.testkit.tck.internal.Describe;
import io.rakor.testkit.tck.internal.PageWalk;
import io.rakor.testkit.tck.internal.Race;
import io.rakor.testkit.tck.internal.Snapshot;
import io.rakor.testkit.tck.internal.TckGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract test kit for {@link RakorStore}: extend this class, return a fresh store from {@link
 * #createStore()}, and JUnit 5 checks every rule of the contract against it. Each test's name
 * carries the number of the rule it checks ({@code required_spi103_...}: rule 103 in the Javadoc of
 * {@link RakorStore}), and each failure names the rule, the data and what to look at.
 *
 * <pre>{@code
 * class MyStoreTckTest extends RakorStoreTck {
 *   @Override
 *   protected RakorStore createStore() {
 *     return new MyStore(freshDataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>The data is generated from {@link #seed()} (a whole scenario per example, plus observations
 * and events), so a failure is reproducible. Query results are compared with the in-memory
 * reference store ({@link InMemoryStore}) given the same data, page by page, and checked against
 * the queries' own {@code matches} and {@code ORDER}. The tests need no setup or teardown methods:
 * each opens the stores it needs with {@link #createStore()} and releases them with {@link
 * #releaseStore(RakorStore)}.
 *
 * @since 0.1
 */
public abstract class RakorStoreTck {
  private static final int TIMEOUT_SECONDS = 60;

  /** For subclasses. */
  protected RakorStoreTck() {}

  /**
   * A new, empty store of the implementation under test. Called once or more by every test; each
   * call must return a store that shares nothing with the others.
   *
   * @return a fresh store
   */
  protected abstract RakorStore createStore();

  /**
   * Releases a store made by {@link #createStore()}; closes it unless overridden.
   *
   * @param store the store
   */
  protected void releaseStore(RakorStore store) {
    store.close();
  }

  /**
   * The seed of the generated data; override to try other data.
   *
   * @return the seed
   */
  protected long seed() {
    return 20260112L;
  }

  /**
   * How many generated data sets each data-driven test runs on.
   *
   * @return the number of examples, 3 unless overridden
   */
  protected int examples() {
    return 3;
  }

  /**
   * How many threads the concurrency tests use.
   *
   * @return the number of threads, 4 unless overridden
   */
  protected int threads() {
    return 4;
  }

  // ------------------------------------------------------------------ 1. aggregates

  /** Rule 101: every aggregate of a generated scenario, and wide generated values, load equal. */
  @Test
  public void required_spi101_everyKindRoundTripsEqual() {
    for (int i = 0; i < examples(); i++) {
      Dataset data = Dataset.of(seed() + i);
      use(
          store -> {
            data.saveInto(store);
            Snapshot expected = snapshotOf(data);
            Snapshot actual = Snapshot.of(store);
            for (AggregateKind<?, ?> kind : AggregateKind.all()) {
              List<Versioned<?>> want = expected.aggregates().get(kind.name());
              List<Versioned<?>> got = actual.aggregates().get(kind.name());
              if (!want.equals(got)) {
                fail(
                    rule(101)
                        + "the "
                        + kind
                        + " aggregates of "
                        + data
                        + " did not load back equal (listed in id order)."
                        + Describe.firstDifference(want, got)
                        + " Check how every field of "
                        + kind.valueType().getSimpleName()
                        + " is written and read (optional fields, lists, time zones, decimals,"
                        + " text in any script).");
              }
            }
          });
    }
    use(
        store -> {
          roundTrip(store, AggregateKind.JURISDICTION, RakorGen.jurisdictions());
          roundTrip(store, AggregateKind.UNIT, RakorGen.units());
          roundTrip(store, AggregateKind.FORUM, RakorGen.forums());
          roundTrip(store, AggregateKind.OFFICIAL, RakorGen.officials());
          roundTrip(store, AggregateKind.MEETING, RakorGen.meetings());
          roundTrip(store, AggregateKind.PRIORITY, RakorGen.priorities());
          roundTrip(store, AggregateKind.INDICATOR, RakorGen.indicators());
          roundTrip(store, AggregateKind.COMMITMENT, RakorGen.commitments());
          roundTrip(store, AggregateKind.MONITORING_PLAN, RakorGen.monitoringPlans());
          roundTrip(store, AggregateKind.MONITORING_CYCLE, RakorGen.monitoringCycles());
          roundTrip(store, AggregateKind.PROGRESS_REPORT, RakorGen.progressReports());
          roundTrip(store, AggregateKind.EVALUATION_RECORD, RakorGen.evaluationRecords());
          roundTrip(store, AggregateKind.LEGAL_INSTRUMENT, RakorGen.legalInstruments());
        });
  }

  /** Rule 101: an id never saved loads as empty, in every kind. */
  @Test
  public void required_spi101_missingIdLoadsEmpty() {
    use(
        store -> {
          Dataset.of(seed()).saveInto(store);
          for (AggregateKind<?, ?> kind : AggregateKind.all()) {
            requireMissing(store, kind);
          }
        });
  }

  /** Rule 102: the first save gives version 1 and each later save adds 1. */
  @Test
  public void required_spi102_versionsCountSaves() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          for (Commitment c : data.commitments()) {
            Versioned<Commitment> v = load(store, AggregateKind.COMMITMENT, c.id());
            requireEqual(102, 1L, v.version(), "version after the first save of " + c.id());
            Commitment changed = c;
            for (long expected = 1; expected <= 3; expected++) {
              changed = bump(changed);
              Versioned<Commitment> saved = store.save(AggregateKind.COMMITMENT, changed, expected);
              requireEqual(
                  102, expected + 1, saved.version(), "version save returned for " + c.id());
              requireEqual(
                  102,
                  Versioned.of(changed, expected + 1),
                  load(store, AggregateKind.COMMITMENT, c.id()),
                  "what load returns after save " + (expected + 1) + " of " + c.id());
            }
          }
        });
  }

  /** Rule 103: every stale save throws {@link StaleVersionException} and changes nothing. */
  @Test
  public void required_spi103_staleWriteFailsAndChangesNothing() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          int n = 0;
          for (Commitment c : data.commitments()) {
            int updates = n++ % 3;
            Commitment current = c;
            for (int u = 1; u <= updates; u++) {
              current = bump(current);
              store.save(AggregateKind.COMMITMENT, current, u);
            }
            long version = updates + 1;
            Snapshot before = Snapshot.of(store);
            for (long stale : new long[] {0, version - 1, version + 1, version + 7}) {
              if (stale == version || stale < 0) {
                continue;
              }
              Commitment attempt = bump(current);
              try {
                store.save(AggregateKind.COMMITMENT, attempt, stale);
                fail(
                    rule(103)
                        + "saving commitment "
                        + c.id()
                        + " expecting version "
                        + stale
                        + " succeeded, but it is at version "
                        + version
                        + ". A save must compare the expected version with the committed one"
                        + " atomically (for example UPDATE ... WHERE version = ?).");
              } catch (StaleVersionException e) {
                requireEqual(103, "commitment", e.kind(), "the kind the exception names");
                requireEqual(103, c.id().value(), e.id(), "the id the exception names");
                requireEqual(103, stale, e.expected(), "the expected version it names");
                requireEqual(103, version, e.actual(), "the actual version it names");
              }
              requireEqual(
                  103, before, Snapshot.of(store), "the store after a stale save of " + c.id());
            }
          }
          ResponsibleUnit fresh =
              ResponsibleUnit.builder()
                  .from(data.scenario().units().get(0))
                  .id(UnitId.of("tck-never-saved"))
                  .build();
          try {
            store.save(AggregateKind.UNIT, fresh, 1);
            fail(
                rule(103)
                    + "saving a new unit expecting version 1 succeeded; a new aggregate must be"
                    + " saved expecting Versioned.NONE (0), anything else is stale");
          } catch (StaleVersionException e) {
            requireEqual(103, 0L, e.actual(), "the actual version of an aggregate that is absent");
          }
          requireEqual(
              103,
              Optional.empty(),
              store.load(AggregateKind.UNIT, fresh.id()),
              "the unit after a stale first save");
        });
  }

  /** Rule 104: load by many ids returns those found, in the order asked, each once. */
  @Test
  public void required_spi104_loadAllReturnsFoundInOrderAsked() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          List<CommitmentId> ids = new ArrayList<>();
          data.commitments().forEach(c -> ids.add(c.id()));
          Collections.reverse(ids);
          ids.add(2, CommitmentId.of("tck-missing-1"));
          ids.add(ids.get(0));
          ids.add(CommitmentId.of("tck-missing-2"));
          Map<CommitmentId, Versioned<Commitment>> found =
              store.loadAll(AggregateKind.COMMITMENT, ids);
          List<CommitmentId> expectedOrder =
              ids.stream().distinct().filter(id -> !id.value().startsWith("tck-missing")).toList();
          requireEqual(
              104,
              expectedOrder,
              List.copyOf(found.keySet()),
              "the ids loadAll found, in the order of the ids asked (repeats once, missing out)");
          found.forEach(
              (id, v) ->
                  requireEqual(
                      104,
                      load(store, AggregateKind.COMMITMENT, id),
                      v,
                      "what loadAll returned for " + id));
        });
  }

  /** Rule 105: the same id text under two kinds names two aggregates. */
  @Test
  public void required_spi105_kindsAreSeparateNameSpaces() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          ResponsibleUnit unit =
              ResponsibleUnit.builder()
                  .from(data.scenario().units().get(0))
                  .id(UnitId.of("tck-shared"))
                  .build();
          Forum forum =
              Forum.builder()
                  .from(data.scenario().forums().get(0))
                  .id(ForumId.of("tck-shared"))
                  .build();
          store.save(AggregateKind.UNIT, unit, Versioned.NONE);
          store.save(AggregateKind.FORUM, forum, Versioned.NONE);
          requireEqual(
              105, Versioned.of(unit, 1), load(store, AggregateKind.UNIT, unit.id()), "the unit");
          requireEqual(
              105,
              Versioned.of(forum, 1),
              load(store, AggregateKind.FORUM, forum.id()),
              "the forum with the unit's id text: keep each kind apart (a table or key prefix per"
                  + " kind)");
        });
  }

  /** Rule 106: listing a kind pages through every aggregate in id-text order. */
  @Test
  public void required_spi106_listPagesThroughEveryKindInIdOrder() {
    withData(
        (data, store, oracle) -> {
          for (AggregateKind<?, ?> kind : AggregateKind.all()) {
            for (int size : new int[] {1, 4, 1000}) {
              compareListing(kind, size, store, oracle);
            }
          }
        });
  }

  /**
   * Rule 107: every collection that crosses the contract is a snapshot. What a store returns
   * ({@code events}, {@code append}, {@code loadAll}, a page's items) is never changed by later
   * writes, and changing it (if it can be changed) leaves the store as it was; a list given to the
   * store ({@code append}, {@code loadAll}) may be changed by the caller afterwards without effect.
   */
  @Test
  public void required_spi107_nothingIsSharedAcrossTheBoundary() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          List<DomainEvent> events = Fixtures.sample(TckGen.events(6), seed());
          LogEntry stranger = HashChain.first(events.get(5));
          List<DomainEvent> given = new ArrayList<>(events.subList(0, 2));
          List<LogEntry> returned =
              store.inTransaction(
                  tx -> {
                    List<LogEntry> first = tx.append(given);
                    List<LogEntry> copy = List.copyOf(first);
                    given.set(0, events.get(5));
                    given.add(events.get(4));
                    tx.append(events.subList(2, 3));
                    requireEqual(
                        107,
                        copy,
                        first,
                        "what append returned, after another append in the same transaction");
                    tryToChange(first, stranger);
                    return copy;
                  });
          given.clear();
          List<LogEntry> log = Snapshot.log(store);
          requireEqual(
              107,
              events.subList(0, 3),
              log.stream().map(LogEntry::event).toList(),
              "the events committed, after the caller changed the list it gave append and the list"
                  + " append returned (copy the events when append is called, return a copy)");
          requireEqual(107, returned, log.subList(0, 2), "the entries append returned, committed");
          List<LogEntry> read = store.events(1, 10);
          List<LogEntry> readCopy = List.copyOf(read);
          store.useTransaction(tx -> tx.append(events.subList(3, 5)));
          requireEqual(
              107,
              readCopy,
              read,
              "what events(1, 10) returned, after a later append (return a copy, not a view)");
          tryToChange(read, stranger);
          requireEqual(
              107,
              log,
              Snapshot.log(store).subList(0, 3),
              "the log, after the caller changed what events returned");
          List<CommitmentId> ids = new ArrayList<>();
          data.scenario().commitments().subList(0, 3).forEach(c -> ids.add(c.id()));
          Map<CommitmentId, Versioned<Commitment>> found =
              store.loadAll(AggregateKind.COMMITMENT, ids);
          Map<CommitmentId, Versioned<Commitment>> foundCopy = Map.copyOf(found);
          ids.clear();
          Commitment c = data.scenario().commitments().get(0);
          store.save(AggregateKind.COMMITMENT, bump(c), 1);
          requireEqual(
              107,
              foundCopy,
              Map.copyOf(found),
              "what loadAll returned, after the caller cleared the ids it gave and a later save");
          Page<Versioned<Commitment>> page =
              store.commitments(CommitmentQuery.all(), PageRequest.first(5));
          List<Versioned<Commitment>> items = List.copyOf(page.items());
          store.save(AggregateKind.COMMITMENT, bump(bump(c)), 2);
          requireEqual(107, items, page.items(), "a page's items, after a later save");
        });
  }

  /** Changes a list a store returned, if it can be changed. */
  private static <T> void tryToChange(List<T> list, T other) {
    try {
      list.add(other);
      list.set(0, other);
    } catch (UnsupportedOperationException | IllegalStateException refused) {
      // cannot be changed through: good
    }
  }

  // ------------------------------------------------------------------ 2. transactions

  /**
   * Rule 201: while a transaction that saved two commitments and appended an event is open, another
   * thread sees none of it through any read method, and after the commit all of it; and readers on
   * other threads watching two commitments saved together in 60 transactions never see one ahead.
   */
  @Test
  public void required_spi201_transactionBecomesVisibleAllAtOnce() {
    Dataset first = Dataset.of(seed());
    Commitment one = first.scenario().commitments().get(0);
    Commitment two = first.scenario().commitments().get(1);
    List<DomainEvent> event = Fixtures.sample(TckGen.events(1), seed());
    requireInvisibleUntilCommit(
        201,
        first,
        tx -> {
          tx.save(AggregateKind.COMMITMENT, bump(one), 1);
          tx.save(AggregateKind.COMMITMENT, bump(two), 1);
          tx.append(event);
        });
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          Commitment a0 = data.scenario().commitments().get(0);
          Commitment b0 = data.scenario().commitments().get(1);
          int rounds = 60;
          AtomicReference<String> torn = new AtomicReference<>();
          CountDownLatch done = new CountDownLatch(1);
          List<Callable<Void>> tasks = new ArrayList<>();
          tasks.add(
              () -> {
                try {
                  Commitment a = a0;
                  Commitment b = b0;
                  for (int v = 1; v <= rounds; v++) {
                    Commitment na = bump(a);
                    Commitment nb = bump(b);
                    long expected = v;
                    store.useTransaction(
                        tx -> {
                          tx.save(AggregateKind.COMMITMENT, na, expected);
                          tx.save(AggregateKind.COMMITMENT, nb, expected);
                        });
                    a = na;
                    b = nb;
                  }
                } finally {
                  done.countDown();
                }
                return null;
              });
          for (int t = 1; t < threads(); t++) {
            tasks.add(
                () -> {
                  while (done.getCount() > 0 && torn.get() == null) {
                    // Saved together, so whichever is read second is never behind the first.
                    requireNotBehind(store, a0.id(), b0.id(), torn);
                    requireNotBehind(store, b0.id(), a0.id(), torn);
                  }
                  return null;
                });
          }
          runAll(201, tasks);
          if (torn.get() != null) {
            fail(
                rule(201)
                    + "two saves of one transaction became visible at different times: "
                    + torn.get()
                    + ". Publish a transaction's writes atomically (commit them in one database"
                    + " transaction).");
          }
          requireEqual(
              201,
              (long) rounds + 1,
              load(store, AggregateKind.COMMITMENT, b0.id()).version(),
              "the version after " + rounds + " committed transactions");
        });
  }

  /**
   * Rule 202: a transaction interrupted by an injected failure, after any number of its steps,
   * leaves nothing behind, and the failure reaches the caller unchanged.
   */
  @Test
  public void required_spi202_injectedFailureLeavesNothingBehind() {
    for (int i = 0; i < examples(); i++) {
      Dataset data = Dataset.of(seed() + i);
      List<DomainEvent> events = Fixtures.sample(TckGen.events(6), seed() + i);
      use(
          store -> {
            data.saveInto(store);
            store.inTransaction(tx -> tx.append(events.subList(0, 2)));
            Commitment c = data.scenario().commitments().get(0);
            Commitment d = data.scenario().commitments().get(1);
            Observation o = data.observations().get(0);
            ResponsibleUnit newUnit =
                ResponsibleUnit.builder()
                    .from(data.scenario().units().get(0))
                    .id(UnitId.of("tck-new-unit"))
                    .build();
            List<Consumer<io.rakor.persistence.Transaction>> steps =
                List.of(
                    tx -> tx.save(AggregateKind.COMMITMENT, bump(c), 1),
                    tx -> tx.append(events.subList(2, 4)),
                    tx -> tx.save(AggregateKind.UNIT, newUnit, Versioned.NONE),
                    tx -> tx.save(AggregateKind.COMMITMENT, bump(bump(c)), 2),
                    tx -> tx.save(AggregateKind.COMMITMENT, bump(d), 1),
                    tx -> tx.append(events.subList(4, 6)),
                    tx -> tx.save(AggregateKind.OBSERVATION, o, 1));
            Snapshot before = Snapshot.of(store);
            for (int k = 0; k <= steps.size(); k++) {
              int failAfter = k;
              RuntimeException injected = new InjectedFailure(failAfter);
              try {
                store.inTransaction(
                    tx -> {
                      for (int s = 0; s < failAfter; s++) {
                        steps.get(s).accept(tx);
                      }
                      throw injected;
                    });
                fail(rule(202) + "inTransaction returned although its work threw " + injected);
              } catch (InjectedFailure e) {
                assertSame(
                    injected,
                    e,
                    rule(202) + "the work's exception must reach the caller unchanged");
              } catch (RuntimeException e) {
                fail(
                    rule(202)
                        + "the work threw "
                        + injected
                        + " but inTransaction threw "
                        + e
                        + "; rethrow the work's exception unchanged after rolling back",
                    e);
              }
              Snapshot after = Snapshot.of(store);
              if (!before.equals(after)) {
                fail(
                    rule(202)
                        + "a transaction that failed after "
                        + failAfter
                        + " of its steps left something behind: before "
                        + before
                        + ", after "
                        + after
                        + ". "
                        + describeChange(before, after)
                        + " Buffer the writes, or roll back the database transaction, when the"
                        + " work throws.");
              }
            }
          });
    }
  }

  /** Rule 203: a transaction with a stale save never commits, even if the work caught it. */
  @Test
  public void required_spi203_staleSaveDoomsItsTransaction() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          Commitment a = data.scenario().commitments().get(0);
          Commitment b = data.scenario().commitments().get(1);
          List<DomainEvent> events = Fixtures.sample(TckGen.events(2), seed());
          Snapshot before = Snapshot.of(store);
          try {
            store.useTransaction(
                tx -> {
                  tx.save(AggregateKind.COMMITMENT, bump(a), 1);
                  tx.append(events);
                  try {
                    tx.save(AggregateKind.COMMITMENT, bump(b), 5);
                  } catch (StaleVersionException swallowed) {
                    // the work carries on as if nothing happened
                  }
                });
            fail(
                rule(203)
                    + "a transaction whose work caught a StaleVersionException committed; it must"
                    + " fail with that exception");
          } catch (StaleVersionException expected) {
            requireEqual(203, b.id().value(), expected.id(), "the id the exception names");
          }
          requireEqual(
              203,
              before,
              Snapshot.of(store),
              "the store after a transaction with a stale save (nothing may be committed)");
        });
  }

  /**
   * Rule 204: a transaction sees its own saves; while it is open, another thread reads the store
   * through every read method ({@code load}, {@code loadAll}, every query, {@code list} of every
   * kind, {@code events}, {@code lastEvent}) and sees none of them; after the commit, it sees them
   * all.
   */
  @Test
  public void required_spi204_transactionSeesOwnWritesOthersDoNot() {
    Dataset data = Dataset.of(seed());
    Commitment c = data.scenario().commitments().get(0);
    Commitment changed = bump(c);
    ProgressReport r = data.scenario().reports().get(0);
    Observation o = data.observations().get(0);
    ResponsibleUnit unit =
        ResponsibleUnit.builder()
            .from(data.scenario().units().get(0))
            .id(UnitId.of("tck-new-unit"))
            .build();
    List<DomainEvent> events = Fixtures.sample(TckGen.events(2), seed());
    requireInvisibleUntilCommit(
        204,
        data,
        tx -> {
          tx.save(AggregateKind.COMMITMENT, changed, 1);
          requireEqual(
              204,
              Optional.of(Versioned.of(changed, 2)),
              tx.load(AggregateKind.COMMITMENT, c.id()),
              "what a transaction loads after its own save");
          tx.save(AggregateKind.UNIT, unit, Versioned.NONE);
          requireEqual(
              204,
              Optional.of(Versioned.of(unit, 1)),
              tx.load(AggregateKind.UNIT, unit.id()),
              "what a transaction loads after its own save of a new unit");
          tx.save(
              AggregateKind.PROGRESS_REPORT, r.withProgressPercent(100 - r.progressPercent()), 1);
          tx.save(
              AggregateKind.OBSERVATION, o.withId(ObservationId.of("tck-new-obs")), Versioned.NONE);
          tx.append(events);
        });
  }

  /**
   * While a transaction that did {@code writes} is open, another thread reads everything and must
   * see the store as it was (or wait for the commit); after the commit, it must see what the
   * reference store shows after the same writes.
   */
  private void requireInvisibleUntilCommit(
      int rule, Dataset data, Consumer<io.rakor.persistence.Transaction> writes) {
    InMemoryStore oracle = new InMemoryStore();
    data.saveInto(oracle);
    use(
        store -> {
          data.saveInto(store);
          Map<String, Object> before = readEverything(store, data);
          ExecutorService other = Executors.newSingleThreadExecutor();
          try {
            store.useTransaction(
                tx -> {
                  writes.accept(tx);
                  Future<Map<String, Object>> during =
                      other.submit(() -> readEverything(store, data));
                  try {
                    requireSameReads(
                        rule,
                        before,
                        during.get(2, TimeUnit.SECONDS),
                        "while a transaction was open (no dirty reads)");
                  } catch (TimeoutException blocked) {
                    // A store may make readers wait for the commit; then they see it afterwards.
                  } catch (InterruptedException | ExecutionException e) {
                    throw new AssertionError(rule(rule) + "the outside read failed", e);
                  }
                });
          } finally {
            other.shutdownNow();
          }
          oracle.useTransaction(writes);
          requireSameReads(
              rule,
              readEverything(oracle, data),
              readEverything(store, data),
              "after the transaction committed (all of it must be visible)");
        });
  }

  /** What every read method of the contract returns for the data set's aggregates and the log. */
  private static Map<String, Object> readEverything(RakorStore store, Dataset data) {
    Map<String, Object> reads = new LinkedHashMap<>();
    Commitment c = data.scenario().commitments().get(0);
    reads.put("load(commitment " + c.id() + ")", store.load(AggregateKind.COMMITMENT, c.id()));
    List<CommitmentId> ids = data.commitments().stream().map(Commitment::id).toList();
    reads.put(
        "loadAll(commitment, every id)",
        List.copyOf(store.loadAll(AggregateKind.COMMITMENT, ids).values()));
    reads.put(
        "commitments(all)",
        all(204, "commitments(all)", p -> store.commitments(CommitmentQuery.all(), p)));
    reads.put(
        "progressReports(all)",
        all(
            204,
            "progressReports(all)",
            p -> store.progressReports(ProgressReportQuery.builder().build(), p)));
    reads.put(
        "observations(all)",
        all(
            204,
            "observations(all)",
            p -> store.observations(ObservationQuery.builder().build(), p)));
    Snapshot listed = Snapshot.of(store);
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      reads.put("list(" + kind + ")", listed.aggregates().get(kind.name()));
    }
    reads.put("events(1, 1000)", store.events(1, PageRequest.MAX_SIZE));
    reads.put("lastEvent()", store.lastEvent());
    return reads;
  }

  private static void requireSameReads(
      int rule, Map<String, Object> expected, Map<String, Object> actual, String when) {
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      Object got = actual.get(e.getKey());
      if (!e.getValue().equals(got)) {
        requireEqual(rule, e.getValue(), got, e.getKey() + " on another thread " + when);
      }
    }
  }

  /**
   * Rule 205: in each round, every thread reads the same commitment, and all of them save it in
   * transactions that are open at the same time (they meet after their saves and appends, before
   * committing): at most one commits, the others fail with {@link ConcurrencyConflictException},
   * and over all rounds no committed update is lost and each has its event in the log.
   */
  @Test
  public void required_spi205_concurrentUpdatesLoseNothing() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          List<Commitment> targets = data.scenario().commitments().subList(0, 3);
          int rounds = 6;
          List<DomainEvent> events = Fixtures.sample(TckGen.events(1), seed());
          int total = 0;
          for (int round = 0; round < rounds; round++) {
            CommitmentId id = targets.get(round % targets.size()).id();
            AtomicInteger won = new AtomicInteger();
            Set<Long> seenVersions = ConcurrentHashMap.newKeySet();
            List<Race.Body> bodies = new ArrayList<>();
            for (int t = 0; t < threads(); t++) {
              bodies.add(
                  me -> {
                    Versioned<Commitment> seen =
                        me.inStore(() -> load(store, AggregateKind.COMMITMENT, id));
                    seenVersions.add(seen.version());
                    me.meet(1);
                    try {
                      me.transaction(
                          store,
                          tx -> {
                            tx.save(AggregateKind.COMMITMENT, bump(seen.value()), seen.version());
                            tx.append(events);
                            return me.meet(2);
                          });
                      won.incrementAndGet();
                    } catch (ConcurrencyConflictException e) {
                      // another contender committed first
                    }
                  });
            }
            Race.run(205, bodies);
            if (won.get() != 1) {
              fail(
                  rule(205)
                      + threads()
                      + " transactions read commitment "
                      + id
                      + " at version "
                      + seenVersions
                      + " and saved it while all were open; "
                      + won.get()
                      + " committed, but exactly one must: the others must fail with"
                      + " ConcurrencyConflictException. Compare the expected version with the"
                      + " committed one at commit, atomically (UPDATE ... WHERE version = ?), not"
                      + " only when save is called.");
            }
            total += won.get();
          }
          double bumps = 0;
          long versions = 0;
          for (Commitment c : targets) {
            Versioned<Commitment> now = load(store, AggregateKind.COMMITMENT, c.id());
            bumps += now.value().weight() - c.weight();
            versions += now.version() - 1;
          }
          if (Math.round(bumps) != total || versions != total) {
            fail(
                rule(205)
                    + total
                    + " updates committed, but the commitments show "
                    + Math.round(bumps)
                    + " of them and their versions rose by "
                    + versions
                    + ". An update was lost: a save must fail when another committed first"
                    + " (compare and bump the version atomically).");
          }
          List<LogEntry> log = Snapshot.log(store);
          requireEqual(205, total, log.size(), "the number of events, one per committed update");
          requireIntact(205, log);
        });
  }

  /**
   * Rule 205: of transactions that save the same commitment expecting the same version and are open
   * at the same time (they meet after their saves, before committing), exactly one commits.
   */
  @Test
  public void required_spi205_sameVersionRaceHasOneWinner() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          for (Commitment c : data.scenario().commitments().subList(0, 3)) {
            AtomicInteger won = new AtomicInteger();
            List<Race.Body> bodies = new ArrayList<>();
            for (int t = 0; t < threads(); t++) {
              Commitment mine = bump(c);
              bodies.add(
                  me -> {
                    try {
                      me.transaction(
                          store,
                          tx -> {
                            tx.save(AggregateKind.COMMITMENT, mine, 1);
                            return me.meet(1);
                          });
                      won.incrementAndGet();
                    } catch (ConcurrencyConflictException e) {
                      // another contender committed first
                    }
                  });
            }
            Race.run(205, bodies);
            requireEqual(
                205,
                1,
                won.get(),
                "how many of "
                    + threads()
                    + " transactions, all open at once, that saved "
                    + c.id()
                    + " expecting version 1 committed (the others must fail with"
                    + " ConcurrencyConflictException; check the version at commit)");
            requireEqual(
                205, 2L, load(store, AggregateKind.COMMITMENT, c.id()).version(), "version");
          }
        });
  }

  /** Rule 206: a nested call to inTransaction on the same thread is refused. */
  @Test
  public void required_spi206_nestedTransactionIsRefused() {
    use(
        store -> {
          ExecutorService runner = Executors.newSingleThreadExecutor();
          try {
            Future<String> result =
                runner.submit(
                    () ->
                        store.inTransaction(
                            outer -> {
                              try {
                                store.inTransaction(inner -> "joined");
                                return "nested call returned";
                              } catch (StoreException expected) {
                                return "refused";
                              }
                            }));
            String what;
            try {
              what = result.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
              what = "nested call deadlocked";
            } catch (InterruptedException | ExecutionException e) {
              what = "nested call threw " + e.getCause();
            }
            requireEqual(
                206,
                "refused",
                what,
                "what happens when a work calls inTransaction again on its thread (throw"
                    + " StoreException)");
          } finally {
            runner.shutdownNow();
          }
        });
  }

  // ------------------------------------------------------------------ 3. queries

  /** Rule 301: commitment queries return exactly the commitments that match. */
  @Test
  public void required_spi301_commitmentQueriesReturnExactlyTheMatches() {
    withData(
        (data, store, oracle) -> {
          for (CommitmentQuery q : commitmentQueries(data)) {
            requireExactMatches(
                "commitments " + q,
                all(301, "commitments " + q, page -> store.commitments(q, page)),
                currentValues(oracle, AggregateKind.COMMITMENT, data.commitments()),
                q::matches,
                c -> c.id().value());
          }
        });
  }

  /** Rule 301: progress report queries return exactly the reports that match. */
  @Test
  public void required_spi301_progressReportQueriesReturnExactlyTheMatches() {
    withData(
        (data, store, oracle) -> {
          for (ProgressReportQuery q : reportQueries(data)) {
            requireExactMatches(
                "progress reports " + q,
                all(301, "progress reports " + q, page -> store.progressReports(q, page)),
                data.reports(),
                q::matches,
                r -> r.id().value());
          }
        });
  }

  /** Rule 301: observation queries return exactly the observations that match. */
  @Test
  public void required_spi301_observationQueriesReturnExactlyTheMatches() {
    withData(
        (data, store, oracle) -> {
          for (ObservationQuery q : observationQueries(data)) {
            requireExactMatches(
                "observations " + q,
                all(301, "observations " + q, page -> store.observations(q, page)),
                data.observations(),
                q::matches,
                o -> o.id().value());
          }
        });
  }

  /** Rule 302: results come in the query's order, the same as the reference store's. */
  @Test
  public void required_spi302_resultsComeInTheQueryOrder() {
    withData(
        (data, store, oracle) -> {
          for (CommitmentQuery q : commitmentQueries(data)) {
            requireOrder(
                "commitments " + q,
                all(302, "commitments " + q, page -> store.commitments(q, page)),
                all(302, "the reference", page -> oracle.commitments(q, page)),
                CommitmentQuery.ORDER);
          }
          for (ProgressReportQuery q : reportQueries(data)) {
            requireOrder(
                "progress reports " + q,
                all(302, "progress reports " + q, page -> store.progressReports(q, page)),
                all(302, "the reference", page -> oracle.progressReports(q, page)),
                ProgressReportQuery.ORDER);
          }
          for (ObservationQuery q : observationQueries(data)) {
            requireOrder(
                "observations " + q,
                all(302, "observations " + q, page -> store.observations(q, page)),
                all(302, "the reference", page -> oracle.observations(q, page)),
                ObservationQuery.ORDER);
          }
        });
  }

  /**
   * Rules 303 and 304: at every page size, each page equals the reference store's page, holds at
   * most the size asked, and has a next cursor exactly when more items follow.
   */
  @Test
  public void required_spi303_pagesEqualTheReferenceAtEverySize() {
    withData(
        (data, store, oracle) -> {
          for (int size : new int[] {1, 2, 3, 7}) {
            for (CommitmentQuery q : commitmentQueries(data).subList(0, 8)) {
              comparePages(
                  303,
                  "commitments " + q,
                  size,
                  page -> store.commitments(q, page),
                  page -> oracle.commitments(q, page));
            }
            for (ProgressReportQuery q : reportQueries(data).subList(0, 4)) {
              comparePages(
                  303,
                  "progress reports " + q,
                  size,
                  page -> store.progressReports(q, page),
                  page -> oracle.progressReports(q, page));
            }
            for (ObservationQuery q : observationQueries(data).subList(0, 4)) {
              comparePages(
                  303,
                  "observations " + q,
                  size,
                  page -> store.observations(q, page),
                  page -> oracle.observations(q, page));
            }
          }
        });
  }

  /**
   * Rule 303 at the edges: commitments that tie on their due date (the last day of the last year
   * allowed) are ordered by id text compared as bytes, with ids of every character class and at the
   * length limit; pages of one, a page that ends exactly at the last item, one page larger than the
   * results, the largest page, and a query that matches nothing all equal the reference store's.
   */
  @Test
  public void required_spi303_pagesAtTheEdges() {
    Dataset data = Dataset.of(seed());
    Commitment base = data.scenario().commitments().get(0);
    LocalDate last = LocalDate.of(Limits.YEAR_MAX, 12, 31);
    List<String> ids =
        List.of(
            "0",
            "Z",
            "z",
            "tck-edge",
            "tck-edge-0",
            "tck-edge.0",
            "tck-edge/0",
            "tck-edge0",
            "tck-edgeA",
            "tck-edge_0",
            "tck-edgea",
            "z".repeat(Limits.ID_LENGTH),
            "y/" + "z".repeat(Limits.ID_LENGTH - 2));
    InMemoryStore oracle = new InMemoryStore();
    data.saveInto(oracle);
    use(
        store -> {
          data.saveInto(store);
          for (RakorStore s : List.of(store, oracle)) {
            s.useTransaction(
                tx ->
                    ids.forEach(
                        id ->
                            tx.save(
                                AggregateKind.COMMITMENT,
                                base.withId(CommitmentId.of(id)).withDue(last),
                                Versioned.NONE)));
          }
          CommitmentQuery tied = CommitmentQuery.builder().dueOnOrAfter(last).build();
          CommitmentQuery none =
              CommitmentQuery.builder().dueBefore(LocalDate.of(Limits.YEAR_MIN, 1, 2)).build();
          for (int size : new int[] {1, 2, ids.size(), ids.size() + 1, PageRequest.MAX_SIZE}) {
            comparePages(
                303,
                "commitments " + tied,
                size,
                p -> store.commitments(tied, p),
                p -> oracle.commitments(tied, p));
            comparePages(
                303,
                "commitments " + none,
                size,
                p -> store.commitments(none, p),
                p -> oracle.commitments(none, p));
            comparePages(
                303,
                "list(commitment)",
                size,
                p -> store.list(AggregateKind.COMMITMENT, p),
                p -> oracle.list(AggregateKind.COMMITMENT, p));
          }
          requireEqual(
              303,
              new Page<>(List.of(), Optional.empty()),
              store.commitments(none, PageRequest.first(1)),
              "the first page of a query that matches nothing");
        });
  }

  /**
   * Rule 304: paging through every query type (all items and generated queries) and through {@code
   * list}, while commitments, progress reports and observations are inserted, updated and moved
   * between every two pages, returns every item that matched at the start and kept its sort key
   * exactly once.
   */
  @Test
  public void required_spi304_pagingNeitherSkipsNorRepeatsUnderConcurrentWrites() {
    for (int i = 0; i < examples(); i++) {
      Dataset data = Dataset.of(seed() + i);
      use(
          store -> {
            data.saveInto(store);
            Writer writer = new Writer(store, data);
            List<CommitmentQuery> cqs = commitmentQueries(data).subList(0, 2);
            List<ProgressReportQuery> rqs = reportQueries(data).subList(0, 2);
            List<ObservationQuery> oqs = observationQueries(data).subList(0, 2);
            for (int size : new int[] {3, 10}) {
              for (CommitmentQuery q : cqs) {
                pageUnderWrites(
                    "commitments " + q, size, p -> store.commitments(q, p), writer, data);
              }
              for (ProgressReportQuery q : rqs) {
                pageUnderWrites(
                    "progress reports " + q, size, p -> store.progressReports(q, p), writer, data);
              }
              for (ObservationQuery q : oqs) {
                pageUnderWrites(
                    "observations " + q, size, p -> store.observations(q, p), writer, data);
              }
              pageUnderWrites(
                  "list(commitment)",
                  size,
                  p -> store.list(AggregateKind.COMMITMENT, p),
                  writer,
                  data);
              pageUnderWrites(
                  "list(progress-report)",
                  size,
                  p -> store.list(AggregateKind.PROGRESS_REPORT, p),
                  writer,
                  data);
            }
          });
    }
  }

  private static <T> void pageUnderWrites(
      String what,
      int size,
      Function<PageRequest, Page<Versioned<T>>> reader,
      Writer writer,
      Dataset data) {
    List<String> atStart =
        all(304, what, reader).stream().map(v -> Describe.id(v.value())).toList();
    Map<String, Integer> seen = new HashMap<>();
    PageWalk<Versioned<T>> walk =
        new PageWalk<>(304, what, size, reader, v -> Describe.id(v.value()), true);
    for (Optional<Page<Versioned<T>>> page = walk.next(); page.isPresent(); page = walk.next()) {
      page.get().items().forEach(v -> seen.merge(Describe.id(v.value()), 1, Integer::sum));
      writer.write();
    }
    List<String> skipped = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    for (String id : atStart) {
      int times = seen.getOrDefault(id, 0);
      if (!writer.moved(id) && times != 1) {
        (times == 0 ? skipped : repeated).add(id);
      }
    }
    if (!skipped.isEmpty() || !repeated.isEmpty()) {
      fail(
          rule(304)
              + what
              + " of "
              + data
              + " with pages of "
              + size
              + ", while aggregates were inserted and updated between pages: skipped "
              + Describe.brief(skipped)
              + ", repeated "
              + Describe.brief(repeated)
              + ". Page by key: the next page starts strictly after the cursor's (sort key,"
              + " id), never at an offset, and the cursor is the last item returned.");
    }
  }

  /**
   * Writes between pages: a new commitment, report and observation; updates that keep the sort key;
   * and moves of a few commitments and reports to a later sort key.
   */
  private static final class Writer {
    private final RakorStore store;
    private final List<Commitment> commitments;
    private final List<ProgressReport> reports;
    private final List<Observation> observations;
    private final Set<String> moved = new HashSet<>();
    private final Map<String, Integer> moves = new HashMap<>();
    private int round;

    Writer(RakorStore store, Dataset data) {
      this.store = store;
      this.commitments = data.commitments();
      this.reports = data.reports();
      this.observations = data.observations();
    }

    boolean moved(String id) {
      return moved.contains(id);
    }

    void write() {
      round++;
      Commitment c = commitments.get(round % commitments.size());
      ProgressReport r = reports.get(round % reports.size());
      Observation o = observations.get(round % observations.size());
      store.useTransaction(
          tx -> {
            tx.save(
                AggregateKind.COMMITMENT,
                c.withId(CommitmentId.of("tck-new-" + round)),
                Versioned.NONE);
            tx.save(
                AggregateKind.PROGRESS_REPORT,
                r.withId(ProgressReportId.of("tck-new-" + round)),
                Versioned.NONE);
            tx.save(
                AggregateKind.OBSERVATION,
                o.withId(ObservationId.of("tck-new-" + round)),
                Versioned.NONE);
          });
      resave(AggregateKind.COMMITMENT, commitments.get((round * 7 + 3) % commitments.size()));
      resave(AggregateKind.PROGRESS_REPORT, reports.get((round * 7 + 3) % reports.size()));
      resave(AggregateKind.OBSERVATION, observations.get((round * 7 + 3) % observations.size()));
      if (round % 5 == 0) {
        Commitment m = commitments.get((round * 3) % commitments.size());
        Versioned<Commitment> now = load(store, AggregateKind.COMMITMENT, m.id());
        moved.add(Describe.id(m));
        store.save(
            AggregateKind.COMMITMENT,
            now.value().withDue(now.value().due().plusDays(shift(m.id().value()))),
            now.version());
        ProgressReport n = reports.get((round * 3) % reports.size());
        Versioned<ProgressReport> then = load(store, AggregateKind.PROGRESS_REPORT, n.id());
        moved.add(Describe.id(n));
        store.save(
            AggregateKind.PROGRESS_REPORT,
            then.value()
                .withSubmittedAt(
                    then.value().submittedAt().plusSeconds(shift(n.id().value()) * 86_400L)),
            then.version());
      }
    }

    /** Days to move an item by: 400 later, then back again, so that dates stay in range. */
    private long shift(String id) {
      return moves.merge(id, 1, Integer::sum) % 2 == 1 ? 400 : -400;
    }

    private <T, K> void resave(AggregateKind<T, K> kind, T value) {
      Versioned<T> now = load(store, kind, kind.idOf(value));
      store.save(kind, now.value(), now.version());
    }
  }

  /**
   * Rule 305: null arguments, event positions out of range and page sizes out of range are refused,
   * and nothing is written.
   */
  @Test
  public void required_spi305_badArgumentsAreRefused() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveInto(store);
          store.useTransaction(tx -> tx.append(Fixtures.sample(TckGen.events(2), seed())));
          Snapshot before = Snapshot.of(store);
          PageRequest page = PageRequest.first(5);
          Map<String, Runnable> nulls = new LinkedHashMap<>();
          nulls.put("load(COMMITMENT, null)", () -> store.load(AggregateKind.COMMITMENT, null));
          nulls.put("load(null, id)", () -> store.load(null, CommitmentId.of("x")));
          nulls.put(
              "loadAll(COMMITMENT, null)", () -> store.loadAll(AggregateKind.COMMITMENT, null));
          nulls.put("list(COMMITMENT, null)", () -> store.list(AggregateKind.COMMITMENT, null));
          nulls.put("list(null, page)", () -> store.list(null, page));
          nulls.put("commitments(null, page)", () -> store.commitments(null, page));
          nulls.put(
              "commitments(query, null)", () -> store.commitments(CommitmentQuery.all(), null));
          nulls.put("progressReports(null, page)", () -> store.progressReports(null, page));
          nulls.put(
              "progressReports(query, null)",
              () -> store.progressReports(ProgressReportQuery.builder().build(), null));
          nulls.put("observations(null, page)", () -> store.observations(null, page));
          nulls.put(
              "observations(query, null)",
              () -> store.observations(ObservationQuery.builder().build(), null));
          nulls.put("inTransaction(null)", () -> store.inTransaction(null));
          nulls.put(
              "Transaction.save(COMMITMENT, null, 1)",
              () -> store.useTransaction(tx -> tx.save(AggregateKind.COMMITMENT, null, 1)));
          nulls.put("Transaction.append(null)", () -> store.useTransaction(tx -> tx.append(null)));
          nulls.forEach(
              (call, run) ->
                  requireRefused(
                      305,
                      call,
                      run,
                      List.of(NullPointerException.class, IllegalArgumentException.class)));
          Map<String, Runnable> ranges = new LinkedHashMap<>();
          ranges.put("events(0, 10)", () -> store.events(0, 10));
          ranges.put("events(-1, 10)", () -> store.events(-1, 10));
          ranges.put("events(1, 0)", () -> store.events(1, 0));
          ranges.put("events(1, -1)", () -> store.events(1, -1));
          ranges.put(
              "events(1, " + (PageRequest.MAX_SIZE + 1) + ")",
              () -> store.events(1, PageRequest.MAX_SIZE + 1));
          ranges.put("new PageRequest(0, ...)", () -> PageRequest.first(0));
          ranges.put("new PageRequest(-1, ...)", () -> PageRequest.first(-1));
          ranges.forEach(
              (call, run) ->
                  requireRefused(305, call, run, List.of(IllegalArgumentException.class)));
          requireSame(305, before, Snapshot.of(store), "the store after refused calls");
        });
  }

  /**
   * Rule 305: a cursor made for another kind of read is refused with {@link StoreException}; a
   * cursor of another query of the same type is a position, and the page after it equals the
   * reference store's.
   */
  @Test
  public void required_spi305_cursorOfAnotherKindIsRefused() {
    withData(
        (data, store, oracle) -> {
          Cursor listing =
              store.list(AggregateKind.COMMITMENT, PageRequest.first(1)).next().orElseThrow();
          Cursor commitment =
              store.commitments(CommitmentQuery.all(), PageRequest.first(1)).next().orElseThrow();
          Cursor report =
              store
                  .progressReports(ProgressReportQuery.builder().build(), PageRequest.first(1))
                  .next()
                  .orElseThrow();
          Map<String, Runnable> wrong = new LinkedHashMap<>();
          wrong.put(
              "commitments(all, after the listing cursor " + listing + ")",
              () -> store.commitments(CommitmentQuery.all(), PageRequest.after(5, listing)));
          wrong.put(
              "commitments(all, after the progress-report cursor " + report + ")",
              () -> store.commitments(CommitmentQuery.all(), PageRequest.after(5, report)));
          wrong.put(
              "progressReports(all, after the commitment cursor " + commitment + ")",
              () ->
                  store.progressReports(
                      ProgressReportQuery.builder().build(), PageRequest.after(5, commitment)));
          wrong.put(
              "progressReports(all, after the listing cursor " + listing + ")",
              () ->
                  store.progressReports(
                      ProgressReportQuery.builder().build(), PageRequest.after(5, listing)));
          wrong.put(
              "observations(all, after the progress-report cursor " + report + ")",
              () ->
                  store.observations(
                      ObservationQuery.builder().build(), PageRequest.after(5, report)));
          wrong.put(
              "observations(all, after the listing cursor " + listing + ")",
              () ->
                  store.observations(
                      ObservationQuery.builder().build(), PageRequest.after(5, listing)));
          wrong.put(
              "list(COMMITMENT, after the commitment query cursor " + commitment + ")",
              () -> store.list(AggregateKind.COMMITMENT, PageRequest.after(5, commitment)));
          wrong.forEach(
              (call, run) -> requireRefused(305, call, run, List.of(StoreException.class)));
          List<CommitmentQuery> queries = commitmentQueries(data);
          for (int i = 1; i < queries.size(); i++) {
            CommitmentQuery other = queries.get(i - 1);
            CommitmentQuery q = queries.get(i);
            Optional<Cursor> from = oracle.commitments(other, PageRequest.first(2)).next();
            if (from.isPresent()) {
              PageRequest after = PageRequest.after(3, from.get());
              requireEqual(
                  305,
                  oracle.commitments(q, after),
                  store.commitments(q, after),
                  "the page of commitments "
                      + q
                      + " after a cursor of another query ("
                      + from.get()
                      + "): a cursor is a position, not a query");
            }
          }
        });
  }

  // ------------------------------------------------------------------ 4. event log

  /** Rules 401 and 402: committed events appear in order with no gap; rolled-back ones never. */
  @Test
  public void required_spi401_eventsAppearOnCommitInOrderWithoutGaps() {
    use(
        store -> {
          List<DomainEvent> events = Fixtures.sample(TckGen.events(8), seed());
          List<LogEntry> first = store.inTransaction(tx -> tx.append(events.subList(0, 3)));
          try {
            store.inTransaction(
                tx -> {
                  tx.append(events.subList(3, 5));
                  throw new InjectedFailure(2);
                });
          } catch (InjectedFailure expected) {
            // rolled back
          }
          List<LogEntry> second = store.inTransaction(tx -> tx.append(events.subList(5, 8)));
          List<LogEntry> log = Snapshot.log(store);
          List<DomainEvent> committed = new ArrayList<>(events.subList(0, 3));
          committed.addAll(events.subList(5, 8));
          requireEqual(
              401,
              committed,
              log.stream().map(LogEntry::event).toList(),
              "the events in the log (those of the rolled-back transaction must not appear)");
          requireEqual(
              401,
              List.of(1L, 2L, 3L, 4L, 5L, 6L),
              log.stream().map(LogEntry::sequence).toList(),
              "the sequence numbers (1, 2, 3, ... with no gap left by a rollback)");
          List<LogEntry> returned = new ArrayList<>(first);
          returned.addAll(second);
          requireEqual(402, returned, log, "the entries read back, against those append returned");
          requireIntact(402, log);
        });
  }

  /**
   * Rule 401: appended events stay invisible to other readers, through every read method, until the
   * commit; then they are all there.
   */
  @Test
  public void required_spi401_appendedEventsAreInvisibleUntilCommit() {
    List<DomainEvent> events = Fixtures.sample(TckGen.events(3), seed());
    requireInvisibleUntilCommit(401, Dataset.of(seed()), tx -> tx.append(events));
  }

  /** Rule 402: the log verifies as a hash chain and reads back what append returned. */
  @Test
  public void required_spi402_logVerifiesAndReadsBackWhatAppendReturned() {
    for (int i = 0; i < examples(); i++) {
      List<DomainEvent> events = Fixtures.sample(TckGen.events(40), seed() + i);
      use(
          store -> {
            List<LogEntry> returned = new ArrayList<>();
            int from = 0;
            int batch = 1;
            while (from < events.size()) {
              List<DomainEvent> chunk = events.subList(from, Math.min(events.size(), from + batch));
              returned.addAll(store.inTransaction(tx -> tx.append(chunk)));
              from += chunk.size();
              batch = batch % 4 + 1;
            }
            List<LogEntry> log = Snapshot.log(store);
            requireEqual(
                402, returned, log, "the entries read back, against those append returned");
            requireEqual(
                402,
                events,
                log.stream().map(LogEntry::event).toList(),
                "the events read back, in the order appended (check that every field of"
                    + " DomainEvent, including its details, is stored)");
            requireIntact(402, log);
          });
    }
  }

  /**
   * Rule 402: in each round, every thread appends in a transaction and all of them are open at the
   * same time (they meet after appending, before committing); the committed log is one intact chain
   * with no sequence number twice.
   */
  @Test
  public void required_spi402_chainHoldsUnderConcurrentAppends() {
    use(
        store -> {
          List<DomainEvent> events = Fixtures.sample(TckGen.events(3), seed());
          AtomicInteger committed = new AtomicInteger();
          for (int round = 0; round < 4; round++) {
            List<Race.Body> bodies = new ArrayList<>();
            for (int t = 0; t < threads(); t++) {
              List<DomainEvent> chunk = events.subList(0, 1 + (t + round) % 3);
              bodies.add(
                  me -> {
                    boolean first = true;
                    while (true) {
                      boolean meet = first;
                      first = false;
                      try {
                        me.transaction(
                            store,
                            tx -> {
                              tx.append(chunk);
                              return meet && me.meet(1);
                            });
                        committed.addAndGet(chunk.size());
                        return;
                      } catch (ConcurrencyConflictException e) {
                        // another appender won; try again
                      }
                    }
                  });
            }
            Race.run(402, bodies);
            List<LogEntry> log = Snapshot.log(store);
            requireEqual(402, committed.get(), log.size(), "the number of events committed");
            requireIntact(402, log);
          }
        });
  }

  /** Rule 403: reading from any position returns the entries from there on, in order. */
  @Test
  public void required_spi403_eventsReadFromAnyPositionInOrder() {
    use(
        store -> {
          List<DomainEvent> events = Fixtures.sample(TckGen.events(12), seed());
          for (int i = 0; i < events.size(); i += 3) {
            List<DomainEvent> chunk = events.subList(i, i + 3);
            store.inTransaction(tx -> tx.append(chunk));
          }
          List<LogEntry> log = Snapshot.log(store);
          for (long from = 1; from <= log.size() + 2; from++) {
            for (int limit : new int[] {1, 2, 5, 1000}) {
              int start = (int) Math.min(from - 1, log.size());
              List<LogEntry> expected = log.subList(start, Math.min(log.size(), start + limit));
              requireEqual(
                  403,
                  expected,
                  store.events(from, limit),
                  "events(" + from + ", " + limit + ") of a log of " + log.size());
            }
          }
        });
  }

  /** Rule 404: the last event is the head of the log. */
  @Test
  public void required_spi404_lastEventIsTheHead() {
    use(
        store -> {
          requireEqual(404, Optional.empty(), store.lastEvent(), "the head of an empty log");
          List<DomainEvent> events = Fixtures.sample(TckGen.events(5), seed());
          for (int i = 0; i < events.size(); i++) {
            List<DomainEvent> one = events.subList(i, i + 1);
            List<LogEntry> appended = store.inTransaction(tx -> tx.append(one));
            requireEqual(
                404, Optional.of(appended.get(0)), store.lastEvent(), "the head after append");
          }
        });
  }

  // ------------------------------------------------------------------ 5. versions

  /** Rule 501: the store declares a contract version this library supports. */
  @Test
  public void required_spi501_storeDeclaresASupportedSpiVersion() {
    use(
        store -> {
          try {
            Stores.checked(store);
          } catch (StoreException e) {
            fail(rule(501) + e.getMessage(), e);
          }
        });
  }

  /**
   * Rule 502: a store made by its constructor ({@link #createStore()}) serves every method at once,
   * empty, with no further setup, and shares nothing with another constructed store.
   */
  @Test
  public void required_spi502_aConstructedStoreServesEveryCallAtOnce() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          requireEqual(
              502,
              true,
              store.spiVersion() != null,
              "whether a new store declares its SPI version");
          requireEqual(
              502,
              List.of(),
              List.copyOf(
                  store
                      .loadAll(
                          AggregateKind.COMMITMENT,
                          List.of(data.scenario().commitments().get(0).id()))
                      .values()),
              "what loadAll finds in a new store");
          for (AggregateKind<?, ?> kind : AggregateKind.all()) {
            requireMissing(store, kind);
            requireEqual(
                502,
                new Page<>(List.of(), Optional.empty()),
                store.list(kind, PageRequest.first(10)),
                "list(" + kind + ") of a new store");
          }
          requireEqual(
              502,
              new Page<>(List.of(), Optional.empty()),
              store.commitments(CommitmentQuery.all(), PageRequest.first(10)),
              "the commitments of a new store");
          requireEqual(
              502,
              new Page<>(List.of(), Optional.empty()),
              store.progressReports(ProgressReportQuery.builder().build(), PageRequest.first(10)),
              "the progress reports of a new store");
          requireEqual(
              502,
              new Page<>(List.of(), Optional.empty()),
              store.observations(ObservationQuery.builder().build(), PageRequest.first(10)),
              "the observations of a new store");
          requireEqual(502, List.of(), store.events(1, 10), "the events of a new store");
          requireEqual(502, Optional.empty(), store.lastEvent(), "the head of a new store");
          Commitment c = data.scenario().commitments().get(0);
          use(
              other -> {
                store.save(AggregateKind.COMMITMENT, c, Versioned.NONE);
                store.useTransaction(tx -> tx.append(Fixtures.sample(TckGen.events(1), seed())));
                requireEqual(
                    502,
                    Optional.empty(),
                    other.load(AggregateKind.COMMITMENT, c.id()),
                    "what a second new store loads after the first saved "
                        + c.id()
                        + " (each createStore() must return a store of its own)");
                requireEqual(
                    502,
                    Optional.empty(),
                    other.lastEvent(),
                    "the head of a second new store after the first appended");
              });
          requireEqual(
              502, 1L, load(store, AggregateKind.COMMITMENT, c.id()).version(), "the version");
        });
  }

  // ------------------------------------------------------------------ 6. threads

  /**
   * Rule 601: threads started together call every method of the store at once (reads of every kind,
   * queries, the log, and transactions that save and append), and each gets what one thread alone
   * would.
   */
  @Test
  public void required_spi601_everyMethodServesManyThreadsAtOnce() {
    withData(
        (data, store, oracle) -> {
          CyclicBarrier start = new CyclicBarrier(threads());
          List<Callable<Void>> tasks = new ArrayList<>();
          Commitment c = data.scenario().commitments().get(0);
          List<DomainEvent> events = Fixtures.sample(TckGen.events(1), seed());
          Page<Versioned<Commitment>> commitments =
              oracle.commitments(CommitmentQuery.all(), PageRequest.first(7));
          Page<Versioned<ProgressReport>> reports =
              oracle.progressReports(ProgressReportQuery.builder().build(), PageRequest.first(7));
          Page<Versioned<Observation>> observations =
              oracle.observations(ObservationQuery.builder().build(), PageRequest.first(7));
          for (int t = 0; t < threads(); t++) {
            ResponsibleUnit own =
                ResponsibleUnit.builder()
                    .from(data.scenario().units().get(0))
                    .id(UnitId.of("tck-thread-" + t))
                    .build();
            tasks.add(
                () -> {
                  start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  for (int round = 0; round < 5; round++) {
                    requireEqual(
                        601,
                        load(oracle, AggregateKind.COMMITMENT, c.id()),
                        load(store, AggregateKind.COMMITMENT, c.id()),
                        "load");
                    requireEqual(
                        601,
                        List.of(load(oracle, AggregateKind.COMMITMENT, c.id())),
                        List.copyOf(
                            store.loadAll(AggregateKind.COMMITMENT, List.of(c.id())).values()),
                        "loadAll");
                    requireEqual(
                        601,
                        oracle.list(AggregateKind.COMMITMENT, PageRequest.first(7)),
                        store.list(AggregateKind.COMMITMENT, PageRequest.first(7)),
                        "list");
                    requireEqual(
                        601,
                        commitments,
                        store.commitments(CommitmentQuery.all(), PageRequest.first(7)),
                        "commitments");
                    requireEqual(
                        601,
                        reports,
                        store.progressReports(
                            ProgressReportQuery.builder().build(), PageRequest.first(7)),
                        "progressReports");
                    requireEqual(
                        601,
                        observations,
                        store.observations(
                            ObservationQuery.builder().build(), PageRequest.first(7)),
                        "observations");
                    store.events(1, 10);
                    store.lastEvent();
                  }
                  store.useTransaction(
                      tx -> {
                        tx.save(AggregateKind.UNIT, own, Versioned.NONE);
                        tx.append(events);
                      });
                  return null;
                });
          }
          runAll(601, tasks);
          for (int t = 0; t < threads(); t++) {
            requireEqual(
                601,
                1L,
                load(store, AggregateKind.UNIT, UnitId.of("tck-thread-" + t)).version(),
                "the version of the unit thread " + t + " saved");
          }
          List<LogEntry> log = Snapshot.log(store);
          requireEqual(601, threads(), log.size(), "the events the threads appended");
          requireIntact(601, log);
        });
  }

  // ------------------------------------------------------------------ 7. whole stores

  /** Rule 701: a store whose log names every saved version verifies intact, all of it read. */
  @Test
  public void required_spi701_aStoreWrittenWithItsLogVerifies() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          long events = data.saveWithLogInto(store);
          Snapshot saved = snapshotOfLogged(data);
          StoreVerification v = StoreVerifier.defaults().verify(store);
          if (!v.intact()) {
            fail(
                rule(701)
                    + "a store written with one log event per saved version did not verify: "
                    + v.summary()
                    + " The verifier reads the store through list(kind, page) (rule 106),"
                    + " events(from, limit) (rule 403) and lastEvent() (rule 404): check those.");
          }
          requireEqual(701, (long) saved.size(), v.aggregates(), "aggregates the verifier read");
          requireEqual(701, events, v.events(), "log entries the verifier read");
        });
  }

  /**
   * Rule 701: a version saved without its event, and an event naming an aggregate the store does
   * not hold, are reported by kind and id.
   */
  @Test
  public void required_spi701_verificationNamesWhatTheLogDoesNotExplain() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveWithLogInto(store);
          Commitment first = data.scenario().commitments().get(0);
          store.save(AggregateKind.COMMITMENT, first, 2);
          DomainEvent stray =
              DomainEvent.builder()
                  .from(store.lastEvent().orElseThrow().event())
                  .subjectKind("Commitment")
                  .subjectId("tck-never-saved")
                  .build();
          store.useTransaction(tx -> tx.append(List.of(stray)));
          StoreVerification v = StoreVerifier.defaults().verify(store);
          List<String> found =
              v.mismatches().stream().map(m -> m.type() + " " + m.kind() + " " + m.id()).toList();
          requireEqual(
              701,
              List.of(
                  Mismatch.Type.VERSION_NOT_EXPLAINED + " commitment " + first.id().value(),
                  Mismatch.Type.AGGREGATE_MISSING + " commitment tck-never-saved"),
              found,
              "the mismatches of a store with commitment "
                  + first.id().value()
                  + " saved a third time without an event, and an event naming a commitment"
                  + " never saved ("
                  + v.summary()
                  + ")");
        });
  }

  /**
   * Rule 702: an export imported into an empty store, of this implementation and of the reference,
   * gives an equal store.
   */
  @Test
  public void required_spi702_exportAndImportGiveAnEqualStore() {
    use(
        store -> {
          Dataset data = Dataset.of(seed());
          data.saveWithLogInto(store);
          Snapshot original = Snapshot.of(store);
          Path file = tempFile();
          try {
            TransferSummary exported = StoreTransfer.defaults().export(store, file);
            requireEqual(
                702,
                new TransferSummary(
                    original.size(),
                    original.log().size(),
                    original.log().get(original.log().size() - 1).hash()),
                exported,
                "what the export says it wrote");
            InMemoryStore reference = new InMemoryStore();
            StoreTransfer.defaults().importFrom(file, reference);
            requireSame(702, original, Snapshot.of(reference), "the export imported into memory");
            use(
                target -> {
                  StoreTransfer.defaults().importFrom(file, target);
                  requireSame(
                      702, original, Snapshot.of(target), "the export imported into a new store");
                  requireVerifies(702, target);
                });
          } finally {
            delete(file);
          }
        });
  }

  /**
   * Rule 703: a copy into an empty store, and back out, gives equal stores; a copy into a store
   * that is not empty is refused and changes nothing.
   */
  @Test
  public void required_spi703_copyGivesAnEqualStoreAndRefusesAFullOne() {
    InMemoryStore source = new InMemoryStore();
    Dataset.of(seed()).saveWithLogInto(source);
    Snapshot original = Snapshot.of(source);
    use(
        store -> {
          StoreTransfer.defaults().copy(source, store);
          requireSame(703, original, Snapshot.of(store), "the copy of a store into this one");
          requireVerifies(703, store);
          InMemoryStore back = new InMemoryStore();
          StoreTransfer.defaults().copy(store, back);
          requireSame(703, original, Snapshot.of(back), "the copy of this store back into memory");
          try {
            StoreTransfer.defaults().copy(source, store);
            fail(rule(703) + "a copy into a store that is not empty was not refused");
          } catch (StoreException expected) {
            requireSame(703, original, Snapshot.of(store), "a store after a refused copy into it");
          }
        });
  }

  // ------------------------------------------------------------------ helpers

  private static Snapshot snapshotOfLogged(Dataset data) {
    InMemoryStore reference = new InMemoryStore();
    data.saveWithLogInto(reference);
    return Snapshot.of(reference);
  }

  private static void requireSame(int rule, Snapshot expected, Snapshot actual, String what) {
    if (!expected.equals(actual)) {
      String change = describeChange(expected, actual);
      fail(
          rule(rule)
              + what
              + " is not equal to the original ("
              + expected
              + " against "
              + actual
              + "). "
              + change
              + " Every aggregate must arrive at its version with an equal value, and every log"
              + " entry equal.");
    }
  }

  private static void requireVerifies(int rule, RakorStore store) {
    StoreVerification v = StoreVerifier.defaults().verify(store);
    if (!v.intact()) {
      fail(rule(rule) + "the store does not verify: " + v.summary());
    }
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("rakor-tck-export-", ".jsonl");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class InjectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFailure(int afterSteps) {
      super("failure injected by the TCK after " + afterSteps + " step(s)", null, false, false);
    }
  }

  /** Test work that gets a data set saved into the store under test and the reference store. */
  @FunctionalInterface
  private interface DataWork {
    void run(Dataset data, RakorStore store, RakorStore oracle);
  }

  private void use(Consumer<RakorStore> work) {
    RakorStore store = createStore();
    try {
      work.accept(store);
    } finally {
      releaseStore(store);
    }
  }

  private void withData(DataWork work) {
    for (int i = 0; i < examples(); i++) {
      Dataset data = Dataset.of(seed() + i);
      RakorStore oracle = new InMemoryStore();
      data.saveInto(oracle);
      use(
          store -> {
            data.saveInto(store);
            work.run(data, store, oracle);
          });
    }
  }

  private static void requireNotBehind(
      RakorStore store, CommitmentId first, CommitmentId second, AtomicReference<String> torn) {
    long firstVersion = load(store, AggregateKind.COMMITMENT, first).version();
    long secondVersion = load(store, AggregateKind.COMMITMENT, second).version();
    if (secondVersion < firstVersion) {
      torn.compareAndSet(
          null,
          "a reader saw "
              + first
              + " at version "
              + firstVersion
              + " and afterwards "
              + second
              + " still at "
              + secondVersion);
    }
  }

  private static String rule(int number) {
    return Describe.rule(number);
  }

  /** Fails with a short message: the rule, what was compared, expected and got, in brief. */
  private static void requireEqual(int rule, Object expected, Object actual, String what) {
    if (!Objects.equals(expected, actual)) {
      String detail =
          expected instanceof List<?> e && actual instanceof List<?> a
              ? Describe.firstDifference(e, a)
              : Describe.difference(unwrap(expected), unwrap(actual));
      fail(
          rule(rule)
              + what
              + ": expected "
              + Describe.brief(expected)
              + ", got "
              + Describe.brief(actual)
              + "."
              + detail);
    }
  }

  private static Object unwrap(Object o) {
    return o instanceof Optional<?> opt ? opt.orElse(null) : o;
  }

  private static void requireIntact(int rule, List<LogEntry> log) {
    ChainVerification v = ChainVerifier.verify(log);
    if (!v.intact()) {
      fail(
          rule(rule)
              + "the event log does not verify as a hash chain: "
              + v.explanation()
              + ". Make entries with HashChain.next from the log's head inside the transaction,"
              + " store every field, and serialise appenders (lock the head) so that no two"
              + " entries share a sequence number.");
    }
  }

  private static <T, K> Versioned<T> load(RakorStore store, AggregateKind<T, K> kind, K id) {
    return store
        .load(kind, id)
        .orElseThrow(
            () ->
                new AssertionError(
                    rule(101) + kind + " " + kind.idText(id) + " was saved but does not load"));
  }

  private static <T, K> void requireMissing(RakorStore store, AggregateKind<T, K> kind) {
    K id = kind.parseId(kind == AggregateKind.JURISDICTION ? "99.99.99" : "tck-never-saved");
    requireEqual(
        101, Optional.empty(), store.load(kind, id), "loading " + kind + " that was never saved");
  }

  /** A valid change that shows: the weight goes up by one. */
  private static Commitment bump(Commitment c) {
    return c.withWeight(c.weight() + 1);
  }

  private <T, K> void roundTrip(RakorStore store, AggregateKind<T, K> kind, Gen<T> gen) {
    Set<String> used = new LinkedHashSet<>();
    for (int i = 0; i < 12; i++) {
      T value = Fixtures.sample(gen, seed() * 31 + i);
      String id = kind.idText(kind.idOf(value));
      if (!used.add(id)) {
        continue;
      }
      store.save(kind, value, Versioned.NONE);
      Versioned<T> back = load(store, kind, kind.idOf(value));
      if (!back.equals(Versioned.of(value, 1))) {
        fail(
            rule(101)
                + kind
                + " "
                + id
                + " did not load back equal at version 1 (got version "
                + back.version()
                + ")."
                + Describe.difference(value, back.value())
                + " Check how every field of "
                + kind.valueType().getSimpleName()
                + " is written and read.");
      }
    }
  }

  private static Snapshot snapshotOf(Dataset data) {
    InMemoryStore reference = new InMemoryStore();
    data.saveInto(reference);
    return Snapshot.of(reference);
  }

  private static String describeChange(Snapshot before, Snapshot after) {
    for (String kind : before.aggregates().keySet()) {
      if (!before.aggregates().get(kind).equals(after.aggregates().get(kind))) {
        return "The " + kind + " aggregates changed.";
      }
    }
    return "The event log changed.";
  }

  private static <T, K> void compareListing(
      AggregateKind<T, K> kind, int size, RakorStore store, RakorStore oracle) {
    comparePages(
        106,
        "list(" + kind + ")",
        size,
        page -> store.list(kind, page),
        page -> oracle.list(kind, page));
  }

  private static <T> List<Versioned<T>> all(
      int rule, String what, Function<PageRequest, Page<Versioned<T>>> reader) {
    return PageWalk.all(rule, what, PageRequest.MAX_SIZE, reader, v -> Describe.id(v.value()));
  }

  private static <T, K> List<T> currentValues(
      RakorStore oracle, AggregateKind<T, K> kind, List<T> values) {
    return values.stream().map(v -> load(oracle, kind, kind.idOf(v)).value()).toList();
  }

  private static <T> void requireExactMatches(
      String query,
      List<Versioned<T>> returned,
      List<T> data,
      Predicate<T> matches,
      Function<T, String> id) {
    Set<String> expected =
        data.stream().filter(matches).map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> got = returned.stream().map(v -> id.apply(v.value())).toList();
    Set<String> missing = new LinkedHashSet<>(expected);
    got.forEach(missing::remove);
    List<String> extra = got.stream().filter(g -> !expected.contains(g)).toList();
    Set<String> unique = new HashSet<>(got);
    if (!missing.isEmpty() || !extra.isEmpty() || unique.size() != got.size()) {
      fail(
          rule(301)
              + "the query "
              + query
              + " should return "
              + expected.size()
              + " items but returned "
              + got.size()
              + "; missing "
              + Describe.brief(missing)
              + ", not matching "
              + Describe.brief(extra)
              + (unique.size() != got.size() ? ", and some twice" : "")
              + ". Compare your filter with the query's matches(...) method, criterion by"
              + " criterion.");
    }
    for (Versioned<T> v : returned) {
      if (!matches.test(v.value())) {
        fail(
            rule(301)
                + "the query "
                + query
                + " returned "
                + Describe.brief(v)
                + ", which does not match it");
      }
    }
  }

  private static <T> void requireOrder(
      String query,
      List<Versioned<T>> returned,
      List<Versioned<T>> reference,
      Comparator<T> order) {
    for (int i = 1; i < returned.size(); i++) {
      if (order.compare(returned.get(i - 1).value(), returned.get(i).value()) >= 0) {
        fail(
            rule(302)
                + "the query "
                + query
                + " returned items out of order at position "
                + i
                + ": "
                + Describe.brief(returned.get(i - 1))
                + " before "
                + Describe.brief(returned.get(i))
                + ". Order by the query's ORDER and break ties by id text compared as bytes"
                + " (binary collation).");
      }
    }
    requireEqual(302, reference, returned, "the results of " + query + " against the reference");
  }

  private static <T> void comparePages(
      int rule,
      String query,
      int size,
      Function<PageRequest, Page<Versioned<T>>> store,
      Function<PageRequest, Page<Versioned<T>>> reference) {
    PageWalk<Versioned<T>> walk =
        new PageWalk<>(rule, query, size, store, v -> Describe.id(v.value()), false);
    while (walk.request().isPresent()) {
      PageRequest asked = walk.request().get();
      Page<Versioned<T>> got = walk.next().orElseThrow();
      Page<Versioned<T>> want = reference.apply(asked);
      if (got.items().size() > size) {
        fail(rule(rule) + query + " page " + walk.number() + " holds more than " + size + " items");
      }
      if (!got.equals(want)) {
        fail(
            rule(rule)
                + query
                + " with pages of "
                + size
                + ": page "
                + walk.number()
                + " differs from the reference store's: expected "
                + Describe.brief(want)
                + ", got "
                + Describe.brief(got)
                + ". A page holds the first items strictly after the cursor; its next cursor is"
                + " the query's cursorOf(last item), present exactly when more items follow.");
      }
    }
  }

  private List<CommitmentQuery> commitmentQueries(Dataset data) {
    List<CommitmentQuery> qs = new ArrayList<>();
    qs.add(CommitmentQuery.all());
    qs.addAll(Fixtures.sample(listOf(TckGen.commitmentQueries(data), 24), data.seed()));
    return qs;
  }

  private List<ProgressReportQuery> reportQueries(Dataset data) {
    List<ProgressReportQuery> qs = new ArrayList<>();
    qs.add(ProgressReportQuery.builder().build());
    qs.addAll(Fixtures.sample(listOf(TckGen.progressReportQueries(data), 12), data.seed()));
    return qs;
  }

  private List<ObservationQuery> observationQueries(Dataset data) {
    List<ObservationQuery> qs = new ArrayList<>();
    qs.add(ObservationQuery.builder().build());
    qs.addAll(Fixtures.sample(listOf(TckGen.observationQueries(data), 16), data.seed()));
    return qs;
  }

  private static <T> Gen<List<T>> listOf(Gen<T> gen, int count) {
    return src -> {
      List<T> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(gen.generate(src));
      }
      return out;
    };
  }

  /** Requires a call to throw one of the exceptions allowed, naming the rule if it does not. */
  private static void requireRefused(
      int rule, String call, Runnable run, List<Class<? extends Exception>> allowed) {
    try {
      run.run();
    } catch (RuntimeException e) {
      for (Class<? extends Exception> a : allowed) {
        if (a.isInstance(e)) {
          return;
        }
      }
      fail(
          rule(rule)
              + call
              + " threw "
              + Describe.cut(e.toString())
              + "; it must throw "
              + Describe.brief(allowed.stream().map(Class::getSimpleName).toList()),
          e);
    }
    fail(
        rule(rule)
            + call
            + " returned normally; it must throw "
            + Describe.brief(allowed.stream().map(Class::getSimpleName).toList()));
  }

  private static void runAll(int rule, List<Callable<Void>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<Void>> futures = new ArrayList<>();
      tasks.forEach(t -> futures.add(pool.submit(t)));
      for (Future<Void> f : futures) {
        try {
          f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          fail(rule(rule) + "a thread did not finish in " + TIMEOUT_SECONDS + " s: a deadlock?");
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AssertionError a) {
            throw a;
          }
          fail(rule(rule) + "a thread failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          fail(rule(rule) + "interrupted");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
