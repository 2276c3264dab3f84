package io.rakor.core.jurisdictions;

/**
 * The tier of an administrative area, and the depth of its {@link JurisdictionCode}.
 *
 * <p>The names follow Indonesia's hierarchy, which fits most unitary states: a province; a regency
 * or city; a sub-district; a village or urban village. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum JurisdictionLevel {
  /** A province (<i>provinsi</i>); code depth 1. */
  PROVINCE(1),
  /** A regency (<i>kabupaten</i>), rural second tier; code depth 2. */
  REGENCY(2),
  /** A city (<i>kota</i>), urban second tier; code depth 2. */
  CITY(2),
  /** A sub-district (<i>kecamatan</i>); code depth 3. */
  SUB_DISTRICT(3),
  /** A village (<i>desa</i>), with an elected village government; code depth 4. */
  VILLAGE(4),
  /** An urban village (<i>kelurahan</i>), an administrative unit; code depth 4. */
  URBAN_VILLAGE(4);

  private final int depth;

  JurisdictionLevel(int depth) {
    this.depth = depth;
  }

  /**
   * The number of segments a code at this level has.
   *
   * @return the code depth, from 1 to 4
   */
  public int depth() {
    return depth;
  }
}
