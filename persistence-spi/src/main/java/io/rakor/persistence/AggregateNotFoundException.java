package io.rakor.persistence;

/**
 * An aggregate a command or an evaluation needs does not exist in the store. Names the kind and the
 * id. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AggregateNotFoundException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param kind the kind looked for
   * @param id the id looked for, as text
   * @param neededFor what needed it, for the message
   */
  public AggregateNotFoundException(AggregateKind<?, ?> kind, String id, String neededFor) {
    super("No " + kind.name() + " " + id + " in the store; " + neededFor + " needs it");
  }
}
