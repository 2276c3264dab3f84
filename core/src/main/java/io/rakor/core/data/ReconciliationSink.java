package io.rakor.core.data;

/**
 * Receives the results of a {@link DataReconciler} as they are found, so that nothing needs to be
 * held. Every method does nothing by default; implement the ones you need.
 *
 * <p>Calls come from the thread that runs the reconciler, in key order: a key's reconciliation,
 * then its discrepancy (if any), gaps as soon as the stream has passed their key, roll-ups and
 * roll-up mismatches as soon as a parent's subtree is complete.
 *
 * @since 0.1
 */
public interface ReconciliationSink {
  /**
   * The reconciled figure for one key; called once per key read.
   *
   * @param reconciliation the reconciliation
   */
  default void reconciled(Reconciliation reconciliation) {}

  /**
   * Sources that disagree beyond tolerance for one key (also attached to the key's reconciliation).
   *
   * @param discrepancy the discrepancy
   */
  default void discrepancy(Discrepancy discrepancy) {}

  /**
   * An expected figure that no source reported.
   *
   * @param gap the gap
   */
  default void gap(Gap gap) {}

  /**
   * Parts that do not sum to the whole.
   *
   * @param mismatch the mismatch
   */
  default void rollUpMismatch(RollUpMismatch mismatch) {}

  /**
   * A whole's figure built from its parts; called once per jurisdiction of a {@link
   * Aggregation#SUM} or {@link Aggregation#RATE} indicator that has sub-jurisdictions read or
   * expected, as soon as its subtree is complete (before its mismatch, if any).
   *
   * @param rollUp the roll-up
   * @since 0.2
   */
  default void rolledUp(RollUp rollUp) {}

  /**
   * Parts of a population that do not add up to the group they divide; called when the stream moves
   * past the jurisdiction.
   *
   * @param mismatch the mismatch
   * @since 0.2
   */
  default void disaggregationMismatch(DisaggregationMismatch mismatch) {}
}
