package io.rakor.core.monitoring;

import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one milestone of a commitment stood at the end of a cycle's period: its {@link
 * MilestoneState}, when it was completed, how many days late it is or was, and its grade if one was
 * reported. Part of a {@link CommitmentAssessment}; immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class MilestoneCheck implements WithMilestoneCheck {
  MilestoneCheck() {}

  /**
   * Starts building a {@link MilestoneCheck}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link MilestoneCheck} values, checking every invariant in {@link #build()}. Obtained
   * from {@link MilestoneCheck#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableMilestoneCheck.Builder {
    Builder() {}
  }

  /**
   * The milestone.
   *
   * @return its id
   */
  public abstract MilestoneId milestone();

  /**
   * What is to be done.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The last day by which it is to be done (inclusive).
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * Where it happens, if in one place.
   *
   * @return the jurisdiction's code
   */
  public abstract Optional<JurisdictionCode> place();

  /**
   * The unit that does it, if not the lead unit.
   *
   * @return the unit's id
   */
  public abstract Optional<UnitId> responsible();

  /**
   * Its state.
   *
   * @return the state
   */
  public abstract MilestoneState state();

  /**
   * When it was completed, if it is done and the date is known.
   *
   * @return the completion date
   */
  public abstract Optional<LocalDate> completedOn();

  /**
   * The grade reported this cycle, if any.
   *
   * @return the grade
   */
  public abstract Optional<CompletionGrade> grade();

  /**
   * How many days late: for {@link MilestoneState#MISSED}, the days from the due date to the end of
   * the period ({@code asOf - due}); for {@link MilestoneState#DONE_LATE}, the days from the due
   * date to the completion; 0 otherwise.
   *
   * @return the days, 0 or more
   */
  public abstract long daysLate();

  /**
   * The milestone's progress: 100 when done, otherwise its grade's {@link
   * CompletionGrade#progressPercent()}, 0 if not graded.
   *
   * @return 0 to 100
   */
  public double progressPercent() {
    if (state().isDone()) {
      return 100;
    }
    return grade().map(CompletionGrade::progressPercent).orElse(0.0);
  }

  /**
   * The check in words, dates as the last day they include.
   *
   * @return for example {@code "m1 missed (due until 31 March 2026, 1 day late)"}
   */
  public String describe() {
    String due = "due until " + TimeText.lastDay(due());
    String where = place().map(p -> " in " + p).orElse("");
    String text =
        switch (state()) {
          case PENDING -> "pending (" + due + ")";
          case DUE_SOON -> "due soon (" + due + ")";
          case MISSED -> "missed (" + due + ", " + TimeText.days(daysLate()) + " late)";
          case DONE_ON_TIME ->
              "done on time" + completedOn().map(d -> " on " + TimeText.lastDay(d)).orElse("");
          case DONE_LATE ->
              "done late"
                  + completedOn().map(d -> " on " + TimeText.lastDay(d)).orElse("")
                  + " ("
                  + TimeText.days(daysLate())
                  + " after it was due)";
        };
    String graded = grade().isPresent() && !state().isDone() ? ", graded " + grade().get() : "";
    return milestone() + where + " " + text + graded;
  }
}
