package io.rakor.core.workflow;

/**
 * What happened, one type per action that changes something: a lifecycle's transitions, and the
 * creation or import that gives an aggregate its first version. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum EventType {
  /** A meeting's session was opened. */
  MEETING_OPENED(Action.OPEN_SESSION),
  /** A meeting concluded. */
  MEETING_CONCLUDED(Action.CONCLUDE_MEETING),
  /** A meeting's minutes were approved. */
  MINUTES_APPROVED(Action.APPROVE_MINUTES),
  /** A meeting was postponed. */
  MEETING_POSTPONED(Action.POSTPONE_MEETING),
  /** A postponed meeting got a new date. */
  MEETING_RESCHEDULED(Action.RESCHEDULE_MEETING),
  /** A meeting was cancelled. */
  MEETING_CANCELLED(Action.CANCEL_MEETING),
  /** A commitment was agreed. */
  COMMITMENT_AGREED(Action.AGREE_COMMITMENT),
  /** Work on a commitment started. */
  WORK_STARTED(Action.START_WORK),
  /** Progress on a commitment was reported. */
  PROGRESS_REPORTED(Action.REPORT_PROGRESS),
  /** Evidence was contributed to a commitment. */
  EVIDENCE_CONTRIBUTED(Action.CONTRIBUTE_EVIDENCE),
  /** A commitment's completion was verified. */
  COMPLETION_VERIFIED(Action.VERIFY_COMPLETION),
  /** A commitment was cancelled. */
  COMMITMENT_CANCELLED(Action.CANCEL_COMMITMENT),
  /** A commitment was superseded by another. */
  COMMITMENT_SUPERSEDED(Action.SUPERSEDE_COMMITMENT),
  /** A monitoring cycle was closed to reports. */
  CYCLE_CLOSED(Action.CLOSE_CYCLE),
  /** A monitoring cycle was evaluated. */
  CYCLE_EVALUATED(Action.EVALUATE_CYCLE),
  /**
   * An aggregate was created, in its lifecycle's initial state or, without a lifecycle, as given:
   * the event of its first version. {@code fromState} is {@code ABSENT}; {@code toState} is the
   * initial state, or {@code PRESENT} for a value without a lifecycle.
   */
  AGGREGATE_CREATED(Action.CREATE),
  /**
   * An aggregate was brought in as it was, in any state, by an explicit import: the event of its
   * first version. {@code fromState} is {@code ABSENT}; {@code toState} is its state (or {@code
   * PRESENT}); the detail {@code reason} says why it was imported.
   */
  AGGREGATE_IMPORTED(Action.IMPORT);

  private final Action action;

  EventType(Action action) {
    this.action = action;
  }

  /**
   * The action whose acceptance causes this event.
   *
   * @return the action
   */
  public Action action() {
    return action;
  }

  /**
   * The event type an action causes.
   *
   * @param action an action that changes something
   * @return the event type
   * @throws IllegalArgumentException for {@link Action#READ}, which causes no event
   */
  public static EventType of(Action action) {
    for (EventType type : values()) {
      if (type.action == action) {
        return type;
      }
    }
    throw new IllegalArgumentException(action + " causes no event");
  }
}
