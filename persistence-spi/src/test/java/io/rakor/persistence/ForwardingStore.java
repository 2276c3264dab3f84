package io.rakor.persistence;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.data.Observation;
import io.rakor.core.monitoring.ProgressReport;
import java.util.List;
import java.util.Optional;

/**
 * Passes every call to another store; tests override what they need to change (a fault, a tampered
 * answer, a hidden kind).
 */
public class ForwardingStore implements RakorStore {
  protected final RakorStore inner;

  public ForwardingStore(RakorStore inner) {
    this.inner = inner;
  }

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
