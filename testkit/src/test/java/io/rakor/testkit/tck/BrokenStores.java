package io.rakor.testkit.tck;

import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.data.Observation;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Cursor;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.TransactionWork;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Disabled;

/** Stores with one deliberate bug each, to prove that the contract test kit catches them. */
final class BrokenStores {
  static final String BROKEN = "a broken store: run by BrokenStoresTest, which expects failures";

  private BrokenStores() {}

  /** Passes every call to a correct in-memory store; subclasses break one thing. */
  abstract static class Delegating implements RakorStore {
    final InMemoryStore inner = new InMemoryStore();

    @Override
    public SpiVersion spiVersion() {
      return inner.spiVersion();
    }

    @Override
    public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
      return inner.load(kind, id);
    }

    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      return inner.inTransaction(work);
    }

    @Override
    public <T, K> Page<Versioned<T>> list(AggregateKind<T, K> kind, PageRequest page) {
      return inner.list(kind, page);
    }

    @Override
    public Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page) {
      return inner.commitments(query, page);
    }

    @Override
    public Page<Versioned<ProgressReport>> progressReports(
        ProgressReportQuery query, PageRequest page) {
      return inner.progressReports(query, page);
    }

    @Override
    public Page<Versioned<Observation>> observations(ObservationQuery query, PageRequest page) {
      return inner.observations(query, page);
    }

    @Override
    public List<LogEntry> events(long fromSequence, int limit) {
      return inner.events(fromSequence, limit);
    }

    @Override
    public Optional<LogEntry> lastEvent() {
      return inner.lastEvent();
    }
  }

  /** Loses updates: a save overwrites whatever is there, ignoring the version it expected. */
  static final class LosesUpdates extends Delegating {
    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      return inner.inTransaction(
          tx ->
              work.run(
                  new Transaction() {
                    @Override
                    public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
                      return tx.load(kind, id);
                    }

                    @Override
                    public <T, K> Versioned<T> save(
                        AggregateKind<T, K> kind, T value, long expectedVersion) {
                      long actual =
                          tx.load(kind, kind.idOf(value))
                              .map(Versioned::version)
                              .orElse(Versioned.NONE);
                      return tx.save(kind, value, actual);
                    }

                    @Override
                    public List<LogEntry> append(List<DomainEvent> events) {
                      return tx.append(events);
                    }
                  }));
    }
  }

  /**
   * Runs a transaction's work on a buffer, holding no lock: loads see the work's own saves, then
   * the committed state; {@link #commit} writes the buffer when the work returns.
   */
  abstract static class Buffering extends Delegating {
    /** One buffered save. */
    record Save(AggregateKind<?, ?> kind, Object value, long expected) {}

    /** Checks a save when it is made; the default checks nothing. */
    <T, K> void check(AggregateKind<T, K> kind, T value, long expectedVersion, long actual) {}

    /** Makes the entries an append returns, linked to {@code head}. */
    List<LogEntry> link(LogEntry head, List<DomainEvent> events) {
      return chain(head, events);
    }

    /** Writes what the work buffered. */
    abstract void commit(List<Save> saves, List<DomainEvent> events, List<LogEntry> entries);

    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      List<Save> saves = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      List<LogEntry> entries = new ArrayList<>();
      RuntimeException[] doomed = new RuntimeException[1];
      R result =
          work.run(
              new Transaction() {
                @Override
                public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
                  for (int i = saves.size() - 1; i >= 0; i--) {
                    Save save = saves.get(i);
                    if (save.kind() == kind && kind.idOf(kind.cast(save.value())).equals(id)) {
                      return Optional.of(
                          Versioned.of(kind.cast(save.value()), save.expected() + 1));
                    }
                  }
                  return inner.load(kind, id);
                }

                @Override
                public <T, K> Versioned<T> save(
                    AggregateKind<T, K> kind, T value, long expectedVersion) {
                  long actual = load(kind, kind.idOf(value)).map(Versioned::version).orElse(0L);
                  try {
                    check(kind, value, expectedVersion, actual);
                  } catch (RuntimeException e) {
                    doomed[0] = e;
                    throw e;
                  }
                  saves.add(new Save(kind, value, expectedVersion));
                  return Versioned.of(value, expectedVersion + 1);
                }

                @Override
                public List<LogEntry> append(List<DomainEvent> toAppend) {
                  LogEntry head =
                      entries.isEmpty()
                          ? lastEvent().orElse(null)
                          : entries.get(entries.size() - 1);
                  List<LogEntry> added = link(head, toAppend);
                  events.addAll(toAppend);
                  entries.addAll(added);
                  return added;
                }
              });
      if (doomed[0] != null) {
        throw doomed[0];
      }
      commit(saves, events, entries);
      return result;
    }

    static List<LogEntry> chain(LogEntry head, List<DomainEvent> events) {
      List<LogEntry> out = new ArrayList<>();
      for (DomainEvent e : events) {
        head = head == null ? HashChain.first(e) : HashChain.next(head, e);
        out.add(head);
      }
      return out;
    }

    static <T, K> void save(Transaction tx, AggregateKind<T, K> kind, Object value, long expected) {
      tx.save(kind, kind.cast(value), expected);
    }

    static <T, K> void overwrite(Transaction tx, AggregateKind<T, K> kind, Object value) {
      T v = kind.cast(value);
      tx.save(kind, v, tx.load(kind, kind.idOf(v)).map(Versioned::version).orElse(0L));
    }
  }

  /**
   * Checks the version only at save: a save compares the expected version with the committed one,
   * and the commit writes the value at whatever version the aggregate then has, without checking
   * again. Of two transactions open at once that save the same version, both commit.
   */
  static final class ChecksVersionOnlyAtSave extends Buffering {
    @Override
    <T, K> void check(AggregateKind<T, K> kind, T value, long expectedVersion, long actual) {
      if (actual != expectedVersion) {
        throw new StaleVersionException(
            kind, kind.idText(kind.idOf(value)), expectedVersion, actual);
      }
    }

    @Override
    void commit(List<Save> saves, List<DomainEvent> events, List<LogEntry> entries) {
      inner.useTransaction(
          tx -> {
            saves.forEach(save -> overwrite(tx, save.kind(), save.value()));
            tx.append(events);
          });
    }
  }

  /**
   * Appends without locking the head: an append links its entries to the committed head, and the
   * commit adds them as they are. Two transactions open at once take the same sequence numbers.
   */
  static final class AppendsWithoutLockingTheHead extends Buffering {
    private final List<LogEntry> log = new ArrayList<>();

    @Override
    void commit(List<Save> saves, List<DomainEvent> events, List<LogEntry> entries) {
      inner.useTransaction(
          tx -> saves.forEach(save -> save(tx, save.kind(), save.value(), save.expected())));
      synchronized (log) {
        log.addAll(entries);
      }
    }

    @Override
    public List<LogEntry> events(long fromSequence, int limit) {
      synchronized (log) {
        int from = (int) Math.min(fromSequence - 1, log.size());
        return List.copyOf(log.subList(from, Math.min(log.size(), from + limit)));
      }
    }

    @Override
    public Optional<LogEntry> lastEvent() {
      synchronized (log) {
        return log.isEmpty() ? Optional.empty() : Optional.of(log.get(log.size() - 1));
      }
    }
  }

  /** Skips on paging: the next cursor points one item past the page, so that item is never seen. */
  static final class SkipsOnPaging extends Delegating {
    @Override
    public Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page) {
      return skipping(page, p -> inner.commitments(query, p), CommitmentQuery::cursorOf);
    }

    @Override
    public Page<Versioned<ProgressReport>> progressReports(
        ProgressReportQuery query, PageRequest page) {
      return skipping(page, p -> inner.progressReports(query, p), ProgressReportQuery::cursorOf);
    }

    @Override
    public Page<Versioned<Observation>> observations(ObservationQuery query, PageRequest page) {
      return skipping(page, p -> inner.observations(query, p), ObservationQuery::cursorOf);
    }

    private static <T> Page<Versioned<T>> skipping(
        PageRequest page,
        Function<PageRequest, Page<Versioned<T>>> read,
        Function<T, Cursor> cursorOf) {
      if (page.size() == PageRequest.MAX_SIZE) {
        return read.apply(page);
      }
      Page<Versioned<T>> more = read.apply(new PageRequest(page.size() + 1, page.after()));
      if (more.items().size() <= page.size()) {
        return more;
      }
      List<Versioned<T>> items = more.items().subList(0, page.size());
      T skipped = more.items().get(page.size()).value();
      return new Page<>(items, Optional.of(cursorOf.apply(skipped)));
    }
  }

  /** Half-commits: every save and append inside a transaction is committed on its own at once. */
  static final class HalfCommits extends Delegating {
    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      return work.run(
          new Transaction() {
            @Override
            public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
              return inner.load(kind, id);
            }

            @Override
            public <T, K> Versioned<T> save(
                AggregateKind<T, K> kind, T value, long expectedVersion) {
              return inner.save(kind, value, expectedVersion);
            }

            @Override
            public List<LogEntry> append(List<DomainEvent> events) {
              return inner.inTransaction(tx -> tx.append(events));
            }
          });
    }
  }

  /**
   * Compiled against another contract: the version an SPI 2.0 jar would have copied into its class
   * file from {@code SpiVersion.of(SpiVersion.MAJOR, SpiVersion.MINOR)}.
   */
  static final class CompiledAgainstAnotherContract extends Delegating {
    @Override
    public SpiVersion spiVersion() {
      return SpiVersion.of(SpiVersion.MAJOR + 1, 0);
    }
  }

  // The kit run against each broken store. Disabled, so that a build that picks them up skips
  // them; BrokenStoresTest runs them through the JUnit launcher with @Disabled switched off.

  @Disabled(BROKEN)
  static class LosesUpdatesTck extends RakorStoreTck {
    @Override
    protected RakorStore createStore() {
      return new LosesUpdates();
    }
  }

  @Disabled(BROKEN)
  static class SkipsOnPagingTck extends RakorStoreTck {
    @Override
    protected RakorStore createStore() {
      return new SkipsOnPaging();
    }
  }

  @Disabled(BROKEN)
  static class HalfCommitsTck extends RakorStoreTck {
    @Override
    protected RakorStore createStore() {
      return new HalfCommits();
    }
  }

  @Disabled(BROKEN)
  static class ChecksVersionOnlyAtSaveTck extends RakorStoreTck {
    @Override
    protected RakorStore createStore() {
      return new ChecksVersionOnlyAtSave();
    }
  }

  @Disabled(BROKEN)
  static class AppendsWithoutLockingTheHeadTck extends RakorStoreTck {
    @Override
    protected RakorStore createStore() {
      return new AppendsWithoutLockingTheHead();
    }
  }

  @Disabled(BROKEN)
  static class CompiledAgainstAnotherContractTck extends RakorStoreTck {
    @Override
    protected RakorStore createStore() {
      return new CompiledAgainstAnotherContract();
    }
  }
}
