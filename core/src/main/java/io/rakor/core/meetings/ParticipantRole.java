package io.rakor.core.meetings;

/**
 * The part a {@link Participant} plays in a meeting. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum ParticipantRole {
  /** Chairs the meeting (<i>pimpinan rapat</i>). */
  CHAIR,
  /** Organises and minutes the meeting (<i>sekretariat</i>). */
  SECRETARIAT,
  /** Presents a report or an agenda item. */
  PRESENTER,
  /** Takes part and decides. */
  MEMBER,
  /** Attends without deciding. */
  OBSERVER
}
