package io.rakor.persistence;

/**
 * A store declares a contract version this library does not support ({@link RakorStore} rule 501).
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IncompatibleStoreException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param store what the store is, for the message
   * @param declared the version the store declares
   * @param library the version this library implements
   */
  public IncompatibleStoreException(String store, SpiVersion declared, SpiVersion library) {
    super(
        store
            + " implements store contract "
            + declared
            + " but this Rakor library supports "
            + library.major()
            + ".0 to "
            + library
            + "; use a store built for contract "
            + library.major()
            + ".x, or a Rakor version that supports "
            + declared);
  }
}
