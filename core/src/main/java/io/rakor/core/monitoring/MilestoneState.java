package io.rakor.core.monitoring;

/**
 * Where a milestone stands at the end of a cycle's period ({@code asOf}, exclusive). Rules, in
 * order, in {@code docs/monitoring.md}: done on or before its due date, done after it, not done and
 * due before {@code asOf}, not done and due within {@link HealthThresholds#dueSoonDays()} days from
 * {@code asOf}, otherwise pending. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum MilestoneState {
  /** Not done, and not due soon. */
  PENDING,
  /** Not done, due within the "due soon" window from the end of the period. */
  DUE_SOON,
  /** Not done, and its due date has passed. */
  MISSED,
  /** Done on or before its due date. */
  DONE_ON_TIME,
  /** Done after its due date. */
  DONE_LATE;

  /**
   * Whether the milestone is done.
   *
   * @return true for {@link #DONE_ON_TIME} and {@link #DONE_LATE}
   */
  public boolean isDone() {
    return this == DONE_ON_TIME || this == DONE_LATE;
  }
}
