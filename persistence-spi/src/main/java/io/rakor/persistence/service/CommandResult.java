package io.rakor.persistence.service;

import com.google.common.collect.ImmutableList;
import io.rakor.core.audit.LogEntry;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.Rejection;
import io.rakor.persistence.ConcurrencyConflictException;
import io.rakor.persistence.Versioned;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CoordinationService} did with a command: {@link Applied} (saved, with its events
 * logged), {@link Rejected} by the workflow or the policy (nothing saved), or {@link Conflicted}
 * with a concurrent write (nothing saved; only when the {@link ConflictMode} reports conflicts).
 * Immutable and thread-safe.
 *
 * @param <T> the aggregate's value type
 * @since 0.1
 */
public sealed interface CommandResult<T> {
  /**
   * Whether the command was applied.
   *
   * @return true for {@link Applied}
   */
  default boolean isApplied() {
    return this instanceof Applied<T>;
  }

  /**
   * The saved value, or an exception saying why there is none.
   *
   * @return the value at its new version
   * @throws CommandRejectedException if the command was rejected
   * @throws ConcurrencyConflictException if it conflicted
   */
  default Versioned<T> orElseThrow() {
    if (this instanceof Applied<T> a) {
      return a.value();
    }
    if (this instanceof Rejected<T> r) {
      throw new CommandRejectedException(r.rejection());
    }
    throw ((Conflicted<T>) this).conflict();
  }

  /**
   * The command was applied: the new value is saved and its events are in the log, in one
   * transaction.
   *
   * @param value the value at its new version
   * @param entries the log entries written
   * @param attempts how many tries it took, from 1
   * @param <T> the value type
   */
  record Applied<T>(Versioned<T> value, List<LogEntry> entries, int attempts)
      implements CommandResult<T> {
    /**
     * Creates the result.
     *
     * @throws NullPointerException if an argument is null
     */
    public Applied {
      Objects.requireNonNull(value, "value");
      entries = ImmutableList.copyOf(entries);
    }
  }

  /**
   * The workflow or the policy refused the command; nothing was saved.
   *
   * @param rejection the rule that was broken
   * @param current the value as it was
   * @param <T> the value type
   */
  record Rejected<T>(Rejection rejection, Versioned<T> current) implements CommandResult<T> {
    /**
     * Creates the result.
     *
     * @throws NullPointerException if an argument is null
     */
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
      Objects.requireNonNull(current, "current");
    }
  }

  /**
   * A concurrent write won; nothing was saved.
   *
   * @param conflict the last conflict met
   * @param attempts how many tries were made
   * @param <T> the value type
   */
  record Conflicted<T>(ConcurrencyConflictException conflict, int attempts)
      implements CommandResult<T> {
    /**
     * Creates the result.
     *
     * @throws NullPointerException if the conflict is null
     */
    public Conflicted {
      Objects.requireNonNull(conflict, "conflict");
    }
  }
}
