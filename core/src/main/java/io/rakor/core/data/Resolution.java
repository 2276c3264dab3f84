package io.rakor.core.data;

/**
 * How a {@link Reconciliation} arrived at its figure, in the order the rules are tried. JSON uses
 * the constant names.
 *
 * @since 0.1
 */
public enum Resolution {
  /** An {@link AgreedValue} was recorded for the key; it wins over every source. */
  AGREED,
  /** The indicator's data steward reported a figure; its current figure wins. */
  STEWARD,
  /** Only one producer reported; its current figure stands. */
  SINGLE_SOURCE,
  /**
   * Several producers, none the steward, agree within tolerance; the median of their current
   * figures stands.
   */
  CONSISTENT,
  /**
   * Several producers, none the steward, disagree beyond tolerance and nothing was agreed: there is
   * no figure until the units agree one.
   */
  UNRESOLVED
}
