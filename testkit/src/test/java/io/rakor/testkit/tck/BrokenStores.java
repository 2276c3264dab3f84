package io.rakor.testkit.tck;

import com.google.common.collect.ImmutableMap;
import io.rakor.core.audit.HashChain;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.data.Observation;
import io.rakor.core.json.RakorJson;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.Cursor;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.Pages;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.StaleVersionException;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.TransactionWork;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
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

    static <T> Page<Versioned<T>> skipping(
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

  /** A transaction that passes every call on; subclasses break one. */
  static class ForwardingTx implements Transaction {
    final Transaction tx;

    ForwardingTx(Transaction tx) {
      this.tx = tx;
    }

    @Override
    public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
      return tx.load(kind, id);
    }

    @Override
    public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expectedVersion) {
      return tx.save(kind, value, expectedVersion);
    }

    @Override
    public List<LogEntry> append(List<DomainEvent> events) {
      return tx.append(events);
    }
  }

  /** Wraps each transaction of the in-memory store. */
  abstract static class WrappingTx extends Delegating {
    abstract Transaction wrap(Transaction tx);

    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      return inner.inTransaction(tx -> work.run(wrap(tx)));
    }
  }

  /** 101: keeps text as Latin-1, so letters of other scripts come back as '?'. */
  static final class KeepsTextAsLatin1 extends WrappingTx {
    @Override
    Transaction wrap(Transaction tx) {
      return new ForwardingTx(tx) {
        @Override
        public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expected) {
          String json = RakorJson.write(value);
          StringBuilder lossy = new StringBuilder(json.length());
          json.codePoints().forEach(c -> lossy.appendCodePoint(c > 0xFF ? '?' : c));
          return tx.save(kind, RakorJson.read(lossy.toString(), kind.valueType()), expected);
        }
      };
    }
  }

  /** 102: a save of an existing aggregate adds two to its version. */
  static final class UpdatesAddTwo extends WrappingTx {
    @Override
    Transaction wrap(Transaction tx) {
      return new ForwardingTx(tx) {
        @Override
        public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expected) {
          Versioned<T> saved = tx.save(kind, value, expected);
          return expected == Versioned.NONE ? saved : tx.save(kind, value, saved.version());
        }
      };
    }
  }

  /** 103: a stale save's exception names the expected version as the actual one. */
  static final class StaleExceptionNamesTheWrongVersion extends WrappingTx {
    @Override
    Transaction wrap(Transaction tx) {
      return new ForwardingTx(tx) {
        @Override
        public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expected) {
          try {
            return tx.save(kind, value, expected);
          } catch (StaleVersionException e) {
            throw new StaleVersionException(kind, e.id(), expected, expected + 1);
          }
        }
      };
    }

    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      try {
        return super.inTransaction(work);
      } catch (StaleVersionException e) {
        throw new StaleVersionException(
            AggregateKind.COMMITMENT, e.id(), e.expected(), e.expected() + 1);
      }
    }
  }

  /** 104: loadAll returns what it found in id order, not in the order asked. */
  static final class LoadAllInIdOrder extends Delegating {
    @Override
    public <T, K> ImmutableMap<K, Versioned<T>> loadAll(
        AggregateKind<T, K> kind, Collection<K> ids) {
      ImmutableMap<K, Versioned<T>> found = inner.loadAll(kind, ids);
      ImmutableMap.Builder<K, Versioned<T>> sorted = ImmutableMap.builder();
      found.keySet().stream()
          .sorted(Comparator.comparing(kind::idText))
          .forEach(k -> sorted.put(k, found.get(k)));
      return sorted.buildOrThrow();
    }
  }

  /** 105: units and forums share one table, so a forum cannot take a unit's id. */
  static final class UnitsAndForumsShareATable extends WrappingTx {
    @Override
    Transaction wrap(Transaction tx) {
      return new ForwardingTx(tx) {
        @Override
        public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expected) {
          String id = kind.idText(kind.idOf(value));
          AggregateKind<?, ?> other =
              kind == AggregateKind.FORUM
                  ? AggregateKind.UNIT
                  : kind == AggregateKind.UNIT ? AggregateKind.FORUM : null;
          if (other != null && expected == Versioned.NONE && exists(tx, other, id)) {
            throw new StaleVersionException(kind, id, expected, 1);
          }
          return tx.save(kind, value, expected);
        }
      };
    }

    private static <T, K> boolean exists(Transaction tx, AggregateKind<T, K> kind, String id) {
      return tx.load(kind, kind.parseId(id)).isPresent();
    }
  }

  /** 106: a listing's next cursor points one item past the page. */
  static final class ListSkipsAtPageBoundaries extends Delegating {
    @Override
    public <T, K> Page<Versioned<T>> list(AggregateKind<T, K> kind, PageRequest page) {
      return SkipsOnPaging.skipping(
          page, p -> inner.list(kind, p), v -> Cursor.of("", kind.idText(kind.idOf(v))));
    }
  }

  /** 107: append keeps the caller's list and appends what it holds when the work returns. */
  static final class KeepsTheCallersList extends Delegating {
    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      return inner.inTransaction(
          tx -> {
            List<List<DomainEvent>> kept = new ArrayList<>();
            List<LogEntry> linked = new ArrayList<>();
            R result =
                work.run(
                    new ForwardingTx(tx) {
                      @Override
                      public List<LogEntry> append(List<DomainEvent> events) {
                        kept.add(events);
                        LogEntry head =
                            linked.isEmpty()
                                ? inner.lastEvent().orElse(null)
                                : linked.get(linked.size() - 1);
                        List<LogEntry> added = Buffering.chain(head, events);
                        linked.addAll(added);
                        return added;
                      }
                    });
            kept.forEach(tx::append);
            return result;
          });
    }
  }

  /** 202: when the work throws, what it did is committed all the same. */
  static final class CommitsAFailedWork extends Delegating {
    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      RuntimeException[] failed = new RuntimeException[1];
      R result =
          inner.inTransaction(
              tx -> {
                try {
                  return work.run(tx);
                } catch (StaleVersionException e) {
                  throw e;
                } catch (RuntimeException e) {
                  failed[0] = e;
                  return null;
                }
              });
      if (failed[0] != null) {
        throw failed[0];
      }
      return result;
    }
  }

  /** 203: a stale save throws, but the transaction is not doomed. */
  static final class StaleSaveDoesNotDoom extends WrappingTx {
    @Override
    Transaction wrap(Transaction tx) {
      return new ForwardingTx(tx) {
        @Override
        public <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expected) {
          long actual = tx.load(kind, kind.idOf(value)).map(Versioned::version).orElse(0L);
          if (actual != expected) {
            throw new StaleVersionException(kind, kind.idText(kind.idOf(value)), expected, actual);
          }
          return tx.save(kind, value, expected);
        }
      };
    }
  }

  /** 204: a transaction's loads do not see its own saves. */
  static final class TransactionDoesNotSeeItsOwnSaves extends WrappingTx {
    @Override
    Transaction wrap(Transaction tx) {
      return new ForwardingTx(tx) {
        @Override
        public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
          return inner.load(kind, id);
        }
      };
    }
  }

  /** 206: a nested inTransaction joins the outer transaction. */
  static final class NestedTransactionJoins extends Delegating {
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      Transaction outer = current.get();
      if (outer != null) {
        return work.run(outer);
      }
      return inner.inTransaction(
          tx -> {
            current.set(tx);
            try {
              return work.run(tx);
            } finally {
              current.remove();
            }
          });
    }
  }

  /** 301: commitment queries ignore the lead criterion. */
  static final class IgnoresTheLeadCriterion extends Delegating {
    @Override
    public Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page) {
      return inner.commitments(
          CommitmentQuery.builder().from(query).lead(Optional.empty()).build(), page);
    }
  }

  /**
   * 301: {@code within} on observations compares the codes without their province segment, so a
   * regency of another province with the same regency number matches (a substring offset off by one
   * segment). Only data with cousin areas in two provinces shows it.
   */
  static final class WithinIgnoresTheProvince extends Delegating {
    @Override
    public Page<Versioned<Observation>> observations(ObservationQuery query, PageRequest page) {
      if (query.within().isEmpty()) {
        return inner.observations(query, page);
      }
      String within = withoutProvince(query.within().get().value());
      ObservationQuery wider =
          ObservationQuery.builder().from(query).within(Optional.empty()).build();
      List<Versioned<Observation>> items =
          Pages.stream(PageRequest.MAX_SIZE, p -> inner.observations(wider, p))
              .filter(v -> withoutProvince(v.value().jurisdiction().value()).startsWith(within))
              .filter(
                  v -> page.after().map(c -> ObservationQuery.isAfter(v.value(), c)).orElse(true))
              .limit(page.size() + 1L)
              .toList();
      boolean more = items.size() > page.size();
      List<Versioned<Observation>> shown = more ? items.subList(0, page.size()) : items;
      return new Page<>(
          shown,
          more
              ? Optional.of(ObservationQuery.cursorOf(shown.get(shown.size() - 1).value()))
              : Optional.empty());
    }

    private static String withoutProvince(String code) {
      int dot = code.indexOf('.');
      return dot < 0 ? "" : code.substring(dot);
    }
  }

  /** 302: commitments due on the same day come in reverse id order within a page. */
  static final class TiesInReverseIdOrder extends Delegating {
    @Override
    public Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page) {
      Page<Versioned<Commitment>> p = inner.commitments(query, page);
      List<Versioned<Commitment>> items = new ArrayList<>(p.items());
      items.sort(
          Comparator.comparing((Versioned<Commitment> v) -> v.value().due())
              .thenComparing(v -> v.value().id().value(), Comparator.reverseOrder()));
      return new Page<>(items, p.next());
    }
  }

  /** 302: each page of progress reports comes in id order, whatever their submission time. */
  static final class ReportPagesInIdOrder extends Delegating {
    @Override
    public Page<Versioned<ProgressReport>> progressReports(
        ProgressReportQuery query, PageRequest page) {
      Page<Versioned<ProgressReport>> p = inner.progressReports(query, page);
      List<Versioned<ProgressReport>> items = new ArrayList<>(p.items());
      items.sort(Comparator.comparing(v -> v.value().id().value()));
      return new Page<>(items, p.next());
    }
  }

  /** 303: the last page of observations still has a next cursor when it is full. */
  static final class FullLastPageHasANextCursor extends Delegating {
    @Override
    public Page<Versioned<Observation>> observations(ObservationQuery query, PageRequest page) {
      Page<Versioned<Observation>> p = inner.observations(query, page);
      if (p.next().isEmpty() && p.items().size() == page.size()) {
        return new Page<>(
            p.items(),
            Optional.of(ObservationQuery.cursorOf(p.items().get(p.items().size() - 1).value())));
      }
      return p;
    }
  }

  /** 304: the page after a cursor starts at the offset the cursor's item had when it was read. */
  static final class PagesByOffset extends Delegating {
    private final Map<Cursor, Integer> offsets = new ConcurrentHashMap<>();

    @Override
    public Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page) {
      int from = page.after().map(c -> offsets.getOrDefault(c, 0)).orElse(0);
      List<Versioned<Commitment>> all = new ArrayList<>();
      for (Optional<PageRequest> r = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
          r.isPresent(); ) {
        Page<Versioned<Commitment>> p = inner.commitments(query, r.get());
        all.addAll(p.items());
        r = r.get().next(p);
      }
      int to = Math.min(all.size(), from + page.size());
      List<Versioned<Commitment>> items = all.subList(Math.min(from, all.size()), to);
      if (to >= all.size()) {
        return new Page<>(items, Optional.empty());
      }
      Cursor next = CommitmentQuery.cursorOf(items.get(items.size() - 1).value());
      offsets.put(next, to);
      return new Page<>(items, Optional.of(next));
    }
  }

  /** 305: a listing takes a query's cursor as a position instead of refusing it. */
  static final class ListTakesAnyCursor extends Delegating {
    @Override
    public <T, K> Page<Versioned<T>> list(AggregateKind<T, K> kind, PageRequest page) {
      return inner.list(
          kind, new PageRequest(page.size(), page.after().map(c -> Cursor.of("", c.idText()))));
    }
  }

  /** 401: appended events are committed at once, each append on its own. */
  static final class AppendsCommitAtOnce extends Buffering {
    @Override
    List<LogEntry> link(LogEntry head, List<DomainEvent> events) {
      return inner.inTransaction(tx -> tx.append(events));
    }

    @Override
    void commit(List<Save> saves, List<DomainEvent> events, List<LogEntry> entries) {
      inner.useTransaction(
          tx -> saves.forEach(save -> save(tx, save.kind(), save.value(), save.expected())));
    }
  }

  /** 403: reading from a position after the first skips one entry. */
  static final class EventsSkipOneAfterTheFirst extends Delegating {
    @Override
    public List<LogEntry> events(long fromSequence, int limit) {
      return inner.events(fromSequence > 1 ? fromSequence + 1 : fromSequence, limit);
    }
  }

  /** 404, 701, 702 and 703: the head is the entry before the last. */
  static final class HeadLagsOneBehind extends Delegating {
    @Override
    public Optional<LogEntry> lastEvent() {
      Optional<LogEntry> head = inner.lastEvent();
      return head.filter(h -> h.sequence() == 1)
          .or(() -> head.flatMap(h -> inner.events(h.sequence() - 1, 1).stream().findFirst()));
    }
  }

  /** 502: reads fail until the first transaction has created the store's tables. */
  static final class NotReadyUntilTheFirstWrite extends Delegating {
    private volatile boolean ready;

    private void requireReady() {
      if (!ready) {
        throw new StoreException("the tables do not exist yet; open the store with its provider");
      }
    }

    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      ready = true;
      return inner.inTransaction(work);
    }

    @Override
    public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
      requireReady();
      return inner.load(kind, id);
    }

    @Override
    public <T, K> Page<Versioned<T>> list(AggregateKind<T, K> kind, PageRequest page) {
      requireReady();
      return inner.list(kind, page);
    }

    @Override
    public List<LogEntry> events(long fromSequence, int limit) {
      requireReady();
      return inner.events(fromSequence, limit);
    }

    @Override
    public Optional<LogEntry> lastEvent() {
      requireReady();
      return inner.lastEvent();
    }
  }

  /** 601: only the thread that made the store may use it. */
  static final class ConfinedToOneThread extends Delegating {
    private final Thread owner = Thread.currentThread();

    private void requireOwner() {
      if (Thread.currentThread() != owner) {
        throw new IllegalStateException("this store is confined to thread " + owner.getName());
      }
    }

    @Override
    public <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id) {
      requireOwner();
      return inner.load(kind, id);
    }

    @Override
    public <R> R inTransaction(TransactionWork<R> work) {
      requireOwner();
      return inner.inTransaction(work);
    }

    @Override
    public Page<Versioned<Commitment>> commitments(CommitmentQuery query, PageRequest page) {
      requireOwner();
      return inner.commitments(query, page);
    }

    @Override
    public Optional<LogEntry> lastEvent() {
      requireOwner();
      return inner.lastEvent();
    }
  }

  /**
   * A broken store in the registry: the rule its defect breaks, and the other rules whose tests it
   * fails too (because they read or write through what is broken).
   *
   * @param rule the rule the defect breaks
   * @param store makes a new broken store
   * @param defect what is wrong with it, for the docs' table
   * @param alsoFails the other rules it fails, each for a reason the defect makes plain
   */
  record Broken(int rule, Supplier<RakorStore> store, String defect, Set<Integer> alsoFails) {
    String name() {
      return store.get().getClass().getSimpleName();
    }
  }

  /** One broken store per rule (or more), each with one defect. */
  static final List<Broken> REGISTRY =
      List.of(
          new Broken(
              101,
              KeepsTextAsLatin1::new,
              "keeps text as Latin-1",
              Set.of(106, 201, 204, 302, 303, 305, 401, 601, 703)),
          new Broken(
              102, UpdatesAddTwo::new, "an update adds two to the version", Set.of(103, 205)),
          new Broken(
              103,
              StaleExceptionNamesTheWrongVersion::new,
              "a stale save's exception names the wrong version",
              Set.of()),
          new Broken(104, LoadAllInIdOrder::new, "loadAll answers in id order", Set.of()),
          new Broken(
              105, UnitsAndForumsShareATable::new, "units and forums share a table", Set.of(101)),
          new Broken(
              106,
              ListSkipsAtPageBoundaries::new,
              "a listing's cursor skips an item",
              Set.of(304, 601)),
          new Broken(107, KeepsTheCallersList::new, "append keeps the caller's list", Set.of()),
          new Broken(
              201,
              HalfCommits::new,
              "every save and append commits on its own",
              Set.of(202, 203, 204, 206, 401)),
          new Broken(202, CommitsAFailedWork::new, "a failed work is committed", Set.of(401)),
          new Broken(203, StaleSaveDoesNotDoom::new, "a caught stale save commits", Set.of()),
          new Broken(
              204,
              TransactionDoesNotSeeItsOwnSaves::new,
              "a transaction does not see its own saves",
              Set.of()),
          new Broken(
              205,
              ChecksVersionOnlyAtSave::new,
              "checks the version at save, writes at commit without checking",
              Set.of(206)),
          new Broken(
              205, LosesUpdates::new, "overwrites whatever version is there", Set.of(103, 203)),
          new Broken(
              206, NestedTransactionJoins::new, "a nested transaction joins the outer", Set.of()),
          new Broken(
              301,
              IgnoresTheLeadCriterion::new,
              "commitment queries ignore lead",
              Set.of(302, 305)),
          new Broken(
              301,
              WithinIgnoresTheProvince::new,
              "within on observations ignores the province",
              Set.of()),
          new Broken(
              302,
              TiesInReverseIdOrder::new,
              "commitments due the same day come in reverse id order",
              Set.of()),
          new Broken(
              302,
              ReportPagesInIdOrder::new,
              "progress reports come in id order within a page",
              Set.of(201, 204, 303, 401, 601)),
          new Broken(
              303,
              FullLastPageHasANextCursor::new,
              "a full last page of observations has a next cursor",
              Set.of()),
          new Broken(
              303, SkipsOnPaging::new, "a query's cursor skips an item", Set.of(304, 305, 601)),
          new Broken(304, PagesByOffset::new, "commitment pages by offset", Set.of(305)),
          new Broken(305, ListTakesAnyCursor::new, "a listing takes a query's cursor", Set.of()),
          new Broken(
              401,
              AppendsCommitAtOnce::new,
              "appends commit at once, on their own",
              Set.of(201, 202, 203, 204, 205, 206)),
          new Broken(
              402,
              AppendsWithoutLockingTheHead::new,
              "appends without locking the log's head",
              Set.of(206, 305)),
          new Broken(
              403,
              EventsSkipOneAfterTheFirst::new,
              "events from a later position skip one",
              Set.of()),
          new Broken(
              404,
              HeadLagsOneBehind::new,
              "the head lags one entry behind",
              Set.of(204, 401, 701, 702, 703)),
          new Broken(
              501, CompiledAgainstAnotherContract::new, "compiled against contract 2.0", Set.of()),
          new Broken(
              502,
              NotReadyUntilTheFirstWrite::new,
              "reads fail until the first transaction",
              Set.of(404, 702, 703)),
          new Broken(
              601,
              ConfinedToOneThread::new,
              "only its maker's thread may use it",
              Set.of(201, 204, 205, 206, 401, 402)),
          new Broken(
              701,
              HeadLagsOneBehind::new,
              "the head lags one entry behind",
              Set.of(204, 401, 404, 702, 703)),
          new Broken(
              702,
              HeadLagsOneBehind::new,
              "the head lags one entry behind",
              Set.of(204, 401, 404, 701, 703)),
          new Broken(
              703,
              HeadLagsOneBehind::new,
              "the head lags one entry behind",
              Set.of(204, 401, 404, 701, 702)));

  /** The kit, run by {@code BrokenStoresTest} on the broken store it is given. */
  @Disabled(BROKEN)
  static class Kit extends RakorStoreTck {
    static volatile Supplier<RakorStore> store;

    @Override
    protected RakorStore createStore() {
      return store.get();
    }

    @Override
    protected int examples() {
      return 1;
    }
  }
}
