package io.rakor.core.units;

/**
 * What sort of group a {@link Forum} is. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum ForumKind {
  /**
   * A regional leadership forum (<i>Forkopimda</i>): the regional head, parliament, police,
   * military command, prosecutor and court.
   */
  LEADERSHIP_FORUM,
  /** A task force (<i>tim percepatan</i>), for example for stunting reduction. */
  TASK_FORCE,
  /** A standing working group or committee. */
  WORKING_GROUP,
  /** Any other group. */
  OTHER
}
