package io.rakor.core.meetings;

/**
 * What sort of meeting a {@link Meeting} is. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum MeetingKind {
  /** A cross-sector coordination meeting (<i>rapat koordinasi lintas sektor</i>). */
  CROSS_SECTOR_COORDINATION,
  /** A meeting of a forum such as the <i>Forkopimda</i>. */
  FORUM,
  /** A meeting of a task force. */
  TASK_FORCE,
  /** A technical meeting of working staff. */
  TECHNICAL,
  /** A monitoring and evaluation meeting (<i>rapat monitoring dan evaluasi</i>). */
  EVALUATION,
  /** Any other meeting. */
  OTHER
}
