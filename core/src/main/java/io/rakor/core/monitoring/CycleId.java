package io.rakor.core.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.rakor.core.internal.Ids;

/**
 * Identifies a {@link MonitoringCycle}. Immutable and thread-safe; compares by its text.
 *
 * @param value 1 to 128 characters of {@code [A-Za-z0-9._:/-]}, starting with a letter or digit
 * @since 0.1
 */
public record CycleId(@JsonValue String value) implements Comparable<CycleId> {
  /**
   * Creates the identifier.
   *
   * @throws io.rakor.core.RakorValidationException if the text is not a valid identifier
   */
  public CycleId {
    Ids.check("CycleId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.rakor.core.RakorValidationException if the text is not a valid identifier
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CycleId of(String value) {
    return new CycleId(value);
  }

  @Override
  public int compareTo(CycleId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
