package io.rakor.testkit.internal.invalid;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;

/**
 * One rule of one type's validation, and how to break it: attempts to build a value of {@code type}
 * that break the rule, which a rejection must report at {@code field}.
 *
 * @param type the type whose invariant the attempts break
 * @param field the field a rejection must name
 * @param description the broken rule in words
 * @param alsoReported fields that breaking this rule necessarily breaks too; usually empty
 * @param attempts attempts to build a broken value; each must throw when called
 */
public record Rule(
    Class<?> type,
    String field,
    String description,
    ImmutableSet<String> alsoReported,
    Gen<Supplier<?>> attempts) {
  /** Checks that nothing is null and copies the fields also reported. */
  public Rule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(attempts, "attempts");
    alsoReported = ImmutableSet.copyOf(alsoReported);
  }

  /**
   * A rule that can be broken alone.
   *
   * @param type the type whose invariant the attempts break
   * @param field the field a rejection must name
   * @param description the broken rule in words
   * @param attempts attempts to build a broken value
   * @return the rule
   */
  static Rule of(Class<?> type, String field, String description, Gen<Supplier<?>> attempts) {
    return new Rule(type, field, description, ImmutableSet.of(), attempts);
  }

  /**
   * A rule that cannot be broken without breaking others too.
   *
   * @param type the type whose invariant the attempts break
   * @param field the field a rejection must name
   * @param description the broken rule in words
   * @param alsoReported the fields necessarily reported too
   * @param attempts attempts to build a broken value
   * @return the rule
   */
  static Rule of(
      Class<?> type,
      String field,
      String description,
      Set<String> alsoReported,
      Gen<Supplier<?>> attempts) {
    return new Rule(type, field, description, ImmutableSet.copyOf(alsoReported), attempts);
  }
}
