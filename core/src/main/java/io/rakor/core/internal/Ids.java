package io.rakor.core.internal;

import io.rakor.core.RakorValidationException;
import io.rakor.core.RuleCodes;
import io.rakor.core.Violation;
import io.rakor.core.values.Limits;
import java.util.Locale;
import java.util.Set;

/**
 * Validation shared by every typed identifier. Not API: it may change without notice.
 *
 * <p>An identifier is 1 to {@link Limits#ID_LENGTH} characters: one or more segments separated by
 * {@code /}, each made of ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting and
 * ending with a letter or digit, and not a device name Windows reserves ({@code con}, {@code nul},
 * {@code com1}, ...). So an identifier is safe as a relative file path, in a URL path and in a CSV
 * cell: it has no {@code .} or {@code ..} segment, no empty segment, no leading or trailing
 * separator, no space, quote, comma or formula sign.
 */
public final class Ids {
  /** The longest identifier allowed. */
  public static final int MAX_LENGTH = Limits.ID_LENGTH;

  /** The rule an identifier follows, in words, as rejections state it. */
  public static final String RULE =
      "must be 1 to "
          + MAX_LENGTH
          + " characters: segments of letters A-Z a-z, digits and '.', '_', '-', separated by"
          + " '/', each starting and ending with a letter or digit";

  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com0", "com1", "com2", "com3", "com4", "com5", "com6",
          "com7", "com8", "com9", "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
          "lpt8", "lpt9");

  private Ids() {}

  /**
   * Checks the text of an identifier.
   *
   * @param type the identifier type's simple name
   * @param value the text
   * @return the text, unchanged
   * @throws RakorValidationException if the text is null or breaks the rule above; the message
   *     names the first offending character or segment and its index
   */
  public static String check(String type, String value) {
    if (value == null) {
      throw new RakorValidationException(
          Violation.of(type, "value", null, "must not be null").withCode(RuleCodes.NULL));
    }
    String problem = problem(value);
    if (problem != null) {
      throw new RakorValidationException(
          Violation.of(type, "value", "\"" + value + "\"", RULE + "; " + problem)
              .withCode(RuleCodes.ID_FORM, MAX_LENGTH));
    }
    return value;
  }

  /**
   * The first way a text breaks the identifier rule, or null if it is a valid identifier.
   *
   * @param value the text
   * @return the problem in words, with the index of the offending character, or null
   */
  public static String problem(String value) {
    int length = value.length();
    if (length == 0) {
      return "it is empty";
    }
    if (length > MAX_LENGTH) {
      return "it has " + length + " characters";
    }
    int segmentStart = 0;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? value.charAt(i) : '/';
      if (c == '/') {
        if (i == segmentStart) {
          return i == length
              ? "it ends with '/'"
              : i == 0 ? "it starts with '/'" : "the segment at index " + i + " is empty";
        }
        if (!isAlnum(value.charAt(segmentStart)) || !isAlnum(value.charAt(i - 1))) {
          return "the segment '"
              + value.substring(segmentStart, i)
              + "' at index "
              + segmentStart
              + " does not start and end with a letter or digit";
        }
        if (reserved(value, segmentStart, i)) {
          return "the segment '"
              + value.substring(segmentStart, i)
              + "' at index "
              + segmentStart
              + " is a device name Windows reserves";
        }
        segmentStart = i + 1;
      } else if (!isAlnum(c) && c != '.' && c != '_' && c != '-') {
        return c > 0x20 && c < 0x7F
            ? String.format(Locale.ROOT, "the character '%c' at index %d is not allowed", c, i)
            : String.format(
                Locale.ROOT, "the character U+%04X at index %d is not allowed", (int) c, i);
      }
    }
    return null;
  }

  private static boolean reserved(String value, int start, int end) {
    int stemEnd = value.indexOf('.', start);
    stemEnd = stemEnd < 0 || stemEnd > end ? end : stemEnd;
    int stemLength = stemEnd - start;
    return (stemLength == 3 || stemLength == 4)
        && RESERVED.contains(value.substring(start, stemEnd).toLowerCase(Locale.ROOT));
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
