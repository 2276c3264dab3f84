package io.rakor.core.findings;

/**
 * What a {@link Finding} is about. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum FindingKind {
  /** Programmes of different units overlapping (<i>tumpang tindih</i>): a cluster to resolve. */
  OVERLAP,
  /** Sources holding different figures for the same thing: a figure to reconcile. */
  DATA_DISCREPANCY,
  /** Parts that do not sum to the whole. */
  ROLL_UP_MISMATCH,
  /** Figures that should exist and do not. */
  DATA_GAP
}
