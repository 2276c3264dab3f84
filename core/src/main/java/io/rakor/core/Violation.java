package io.rakor.core;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * One broken rule: which type and field, the offending value, and the rule it broke.
 *
 * @param type the simple name of the domain type being built, for example {@code "Meeting"}
 * @param field the field that holds the bad value; nested fields use dots and indexes, for example
 *     {@code "agenda[2].position"}
 * @param value the offending value as text, or {@code "null"}: abbreviated when very long, and with
 *     every control, format, line-separator, bidirectional and space character other than the plain
 *     space, and every unpaired surrogate written as a Java escape (a backslash, {@code u} and four
 *     hex digits), so that a message is safe to log and display
 * @param rule the rule that was broken, in words, for example {@code "must not be blank"}
 * @param code the rule's stable code, for example {@code "commitment.dueBeforeStart"}, so that a
 *     program can tell rules apart and write them in another language; empty when the rule has
 *     none. The codes are listed in {@link RuleCodes}
 * @param arguments the rule's variable parts as text (a limit, a date, another field's value), in
 *     the order the code's documentation in {@link RuleCodes} gives; empty when it has none
 * @since 0.1
 */
public record Violation(
    String type, String field, String value, String rule, String code, List<String> arguments) {
  private static final int MAX_VALUE_CHARS = 120;

  /**
   * Creates a violation; the value text is abbreviated to 120 characters, and characters that would
   * not show or would change how the message displays are escaped.
   *
   * @throws NullPointerException if any argument is null
   */
  public Violation {
    requireNonNull(type, "type");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(rule, "rule");
    requireNonNull(code, "code");
    requireNonNull(arguments, "arguments");
    value = safe(value);
    arguments = arguments.stream().map(Violation::safe).toList();
  }

  /**
   * Creates a violation without a rule code.
   *
   * @param type the simple name of the type being built
   * @param field the field that holds the bad value
   * @param value the offending value as text
   * @param rule the rule that was broken
   * @throws NullPointerException if any argument is null
   */
  public Violation(String type, String field, String value, String rule) {
    this(type, field, value, rule, "", List.of());
  }

  /**
   * This violation with a rule code and the rule's variable parts.
   *
   * @param code the rule's code, one of {@link RuleCodes}
   * @param arguments the rule's variable parts, each rendered with {@link String#valueOf(Object)}
   * @return a copy carrying the code
   */
  public Violation withCode(String code, Object... arguments) {
    return new Violation(
        type, field, value, rule, code, Arrays.stream(arguments).map(String::valueOf).toList());
  }

  private static String safe(String value) {
    int length = value.length();
    int end = Math.min(length, MAX_VALUE_CHARS);
    if (end < length && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--; // never split a pair
    }
    StringBuilder out = null;
    for (int i = 0; i < end; i++) {
      char ch = value.charAt(i);
      boolean paired =
          Character.isHighSurrogate(ch)
                  && i + 1 < length
                  && Character.isLowSurrogate(value.charAt(i + 1))
              || Character.isLowSurrogate(ch)
                  && i > 0
                  && Character.isHighSurrogate(value.charAt(i - 1));
      if (unsafe(ch) && !paired) {
        if (out == null) {
          out = new StringBuilder(end + 16).append(value, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) ch));
      } else if (out != null) {
        out.append(ch);
      }
    }
    String shown = out == null ? value.substring(0, end) : out.toString();
    return end < length ? shown + "…(" + length + " chars)" : shown;
  }

  private static boolean unsafe(char ch) {
    int kind = Character.getType(ch);
    return kind == Character.CONTROL
        || kind == Character.FORMAT
        || kind == Character.SURROGATE
        || kind == Character.LINE_SEPARATOR
        || kind == Character.PARAGRAPH_SEPARATOR
        || (kind == Character.SPACE_SEPARATOR && ch != ' ');
  }

  /**
   * Creates a violation from any value, rendering it with {@link String#valueOf(Object)}.
   *
   * @param type the simple name of the type being built
   * @param field the field that holds the bad value
   * @param value the offending value, may be null
   * @param rule the rule that was broken
   * @return the violation
   */
  public static Violation of(String type, String field, Object value, String rule) {
    return new Violation(type, field, String.valueOf(value), rule);
  }

  /** Returns {@code Type.field = value: rule}. */
  @Override
  public String toString() {
    return type + "." + field + " = " + value + ": " + rule;
  }
}
