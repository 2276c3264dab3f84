package io.rakor.persistence.integrity;

import io.rakor.persistence.StoreException;
import java.util.Optional;

/**
 * A store, a store file or an export that is not whole: a file that is empty, truncated or
 * overwritten, that is not a Rakor store, or whose contents fail {@link StoreVerifier}. The message
 * says what was found and what to do; {@link #verification()} holds the full report when a
 * verification found it.
 *
 * @since 0.1
 */
public class DamagedStoreException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: a report is for the process that made it. */
  private final transient StoreVerification verification;

  /**
   * Creates an exception for what a verification found.
   *
   * @param message what was found, in words a user can act on
   * @param verification the report
   */
  public DamagedStoreException(String message, StoreVerification verification) {
    super(message);
    this.verification = verification;
  }

  /**
   * Creates an exception for damage found otherwise (by the database, by a check of the file).
   *
   * @param message what was found, in words a user can act on
   * @param cause the underlying failure, or null
   */
  public DamagedStoreException(String message, Throwable cause) {
    super(message, cause);
    this.verification = null;
  }

  /**
   * The verification that found the damage.
   *
   * @return the report, or empty if the damage was found otherwise
   */
  public Optional<StoreVerification> verification() {
    return Optional.ofNullable(verification);
  }
}
