package io.rakor.core.commitments;

/**
 * Where a {@link FundingLine}'s money comes from. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum FundingSource {
  /** The regional budget (<i>APBD</i>). */
  REGIONAL_BUDGET,
  /** The national budget (<i>APBN</i>), including transfers. */
  NATIONAL_BUDGET,
  /** The village fund (<i>Dana Desa</i>) or village budget (<i>APBDes</i>). */
  VILLAGE_FUND,
  /** A special allocation fund (<i>DAK</i>) or other earmarked transfer. */
  SPECIAL_ALLOCATION,
  /** Corporate social responsibility or other private money. */
  PRIVATE,
  /** A development partner or donor. */
  DONOR,
  /** Any other source. */
  OTHER
}
