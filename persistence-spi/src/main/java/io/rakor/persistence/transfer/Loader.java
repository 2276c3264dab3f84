package io.rakor.persistence.transfer;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Transaction;
import io.rakor.persistence.Versioned;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes log entries and aggregates into an empty store through its contract, in transactions of
 * about {@code batchSize} writes: each entry is appended and must come back equal to the one given
 * (same sequence, link and hash: the target's chain is the source's), and an aggregate at version
 * {@code v} is saved {@code v} times, so that it arrives at its version. Not thread-safe.
 */
final class Loader {
  /** Makes the exception for a write that went wrong, naming where the item came from. */
  @FunctionalInterface
  interface Failure {
    RuntimeException at(long locator, String problem);
  }

  private record Pending<T>(AggregateKind<T, ?> kind, Versioned<T> aggregate) {
    void save(Transaction tx) {
      for (long expected = Versioned.NONE; expected < aggregate.version(); expected++) {
        tx.save(kind, aggregate.value(), expected);
      }
    }
  }

  private final RakorStore target;
  private final int batchSize;
  private final Failure failure;
  private final List<LogEntry> entries = new ArrayList<>();
  private final List<Long> entryLocators = new ArrayList<>();
  private final List<Pending<?>> aggregates = new ArrayList<>();
  private long pendingSaves;
  private long eventsWritten;
  private long aggregatesWritten;

  Loader(RakorStore target, int batchSize, Failure failure) {
    this.target = target;
    this.batchSize = batchSize;
    this.failure = failure;
  }

  void entry(LogEntry entry, long locator) {
    if (!aggregates.isEmpty()) {
      flushAggregates();
    }
    entries.add(entry);
    entryLocators.add(locator);
    if (entries.size() >= batchSize) {
      flushEntries();
    }
  }

  <T> void aggregate(AggregateKind<T, ?> kind, Versioned<T> aggregate) {
    if (!entries.isEmpty()) {
      flushEntries();
    }
    aggregates.add(new Pending<>(kind, aggregate));
    pendingSaves += aggregate.version();
    if (pendingSaves >= batchSize) {
      flushAggregates();
    }
  }

  /** Writes what is pending. */
  void flush() {
    flushEntries();
    flushAggregates();
  }

  long eventsWritten() {
    return eventsWritten;
  }

  long aggregatesWritten() {
    return aggregatesWritten;
  }

  private void flushEntries() {
    if (entries.isEmpty()) {
      return;
    }
    List<DomainEvent> events = entries.stream().map(LogEntry::event).toList();
    target.useTransaction(
        tx -> {
          List<LogEntry> appended = tx.append(events);
          for (int i = 0; i < entries.size(); i++) {
            LogEntry want = entries.get(i);
            LogEntry got = i < appended.size() ? appended.get(i) : null;
            if (!want.equals(got)) {
              throw failure.at(
                  entryLocators.get(i),
                  "the target store appended log entry "
                      + want.sequence()
                      + (got == null
                          ? " as nothing"
                          : " as entry " + got.sequence() + " with hash " + got.hash())
                      + ", not with hash "
                      + want.hash()
                      + " as given: the target's chain would differ (is the target empty?);"
                      + " nothing of this batch was written");
            }
          }
        });
    eventsWritten += entries.size();
    entries.clear();
    entryLocators.clear();
  }

  private void flushAggregates() {
    if (aggregates.isEmpty()) {
      return;
    }
    target.useTransaction(tx -> aggregates.forEach(p -> p.save(tx)));
    aggregatesWritten += aggregates.size();
    aggregates.clear();
    pendingSaves = 0;
  }
}
