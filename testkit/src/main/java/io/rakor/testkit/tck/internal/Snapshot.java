package io.rakor.testkit.tck.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.audit.LogEntry;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a store holds, read through its public contract: every aggregate of every kind with
 * its version, and the whole event log. Two snapshots are equal when the stores hold the same. Not
 * API: it may change without notice.
 *
 * @param aggregates for each kind's name, its aggregates in id order
 * @param log the event log in order
 */
public record Snapshot(
    ImmutableMap<String, ImmutableList<Versioned<?>>> aggregates, ImmutableList<LogEntry> log) {

  /**
   * Reads a store.
   *
   * @param store the store
   * @return what it holds
   */
  public static Snapshot of(RakorStore store) {
    ImmutableMap.Builder<String, ImmutableList<Versioned<?>>> all = ImmutableMap.builder();
    for (AggregateKind<?, ?> kind : AggregateKind.all()) {
      all.put(kind.name(), list(store, kind));
    }
    return new Snapshot(all.buildOrThrow(), log(store));
  }

  private static <T, K> ImmutableList<Versioned<?>> list(
      RakorStore store, AggregateKind<T, K> kind) {
    return ImmutableList.<Versioned<?>>copyOf(
        PageWalk.all(
            106,
            "list(" + kind + ")",
            200,
            page -> store.list(kind, page),
            v -> kind.idText(kind.idOf(v.value()))));
  }

  /**
   * The whole event log of a store.
   *
   * @param store the store
   * @return the entries in order
   */
  public static ImmutableList<LogEntry> log(RakorStore store) {
    List<LogEntry> entries = new ArrayList<>();
    long from = 1;
    while (true) {
      List<LogEntry> batch = store.events(from, 500);
      entries.addAll(batch);
      if (batch.size() < 500) {
        return ImmutableList.copyOf(entries);
      }
      from = batch.get(batch.size() - 1).sequence() + 1;
    }
  }

  /**
   * How many aggregates there are in all.
   *
   * @return the count
   */
  public int size() {
    return aggregates.values().stream().mapToInt(List::size).sum();
  }

  /** Returns counts per kind and the log's length. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    aggregates.forEach((k, v) -> s.append(k).append('=').append(v.size()).append(' '));
    return s.append("events=").append(log.size()).append('}').toString();
  }
}
