package io.rakor.core.commitments;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated step of a commitment: "contingency plan drafted by 31 March".
 *
 * <p>Invariants, checked when built: the description is not blank. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public abstract class Milestone implements WithMilestone {
  Milestone() {}

  /**
   * Starts building a {@link Milestone}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Milestone} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Milestone#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }

  /**
   * A milestone.
   *
   * @param id the milestone's id, unique within its commitment
   * @param description what is to be done
   * @param due the date by which it is to be done (inclusive)
   * @return the milestone
   * @throws io.rakor.core.RakorValidationException if the description is blank
   */
  public static Milestone of(MilestoneId id, String description, LocalDate due) {
    return Milestone.builder().id(id).description(description).due(due).build();
  }

  /**
   * The milestone's identifier, unique within its commitment.
   *
   * @return the id
   */
  public abstract MilestoneId id();

  /**
   * What is to be done.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The date by which it is to be done (inclusive).
   *
   * @return the due date
   */
  public abstract LocalDate due();

  @Value.Check
  void check() {
    Checker.of("Milestone").text("description", description()).date("due", due()).done();
  }
}
