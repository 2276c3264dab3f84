package io.rakor.core.units;

/**
 * What sort of organisation a {@link ResponsibleUnit} is. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum UnitKind {
  /** The executive head of a regional government (the regent's or governor's office). */
  REGIONAL_GOVERNMENT,
  /** A regional agency (<i>OPD</i>): health office, education office, Bappeda, BPBD, ... */
  AGENCY,
  /** A sub-district office (<i>kantor camat</i>). */
  SUB_DISTRICT_OFFICE,
  /** A village government (<i>pemerintah desa</i>). */
  VILLAGE_GOVERNMENT,
  /** An urban-village office (<i>kantor kelurahan</i>). */
  URBAN_VILLAGE_OFFICE,
  /** A cooperative (<i>Koperasi Desa/Kelurahan Merah Putih</i>). */
  COOPERATIVE,
  /** The police (<i>Polres</i>, <i>Polda</i>). */
  POLICE,
  /** The military command (<i>Kodim</i>, <i>Korem</i>). */
  MILITARY,
  /** The prosecutor's office (<i>Kejaksaan</i>). */
  PROSECUTOR,
  /** A court (<i>Pengadilan</i>). */
  COURT,
  /** The regional parliament (<i>DPRD</i>). */
  LEGISLATURE,
  /** A civil-society organisation. */
  CIVIL_SOCIETY,
  /** A business or business association. */
  BUSINESS,
  /** Any other kind of organisation. */
  OTHER
}
