package io.rakor.core.workflow;

import io.rakor.core.RakorException;

/**
 * Thrown by {@link Outcome#orElseThrow()} when a command was rejected; carries the {@link
 * Rejection}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CommandRejectedException extends RakorException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // records of immutable values; not meant for Java serialization
  private final Rejection rejection;

  /**
   * Creates the exception.
   *
   * @param rejection why the command was rejected
   */
  public CommandRejectedException(Rejection rejection) {
    super("Rejected (" + rejection.rule() + "): " + rejection.explanation());
    this.rejection = rejection;
  }

  /**
   * Why the command was rejected.
   *
   * @return the rejection
   */
  public Rejection rejection() {
    return rejection;
  }
}
