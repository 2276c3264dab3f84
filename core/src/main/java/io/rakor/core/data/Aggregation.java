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
  /**
   * A rate (a prevalence, a coverage): never summed, but weighted by denominators. A whole's rate
   * is {@code Σ(rate × denominator) ÷ Σ denominator} over its parts, which is {@code Σ numerator ÷
   * Σ denominator × rate base} when each part's value is its numerator over its denominator times
   * the {@linkplain IndicatorRules#rateBase() rate base}. A part without a denominator cannot be
   * rolled up, and the roll-up says so.
   *
   * @since 0.2
   */
  RATE,
  /** Not additive and not weighted (an index, a median): no roll-up is made. */
  NONE
}
