package io.rakor.core.units;

/**
 * What sort of organisation a {@link ResponsibleUnit} is. JSON uses the constant names.
 *
 * <p>The kinds fall in two groups: government and the state's institutions, which belong to a
 * jurisdiction, and partners outside government ({@link #isPartner()}: civil society, business,
 * development partners, academia, media; the "pentahelix" of Indonesian planning), which may work
 * nationally and need no jurisdiction.
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
  /** A business or business association (including its CSR programme). */
  BUSINESS,
  /** A development partner: a donor, a United Nations agency, an international NGO. */
  DEVELOPMENT_PARTNER,
  /** A university or research institute. */
  ACADEMIA,
  /** A media organisation. */
  MEDIA,
  /** Any other kind of organisation. */
  OTHER;

  /**
   * Whether units of this kind are partners outside government, which may have no jurisdiction.
   *
   * @return true for {@link #CIVIL_SOCIETY}, {@link #BUSINESS}, {@link #DEVELOPMENT_PARTNER},
   *     {@link #ACADEMIA} and {@link #MEDIA}
   * @since 0.1
   */
  public boolean isPartner() {
    return this == CIVIL_SOCIETY
        || this == BUSINESS
        || this == DEVELOPMENT_PARTNER
        || this == ACADEMIA
        || this == MEDIA;
  }
}
