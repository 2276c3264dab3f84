package io.rakor.persistence;

/**
 * A save expected a version of an aggregate that is no longer (or not yet) the committed one: the
 * write is stale ({@link RakorStore} rule 103). Nothing of the transaction was committed. Names the
 * kind, the id, the version expected and the version found. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StaleVersionException extends ConcurrencyConflictException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final long expected;
  private final long actual;

  /**
   * Creates an exception.
   *
   * @param kind the aggregate kind
   * @param id the aggregate's id as text
   * @param expected the version the save expected ({@link Versioned#NONE} for a new aggregate)
   * @param actual the committed version ({@link Versioned#NONE} if the aggregate does not exist)
   */
  public StaleVersionException(AggregateKind<?, ?> kind, String id, long expected, long actual) {
    super(message(kind.name(), id, expected, actual));
    this.kind = kind.name();
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }

  private static String message(String kind, String id, long expected, long actual) {
    String found = actual == Versioned.NONE ? "it does not exist" : "it is at version " + actual;
    String wanted =
        expected == Versioned.NONE
            ? "expected it not to exist yet"
            : "expected version " + expected;
    return "Stale write to "
        + kind
        + " "
        + id
        + ": the save "
        + wanted
        + " but "
        + found
        + "; reload it and apply the change again";
  }

  /**
   * The kind's name.
   *
   * @return for example {@code "commitment"}
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
   * The version the save expected.
   *
   * @return the expected version, {@link Versioned#NONE} for a new aggregate
   */
  public long expected() {
    return expected;
  }

  /**
   * The version committed when the save was checked.
   *
   * @return the actual version, {@link Versioned#NONE} if the aggregate did not exist
   */
  public long actual() {
    return actual;
  }
}
