package io.rakor.testkit.internal;

import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.DomainEvent;
import io.rakor.core.workflow.EventType;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes aggregates into a store the way the coordination service records them: each save in the
 * same transaction as one log event that names the saved aggregate (subject kind: the simple name
 * of the kind's value type; subject id: its id text), so that the log explains every version. Not
 * API. Not thread-safe.
 */
public final class LoggedWriter {
  /** The state of the event that creates an aggregate: it did not exist. */
  public static final String ABSENT = "ABSENT";

  /** The state of an aggregate without a lifecycle once it exists. */
  public static final String PRESENT = "PRESENT";

  private final RakorStore store;
  private final Actor actor;
  private Instant now;
  private long events;

  /**
   * A writer.
   *
   * @param store the store
   * @param actor who every event names
   * @param start the time of the first event; each later one is a second later
   */
  public LoggedWriter(RakorStore store, Actor actor, Instant start) {
    this.store = store;
    this.actor = actor;
    this.now = start;
  }

  /**
   * Creates aggregates in one transaction, each with an event. The event's type is the one the
   * kind's lifecycle starts with where there is one, else {@link EventType#EVIDENCE_CONTRIBUTED}:
   * only the subject matters to a store's verification.
   *
   * @param kind their kind
   * @param values the values
   * @param state the state each is created in, by value
   * @param <T> the value type
   */
  public <T> void create(AggregateKind<T, ?> kind, List<T> values, Function<T, String> state) {
    write(kind, values, Versioned.NONE, creationType(kind), v -> ABSENT, state);
  }

  /**
   * Saves existing aggregates again, unchanged, in one transaction, each with an event that records
   * something without moving its state (as a progress report does).
   *
   * @param kind their kind
   * @param values the values, each at {@code version}
   * @param version the version each is at
   * @param state each one's state
   * @param <T> the value type
   */
  public <T> void touch(
      AggregateKind<T, ?> kind, List<T> values, long version, Function<T, String> state) {
    write(kind, values, version, EventType.PROGRESS_REPORTED, state, state);
  }

  /**
   * How many events this writer appended.
   *
   * @return the count
   */
  public long events() {
    return events;
  }

  private <T> void write(
      AggregateKind<T, ?> kind,
      List<T> values,
      long expected,
      EventType type,
      Function<T, String> from,
      Function<T, String> to) {
    if (values.isEmpty()) {
      return;
    }
    List<DomainEvent> logged = new ArrayList<>(values.size());
    for (T v : values) {
      logged.add(
          DomainEvent.builder()
              .type(type)
              .subjectKind(kind.valueType().getSimpleName())
              .subjectId(idText(kind, v))
              .actor(actor)
              .occurredAt(now)
              .fromState(from.apply(v))
              .toState(to.apply(v))
              .build());
      now = now.plusSeconds(1);
    }
    store.useTransaction(
        tx -> {
          values.forEach(v -> tx.save(kind, v, expected));
          tx.append(logged);
        });
    events += logged.size();
  }

  private static <T, K> String idText(AggregateKind<T, K> kind, T value) {
    return kind.idText(kind.idOf(value));
  }

  private static EventType creationType(AggregateKind<?, ?> kind) {
    if (kind == AggregateKind.MEETING) {
      return EventType.MEETING_OPENED;
    }
    if (kind == AggregateKind.COMMITMENT) {
      return EventType.COMMITMENT_AGREED;
    }
    if (kind == AggregateKind.MONITORING_CYCLE) {
      return EventType.CYCLE_CLOSED;
    }
    return EventType.EVIDENCE_CONTRIBUTED;
  }
}
