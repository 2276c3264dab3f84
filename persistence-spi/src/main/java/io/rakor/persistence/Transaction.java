package io.rakor.persistence;

import io.rakor.core.audit.LogEntry;
import io.rakor.core.workflow.DomainEvent;
import java.util.List;
import java.util.Optional;

/**
 * The operations of one transaction, handed to a {@link TransactionWork} by {@link
 * RakorStore#inTransaction(TransactionWork)}. Everything done through it commits together when the
 * work returns, or not at all (rules 201 to 206 of {@link RakorStore}). A transaction belongs to
 * the thread running the work and must not be used after the work returns; it is not thread-safe.
 *
 * @since 0.1
 */
public interface Transaction {
  /**
   * Loads an aggregate as this transaction sees it: its own saves, otherwise the committed state
   * (rule 204).
   *
   * @param kind the kind of aggregate
   * @param id its id
   * @param <T> the value type
   * @param <K> the id type
   * @return the value and version, or empty if it does not exist
   * @throws StoreException if the store fails
   */
  <T, K> Optional<Versioned<T>> load(AggregateKind<T, K> kind, K id);

  /**
   * Saves an aggregate, expecting it to be at a version (rules 102, 103).
   *
   * @param kind the kind of aggregate
   * @param value the new value; its id says which aggregate
   * @param expectedVersion the version the caller last saw, {@link Versioned#NONE} for a new one
   * @param <T> the value type
   * @param <K> the id type
   * @return the value at its new version, {@code expectedVersion + 1}
   * @throws StaleVersionException if the aggregate is not at {@code expectedVersion}; the store may
   *     instead throw it from {@link RakorStore#inTransaction(TransactionWork)} at commit. The
   *     transaction then commits nothing, even if the work catches the exception (rule 203)
   * @throws StoreException if the store fails
   */
  <T, K> Versioned<T> save(AggregateKind<T, K> kind, T value, long expectedVersion);

  /**
   * Appends events to the log, linked by {@link io.rakor.core.audit.HashChain} to the log's head
   * (rules 401, 402). They become visible when the transaction commits.
   *
   * @param events the events, in order
   * @return the entries, as they will be committed
   * @throws ConcurrencyConflictException if another transaction appended first and this store does
   *     not wait for it (it may instead throw at commit)
   * @throws StoreException if the store fails
   */
  List<LogEntry> append(List<DomainEvent> events);
}
