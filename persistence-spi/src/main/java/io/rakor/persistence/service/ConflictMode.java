package io.rakor.persistence.service;

/**
 * What {@link CoordinationService} does when a command's save conflicts with a concurrent write:
 * how many times to try in all (reloading and applying the command again each time), and whether a
 * conflict that remains is thrown or returned as {@link CommandResult.Conflicted}. A conflict with
 * a version the caller named is never retried: only the caller can decide again. Immutable and
 * thread-safe.
 *
 * @param maxAttempts how many times to try, at least 1
 * @param report true to return a remaining conflict as a result, false to throw it
 * @since 0.1
 */
public record ConflictMode(int maxAttempts, boolean report) {
  /**
   * Creates a mode.
   *
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1
   */
  public ConflictMode {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
  }

  /**
   * Try once; throw {@link io.rakor.persistence.ConcurrencyConflictException} on a conflict.
   *
   * @return the mode
   */
  public static ConflictMode failFast() {
    return new ConflictMode(1, false);
  }

  /**
   * Try once; return a conflict as {@link CommandResult.Conflicted}.
   *
   * @return the mode
   */
  public static ConflictMode reporting() {
    return new ConflictMode(1, true);
  }

  /**
   * Try up to {@code maxAttempts} times, then throw.
   *
   * @param maxAttempts how many times to try in all
   * @return the mode
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1
   */
  public static ConflictMode retry(int maxAttempts) {
    return new ConflictMode(maxAttempts, false);
  }

  /**
   * The same attempts, but a remaining conflict is returned rather than thrown.
   *
   * @return the mode
   */
  public ConflictMode thenReport() {
    return new ConflictMode(maxAttempts, true);
  }
}
