package io.rakor.persistence;

import java.util.Objects;

/**
 * A stored value and its version. The first committed save of an aggregate gives version 1 and
 * every later one adds 1 ({@link RakorStore} rule 102). Immutable and thread-safe if the value is.
 *
 * @param value the value as stored
 * @param version the version, at least 1
 * @param <T> the value type
 * @since 0.1
 */
public record Versioned<T>(T value, long version) {
  /** The version to expect when saving an aggregate that does not exist yet. */
  public static final long NONE = 0L;

  /**
   * Creates a versioned value.
   *
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the version is below 1
   */
  public Versioned {
    Objects.requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("a stored version is at least 1, not " + version);
    }
  }

  /**
   * A versioned value.
   *
   * @param value the value
   * @param version the version, at least 1
   * @param <T> the value type
   * @return the versioned value
   */
  public static <T> Versioned<T> of(T value, long version) {
    return new Versioned<>(value, version);
  }

  /**
   * The same version with another value, as after a command changed it but before it is saved.
   *
   * @param newValue the new value
   * @param <U> its type
   * @return the new value at this version
   */
  public <U> Versioned<U> withValue(U newValue) {
    return new Versioned<>(newValue, version);
  }
}
