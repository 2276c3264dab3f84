package io.rakor.core.meetings;

/**
 * Where a {@link Meeting} is in its life. The legal moves between these are the workflow's
 * business; here the states just exist. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum MeetingStatus {
  /** Planned for a date. */
  SCHEDULED,
  /** Under way. */
  IN_SESSION,
  /** Over; minutes not yet approved. */
  CONCLUDED,
  /** Over, with approved minutes. */
  MINUTES_APPROVED,
  /** Moved to a later date, not yet rescheduled. */
  POSTPONED,
  /** Will not take place. */
  CANCELLED
}
