package io.rakor.core.meetings;

/**
 * What kind of obstacle (<i>hambatan</i>) a unit reports. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum ObstacleCategory {
  /** Not enough money (<i>keterbatasan anggaran</i>). */
  BUDGET,
  /** Distance, terrain, remoteness (<i>kondisi geografis</i>). */
  GEOGRAPHY,
  /** Too few or insufficiently skilled staff (<i>sumber daya manusia</i>). */
  HUMAN_RESOURCES,
  /** Missing, late or conflicting data. */
  DATA,
  /** A rule that stands in the way, or a missing one. */
  REGULATION,
  /** Units not working together. */
  COORDINATION,
  /** Missing facilities or equipment. */
  INFRASTRUCTURE,
  /** Security or order problems. */
  SECURITY,
  /** Anything else. */
  OTHER
}
