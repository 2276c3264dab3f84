package io.rakor.persistence.memory;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.TransactionWork;
import io.rakor.persistence.Versioned;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The reference store: every aggregate and the event log in memory. It is the embedded default for
 * tests and small deployments, and the oracle the contract test kit compares other stores against.
 * It follows every rule of {@link RakorStore}.
 *
 * <p>How it works: one transaction writes at a time (a writer lock held while the work runs); its
 * saves and appends are buffered and published together under a short exclusive lock, so readers
 * never see half a transaction and never wait for a transaction's work. Queries walk an index kept
 * in the query's order from the cursor on, so a page costs the items it skips over, not the whole
 * store. Nothing survives the process.
 *
 * <p>Thread-safe. Values are kept as given (they are immutable).
 *
 * @since 0.1
 */
public final class InMemoryStore implements RakorStore {
  private final ReentrantLock writer = new ReentrantLock();
  private final ReentrantReadWriteLock published = new ReentrantReadWriteLock();
  private final Map<AggregateKind<?, ?>, TreeMap<String, Versioned<?>>> byId = new HashMap<>();
  private final OrderedIndex<Commitment> commitmentIndex =
      new OrderedIndex<>(Commitment::due, c -> c.id().value());
  private final OrderedIndex<ProgressReport> reportIndex =
      new OrderedIndex<>(ProgressReport::submittedAt, r -> r.id().value());
  private final OrderedIndex<Observation> observationIndex =
      new OrderedIndex<>(o -> o.period().startInclusive(), o -> o.id().value());
  private final List<LogEntry> log = new ArrayList<>();

