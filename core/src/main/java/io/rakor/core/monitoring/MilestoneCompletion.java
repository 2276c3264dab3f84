package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a milestone of the reported commitment is done, when it was completed and on what
 * evidence, and optionally how far along it is as a {@link CompletionGrade}. A completion reported
 * done is a fact that stays true in every later cycle (see {@link MilestoneAchievement}).
 *
 * <p>Invariants, checked when built: a completion date is given exactly when the milestone is done;
 * a grade, if given, is {@link CompletionGrade#COMPLETE} exactly when the milestone is done; no
 * evidence reference is null. Immutable and thread-safe.
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
   * A milestone graded: done (with its completion date) exactly when the grade is {@link
   * CompletionGrade#COMPLETE}.
   *
   * @param milestone the milestone
   * @param grade how far along it is
   * @param completedOn the date it was completed; ignored unless the grade is complete
   * @return the completion
   * @throws io.rakor.core.RakorValidationException if the grade is complete and no date is given
   */
  public static MilestoneCompletion graded(
      MilestoneId milestone, CompletionGrade grade, Optional<LocalDate> completedOn) {
    boolean done = grade == CompletionGrade.COMPLETE;
    return MilestoneCompletion.builder()
        .milestone(milestone)
        .done(done)
        .grade(grade)
        .completedOn(done ? completedOn : Optional.empty())
        .build();
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

  /**
   * How far along the milestone is, if graded.
   *
   * @return the grade
   */
  public abstract Optional<CompletionGrade> grade();

  /**
   * References to evidence of the completion (a photo, minutes, an attendance list).
   *
   * @return the evidence references
   */
  @AllowNulls
  public abstract List<EvidenceRef> evidence();

  /**
   * The progress of the milestone in percent: its grade's {@link
   * CompletionGrade#progressPercent()}, else 100 if done and 0 if not.
   *
   * @return 0 to 100
   */
  public double progressPercent() {
    return grade().map(CompletionGrade::progressPercent).orElse(done() ? 100.0 : 0.0);
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("MilestoneCompletion").entries("evidence", evidence()).checkpoint();
    completedOn().ifPresent(d -> c.date("completedOn", d));
    grade()
        .ifPresent(
            g ->
                c.require(
                    (g == CompletionGrade.COMPLETE) == done(),
                    "grade",
                    g,
                    done()
                        ? "must be COMPLETE for a milestone that is done"
                        : "must not be COMPLETE unless done"));
    for (int i = 0; i < evidence().size(); i++) {
      EvidenceRef e = evidence().get(i);
      c.count("evidence", i, "uri", e.uri().toString());
      int index = i;
      e.description().ifPresent(d -> c.count("evidence", index, "description", d));
    }
    c.require(
            done() == completedOn().isPresent(),
            "completedOn",
            completedOn().map(Object::toString).orElse("none"),
            done() ? "must be given for a milestone that is done" : "must be absent unless done")
        .done();
  }
}
