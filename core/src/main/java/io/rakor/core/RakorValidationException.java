package io.rakor.core;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Thrown when a value would break a structural invariant of its type, so it is never built.
 *
 * <p>The exception lists every {@link Violation} found, each naming the type, the field, the
 * offending value and the rule. Nothing is half-built: the object that failed validation does not
 * exist.
 *
 * @since 0.1
 */
public final class RakorValidationException extends RakorException {
  private static final long serialVersionUID = 1L;
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  /**
   * Creates an exception for one or more violations.
   *
   * @param violations what was broken; must not be empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public RakorValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * Creates an exception for a single violation.
   *
   * @param violation what was broken
   */
  public RakorValidationException(Violation violation) {
    this(List.of(violation));
  }

  /**
   * Creates an exception for a required value that was not given. Immutables-generated builders
   * call this when mandatory attributes are missing or a null is passed.
   *
   * @param message the builder's message: either the name of the attribute that was given null, or
   *     "Cannot build Type, some of required attributes are not set [a, b]"
   */
  public RakorValidationException(String message) {
    this(fromBuilderMessage(message));
  }

  /**
   * Every violation found, in the order the rules were checked.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Whether any violation concerns the given field (an exact match, or the field as the root of a
   * nested path such as {@code agenda[1].position} for {@code agenda}).
   *
   * @param field a field name
   * @return true if a violation names that field
   */
  public boolean concerns(String field) {
    return violations.stream()
        .anyMatch(
            v ->
                v.field().equals(field)
                    || v.field().startsWith(field + ".")
                    || v.field().startsWith(field + "["));
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    if (violations.size() == 1) {
      return "Invalid " + violations.get(0);
    }
    return violations.stream()
        .map(Violation::toString)
        .collect(
            Collectors.joining(
                "\n  ", "Invalid value, " + violations.size() + " rules broken:\n  ", ""));
  }

  private static List<Violation> fromBuilderMessage(String message) {
    Matcher missing = MISSING.matcher(message);
    if (missing.matches()) {
      return Splitter.on(", ")
          .omitEmptyStrings()
          .splitToStream(missing.group(2))
          .map(
              field ->
                  new Violation(missing.group(1), field, "null", "is required")
                      .withCode(RuleCodes.REQUIRED))
          .collect(ImmutableList.toImmutableList());
    }
    String type = builtType();
    for (String suffix : List.of(" element", " key", " value")) {
      if (message.endsWith(suffix)) {
        String field = message.substring(0, message.length() - suffix.length());
        return List.of(
            new Violation(type, field, "null", "must not hold a null" + suffix)
                .withCode(RuleCodes.NULL));
      }
    }
    return List.of(
        new Violation(type, message, "null", "must not be null").withCode(RuleCodes.NULL));
  }

  /**
   * The type whose generated builder or copy method is rejecting a null: the first {@code
   * Immutable*} class on the stack, without its prefix; {@code "?"} if there is none.
   */
  private static String builtType() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getClassName)
                    .map(RakorValidationException::generatedType)
                    .filter(name -> !name.isEmpty())
                    .findFirst())
        .orElse("?");
  }

  private static String generatedType(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    String outer = nested < 0 ? simple : simple.substring(0, nested);
    return outer.startsWith("Immutable") && outer.length() > "Immutable".length()
        ? outer.substring("Immutable".length())
        : "";
  }
}
