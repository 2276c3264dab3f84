package io.rakor.core.internal;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import java.util.regex.Pattern;

/** Validation shared by every typed identifier. Not API: it may change without notice. */
public final class Ids {
  /** The longest identifier allowed. */
  public static final int MAX_LENGTH = 128;

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]*");

  private Ids() {}

  /**
   * Checks the text of an identifier.
   *
   * @param type the identifier type's simple name
   * @param value the text
   * @return the text, unchanged
   * @throws RakorValidationException if the text is null, too long or has a character outside
   *     {@code [A-Za-z0-9._:/-]}, or does not start with a letter or digit
   */
  public static String check(String type, String value) {
    if (value == null) {
      throw new RakorValidationException(Violation.of(type, "value", null, "must not be null"));
    }
    if (value.isEmpty() || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new RakorValidationException(
          Violation.of(
              type,
              "value",
              "\"" + value + "\"",
              "must be 1 to "
                  + MAX_LENGTH
                  + " characters of [A-Za-z0-9._:/-], starting with a letter or digit"));
    }
    return value;
  }
}
