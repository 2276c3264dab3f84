package io.rakor.core;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule: which type and field, the offending value, and the rule it broke.
 *
 * @param type the simple name of the domain type being built, for example {@code "Meeting"}
 * @param field the field that holds the bad value; nested fields use dots and indexes, for example
 *     {@code "agenda[2].position"}
 * @param value the offending value as text (abbreviated when very long), or {@code "null"}
 * @param rule the rule that was broken, in words, for example {@code "must not be blank"}
 * @since 0.1
 */
public record Violation(String type, String field, String value, String rule) {
  private static final int MAX_VALUE_CHARS = 120;

  /**
   * Creates a violation; the value text is abbreviated to 120 characters.
   *
   * @throws NullPointerException if any argument is null
   */
  public Violation {
    requireNonNull(type, "type");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(rule, "rule");
    if (value.length() > MAX_VALUE_CHARS) {
      value = value.substring(0, MAX_VALUE_CHARS) + "…(" + value.length() + " chars)";
    }
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
