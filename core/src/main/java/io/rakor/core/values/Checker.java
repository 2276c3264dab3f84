package io.rakor.core.values;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoLocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects the violations of one value's invariants and throws them together, as one {@link
 * RakorValidationException}. Used in the {@code @Value.Check} method of every Rakor value type; not
 * thread-safe (a checker lives for one check).
 *
 * <pre>{@code
 * Checker.of("Meeting")
 *     .name("venue", venue())
 *     .require(end().isAfter(start()), "end", end(), () -> "must be after start " + start())
 *     .done();
 * }</pre>
 *
 * <p>Texts follow the rules in {@code docs/domain.md}: well-formed Unicode (no unpaired surrogate),
 * at least one visible character, no control character (free texts may hold tabs and line breaks),
 * no bidirectional override or isolate control. A checker also counts the characters of every text
 * it checks or {@linkplain #count(String, int, String, String) counts}, and the elements of every
 * list, so that a value's texts together stay within {@link Limits#RECORD_TEXT_LENGTH} and its
 * lists within {@link Limits#RECORD_ELEMENTS}.
 */
public final class Checker {
  private static final Instant FIRST_INSTANT =
      LocalDate.of(Limits.YEAR_MIN, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LAST_INSTANT =
      LocalDate.of(Limits.YEAR_MAX + 1, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  private static final String YEARS =
      "must be in the years " + Limits.YEAR_MIN + " to " + Limits.YEAR_MAX;

  private final String type;
  private final List<Violation> violations = new ArrayList<>(0);
  private long textChars;
  private boolean textTotalReported;
  private long elements;
  private boolean elementTotalReported;

  private Checker(String type) {
    this.type = type;
  }

  /**
   * Starts checking a value of the named type.
   *
   * @param type the simple name of the type, used in every violation
   * @return a new checker
   */
  public static Checker of(String type) {
    return new Checker(type);
  }

  /**
   * Records a violation unless {@code condition} holds.
   *
   * @param condition the rule, true when it holds
   * @param field the field checked
   * @param value the value checked
   * @param rule the rule in words
   * @return this checker
   */
  public Checker require(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      violations.add(Violation.of(type, field, value, rule));
    }
    return this;
  }

  /**
   * Records a violation unless {@code condition} holds, building the rule's text only when it does
   * not: use this where the rule's text is built from values, on paths that run for every valid
   * value.
   *
   * @param condition the rule, true when it holds
   * @param field the field checked
   * @param value the value checked
   * @param rule the rule in words, computed only on failure
   * @return this checker
   */
  public Checker require(boolean condition, String field, Object value, Supplier<String> rule) {
    if (!condition) {
      violations.add(Violation.of(type, field, value, rule.get()));
    }
    return this;
  }

  /**
   * Requires a condition on an element of a list, naming the field {@code list[index].member} only
   * when the condition fails.
   *
   * @param condition the rule, true when it holds
   * @param list the list field
   * @param index the element's index
   * @param member the element's field, or empty for the element itself
   * @param value the value checked
   * @param rule the rule in words, computed only on failure
   * @return this checker
   */
  public Checker requireAt(
      boolean condition,
      String list,
      int index,
      String member,
      Object value,
      Supplier<String> rule) {
    if (!condition) {
      violations.add(Violation.of(type, at(list, index, member), value, rule.get()));
    }
    return this;
  }

  private static String at(String list, int index, String member) {
    return list + "[" + index + "]" + (member.isEmpty() ? "" : "." + member);
  }

  // ------------------------------------------------------------------------------------ texts

  /**
   * Requires a name or title: a single line of at most {@link Limits#NAME_LENGTH} characters that
   * follows the text rules (well-formed, visible, no control or bidirectional control character; no
   * tab or line break).
   *
   * @param field the field checked
   * @param value the text
   * @return this checker
   */
  public Checker name(String field, String value) {
    return text(field, value, Limits.NAME_LENGTH, false);
  }

  /**
   * Requires a single line of text of at most {@code maxLength} characters that follows the text
   * rules, for a field whose length has its own limit (a URI).
   *
   * @param field the field checked
   * @param value the text
   * @param maxLength the most characters allowed
   * @return this checker
   */
  public Checker line(String field, String value, int maxLength) {
    return text(field, value, maxLength, false);
  }

  /**
   * Requires a free text: at most {@link Limits#TEXT_LENGTH} characters that follow the text rules;
   * tabs and line breaks ({@code \n}, {@code \r}, U+2028, U+2029) are allowed.
   *
   * @param field the field checked
   * @param value the text
   * @return this checker
   */
  public Checker text(String field, String value) {
    return text(field, value, Limits.TEXT_LENGTH, true);
  }

  /**
   * Requires every text in a list to be a valid free text, and the list to hold at most {@link
   * Limits#ENTRY_LIST_SIZE} texts, none of them null.
   *
   * @param field the list field
   * @param values the texts
   * @return this checker
   */
  public Checker texts(String field, List<String> values) {
    if (!list(field, values, Limits.ENTRY_LIST_SIZE)) {
      return this;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (!validText(value, Limits.TEXT_LENGTH, true)) {
        text(field + "[" + i + "]", value);
      } else {
        count(field, i, "", value);
      }
    }
    return this;
  }

  /**
   * Requires every text in a list to be a valid name, and the list to hold at most {@link
   * Limits#ENTRY_LIST_SIZE} names, none of them null.
   *
   * @param field the list field
   * @param values the names
   * @return this checker
   */
  public Checker names(String field, List<String> values) {
    if (!list(field, values, Limits.ENTRY_LIST_SIZE)) {
      return this;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (!validText(value, Limits.NAME_LENGTH, false)) {
        name(field + "[" + i + "]", value);
      } else {
        count(field, i, "", value);
      }
    }
    return this;
  }

  /**
   * Counts the characters of a text that a nested value has checked already (an agenda item's title
   * in a meeting), so that the value's texts together stay within {@link
   * Limits#RECORD_TEXT_LENGTH}. The violation, if the total goes over, names the field at which it
   * does.
   *
   * @param list the list field holding the nested value
   * @param index the nested value's index
   * @param member the nested value's field, or empty for the element itself
   * @param text the text
   * @return this checker
   */
  public Checker count(String list, int index, String member, String text) {
    textChars += text.length();
    if (textChars > Limits.RECORD_TEXT_LENGTH && !textTotalReported) {
      textTotalReported = true;
      violations.add(Violation.of(type, at(list, index, member), abbreviated(text), totalRule()));
    }
    return this;
  }

  private void countField(String field, String text) {
    textChars += text.length();
    if (textChars > Limits.RECORD_TEXT_LENGTH && !textTotalReported) {
      textTotalReported = true;
      violations.add(Violation.of(type, field, abbreviated(text), totalRule()));
    }
  }

  private String totalRule() {
    return "must keep the "
        + type
        + "'s texts together within "
        + Limits.RECORD_TEXT_LENGTH
        + " characters (Limits.RECORD_TEXT_LENGTH): they reach "
        + textChars
        + " here";
  }

  private Checker text(String field, String value, int max, boolean multiLine) {
    if (value == null) {
      violations.add(Violation.of(type, field, null, "must not be null"));
      return this;
    }
    String problem = textProblem(value, max, multiLine);
    if (problem != null) {
      violations.add(Violation.of(type, field, abbreviated(value), problem));
    } else {
      countField(field, value);
    }
    return this;
  }

  private static boolean validText(String value, int max, boolean multiLine) {
    return value != null && textProblem(value, max, multiLine) == null;
  }

  /**
   * The first rule a text breaks, in words with the position of the offending character, or null if
   * it breaks none. Runs in one pass, in time proportional to the text's length, which is checked
   * first.
   */
  private static String textProblem(String value, int max, boolean multiLine) {
    int length = value.length();
    if (length > max) {
      return "must be at most " + max + " characters long, is " + length;
    }
    boolean visible = false;
    int i = 0;
    while (i < length) {
      char ch = value.charAt(i);
      int cp = ch;
      int width = 1;
      if (Character.isSurrogate(ch)) {
        if (Character.isHighSurrogate(ch)
            && i + 1 < length
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          cp = Character.toCodePoint(ch, value.charAt(i + 1));
          width = 2;
        } else {
          return "must be well-formed Unicode: the unpaired surrogate "
              + codePoint(ch)
              + " at index "
              + i
              + " is not a character";
        }
      }
      if (isBidiControl(cp)) {
        return "must not contain the bidirectional control "
            + describe(cp)
            + " (at index "
            + i
            + "): it reorders how text is displayed";
      }
      int kind = Character.getType(cp);
      if (kind == Character.CONTROL) {
        boolean lineFormat = cp == '\t' || cp == '\n' || cp == '\r';
        if (!(multiLine && lineFormat)) {
          return "must not contain the control character "
              + describe(cp)
              + " (at index "
              + i
              + ")"
              + (lineFormat ? ": a name or title is a single line" : "");
        }
      } else if (!multiLine
          && (kind == Character.LINE_SEPARATOR || kind == Character.PARAGRAPH_SEPARATOR)) {
        return "must not contain the line break "
            + describe(cp)
            + " (at index "
            + i
            + "): a name or title is a single line";
      } else if (!visible && isVisible(cp, kind)) {
        visible = true;
      }
      i += width;
    }
    if (!visible) {
      return length == 0
          ? "must not be blank"
          : "must not be blank: it needs a visible character (a letter, digit, punctuation mark or"
              + " symbol); spaces, line breaks and invisible characters such as U+00A0, U+200B"
              + " and U+FEFF do not count";
    }
    return null;
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static boolean isVisible(int cp, int kind) {
    switch (kind) {
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return false;
      default:
        // Letters and symbols that display as nothing: the Hangul fillers, the blank Braille
        // pattern.
        return cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0 && cp != 0x2800;
    }
  }

  private static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  private static String describe(int cp) {
    String name = Character.getName(cp);
    return name == null ? codePoint(cp) : codePoint(cp) + " " + name;
  }

  /** A text as a violation shows it: quoted, its first characters only. */
  private static String abbreviated(String value) {
    return "\"" + value + "\"";
  }

  // ------------------------------------------------------------------------------------ lists

  /**
   * Requires a list (or set, or map's entries) to hold no null element and at most {@code max}
   * elements. A null element is reported at its index: {@code supporters[2] = null}.
   *
   * @param field the list field
   * @param items the elements
   * @param max the most elements allowed, usually a {@link Limits} constant
   * @return true if the list is valid, so that rules on its elements can run
   */
  public boolean list(String field, Collection<?> items, int max) {
    boolean valid = elementsOf(field, items, max);
    countElements(field, items.size());
    return valid;
  }

  /**
   * Counts the elements of a list that a nested value has checked already (the achievements of a
   * meeting's unit report), so that a value's lists together stay within {@link
   * Limits#RECORD_ELEMENTS}.
   *
   * @param field the list field, as a violation would name it
   * @param count its number of elements
   * @return this checker
   */
  public Checker countElements(String field, int count) {
    elements += count;
    if (elements > Limits.RECORD_ELEMENTS && !elementTotalReported) {
      elementTotalReported = true;
      violations.add(
          Violation.of(
              type,
              field,
              count + " elements",
              "must keep the "
                  + type
                  + "'s list elements together within "
                  + Limits.RECORD_ELEMENTS
                  + " (Limits.RECORD_ELEMENTS): they reach "
                  + elements
                  + " here"));
    }
    return this;
  }

  private boolean elementsOf(String field, Collection<?> items, int max) {
    boolean valid = true;
    if (items.size() > max) {
      violations.add(
          Violation.of(
              type, field, items.size() + " elements", "must have at most " + max + " elements"));
      valid = false;
    }
    int i = 0;
    for (Object item : items) {
      if (item == null) {
        violations.add(Violation.of(type, at(field, i, ""), null, "must not be null"));
        valid = false;
      }
      i++;
    }
    return valid;
  }

  /**
   * Requires a collection to hold no null element, whatever its size: for values that Rakor
   * computes, whose size the input decides.
   *
   * @param field the collection field
   * @param items the elements
   * @return this checker
   */
  public Checker nonNull(String field, Collection<?> items) {
    elementsOf(field, items, Integer.MAX_VALUE);
    return this;
  }

  /**
   * Requires a list of references to other records: no null element, at most {@link
   * Limits#REFERENCE_LIST_SIZE} elements.
   *
   * @param field the list field
   * @param items the references
   * @return this checker
   */
  public Checker references(String field, Collection<?> items) {
    list(field, items, Limits.REFERENCE_LIST_SIZE);
    return this;
  }

  /**
   * Requires a list of entries: no null element, at most {@link Limits#ENTRY_LIST_SIZE} elements.
   *
   * @param field the list field
   * @param items the entries
   * @return this checker
   */
  public Checker entries(String field, Collection<?> items) {
    list(field, items, Limits.ENTRY_LIST_SIZE);
    return this;
  }

  /**
   * Requires any other list: no null element, at most {@link Limits#LIST_SIZE} elements.
   *
   * @param field the list field
   * @param items the elements
   * @return this checker
   */
  public Checker elements(String field, Collection<?> items) {
    list(field, items, Limits.LIST_SIZE);
    return this;
  }

  /**
   * Throws now if any rule was broken so far: use it after the rules that later rules rely on, such
   * as "no null element" before rules that look into the elements.
   *
   * @return this checker, if nothing was broken
   * @throws RakorValidationException listing every violation found so far
   */
  public Checker checkpoint() {
    done();
    return this;
  }

  // ------------------------------------------------------------------------------------ numbers

  /**
   * Requires a finite number (not NaN, not infinite).
   *
   * @param field the field checked
   * @param value the number
   * @return this checker
   */
  public Checker finite(String field, double value) {
    return require(Double.isFinite(value), field, value, "must be a finite number");
  }

  /**
   * Whether a number is negative zero, which a value normalises to zero before it is checked: JSON
   * keeps the sign of zero, but stores such as PostgreSQL's {@code jsonb} do not, so a value
   * holding {@code -0.0} would not load back equal.
   *
   * @param value the number
   * @return true for {@code -0.0}
   */
  public static boolean isNegativeZero(double value) {
    return value == 0.0 && Double.doubleToRawLongBits(value) != 0L;
  }

  /**
   * Requires a measured number, as values that are stored hold it: finite, and zero or of a
   * magnitude from {@link Limits#NUMBER_MAGNITUDE_MIN} to {@link Limits#NUMBER_MAGNITUDE_MAX}.
   *
   * @param field the field checked
   * @param value the number
   * @return this checker
   */
  public Checker measure(String field, double value) {
    double magnitude = Math.abs(value);
    if (!Double.isFinite(value)) {
      violations.add(Violation.of(type, field, value, "must be a finite number"));
    } else if (magnitude > Limits.NUMBER_MAGNITUDE_MAX
        || (magnitude != 0 && magnitude < Limits.NUMBER_MAGNITUDE_MIN)) {
      violations.add(
          Violation.of(
              type,
              field,
              value,
              "must be zero or of a magnitude from "
                  + Limits.NUMBER_MAGNITUDE_MIN
                  + " to "
                  + Limits.NUMBER_MAGNITUDE_MAX));
    }
    return this;
  }

  /**
   * Requires an amount of money: at most {@link Limits#DECIMAL_PRECISION} digits once an exponent
   * is written out and at most {@link Limits#DECIMAL_SCALE} decimal places (checked before any
   * arithmetic, so that {@code 1E+999999999} is refused at once), not negative, and with no more
   * decimal places than the currency allows (0 to {@link Currency#getDefaultFractionDigits()}).
   * Every Rakor amount is checked here; {@link #plainAmount(BigDecimal)} then normalises one
   * written with a negative scale.
   *
   * @param field the field checked
   * @param amount the amount
   * @param currency the amount's currency
   * @return this checker
   */
  public Checker amount(String field, BigDecimal amount, Currency currency) {
    int scale = amount.scale();
    // An unscaled value of more than 113 bits has more than 34 digits: refuse it without computing
    // its precision, which for a million-digit number is itself a burn.
    int bits = amount.unscaledValue().bitLength();
    boolean huge = bits > 113;
    long precision = huge ? (long) ((bits - 1) * Math.log10(2)) + 1 : amount.precision();
    long plainDigits = precision - Math.min(0, scale);
    Object shown = huge ? "a number of " + precision + " digits or more, scale " + scale : amount;
    if (plainDigits > Limits.DECIMAL_PRECISION || scale > Limits.DECIMAL_SCALE) {
      require(
          plainDigits <= Limits.DECIMAL_PRECISION,
          field,
          shown,
          () ->
              "must have at most "
                  + Limits.DECIMAL_PRECISION
                  + " digits (Limits.DECIMAL_PRECISION), has "
                  + (huge ? "at least " : "")
                  + plainDigits);
      return require(
          scale <= Limits.DECIMAL_SCALE,
          field,
          shown,
          () ->
              "must have at most "
                  + Limits.DECIMAL_SCALE
                  + " decimal places (Limits.DECIMAL_SCALE), has "
                  + scale);
    }
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return require(amount.signum() >= 0, field, amount, "must not be negative")
        .require(
            scale <= digits,
            field,
            amount,
            () -> "must have at most " + digits + " decimal places for " + currency);
  }

  /**
   * An amount that {@link #amount(String, BigDecimal, Currency)} accepted, written with a scale of
   * at least 0: {@code 2.5E+9} becomes {@code 2500000000}, so that equal amounts written either way
   * compare equal. Call it only after the checker's {@link #done()}.
   *
   * @param amount a checked amount
   * @return the same amount with a scale of at least 0; the argument itself when it has one
   */
  public static BigDecimal plainAmount(BigDecimal amount) {
    return amount.scale() < 0 ? amount.setScale(0) : amount;
  }

  // ------------------------------------------------------------------------------------ dates

  /**
   * Requires a date in the years {@link Limits#YEAR_MIN} to {@link Limits#YEAR_MAX}.
   *
   * @param field the field checked
   * @param value the date
   * @return this checker
   */
  public Checker date(String field, LocalDate value) {
    int year = value.getYear();
    return require(year >= Limits.YEAR_MIN && year <= Limits.YEAR_MAX, field, value, YEARS);
  }

  /**
   * Requires a year in the range {@link Limits#YEAR_MIN} to {@link Limits#YEAR_MAX}, such as a
   * fiscal year.
   *
   * @param field the field checked
   * @param year the year
   * @return this checker
   */
  public Checker year(String field, int year) {
    return require(year >= Limits.YEAR_MIN && year <= Limits.YEAR_MAX, field, year, YEARS);
  }

  /**
   * Requires a date and time whose local date is in the years {@link Limits#YEAR_MIN} to {@link
   * Limits#YEAR_MAX}.
   *
   * @param field the field checked
   * @param value the date and time
   * @return this checker
   */
  public Checker dateTime(String field, ZonedDateTime value) {
    int year = value.getYear();
    return require(year >= Limits.YEAR_MIN && year <= Limits.YEAR_MAX, field, value, YEARS);
  }

  /**
   * Requires an instant in the years {@link Limits#YEAR_MIN} to {@link Limits#YEAR_MAX}, UTC.
   *
   * @param field the field checked
   * @param value the instant
   * @return this checker
   */
  public Checker instant(String field, Instant value) {
    return require(
        !value.isBefore(FIRST_INSTANT) && value.isBefore(AFTER_LAST_INSTANT),
        field,
        value,
        () -> YEARS + " (UTC)");
  }

  /**
   * Requires {@code later} not to be before {@code earlier}.
   *
   * @param field the field holding {@code later}
   * @param later the date that must come last
   * @param earlierName the name of the field holding {@code earlier}
   * @param earlier the date that must come first
   * @return this checker
   */
  public Checker notBefore(
      String field, ChronoLocalDate later, String earlierName, ChronoLocalDate earlier) {
    return require(
        !later.isBefore(earlier),
        field,
        later,
        () -> "must not be before " + earlierName + " " + earlier);
  }

  /**
   * Requires the keys drawn from a collection to be distinct; names the first repeated one.
   *
   * @param field the collection field
   * @param items the items
   * @param key what must be unique in each item
   * @param <T> the item type
   * @return this checker
   */
  public <T> Checker distinct(String field, Collection<T> items, Function<T, ?> key) {
    Set<Object> seen = new HashSet<>();
    int i = 0;
    for (T item : items) {
      Object k = key.apply(item);
      if (!seen.add(k)) {
        violations.add(Violation.of(type, field + "[" + i + "]", k, "must not repeat " + k));
        return this;
      }
      i++;
    }
    return this;
  }

  /**
   * Throws if any rule was broken.
   *
   * @throws RakorValidationException listing every violation found
   */
  public void done() {
    if (!violations.isEmpty()) {
      throw new RakorValidationException(violations);
    }
  }
}
