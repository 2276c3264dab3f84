package io.rakor.core.data;

/**
 * How an indicator's figures for the parts of a jurisdiction relate to the figure for the whole.
 * JSON uses the constant names.
 *
 * @since 0.1
 */
public enum Aggregation {
  /**
   * Additive: the figures of a jurisdiction's direct sub-jurisdictions sum to its own figure (a
   * count of children, households, villages).
   */
  SUM,
  /** Not additive (a rate, a percentage, an index): no roll-up check is made. */
  NONE
}
