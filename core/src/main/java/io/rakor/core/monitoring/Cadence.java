package io.rakor.core.monitoring;

/**
 * How often a {@link MonitoringPlan} runs a cycle. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum Cadence {
  /** Every month. */
  MONTHLY(1),
  /** Every three months. */
  QUARTERLY(3),
  /** Every six months (<i>semester</i>). */
  SEMESTER(6),
  /** Every year. */
  YEARLY(12);

  private final int months;

  Cadence(int months) {
    this.months = months;
  }

  /**
   * The length of one period in months.
   *
   * @return 1, 3, 6 or 12
   */
  public int months() {
    return months;
  }
}
