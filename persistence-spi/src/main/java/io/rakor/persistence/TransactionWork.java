package io.rakor.persistence;

/**
 * The work of one transaction: loads, saves and event appends through the {@link Transaction} it is
 * given. It may run more than once if its caller retries, so it should have no effect outside the
 * transaction.
 *
 * @param <R> what the work returns
 * @since 0.1
 */
@FunctionalInterface
public interface TransactionWork<R> {
  /**
   * Does the work.
   *
   * @param tx the transaction, valid only until this method returns
   * @return the work's result, returned by {@link RakorStore#inTransaction(TransactionWork)} once
   *     the transaction commits
   */
  R run(Transaction tx);
}
