package io.rakor.persistence.service;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.data.Observation;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.CommitmentQuery;
import io.rakor.persistence.ObservationQuery;
import io.rakor.persistence.Page;
import io.rakor.persistence.PageRequest;
import io.rakor.persistence.ProgressReportQuery;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.TransactionWork;
import io.rakor.persistence.Versioned;
import java.util.List;
import java.util.Optional;

/** Passes every call to another store; tests override what they need to change. */
class ForwardingStore implements RakorStore {
  final RakorStore inner;

  ForwardingStore(RakorStore inner) {
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
