package io.rakor.core.plans;

/**
 * Where a {@link LegalInstrument} is in its life. JSON uses the constant names.
 *
 * @since 0.1
 */
public enum InstrumentStatus {
  /** Being drafted; not yet numbered or signed (<i>rancangan</i>). */
  DRAFT,
  /** Signed and in force (<i>ditetapkan</i>). */
  ENACTED,
  /** Revoked; no longer in force (<i>dicabut</i>). */
  REVOKED
}