  /** Creates an empty store. */
  public InMemoryStore() {
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      byId.put(kind, new TreeMap<>());
    }
  }

  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(SpiVersion.MAJOR, SpiVersion.MINOR);
  }

  @Override
  public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
    String key = kind.idText(id);
    published.readLock().lock();
    try {
      return Optional.ofNullable(typed(kind, byId.get(kind).get(key)));
    } finally {
      published.readLock().unlock();
    }
  }

  /** Loads every id under one read lock, so the result is one consistent state. */
  @Override
  public <T, K> ImmutableMap<K, Versioned<T>> loadAll(AggregateKind<T, K> kind, Collection<K> ids) {
    ImmutableMap.Builder<K, Versioned<T>> found = ImmutableMap.builder();
    Map<String, Versioned<?>> table = byId.get(kind);
    published.readLock().lock();
    try {
      ids.stream()
          .distinct()
          .forEach(
              id -> {
                Versioned<T> v = typed(kind, table.get(kind.idText(id)));
                if (v != null) {
                  found.put(id, v);
                }
              });
    } finally {
      published.readLock().unlock();
    }
    return found.buildOrThrow();
  }

  @Override
  public <R> R inTransaction(TransactionWork<R> work) {
    if (writer.isHeldByCurrentThread()) {
      throw new StoreException(
          "inTransaction was called inside a transaction's work on the same thread; transactions"
              + " do not nest (rule 206): do the work through the Transaction you were given");
    }
    writer.lock();
    try {
      MemoryTransaction tx = new MemoryTransaction();
      R result;
      try {
        result = work.run(tx);
      } finally {
        tx.closed = true;
      }
      if (tx.doomed != null) {
        throw tx.doomed;
      }
      publish(tx);
      return result;
    } finally {
      writer.unlock();
    }
  }

  private void publish(MemoryTransaction tx) {
    published.writeLock().lock();
    try {
      tx.pending.forEach(
          (kind, saves) -> {
            TreeMap<String, Versioned<?>> table = byId.get(kind);
            saves.forEach(
                (key, saved) -> {
                  Versioned<?> old = table.put(key, saved);
                  index(kind, old, saved);
                });
          });
      log.addAll(tx.events);
    } finally {
      published.writeLock().unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private void index(AggregateKind<?, ?> kind, Versioned<?> old, Versioned<?> saved) {
    if (kind == AggregateKind.COMMITMENT) {
      commitmentIndex.replace((Versioned<Commitment>) old, (Versioned<Commitment>) saved);
    } else if (kind == AggregateKind.PROGRESS_REPORT) {
      reportIndex.replace((Versioned<ProgressReport>) old, (Versioned<ProgressReport>) saved);
    } else if (kind == AggregateKind.OBSERVATION) {
      observationIndex.replace((Versioned<Observation>) old, (Versioned<Observation>) saved);
    }
  }

  @Override
  public <T, K> Page<Versioned<T>> list(AggregateKind<T, K> kind, PageRequest page) {
    published.readLock().lock();
    try {
      TreeMap<String, Versioned<?>> table = byId.get(kind);
      NavigableMap<String, Versioned<?>> tail =
          page.after().map(c -> table.tailMap(listingId(kind, c), false)).orElse(table);
      // not tail.size(): a TreeMap view counts its entries one by one, which made paging quadratic
      List<Versioned<T>> items = new ArrayList<>();
      for (Versioned<?> v : tail.values()) {
        if (items.size() == page.size()) {
          return new Page<>(
              items, Optional.of(Cursor.of("", kind.idText(kind.idOf(last(items).value())))));
        }
        items.add(typed(kind, v));
      }
      return new Page<>(items, Optional.empty());
    } finally {
      published.readLock().unlock();
    }
  }

  private static String listingId(AggregateKind<?, ?> kind, Cursor cursor) {
    if (!cursor.sortKey().isEmpty()) {
      throw new StoreException("not a cursor of a listing of " + kind + ": " + cursor);
    }
    return cursor.idText();
  }

  @Override
  public Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page) {
    return query(
        commitmentIndex,
        query::matches,
        CommitmentQuery::cursorOf,
        page,
        c -> OrderedIndex.key(CommitmentQuery.cursorDue(c), c.idText()));
  }

  @Override
  public Page<Versioned<ProgressReport>> progressReports(
      ProgressReportQuery query, PageRequest page) {
    return query(
        reportIndex,
        query::matches,
        ProgressReportQuery::cursorOf,
        page,
        c -> OrderedIndex.key(ProgressReportQuery.cursorSubmittedAt(c), c.idText()));
  }

  @Override
  public Page<Versioned<Observation>> observations(ObservationQuery query, PageRequest page) {
    return query(
        observationIndex,
        query::matches,
        ObservationQuery::cursorOf,
        page,
        c -> OrderedIndex.key(ObservationQuery.cursorPeriodStart(c), c.idText()));
  }

  private <T> Page<Versioned<T>> query(
      OrderedIndex<T> index,
      Predicate<T> matches,
      Function<T, Cursor> cursorOf,
      PageRequest page,
      Function<Cursor, OrderedIndex.Key> keyOf) {
    published.readLock().lock();
    try {
      List<Versioned<T>> items = new ArrayList<>();
      for (Versioned<T> v : index.from(page.after().map(keyOf))) {
        if (!matches.test(v.value())) {
          continue;
        }
        if (items.size() == page.size()) {
          return new Page<>(items, Optional.of(cursorOf.apply(last(items).value())));
        }
        items.add(v);
      }
      return new Page<>(items, Optional.empty());
    } finally {
      published.readLock().unlock();
    }
  }

  @Override
  public List<LogEntry> events(long fromSequence, int limit) {
    Preconditions.checkArgument(fromSequence >= 1, "fromSequence must be at least 1");
    Preconditions.checkArgument(
        limit >= 1 && limit <= PageRequest.MAX_SIZE, "limit must be 1 to %s", PageRequest.MAX_SIZE);
    published.readLock().lock();
    try {
      int from = (int) Math.min(fromSequence - 1, log.size());
      return ImmutableList.copyOf(log.subList(from, Math.min(log.size(), from + limit)));
    } finally {
      published.readLock().unlock();
    }
  }

  @Override
  public Optional<LogEntry> lastEvent() {
    published.readLock().lock();
    try {
      return log.isEmpty() ? Optional.empty() : Optional.of(log.get(log.size() - 1));
    } finally {
      published.readLock().unlock();
    }
  }

  /** Returns how many aggregates and events the store holds. */
  @Override
  public String toString() {
    published.readLock().lock();
    try {
      return "InMemoryStore["
          + byId.values().stream().mapToInt(Map::size).sum()
          + " aggregates, "
          + log.size()
          + " events]";
    } finally {
      published.readLock().unlock();
    }
  }

  private static <T> T last(List<T> items) {
    return items.get(items.size() - 1);
  }

  @SuppressWarnings("unchecked")
  private static <T> Versioned<T> typed(AggregateKind<T, ?> kind, Versioned<?> v) {
    if (v == null) {
      return null;
    }
    kind.cast(v.value());
    return (Versioned<T>) v;
  }

  /** The buffered work of one transaction; used only by the thread holding the writer lock. */
  private final class MemoryTransaction implements Transaction {
    private final Map<AggregateKind<?, ?>, Map<String, Versioned<?>>> pending =
        new LinkedHashMap<>();
    private final List<LogEntry> events = new ArrayList<>();
    private StaleVersionException doomed;
    private boolean closed;

    private void checkOpen() {
      if (closed) {
        throw new StoreException("this transaction has ended; it must not be used after its work");
      }
    }

    @Override
    public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
      checkOpen();
      return Optional.ofNullable(typed(kind, current(kind, kind.idText(id))));
    }

    private Versioned<?> current(AggregateKind<?, ?> kind, String key) {
      Map<String, Versioned<?>> mine = pending.get(kind);
      if (mine != null && mine.containsKey(key)) {
        return mine.get(key);
      }
      // Only the writer-lock holder changes the published maps, and that is this thread.
      return byId.get(kind).get(key);
    }

    @Override
    public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expectedVersion) {
      checkOpen();
      String key = kind.idText(kind.idOf(kind.cast(value)));
      Versioned<?> now = current(kind, key);
      long actual = now == null ? Versioned.NONE : now.version();
      if (actual != expectedVersion) {
        StaleVersionException stale = new StaleVersionException(kind, key, expectedVersion, actual);
        if (doomed == null) {
          doomed = stale;
        }
        throw stale;
      }
      Versioned<T> saved = Versioned.of(value, expectedVersion + 1);
      pending.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, saved);
      return saved;
    }

    @Override
    public List<LogEntry> append(List<DomainEvent> toAppend) {
      checkOpen();
      LogEntry head = !events.isEmpty() ? last(events) : log.isEmpty() ? null : last(log);
      ImmutableList.Builder<LogEntry> added = ImmutableList.builder();
      for (DomainEvent event : toAppend) {
        LogEntry entry = head == null ? HashChain.first(event) : HashChain.next(head, event);
        events.add(entry);
        added.add(entry);
        head = entry;
      }
      return added.build();
    }
  }
}
