package io.rakor.core.workflow;

/**
 * What an {@link Actor} asks to do. Every command of every lifecycle names one action, and the
 * {@link Policy} decides each action; {@link #READ} is decided by the policy but changes nothing.
 * JSON uses the constant names.
 *
 * @since 0.1
 */
public enum Action {
  /** Read a value and its history. */
  READ,

  /** Open a scheduled meeting's session. */
  OPEN_SESSION,
  /** Close the session: the meeting has concluded. */
  CONCLUDE_MEETING,
  /** Approve the minutes of a concluded meeting. */
  APPROVE_MINUTES,
  /** Postpone a scheduled meeting. */
  POSTPONE_MEETING,
  /** Give a postponed meeting a new date. */
  RESCHEDULE_MEETING,
  /** Cancel a scheduled or postponed meeting. */
  CANCEL_MEETING,

  /** Agree a proposed commitment. */
  AGREE_COMMITMENT,
  /** Start work on an agreed commitment. */
  START_WORK,
  /** Report progress on a commitment (its lead unit). */
  REPORT_PROGRESS,
  /** Contribute evidence to a commitment in progress (lead or supporting unit). */
  CONTRIBUTE_EVIDENCE,
  /** Verify that a commitment is complete. */
  VERIFY_COMPLETION,
  /** Cancel a commitment, with a reason. */
  CANCEL_COMMITMENT,
  /** Replace a commitment by another, with a reason. */
  SUPERSEDE_COMMITMENT,

  /** Close a monitoring cycle to further reports. */
  CLOSE_CYCLE,
  /** Record that a closed cycle has been evaluated. */
  EVALUATE_CYCLE,

  /**
   * Create a new aggregate through the coordination service: a meeting as scheduled, a commitment
   * as proposed, a monitoring cycle as open, and values without a lifecycle (jurisdictions, units,
   * indicators, priorities, plans, ...) as given.
   */
  CREATE,
  /**
   * Bring an aggregate in as it is, in any state, with a reason (records kept elsewhere before, a
   * migration): the explicit, audited exception to {@link #CREATE}'s initial states.
   */
  IMPORT
}
