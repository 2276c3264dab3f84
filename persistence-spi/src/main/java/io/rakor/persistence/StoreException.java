package io.rakor.persistence;

import io.rakor.core.RakorException;

/**
 * The root of every failure a store reports: the store is unreachable, a value cannot be written or
 * read, the store was misused or discovery failed. Catch a subtype to handle one kind. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public class StoreException extends RakorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, in words a user can act on
   */
  public StoreException(String message) {
    super(message);
  }

  /**
   * Creates an exception with its cause.
   *
   * @param message what went wrong, in words a user can act on
   * @param cause the underlying failure, such as a driver's exception
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
