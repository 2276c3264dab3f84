package io.rakor.core.plans;

/**
 * What sort of regulation or decree a {@link LegalInstrument} is. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum InstrumentKind {
  /** A regional regulation passed with the regional parliament (<i>Perda</i>). */
  REGIONAL_REGULATION,
  /** A regional head's regulation (<i>Perbup</i>, <i>Perwali</i>, <i>Pergub</i>). */
  HEAD_REGULATION,
  /** A village regulation (<i>Perdes</i>). */
  VILLAGE_REGULATION,
  /**
   * A regional head's decree (<i>SK Bupati</i>, <i>SK Wali Kota</i>, <i>SK Gubernur</i>): forming a
   * team such as the TPPS, designating priority villages, appointing officials.
   */
  HEAD_DECREE,
  /** A village head's decree (<i>SK Kepala Desa</i>), for example forming the village TPPS. */
  VILLAGE_HEAD_DECREE,
  /** An agency head's decree (<i>SK Kepala Dinas</i>, <i>SK Kepala Badan</i>). */
  AGENCY_DECREE,
  /** A circular (<i>surat edaran</i>): guidance without binding force. */
  CIRCULAR,
  /** Any other instrument. */
  OTHER;

  /**
   * Whether an instrument of this kind is a decree, the kind that forms teams.
   *
   * @return true for {@link #HEAD_DECREE}, {@link #VILLAGE_HEAD_DECREE} and {@link #AGENCY_DECREE}
   */
  public boolean isDecree() {
    return this == HEAD_DECREE || this == VILLAGE_HEAD_DECREE || this == AGENCY_DECREE;
  }
}
