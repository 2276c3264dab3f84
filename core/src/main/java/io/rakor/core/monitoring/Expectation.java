package io.rakor.core.monitoring;

/**
 * How the progress expected of a commitment by a date is drawn ({@link
 * HealthThresholds#expectation()}); the rules are in {@code docs/monitoring.md}.
 *
 * @since 0.1
 */
public enum Expectation {
  /** A straight line over the commitment's whole window, and over each target's. */
  STRAIGHT_LINE,
  /**
   * Piecewise through the checkpoints that milestones and successive targets give: each milestone
   * is an equal step of the commitment's progress, earned over its own stretch of days, and each
   * target is reached from the previous target on its indicator.
   */
  CHECKPOINTS
}
