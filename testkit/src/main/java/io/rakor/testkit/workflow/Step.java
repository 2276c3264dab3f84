package io.rakor.testkit.workflow;

import io.rakor.core.workflow.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a generated command sequence: a command, who asks for it, and the moment the
 * lifecycle's clock shows. Immutable and thread-safe.
 *
 * @param command the command
 * @param actor who asks
 * @param at "now" for this step
 * @param <C> the command type
 * @since 0.1
 */
public record Step<C>(C command, Actor actor, Instant at) {
  /**
   * Creates a step.
   *
   * @throws NullPointerException if an argument is null
   */
  public Step {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }

  /** Returns {@code actor: command @ at}. */
  @Override
  public String toString() {
    return actor + ": " + command + " @ " + at;
  }
}
