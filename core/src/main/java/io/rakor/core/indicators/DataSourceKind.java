package io.rakor.core.indicators;

/**
 * The kind of source an {@link Indicator}'s figures come from. JSON uses the constant names.
 *
 * @since 0.2
 */
public enum DataSourceKind {
  /** A sample survey, such as SSGI (Survei Status Gizi Indonesia) or Susenas. */
  SURVEY,
  /** A census: everyone counted, such as the population census. */
  CENSUS,
  /**
   * A register of individuals kept as services are given, such as e-PPGBM (the community nutrition
   * register) or the civil registry.
   */
  REGISTER,
  /** An administrative report: figures an agency reports upwards, such as a puskesmas report. */
  ADMINISTRATIVE_REPORT,
  /** Any other source; name it in {@link DataSource#name()}. */
  OTHER
}
