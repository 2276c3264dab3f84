package io.rakor.core.commitments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import java.util.Locale;
import java.util.Optional;

/**
 * A code of the regional budget nomenclature (Permendagri 90/2019 and its updates): a programme
 * such as {@code 1.02.02}, an activity within it such as {@code 1.02.02.2.02}, or a sub-activity
 * within that such as {@code 1.02.02.2.02.0024}. Planned spending is tagged with these codes, so a
 * {@link FundingLine} can carry one to say what its money pays for.
 *
 * <p>The form, checked when built: dot-separated segments of fixed width, 1 digit for the
 * government affair (<i>urusan</i>), 2 for the field of the affair (<i>bidang urusan</i>), 2 for
 * the programme; then, for an activity, 1 digit for the level of government and 2 for the activity;
 * then, for a sub-activity, 4 for the sub-activity. No segment is all zeros. The cross-affairs
 * support programmes are written with {@code X.XX} for the affair and its field ({@code X.XX.01}).
 * The code's meaning is not checked against the nomenclature's lists, which change by decree; only
 * its form is. Codes in Rakor's examples and docs are illustrative. Immutable and thread-safe;
 * ordered as the texts, so that a programme sorts before its activities.
 *
 * @param value the code's text
 * @since 0.2
 */
public record BudgetCode(@JsonValue String value) implements Comparable<BudgetCode> {

  /** The canonical form, in words, as every rejection states it. */
  public static final String FORM =
      "must be a Permendagri 90/2019 budget code: a programme (1.02.02: affair, field, programme),"
          + " an activity (1.02.02.2.02) or a sub-activity (1.02.02.2.02.0024), segments of 1, 2,"
          + " 2, 1, 2 and 4 digits separated by dots, no segment all zeros; X.XX for the"
          + " cross-affairs programmes (X.XX.01)";

  private static final int[] WIDTHS = {1, 2, 2, 1, 2, 4};

  /** The level of a {@link BudgetCode} in the nomenclature, from the widest to the narrowest. */
  public enum Level {
    /** A programme ({@code 1.02.02}): three segments. */
    PROGRAMME(3),
    /** An activity within a programme ({@code 1.02.02.2.02}): five segments. */
    ACTIVITY(5),
    /** A sub-activity within an activity ({@code 1.02.02.2.02.0024}): six segments. */
    SUB_ACTIVITY(6);

    private final int segments;

    Level(int segments) {
      this.segments = segments;
    }

    /**
     * The number of dot-separated segments a code of this level has.
     *
     * @return 3, 5 or 6
     */
    public int segments() {
      return segments;
    }
  }

  /**
   * Creates a code.
   *
   * @throws RakorValidationException if the text is not a code of the nomenclature's form
   */
  public BudgetCode {
    if (value == null) {
      throw new RakorValidationException(
          Violation.of("BudgetCode", "value", null, "must not be null"));
    }
    String problem = problem(value);
    if (problem != null) {
      throw new RakorValidationException(
          Violation.of("BudgetCode", "value", "\"" + value + "\"", FORM + "; " + problem));
    }
  }

  /**
   * Returns the code with the given text, for example {@code of("1.02.02.2.02.0024")}.
   *
   * @param value the text
   * @return the code
   * @throws RakorValidationException if the text is not a code of the nomenclature's form
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static BudgetCode of(String value) {
    return new BudgetCode(value);
  }

  private static String problem(String value) {
    if (value.length() > 17) {
      return "it has " + value.length() + " characters, more than a sub-activity's 17";
    }
    String[] segments = value.split("\\.", -1);
    int count = segments.length;
    if (count != 3 && count != 5 && count != 6) {
      return "it has " + count + (count == 1 ? " segment" : " segments") + ", not 3, 5 or 6";
    }
    boolean crossAffairs = segments[0].equals("X") && segments[1].equals("XX");
    int index = 0;
    for (int s = 0; s < count; s++) {
      String segment = segments[s];
      if (s < 2 && crossAffairs) {
        index += segment.length() + 1;
        continue;
      }
      if (segment.length() != WIDTHS[s]) {
        return String.format(
            Locale.ROOT,
            "segment %d ('%s', at index %d) has %d characters, not %d",
            s + 1,
            segment,
            index,
            segment.length(),
            WIDTHS[s]);
      }
      boolean zeros = true;
      for (int k = 0; k < segment.length(); k++) {
        char c = segment.charAt(k);
        if (c < '0' || c > '9') {
          return c > 0x20 && c < 0x7F
              ? String.format(Locale.ROOT, "'%c' at index %d is not a digit", c, index + k)
              : String.format(Locale.ROOT, "U+%04X at index %d is not a digit", (int) c, index + k);
        }
        zeros &= c == '0';
      }
      if (zeros) {
        return String.format(
            Locale.ROOT, "segment %d ('%s', at index %d) is all zeros", s + 1, segment, index);
      }
      index += segment.length() + 1;
    }
    return null;
  }

  /**
   * The code's level: programme, activity or sub-activity.
   *
   * @return the level
   */
  public Level level() {
    int dots = 0;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '.') {
        dots++;
      }
    }
    return dots == 2 ? Level.PROGRAMME : dots == 4 ? Level.ACTIVITY : Level.SUB_ACTIVITY;
  }

  /**
   * The code of the enclosing level: an activity's programme, a sub-activity's activity.
   *
   * @return the parent code, or empty for a programme
   */
  public Optional<BudgetCode> parent() {
    return switch (level()) {
      case PROGRAMME -> Optional.empty();
      case ACTIVITY -> Optional.of(truncated(Level.PROGRAMME));
      case SUB_ACTIVITY -> Optional.of(truncated(Level.ACTIVITY));
    };
  }

  /**
   * The programme this code is or belongs to: {@code 1.02.02} for {@code 1.02.02.2.02.0024}.
   *
   * @return the programme's code
   */
  public BudgetCode programme() {
    return level() == Level.PROGRAMME ? this : truncated(Level.PROGRAMME);
  }

  /**
   * Whether this code is {@code other} or encloses it: the programme {@code 1.02.02} contains the
   * activity {@code 1.02.02.2.02} and its sub-activities.
   *
   * @param other another code
   * @return true if equal to or an ancestor of {@code other}
   */
  public boolean contains(BudgetCode other) {
    return other.value.startsWith(value)
        && (other.value.length() == value.length() || other.value.charAt(value.length()) == '.');
  }

  private BudgetCode truncated(Level level) {
    int end = 0;
    for (int dots = 0; end < value.length(); end++) {
      if (value.charAt(end) == '.' && ++dots == level.segments()) {
        break;
      }
    }
    return new BudgetCode(value.substring(0, end));
  }

  /** Orders codes by their texts: a programme before its activities, an activity before its own. */
  @Override
  public int compareTo(BudgetCode other) {
    return value.compareTo(other.value);
  }

  /** Returns the code's text. */
  @Override
  public String toString() {
    return value;
  }
}
