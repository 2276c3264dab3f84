package io.rakor.core;

/**
 * The root of every exception that Rakor throws on purpose.
 *
 * <p>Catch this type to handle any failure the library reports; catch a subtype to handle one kind.
 * Instances are immutable and safe to share between threads.
 *
 * @since 0.1
 */
public class RakorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, in words a user can act on
   */
  public RakorException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause that led to it.
   *
   * @param message what went wrong, in words a user can act on
   * @param cause the underlying failure
   */
  public RakorException(String message, Throwable cause) {
    super(message, cause);
  }
}
