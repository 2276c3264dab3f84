package io.rakor.persistence;

/**
 * A creation named an id that is already taken: the aggregate exists in the store, or the same id
 * is given twice in one batch. Nothing of the creation was saved. Unlike a {@link
 * StaleVersionException}, reloading and trying again cannot help: a new aggregate needs a new id,
 * and an existing one is changed by a command. Names the kind and the id. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class AggregateExistsException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final long version;

  /**
   * Creates an exception.
   *
   * @param kind the aggregate kind
   * @param id the aggregate's id as text
   * @param version the version found in the store, or {@link Versioned#NONE} if the id is given
   *     twice in one batch
   */
  public AggregateExistsException(AggregateKind<?, ?> kind, String id, long version) {
    super(message(kind.name(), id, version));
    this.kind = kind.name();
    this.id = id;
    this.version = version;
  }

  private static String message(String kind, String id, long version) {
    String where =
        version == Versioned.NONE
            ? " is given twice in one batch"
            : " already exists (version " + version + ")";
    return kind
        + " "
        + id
        + where
        + "; creating makes new aggregates only: change an existing one with a command, or use"
        + " createIfAbsent to keep the stored one";
  }

  /**
   * The kind's name.
   *
   * @return for example {@code "unit"}
   */
  public String kind() {
    return kind;
  }

  /**
   * The aggregate's id as text.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The version found in the store.
   *
   * @return the version, or {@link Versioned#NONE} if the id was given twice in one batch
   */
  public long version() {
    return version;
  }
}
