package io.rakor.core.workflow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command did: {@link Accepted} with the new value and the domain events it caused, or
 * {@link Rejected} with the rule that was broken. The old value is never changed. Immutable and
 * thread-safe.
 *
 * @param <T> the type of value the command acts on
 * @since 0.1
 */
public sealed interface Outcome<T> {
  /**
   * Whether the command was accepted.
   *
   * @return true for {@link Accepted}
   */
  boolean isAccepted();

  /**
   * The new value, if the command was accepted.
   *
   * @return the new value, or empty if rejected
   */
  Optional<T> value();

  /**
   * The events the command caused; empty if it was rejected.
   *
   * @return the events
   */
  List<DomainEvent> events();

  /**
   * The rejection, if the command was rejected.
   *
   * @return the rejection, or empty if accepted
   */
  Optional<Rejection> rejection();

  /**
   * The new value, or an exception naming the rule that was broken.
   *
   * @return the new value
   * @throws CommandRejectedException if the command was rejected
   */
  default T orElseThrow() {
    return value().orElseThrow(() -> new CommandRejectedException(rejection().orElseThrow()));
  }

  /**
   * The command was carried out.
   *
   * @param newValue the value after the command
   * @param events the events it caused, at least one
   * @param <T> the type of value
   */
  record Accepted<T>(T newValue, List<DomainEvent> events) implements Outcome<T> {
    /**
     * Creates the outcome.
     *
     * @throws NullPointerException if an argument is null
     */
    public Accepted {
      Objects.requireNonNull(newValue, "newValue");
      events = ImmutableList.copyOf(events);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Optional<T> value() {
      return Optional.of(newValue);
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.empty();
    }
  }

  /**
   * The command was refused; nothing changed.
   *
   * @param reason the rule that was broken
   * @param <T> the type of value
   */
  record Rejected<T>(Rejection reason) implements Outcome<T> {
    /**
     * Creates the outcome.
     *
     * @throws NullPointerException if the reason is null
     */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }

    @Override
    public List<DomainEvent> events() {
      return List.of();
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.of(reason);
    }
  }
}
