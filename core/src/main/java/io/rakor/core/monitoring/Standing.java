package io.rakor.core.monitoring;

import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far one lead unit, or one priority, is behind in a cycle: how many of its evaluated
 * commitments are at risk or worse, the points they are behind, its worst health, and those
 * commitments, worst first. An entry of {@link Ranking}; immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Standing implements WithStanding {
  Standing() {}

  /**
   * Starts building a {@link Standing}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Standing} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Standing#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableStanding.Builder {
    Builder() {}
  }

  /**
   * The lead unit, in a ranking by unit.
   *
   * @return the unit's id, or empty in a ranking by priority
   */
  public abstract Optional<UnitId> unit();

  /**
   * The priority, in a ranking by priority.
   *
   * @return the priority's id, or empty in a ranking by unit
   */
  public abstract Optional<PriorityId> priority();

  /**
   * The unit's or priority's name, from the {@link Directory} given (its id if unknown).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * How many of its commitments were evaluated.
   *
   * @return the count
   */
  public abstract int evaluated();

  /**
   * How many of them are at risk or worse.
   *
   * @return the count, at least 1
   */
  public abstract int behind();

  /**
   * The points those of them that reported are behind their expected progress, added up.
   *
   * @return the sum of their positive {@link CommitmentAssessment#pointsBehind()}
   */
  public abstract double pointsBehind();

  /**
   * The worst health among its commitments.
   *
   * @return the health
   */
  public abstract Health worst();

  /**
   * Its commitments that are at risk or worse, worst first, then by due date and id.
   *
   * @return their assessments
   */
  public abstract List<CommitmentAssessment> commitments();

  /**
   * The standing in one line.
   *
   * @return for example {@code "Dinas Kesehatan: 2 of 5 behind (worst OFF_TRACK, 31.5 points)"}
   */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s: %d of %d behind (worst %s, %.1f points)",
        name(),
        behind(),
        evaluated(),
        worst(),
        pointsBehind());
  }
}
