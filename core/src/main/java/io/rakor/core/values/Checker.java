package io.rakor.core.values;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import java.time.chrono.ChronoLocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
 *     .notBlank("venue", venue())
 *     .require(end().isAfter(start()), "end", end(), () -> "must be after start " + start())
 *     .done();
 * }</pre>
 */
public final class Checker {
  private final String type;
  private final List<Violation> violations = new ArrayList<>(0);

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
      String field = list + "[" + index + "]" + (member.isEmpty() ? "" : "." + member);
      violations.add(Violation.of(type, field, value, rule.get()));
    }
    return this;
  }

  /**
   * Requires a short text (a name or title): not blank and at most {@link Limits#NAME_LENGTH}
   * characters.
   *
   * @param field the field checked
   * @param value the text
   * @return this checker
   */
  public Checker name(String field, String value) {
    return text(field, value, Limits.NAME_LENGTH);
  }

  /**
   * Requires a free text: not blank and at most {@link Limits#TEXT_LENGTH} characters.
   *
   * @param field the field checked
   * @param value the text
   * @return this checker
   */
  public Checker text(String field, String value) {
    return text(field, value, Limits.TEXT_LENGTH);
  }

  private Checker text(String field, String value, int max) {
    if (value.isBlank()) {
      violations.add(Violation.of(type, field, "\"" + value + "\"", "must not be blank"));
    } else if (value.length() > max) {
      violations.add(
          Violation.of(type, field, value, "must be at most " + max + " characters long"));
    }
    return this;
  }

  /**
   * Requires every text in a list to be a valid free text.
   *
   * @param field the list field
   * @param values the texts
   * @return this checker
   */
  public Checker texts(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value.isBlank() || value.length() > Limits.TEXT_LENGTH) {
        text(field + "[" + i + "]", value);
      }
    }
    return this;
  }

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
