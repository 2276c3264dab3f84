package io.rakor.core.json;

import com.google.common.collect.ImmutableList;
import io.rakor.core.RakorException;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when Rakor JSON cannot be read (or, rarely, written): the text is not JSON, breaks a
 * limit, has a value of the wrong shape or an unknown field, has a bad envelope, or describes a
 * value that would break an invariant of its type.
 *
 * <p>Every instance says what kind of problem it is ({@link #kind()}) and where, as a JSON path
 * such as {@code $.data.agenda[1].position} ({@link #path()}). When the JSON describes a value that
 * breaks an invariant, {@link #violations()} lists the broken rules and the cause is the {@link
 * RakorValidationException} the value's type threw. Instances are immutable and safe to share
 * between threads.
 *
 * @since 0.1
 */
public final class RakorJsonException extends RakorException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem was found. */
  public enum Kind {
    /** The text is not well-formed JSON (including duplicate field names and trailing content). */
    SYNTAX,
    /**
     * The input breaks a hostile-input limit: nesting depth, document length, token count, array,
     * string, number or name length.
     */
    LIMIT,
    /** A value has the wrong JSON shape or type for its field, or a number out of range. */
    TYPE_MISMATCH,
    /** An object has a field its type does not define; unknown fields are always rejected. */
    UNKNOWN_FIELD,
    /** The JSON is well-typed but describes a value that breaks an invariant of its type. */
    INVARIANT,
    /** The document envelope is wrong: schemaVersion, type or data missing, unknown or invalid. */
    ENVELOPE,
    /** The input or output failed with an I/O error. */
    IO,
    /** A value could not be written as JSON. */
    WRITE
  }

  private final Kind kind;
  private final String path;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  /**
   * An exception for a failure of Rakor's JSON format. The library's own bindings create these;
   * this constructor is public so that another binding of the same format (such as {@code
   * rakor-json-jackson3}, on Jackson 3) reports its failures as the same exception, with the same
   * kinds and paths.
   *
   * @param kind what kind of problem was found
   * @param path where, as a JSON path from the document root, such as {@code $.data.start}
   * @param message the message, which says what is wrong and where
   * @param violations the rules broken, for {@link Kind#INVARIANT}; empty otherwise
   * @param cause the failure this one reports, or null
   */
  public RakorJsonException(
      Kind kind, String path, String message, List<Violation> violations, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * What kind of problem was found.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Where the problem is, as a JSON path from the document root: {@code $} is the root, {@code
   * .name} a field and {@code [i]} an array element, for example {@code $.data.agenda[1].position}.
   * For a broken invariant it is the path of the first violation's field; for a limit or syntax
   * error, the position the parser had reached.
   *
   * @return the path, never null
   */
  public String path() {
    return path;
  }

  /**
   * The rules broken when the JSON describes a value that breaks its type's invariants ({@link
   * Kind#INVARIANT}); empty for every other kind.
   *
   * @return the violations, possibly empty
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
