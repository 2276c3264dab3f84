package io.rakor.core.audit;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What {@link ChainVerifier} found: the chain is intact, or the first entry where it breaks and
 * how. Immutable and thread-safe.
 *
 * @param intact whether every entry is where it should be and unaltered
 * @param entriesChecked how many entries were checked
 * @param firstBadIndex the index (from 0, in the list given) of the first bad entry; -1 if intact
 * @param breach how the chain breaks there; {@code null} if intact
 * @param explanation what was found, in words
 * @since 0.1
 */
public record ChainVerification(
    boolean intact, int entriesChecked, int firstBadIndex, Breach breach, String explanation) {

  /**
   * How a chain breaks.
   *
   * @since 0.1
   */
  public enum Breach {
    /** An entry's content or hash was changed: its hash does not match what it holds. */
    ALTERED,
    /** One or more entries are missing: the sequence jumps ahead, or the log was cut short. */
    REMOVED,
    /** Entries are out of order, or one appears twice. */
    REORDERED
  }

  /**
   * Creates a result.
   *
   * @throws IllegalArgumentException if an intact result names a breach or a broken one does not
   */
  public ChainVerification {
    Objects.requireNonNull(explanation, "explanation");
    if (intact != (breach == null) || intact != (firstBadIndex < 0)) {
      throw new IllegalArgumentException("a breach and a bad index go together with !intact");
    }
  }

  static ChainVerification ok(int checked) {
    return new ChainVerification(true, checked, -1, null, checked + " entries verified");
  }

  static ChainVerification broken(int checked, int index, Breach breach, String explanation) {
    return new ChainVerification(
        false, checked, index, breach, "entry at index " + index + " " + explanation);
  }

  /**
   * The first bad index, if any.
   *
   * @return the index, or empty if intact
   */
  public OptionalLong firstBad() {
    return intact ? OptionalLong.empty() : OptionalLong.of(firstBadIndex);
  }
}
