package io.rakor.persistence;

/**
 * A transaction could not commit because another one changed what it relied on. Nothing of the
 * transaction was committed; running the work again on fresh data may succeed. {@link
 * io.rakor.persistence.service.CoordinationService} retries on this exception when asked to. A
 * store may throw this type directly for conflicts it cannot pin on one aggregate (for example a
 * database's serialization failure). Immutable and thread-safe.
 *
 * @since 0.1
 */
public class ConcurrencyConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what conflicted
   */
  public ConcurrencyConflictException(String message) {
    super(message);
  }

  /**
   * Creates an exception with its cause.
   *
   * @param message what conflicted
   * @param cause the underlying failure
   */
  public ConcurrencyConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
