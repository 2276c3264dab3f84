package io.rakor.persistence.service;

import io.rakor.persistence.Versioned;
import java.util.Objects;

/**
 * What {@link CoordinationService#createIfAbsent} found: the value it created, or the value that
 * was already stored under that id (which may differ from the one given; compare them if that
 * matters). Immutable and thread-safe if the value is.
 *
 * @param value the stored value and its version
 * @param created true if this call created it (version 1, with its creation event in the log),
 *     false if it existed already and nothing was written
 * @param <T> the value type
 * @since 0.1
 */
public record Creation<T>(Versioned<T> value, boolean created) {
  /**
   * Creates the result.
   *
   * @throws NullPointerException if the value is null
   */
  public Creation {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Whether the value was already stored, so that nothing was written.
   *
   * @return true if it existed
   */
  public boolean existed() {
    return !created;
  }
}
