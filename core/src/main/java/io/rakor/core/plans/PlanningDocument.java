package io.rakor.core.plans;

/**
 * The planning documents of Indonesian regional and village government that a {@link PlanReference}
 * cites. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum PlanningDocument {
  /** The national medium-term development plan (<i>RPJMN</i>), five years. */
  RPJMN(false),
  /** The region's medium-term development plan (<i>RPJMD</i>), five years. */
  RPJMD(false),
  /** The region's annual work plan (<i>RKPD</i>). */
  RKPD(true),
  /** An agency's strategic plan (<i>Renstra Perangkat Daerah</i>), five years. */
  RENSTRA(false),
  /** An agency's annual work plan (<i>Renja Perangkat Daerah</i>). */
  RENJA(true),
  /** A village's medium-term development plan (<i>RPJMDes</i>), six years. */
  RPJMDES(false),
  /** A village's annual work plan (<i>RKPDes</i>). */
  RKPDES(true),
  /** A sector or thematic action plan (<i>rencana aksi daerah</i>, a contingency plan, ...). */
  ACTION_PLAN(false),
  /** Any other planning document. */
  OTHER(false);

  private final boolean annual;

  PlanningDocument(boolean annual) {
    this.annual = annual;
  }

  /**
   * Whether a document of this kind covers one year.
   *
   * @return true for {@link #RKPD}, {@link #RENJA} and {@link #RKPDES}
   */
  public boolean isAnnual() {
    return annual;
  }
}
