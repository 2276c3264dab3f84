package io.rakor.core.findings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.ObservationKey;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of agenda material: what was found, why it matters, who should act, what to do, and a
 * score to rank it by.
 *
 * <p>Scores share one scale in {@code [0, 1]} (see {@link AgendaBuilder} for how each kind is
 * scored). Invariants, checked when built: the title is a valid name (not blank, at most 500
 * characters); the explanation and suggested action are not blank; the score is in {@code [0, 1]}.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements WithFinding {
  /** Highest score first; then by kind, then by title, so the order is total. */
  public static final Comparator<Finding> HIGHEST_FIRST =
      Comparator.comparingDouble(Finding::score)
          .reversed()
          .thenComparing(Finding::kind)
          .thenComparing(Finding::title);

  Finding() {}

  /**
   * Starts building a finding. Usually the {@link AgendaBuilder} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Finding} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Finding#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * What the finding is about.
   *
   * @return the kind
   */
  public abstract FindingKind kind();

  /**
   * A short title, fit for an agenda.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What was found, in full.
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * What the meeting should do about it.
   *
   * @return the suggested action
   */
  public abstract String suggestedAction();

  /**
   * How urgent, on a shared scale.
   *
   * @return in {@code [0, 1]}
   */
  public abstract double score();

  /**
   * The units that should be in the room.
   *
   * @return the units, in order
   */
  @AllowNulls
  public abstract List<UnitId> units();

  /**
   * The commitments concerned (overlaps).
   *
   * @return the commitments' ids
   */
  @AllowNulls
  public abstract List<CommitmentId> commitments();

  /**
   * The observations concerned (discrepancies).
   *
   * @return the observations' ids
   */
  @AllowNulls
  public abstract List<ObservationId> observations();

  /**
   * The figure concerned (discrepancies, roll-up mismatches), if one.
   *
   * @return the key
   */
  public abstract Optional<ObservationKey> key();

  @Value.Check
  void check() {
    Checker.of("Finding")
        .nonNull("units", units())
        .nonNull("commitments", commitments())
        .nonNull("observations", observations())
        .checkpoint()
        .name("title", title())
        .text("explanation", explanation())
        .text("suggestedAction", suggestedAction())
        .require(score() >= 0 && score() <= 1, "score", score(), "must be in [0, 1]")
        .done();
  }
}
