package io.rakor.core.meetings;

import java.util.OptionalInt;

/**
 * What sort of meeting a {@link Meeting} is. JSON uses the constant names. A <i>rakor</i> is a
 * {@link #CROSS_SECTOR_COORDINATION}; the kinds of the yearly planning calendar are the {@link
 * #REMBUK_STUNTING} and the three <i>musrenbang</i>, each held at one level of government ({@link
 * #jurisdictionDepth()}).
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
  /**
   * The regency's or city's yearly stunting summit (<i>rembuk stunting</i>), one of the eight
   * convergence actions.
   */
  REMBUK_STUNTING,
  /** A village's development-planning deliberation (<i>musrenbang desa</i>); held in a village. */
  VILLAGE_MUSRENBANG(4),
  /** A sub-district's development-planning deliberation (<i>musrenbang kecamatan</i>). */
  SUB_DISTRICT_MUSRENBANG(3),
  /** A regency's or city's development-planning deliberation (<i>musrenbang kabupaten/kota</i>). */
  REGENCY_MUSRENBANG(2),
  /** Any other meeting. */
  OTHER;

  private final int depth;

  MeetingKind() {
    this(0);
  }

  MeetingKind(int depth) {
    this.depth = depth;
  }

  /**
   * The code depth of the jurisdiction a meeting of this kind is held for, if the kind fixes one: 4
   * (a village or urban village) for a village musrenbang, 3 (a sub-district) for a sub-district
   * musrenbang, 2 (a regency or city) for a regency musrenbang.
   *
   * @return the depth, or empty if meetings of this kind are held at any level
   * @since 0.1
   */
  public OptionalInt jurisdictionDepth() {
    return depth == 0 ? OptionalInt.empty() : OptionalInt.of(depth);
  }
}
