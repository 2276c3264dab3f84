package io.rakor.persistence;

import io.rakor.persistence.spi.Stores;

/**
 * {@link Stores#open(String)} found no provider for a URL, or several. The message lists what was
 * found and how to fix it. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StoreDiscoveryException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was found and what to do
   */
  public StoreDiscoveryException(String message) {
    super(message);
  }
}
