package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A figure that should exist and does not: a key of a {@link CoverageExpectation} for which no
 * source reported anything. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGap.class)
@JsonDeserialize(as = ImmutableGap.class)
public abstract class Gap implements WithGap {
  Gap() {}

  /**
   * Starts building a {@link Gap}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Gap} values, checking every invariant in {@link #build()}. Obtained from {@link
   * Gap#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableGap.Builder {
    Builder() {}
  }

  /**
   * The gap at a key.
   *
   * @param key the key with no figure
   * @return the gap
   */
  public static Gap of(ObservationKey key) {
    return Gap.builder().key(key).build();
  }

  /**
   * The key with no figure.
   *
   * @return the key
   */
  public abstract ObservationKey key();

  /**
   * The finding in one sentence, for a person.
   *
   * @return for example {@code "no figure for stunting-count in 18.03.05 for [2025-01-01,
   *     2026-01-01)"}
   */
  public String explanation() {
    return "no figure for "
        + key().indicator()
        + " in "
        + key().jurisdiction()
        + " for "
        + key().period();
  }
}
