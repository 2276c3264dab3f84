package io.rakor.core.meetings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision a meeting takes, numbered within the meeting.
 *
 * <p>Invariants, checked when built: the number and the agenda position, if given, are at least 1;
 * the text is not blank. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision implements WithDecision {
  Decision() {}

  /**
   * Starts building a decision.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Decision} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Decision#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  /**
   * The decision's number within the meeting, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * The position of the agenda item it belongs to, if any.
   *
   * @return the agenda position
   */
  public abstract Optional<Integer> agendaPosition();

  /**
   * What was decided.
   *
   * @return the text
   */
  public abstract String text();

  @Value.Check
  void check() {
    Checker c =
        Checker.of("Decision")
            .require(number() >= 1, "number", number(), "must be at least 1")
            .text("text", text());
    agendaPosition().ifPresent(p -> c.require(p >= 1, "agendaPosition", p, "must be at least 1"));
    c.done();
  }
}
