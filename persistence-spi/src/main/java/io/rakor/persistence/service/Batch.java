package io.rakor.persistence.service;

import com.google.common.collect.ImmutableList;
import io.rakor.persistence.AggregateKind;
import java.util.List;
import java.util.Objects;

/**
 * New aggregates of any kinds, to be created (or imported) together by {@link CoordinationService}
 * in one transaction: all or none. References are checked once the whole batch is in place, so
 * values that name each other (a meeting whose agenda lists priorities that name the meeting as
 * their origin) are created in one batch, in any order. Immutable and thread-safe if its values are
 * (every Rakor value is).
 *
 * <pre>{@code
 * Batch batch =
 *     Batch.builder().addAll(AggregateKind.PRIORITY, priorities).add(AggregateKind.MEETING, meeting).build();
 * service.createAll(batch, secretariat);
 * }</pre>
 *
 * @since 0.1
 */
public final class Batch {
  private final ImmutableList<Entry<?>> entries;

  private Batch(ImmutableList<Entry<?>> entries) {
    this.entries = entries;
  }

  /**
   * A batch of values of one kind.
   *
   * @param kind their kind
   * @param values the values, in order
   * @param <T> the value type
   * @return the batch
   * @throws NullPointerException if a value is null
   */
  public static <T> Batch of(AggregateKind<T, ?> kind, List<? extends T> values) {
    return builder().addAll(kind, values).build();
  }

  /**
   * Starts an empty batch.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The values with their kinds, in the order added.
   *
   * @return the entries
   */
  public ImmutableList<Entry<?>> entries() {
    return entries;
  }

  /**
   * How many values the batch holds.
   *
   * @return the count
   */
  public int size() {
    return entries.size();
  }

  /** Returns the kinds and ids, such as {@code [unit dinkes, meeting rakor-1]}. */
  @Override
  public String toString() {
    return entries.toString();
  }

  /**
   * One value and its kind.
   *
   * @param kind the kind
   * @param value the value, of the kind's value type
   * @param <T> the value type
   */
  public record Entry<T>(AggregateKind<T, ?> kind, T value) {
    /**
     * Creates an entry.
     *
     * @throws NullPointerException if an argument is null
     * @throws ClassCastException if the value is not of the kind's value type
     */
    public Entry {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      kind.cast(value);
    }

    /**
     * The id of the value, as text.
     *
     * @return the id
     */
    public String idText() {
      return idText(kind, value);
    }

    private static <T, K> String idText(AggregateKind<T, K> kind, T value) {
      return kind.idText(kind.idOf(value));
    }

    /** Returns {@code kind id}. */
    @Override
    public String toString() {
      return kind + " " + idText();
    }
  }

  /** Builds a {@link Batch}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableList.Builder<Entry<?>> entries = ImmutableList.builder();

    private Builder() {}

    /**
     * Adds one value.
     *
     * @param kind its kind
     * @param value the value
     * @param <T> the value type
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public <T> Builder add(AggregateKind<T, ?> kind, T value) {
      entries.add(new Entry<>(kind, value));
      return this;
    }

    /**
     * Adds values of one kind, in order.
     *
     * @param kind their kind
     * @param values the values
     * @param <T> the value type
     * @return this builder
     * @throws NullPointerException if a value is null
     */
    public <T> Builder addAll(AggregateKind<T, ?> kind, List<? extends T> values) {
      values.forEach(v -> add(kind, v));
      return this;
    }

    /**
     * Builds the batch.
     *
     * @return the batch
     */
    public Batch build() {
      return new Batch(entries.build());
    }
  }
}
