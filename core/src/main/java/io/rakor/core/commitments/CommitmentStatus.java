package io.rakor.core.commitments;

/**
 * Where a {@link Commitment} is in its life. The legal moves between these are the workflow's
 * business; here the states just exist. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum CommitmentStatus {
  /** Drafted, not yet agreed. */
  PROPOSED,
  /** Agreed at the meeting; work not started. */
  AGREED,
  /** Work under way. */
  IN_PROGRESS,
  /** Done, and the completion verified. */
  COMPLETED,
  /** Dropped, with a reason. */
  CANCELLED,
  /** Replaced by another commitment, with a reason. */
  SUPERSEDED;

  /**
   * Whether no further change of status is possible.
   *
   * @return true for {@link #COMPLETED}, {@link #CANCELLED} and {@link #SUPERSEDED}
   */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED || this == SUPERSEDED;
  }
}
