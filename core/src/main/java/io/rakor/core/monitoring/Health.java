package io.rakor.core.monitoring;

/**
 * How a commitment stands in a monitoring cycle, from best to worst. The order of the constants is
 * the order of severity ({@link #severity()}); rules are in {@link MonitoringEvaluator}. JSON uses
 * the constant names.
 *
 * @since 0.1
 */
public enum Health {
  /** Verified complete. */
  COMPLETED,
  /** Reported progress and indicators keep pace with elapsed time; milestones met. */
  ON_TRACK,
  /**
   * Behind by more than the at-risk gap, or a milestone missed, or the report came after the
   * deadline.
   */
  AT_RISK,
  /** Active, but no report for the cycle. */
  NOT_REPORTED,
  /** Behind by more than the off-track gap, or several milestones missed. */
  OFF_TRACK,
  /** The due date has passed and the work is not reported complete. */
  OVERDUE;

  /**
   * How bad this is, 0 (completed) to 5 (overdue).
   *
   * @return the severity
   */
  public int severity() {
    return ordinal();
  }

  /**
   * The worse of two healths.
   *
   * @param other another health
   * @return the one with the higher severity
   */
  public Health worse(Health other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
