package io.rakor.persistence.service;

import io.rakor.core.values.Checker;
import java.util.Objects;

/**
 * What {@link CoordinationService} does when a command's save conflicts with a concurrent write:
 * how many times to try in all (reloading and applying the command again each time), and whether a
 * conflict that remains is thrown or returned as {@link CommandResult.Conflicted}. A conflict with
 * a version the caller named is never retried: only the caller can decide again. Creations and
 * imports are retried the same way, but a conflict that remains is always thrown (they return
 * values, not a {@link CommandResult}). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConflictMode {
  private final int maxAttempts;
  private final boolean reporting;

  private ConflictMode(int maxAttempts, boolean reporting) {
    Checker.of("ConflictMode")
        .require(maxAttempts >= 1, "maxAttempts", maxAttempts, "must be at least 1")
        .done();
    this.maxAttempts = maxAttempts;
    this.reporting = reporting;
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
   * @throws io.rakor.core.RakorValidationException if {@code maxAttempts} is below 1
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

  /**
   * How many times to try in all.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Whether a remaining conflict is returned as {@link CommandResult.Conflicted} rather than
   * thrown.
   *
   * @return true to return it, false to throw it
   */
  public boolean isReporting() {
    return reporting;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConflictMode m
        && m.maxAttempts == maxAttempts
        && m.reporting == reporting;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, reporting);
  }

  /** Returns the mode as {@code retry(3).thenReport()}, {@code failFast()}, ... */
  @Override
  public String toString() {
    String attempts =
        maxAttempts == 1
            ? (reporting ? "reporting()" : "failFast()")
            : "retry(" + maxAttempts + ")";
    return maxAttempts > 1 && reporting ? attempts + ".thenReport()" : attempts;
  }
}
