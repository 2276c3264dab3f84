package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a milestone of the reported commitment is done, and when it was completed.
 *
 * <p>Invariants, checked when built: a completion date is given exactly when the milestone is done.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestoneCompletion.class)
@JsonDeserialize(as = ImmutableMilestoneCompletion.class)
public abstract class MilestoneCompletion implements WithMilestoneCompletion {
  MilestoneCompletion() {}

  /**
   * Starts building a {@link MilestoneCompletion}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link MilestoneCompletion} values, checking every invariant in {@link #build()}.
   * Obtained from {@link MilestoneCompletion#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableMilestoneCompletion.Builder {
    Builder() {}
  }

  /**
   * A milestone done on a date.
   *
   * @param milestone the milestone
   * @param completedOn the date it was completed
   * @return the completion
   */
  public static MilestoneCompletion done(MilestoneId milestone, LocalDate completedOn) {
    return MilestoneCompletion.builder()
        .milestone(milestone)
        .done(true)
        .completedOn(completedOn)
        .build();
  }

  /**
   * A milestone not yet done.
   *
   * @param milestone the milestone
   * @return the completion
   */
  public static MilestoneCompletion notDone(MilestoneId milestone) {
    return MilestoneCompletion.builder().milestone(milestone).done(false).build();
  }

  /**
   * The milestone, within the reported commitment.
   *
   * @return the milestone's id
   */
  public abstract MilestoneId milestone();

  /**
   * Whether it is done.
   *
   * @return true if done
   */
  public abstract boolean done();

  /**
   * When it was completed; present exactly when {@link #done()}.
   *
   * @return the completion date
   */
  public abstract Optional<LocalDate> completedOn();

  @Value.Check
  void check() {
    Checker c = Checker.of("MilestoneCompletion");
    completedOn().ifPresent(d -> c.date("completedOn", d));
    c.require(
            done() == completedOn().isPresent(),
            "completedOn",
            completedOn().map(Object::toString).orElse("none"),
            done() ? "must be given for a milestone that is done" : "must be absent unless done")
        .done();
  }
}
