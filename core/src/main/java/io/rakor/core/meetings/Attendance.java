package io.rakor.core.meetings;

/**
 * Whether an invited {@link Participant} came. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum Attendance {
  /** Invited; attendance not yet recorded. */
  INVITED,
  /** Present in person. */
  PRESENT,
  /** Sent a representative. */
  REPRESENTED,
  /** Absent with an excuse. */
  EXCUSED,
  /** Absent without an excuse. */
  ABSENT;

  /**
   * Whether the unit was there, in person or through a representative.
   *
   * @return true for {@link #PRESENT} and {@link #REPRESENTED}
   */
  public boolean attended() {
    return this == PRESENT || this == REPRESENTED;
  }
}
