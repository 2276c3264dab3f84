package io.rakor.persistence;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A write named other aggregates that are not in the store: a commitment's lead unit, a meeting's
 * chair, a cycle's plan, a successor, ... Nothing of the write was saved. Lists every missing
 * reference found, each naming the referring aggregate, the field and the missing aggregate.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MissingReferenceException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** The most references the message lists; {@link #missing()} has them all. */
  static final int LISTED = 20;

  @SuppressWarnings("serial") // ImmutableList of records of strings
  private final ImmutableList<Reference> missing;

  /**
   * Creates an exception.
   *
   * @param missing every missing reference found, in the order found; not empty
   * @throws IllegalArgumentException if {@code missing} is empty
   */
  public MissingReferenceException(List<Reference> missing) {
    super(message(missing));
    this.missing = ImmutableList.copyOf(missing);
  }

  private static String message(List<Reference> missing) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("a missing-reference exception needs a reference");
    }
    String listed =
        missing.stream().limit(LISTED).map(Reference::toString).collect(Collectors.joining("; "));
    String more = missing.size() > LISTED ? "; and " + (missing.size() - LISTED) + " more" : "";
    return (missing.size() == 1 ? "Missing reference" : missing.size() + " missing references")
        + ", nothing was saved: "
        + listed
        + more;
  }

  /**
   * Every missing reference found.
   *
   * @return the references, not empty
   */
  public ImmutableList<Reference> missing() {
    return missing;
  }

  /**
   * One reference to an aggregate that is not in the store.
   *
   * @param fromKind the referring aggregate's kind name, for example {@code "commitment"}
   * @param fromId the referring aggregate's id as text
   * @param field the field that holds the reference, with an index for a list element, for example
   *     {@code "supporters[1]"} or {@code "participants[3].official"}
   * @param toKind the missing aggregate's kind name, for example {@code "unit"}
   * @param toId the missing aggregate's id as text
   */
  public record Reference(String fromKind, String fromId, String field, String toKind, String toId)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a reference.
     *
     * @throws NullPointerException if an argument is null
     */
    public Reference {
      Objects.requireNonNull(fromKind, "fromKind");
      Objects.requireNonNull(fromId, "fromId");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(toKind, "toKind");
      Objects.requireNonNull(toId, "toId");
    }

    /**
     * A reference between two kinds.
     *
     * @param from the referring aggregate's kind
     * @param fromId the referring aggregate's id as text
     * @param field the field that holds the reference
     * @param to the missing aggregate's kind
     * @param toId the missing aggregate's id as text
     * @return the reference
     */
    public static Reference of(
        AggregateKind<?, ?> from,
        String fromId,
        String field,
        AggregateKind<?, ?> to,
        String toId) {
      return new Reference(from.name(), fromId, field, to.name(), toId);
    }

    /** Returns {@code commitment rtl-1: lead names unit dinkes, which is not in the store}. */
    @Override
    public String toString() {
      return fromKind
          + " "
          + fromId
          + ": "
          + field
          + " names "
          + toKind
          + " "
          + toId
          + ", which is not in the store";
    }
  }
}
