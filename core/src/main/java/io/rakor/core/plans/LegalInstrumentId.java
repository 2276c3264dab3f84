package io.rakor.core.plans;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.rakor.core.internal.Ids;

/**
 * Identifies a {@link LegalInstrument}. Immutable and thread-safe; compares by its text.
 *
 * @param value 1 to 128 characters of {@code [A-Za-z0-9._/-]}, starting with a letter or digit
 * @since 0.1
 */
public record LegalInstrumentId(@JsonValue String value) implements Comparable<LegalInstrumentId> {
  /**
   * Creates the identifier.
   *
   * @throws io.rakor.core.RakorValidationException if the text is not a valid identifier
   */
  public LegalInstrumentId {
    Ids.check("LegalInstrumentId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.rakor.core.RakorValidationException if the text is not a valid identifier
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LegalInstrumentId of(String value) {
    return new LegalInstrumentId(value);
  }

  @Override
  public int compareTo(LegalInstrumentId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
