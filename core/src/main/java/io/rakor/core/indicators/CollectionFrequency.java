package io.rakor.core.indicators;

/**
 * How often an {@link Indicator}'s figures are collected. JSON uses the constant names. The months
 * of a schedule, where there is one, are in {@link Indicator#measuredIn()}.
 *
 * @since 0.2
 */
public enum CollectionFrequency {
  /** Every month, such as the weighing of children at the posyandu. */
  MONTHLY,
  /** Every three months. */
  QUARTERLY,
  /** Twice a year, such as the weighing months of February and August. */
  SEMIANNUAL,
  /** Once a year, such as an annual survey. */
  ANNUAL,
  /** Less than once a year, such as a census or a survey every few years. */
  MULTIYEAR,
  /** As the need arises, with no fixed frequency. */
  IRREGULAR
}
