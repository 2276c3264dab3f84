package io.rakor.core.workflow;

/**
 * The part an {@link Actor} plays towards the value acted on. A role is claimed by the actor and
 * checked by the {@link Policy} against what the value itself says (the lead unit of a commitment,
 * the chair of a meeting, the owner of a monitoring plan) wherever the value says it. JSON uses the
 * constant names.
 *
 * @since 0.1
 */
public enum Role {
  /** Chairs the meeting or the forum that agreed the commitment (<i>pimpinan rapat</i>). */
  CHAIR,
  /**
   * Organises the meeting, keeps its minutes and runs its monitoring (<i>sekretariat</i>, often the
   * planning agency).
   */
  SECRETARIAT,
  /** The unit that owns a commitment and reports on it. */
  LEAD_UNIT,
  /**
   * A unit that owns a commitment jointly with its lead unit and reports on it as the lead does.
   *
   * @since 0.1
   */
  CO_LEAD,
  /**
   * A partner outside government (civil society, business, ...) working on a commitment; may
   * co-report where the monitoring plan allows it.
   *
   * @since 0.1
   */
  PARTNER,
  /** A unit that helps with a commitment and may contribute evidence. */
  SUPPORTING_UNIT,
  /** A unit taking part in the meeting; may read. */
  PARTICIPANT,
  /** Attends without deciding; may read. */
  OBSERVER
}
