package io.rakor.core.meetings;

import io.rakor.core.RakorValidationException;
import io.rakor.core.values.Checker;
import io.rakor.core.workflow.Action;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A request to move a {@link Meeting} through its lifecycle; carried out by {@link
 * MeetingLifecycle}. Each command names the {@link Action} the policy decides. Commands are
 * immutable and thread-safe; they validate what they hold when made.
 *
 * @since 0.1
 */
public sealed interface MeetingCommand {
  /**
   * The action this command asks for.
   *
   * @return the action
   */
  Action action();

  /**
   * Open the session of a scheduled meeting.
   *
   * @return the command
   */
  static MeetingCommand openSession() {
    return new OpenSession();
  }

  /**
   * Conclude a meeting in session.
   *
   * @return the command
   */
  static MeetingCommand conclude() {
    return new Conclude();
  }

  /**
   * Approve the minutes of a concluded meeting.
   *
   * @param minutes the minutes' text, if not already on the meeting
   * @return the command
   * @throws RakorValidationException if the minutes are blank
   */
  static MeetingCommand approveMinutes(Optional<String> minutes) {
    return new ApproveMinutes(minutes);
  }

  /**
   * Postpone a scheduled meeting.
   *
   * @param reason why
   * @return the command
   * @throws RakorValidationException if the reason is blank
   */
  static MeetingCommand postpone(String reason) {
    return new Postpone(reason);
  }

  /**
   * Give a postponed meeting a new time.
   *
   * @param start the new start
   * @param end the new end (exclusive), after the start, in the same zone
   * @return the command
   * @throws RakorValidationException if the end is not after the start or in another zone
   */
  static MeetingCommand reschedule(ZonedDateTime start, ZonedDateTime end) {
    return new Reschedule(start, end);
  }

  /**
   * Cancel a scheduled or postponed meeting.
   *
   * @param reason why
   * @return the command
   * @throws RakorValidationException if the reason is blank
   */
  static MeetingCommand cancel(String reason) {
    return new Cancel(reason);
  }

  /** Open the session. */
  record OpenSession() implements MeetingCommand {
    @Override
    public Action action() {
      return Action.OPEN_SESSION;
    }
  }

  /** Conclude the meeting. */
  record Conclude() implements MeetingCommand {
    @Override
    public Action action() {
      return Action.CONCLUDE_MEETING;
    }
  }

  /**
   * Approve the minutes.
   *
   * @param minutes the minutes' text, if not already on the meeting
   */
  record ApproveMinutes(Optional<String> minutes) implements MeetingCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if the minutes are null or blank
     */
    public ApproveMinutes {
      Checker c =
          Checker.of("ApproveMinutes").require(minutes != null, "minutes", null, "is required");
      if (minutes != null) {
        minutes.ifPresent(m -> c.text("minutes", m));
      }
      c.done();
    }

    @Override
    public Action action() {
      return Action.APPROVE_MINUTES;
    }
  }

  /**
   * Postpone.
   *
   * @param reason why, not blank
   */
  record Postpone(String reason) implements MeetingCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if the reason is null or blank
     */
    public Postpone {
      Checker.of("Postpone").text("reason", reason == null ? "" : reason).done();
    }

    @Override
    public Action action() {
      return Action.POSTPONE_MEETING;
    }
  }

  /**
   * Reschedule.
   *
   * @param start the new start
   * @param end the new end, exclusive
   */
  record Reschedule(ZonedDateTime start, ZonedDateTime end) implements MeetingCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if a time is missing, the end is not after the start, or the
     *     two are in different zones
     */
    public Reschedule {
      Checker c =
          Checker.of("Reschedule")
              .require(start != null, "start", null, "is required")
              .require(end != null, "end", null, "is required");
      if (start != null && end != null) {
        c.require(end.isAfter(start), "end", end, "must be after start " + start)
            .require(
                end.getZone().equals(start.getZone()),
                "end",
                end,
                "must be in the same zone as start, " + start.getZone());
      }
      c.done();
    }

    @Override
    public Action action() {
      return Action.RESCHEDULE_MEETING;
    }
  }

  /**
   * Cancel.
   *
   * @param reason why, not blank
   */
  record Cancel(String reason) implements MeetingCommand {
    /**
     * Creates the command.
     *
     * @throws RakorValidationException if the reason is null or blank
     */
    public Cancel {
      Checker.of("Cancel").text("reason", reason == null ? "" : reason).done();
    }

    @Override
    public Action action() {
      return Action.CANCEL_MEETING;
    }
  }
}
