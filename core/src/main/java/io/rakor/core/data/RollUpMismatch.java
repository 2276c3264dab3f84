package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parts do not add up to the whole: the reconciled figure of a jurisdiction differs, beyond
 * tolerance, from the figure its direct sub-jurisdictions {@linkplain RollUp roll up} to for the
 * same period: their sum for a {@link Aggregation#SUM} indicator (villages that do not sum to their
 * sub-district), their rates weighted by their denominators for a {@link Aggregation#RATE}.
 *
 * <p>A sub-jurisdiction without a figure of its own contributes what its sub-jurisdictions roll up
 * to; missing ones show up as {@link Gap}s if an expectation lists them. A sub-jurisdiction read
 * that contributes nothing (unresolved, or a rate without a denominator) suspends the check for
 * that parent. Invariants, checked when built: at least one child counted. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRollUpMismatch.class)
@JsonDeserialize(as = ImmutableRollUpMismatch.class)
public abstract class RollUpMismatch implements WithRollUpMismatch {
  RollUpMismatch() {}

  /**
   * Starts building a mismatch. Usually the {@link DataReconciler} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RollUpMismatch} values, checking every invariant in {@link #build()}. Obtained
   * from {@link RollUpMismatch#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableRollUpMismatch.Builder {
    Builder() {}
  }

  /**
   * The whole: indicator, parent jurisdiction and period.
   *
   * @return the parent's key
   */
  public abstract ObservationKey parent();

  /**
   * The parent's reconciled figure.
   *
   * @return the value
   */
  public abstract double parentValue();

  /**
   * What the direct sub-jurisdictions roll up to: their sum, or for a rate their weighted rate.
   *
   * @return the rolled-up figure
   */
  public abstract double childrenSum();

  /**
   * How many direct sub-jurisdictions were summed.
   *
   * @return at least 1
   */
  public abstract int childrenCounted();

  /**
   * The tolerance the difference exceeds.
   *
   * @return the tolerance
   */
  public abstract Tolerance tolerance();

  /**
   * How the children's figures were combined; {@link Aggregation#SUM} unless set.
   *
   * @return {@code SUM} or {@code RATE}
   * @since 0.2
   */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.SUM;
  }

  /**
   * The data steward responsible for the parent's figure.
   *
   * @return the steward, if one is named for the parent's jurisdiction or level
   * @since 0.2
   */
  public abstract Optional<UnitId> steward();

  /**
   * The parent's figure minus the children's sum.
   *
   * @return the difference
   */
  public double difference() {
    return parentValue() - childrenSum();
  }

  /**
   * The difference as a fraction of the larger magnitude, to rank mismatches on one scale.
   *
   * @return in {@code [0, 2]}; 0 when both are 0
   */
  public double relativeDifference() {
    double scale = Math.max(Math.abs(parentValue()), Math.abs(childrenSum()));
    return scale == 0 ? 0 : Math.abs(difference()) / scale;
  }

  /**
   * The finding in one sentence, for a person.
   *
   * @return for example {@code "stunting-count in 18.03.01 for [2025-01-01, 2026-01-01) is 412, but
   *     its 12 sub-jurisdictions sum to 398 (tolerance ±0)"}
   */
  public String explanation() {
    return parent().indicator()
        + " in "
        + parent().jurisdiction()
        + " for "
        + parent().period()
        + " is "
        + Tolerance.format(parentValue())
        + ", but its "
        + childrenCounted()
        + (childrenCounted() == 1 ? " sub-jurisdiction" : " sub-jurisdictions")
        + (aggregation() == Aggregation.RATE
            ? " weigh to"
            : childrenCounted() == 1 ? " sums to" : " sum to")
        + " "
        + Tolerance.format(childrenSum())
        + " (tolerance "
        + tolerance()
        + ")";
  }

  @Value.Check
  void check() {
    Checker.of("RollUpMismatch")
        .require(childrenCounted() >= 1, "childrenCounted", childrenCounted(), "must be at least 1")
        .finite("parentValue", parentValue())
        .finite("childrenSum", childrenSum())
        .done();
  }
}
