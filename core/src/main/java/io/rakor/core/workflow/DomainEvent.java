package io.rakor.core.workflow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Something that happened to a meeting, commitment or monitoring cycle because a command was
 * accepted: who did it, what, to which value, when (from the injected clock), the state before and
 * after, and the details that matter (a reason, a successor, a reported percentage, a new date).
 *
 * <p>Invariants, checked when built: the subject kind and id and the states are not blank; detail
 * keys are not blank and values are valid free text. Detail keys are kept sorted so that the event
 * has one canonical JSON form. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDomainEvent.class)
@JsonDeserialize(as = ImmutableDomainEvent.class)
public abstract class DomainEvent implements WithDomainEvent {
  DomainEvent() {}

  /**
   * Starts building an event.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DomainEvent} values, checking every invariant in {@link #build()}. Obtained from
   * {@link DomainEvent#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableDomainEvent.Builder {
    Builder() {}
  }

  /**
   * What happened.
   *
   * @return the event type
   */
  public abstract EventType type();

  /**
   * What sort of value it happened to: {@code "Meeting"}, {@code "Commitment"} or {@code
   * "MonitoringCycle"}.
   *
   * @return the subject's kind
   */
  public abstract String subjectKind();

  /**
   * The id of the value it happened to.
   *
   * @return the subject's id as text
   */
  public abstract String subjectId();

  /**
   * Who did it.
   *
   * @return the actor
   */
  public abstract Actor actor();

  /**
   * When it happened, from the lifecycle's clock.
   *
   * @return the instant
   */
  public abstract Instant occurredAt();

  /**
   * The state before.
   *
   * @return the state's name
   */
  public abstract String fromState();

  /**
   * The state after (the same as before for a command that records something without moving the
   * state, such as a progress report).
   *
   * @return the state's name
   */
  public abstract String toState();

  /**
   * The details that matter, by name: {@code reason}, {@code successor}, {@code progressPercent},
   * {@code report}, {@code previousStart}, {@code start}, ...
   *
   * @return the details, sorted by name
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> details();

  /**
   * One detail.
   *
   * @param name the detail's name
   * @return its value, or null if absent
   */
  public String detail(String name) {
    return details().get(name);
  }

  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return occurredAt()
        + " "
        + type()
        + " "
        + subjectKind()
        + " "
        + subjectId()
        + " by "
        + actor()
        + " ("
        + fromState()
        + " -> "
        + toState()
        + ")"
        + (details().isEmpty() ? "" : " " + details());
  }

  @Value.Check
  void check() {
    Checker c =
        Checker.of("DomainEvent")
            .entries("details", details().keySet())
            .instant("occurredAt", occurredAt())
            .name("subjectKind", subjectKind())
            .name("subjectId", subjectId())
            .name("fromState", fromState())
            .name("toState", toState());
    for (Map.Entry<String, String> e : details().entrySet()) {
      c.name("details.key", e.getKey()).text("details." + e.getKey(), e.getValue());
    }
    c.done();
  }
}
