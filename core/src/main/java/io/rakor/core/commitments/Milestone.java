package io.rakor.core.commitments;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.RuleCodes;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated step of a commitment: "contingency plan drafted by 31 March". A step may also say when
 * its work starts, where it happens and which unit does it, so that a field drill in three villages
 * is three milestones, one per village, each with its place.
 *
 * <p>Invariants, checked when built: the description is not blank; a start date, if given, is not
 * after the due date. Immutable and thread-safe.
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

  /**
   * The first day of the step's work (inclusive), if planned. Before it the step expects no
   * progress (see {@code docs/monitoring.md}, expected progress).
   *
   * @return the start date
   */
  public abstract Optional<LocalDate> start();

  /**
   * Where the step happens, if in one place: a jurisdiction within the commitment's scope.
   *
   * @return the jurisdiction's code
   */
  public abstract Optional<JurisdictionCode> place();

  /**
   * The unit that does the step, if not the commitment's lead unit.
   *
   * @return the responsible unit's id
   */
  public abstract Optional<UnitId> responsible();

  /**
   * The meeting that carries the step out, if the step is holding a meeting (for example "hold the
   * rembuk stunting"): the milestone is done when that meeting has been held (concluded), on the
   * day it began, with no progress report needed.
   *
   * @return the meeting's id
   * @since 0.1
   */
  public abstract Optional<MeetingId> fulfilledBy();

  @Value.Check
  void check() {
    Checker c = Checker.of("Milestone").text("description", description()).date("due", due());
    start()
        .ifPresent(
            s ->
                c.date("start", s)
                    .notBefore(RuleCodes.MILESTONE_DUE_BEFORE_START, "due", due(), "start", s));
    c.done();
  }
}
