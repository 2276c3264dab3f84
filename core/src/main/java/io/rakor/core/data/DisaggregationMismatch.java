package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parts of a population do not add up to its figure: for one jurisdiction and period, the
 * reconciled figures of the parts along one dimension (women and men; each age group) differ,
 * beyond tolerance, from the figure of the group they divide (the total, or a coarser part). For a
 * {@link Aggregation#SUM} indicator the parts are summed; for a {@link Aggregation#RATE} their
 * rates are weighted by their denominators.
 *
 * <p>The group of the parts {@code {sex=female, place=rural}} along {@code sex} is {@code
 * {place=rural}}; along {@code place}, {@code {sex=female}}. Only parts with a figure are combined;
 * a part read without a resolved figure (or, for a rate, without a denominator) suspends the check
 * of its group along that dimension.
 *
 * <p>Invariants, checked when built: the dimension is one the group does not have; at least one
 * category; the aggregation is {@code SUM} or {@code RATE}. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisaggregationMismatch.class)
@JsonDeserialize(as = ImmutableDisaggregationMismatch.class)
public abstract class DisaggregationMismatch implements WithDisaggregationMismatch {
  DisaggregationMismatch() {}

  /**
   * Starts building a mismatch. Usually the {@link DataReconciler} builds them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DisaggregationMismatch} values, checking every invariant in {@link #build()}.
   * Obtained from {@link DisaggregationMismatch#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableDisaggregationMismatch.Builder {
    Builder() {}
  }

  /**
   * The group the parts divide: its key, usually a total's.
   *
   * @return the group's key
   */
  public abstract ObservationKey group();

  /**
   * The dimension the parts differ along.
   *
   * @return the dimension, such as {@link Disaggregation#SEX}
   */
  public abstract String dimension();

  /**
   * The categories of the parts combined, in order.
   *
   * @return the categories, such as {@code [female, male]}
   */
  @AllowNulls
  public abstract List<String> categories();

  /**
   * How the parts were combined.
   *
   * @return {@code SUM} or {@code RATE}
   */
  public abstract Aggregation aggregation();

  /**
   * The group's reconciled figure.
   *
   * @return the value
   */
  public abstract double groupValue();

  /**
   * What the parts combine to: their sum, or their weighted rate.
   *
   * @return the value
   */
  public abstract double partsValue();

  /**
   * The tolerance the difference exceeds.
   *
   * @return the tolerance
   */
  public abstract Tolerance tolerance();

  /**
   * The data steward responsible for the group's figure.
   *
   * @return the steward, if one is named for the jurisdiction or its level
   */
  public abstract Optional<UnitId> steward();

  /**
   * The group's figure minus what the parts combine to.
   *
   * @return the difference
   */
  public double difference() {
    return groupValue() - partsValue();
  }

  /**
   * The finding in one sentence, for a person.
   *
   * @return for example {@code "stunted-children@18.03[2025-01-01, 2026-01-01) is 412, but its
   *     parts by sex (female, male) sum to 398 (tolerance ±5%)"}
   */
  public String explanation() {
    return group()
        + " is "
        + Tolerance.format(groupValue())
        + ", but its parts by "
        + dimension()
        + " ("
        + String.join(", ", categories())
        + (aggregation() == Aggregation.RATE ? ") weigh to " : ") sum to ")
        + Tolerance.format(partsValue())
        + " (tolerance "
        + tolerance()
        + ")";
  }

  @Value.Check
  void check() {
    Checker.of("DisaggregationMismatch")
        .nonNull("categories", categories())
        .checkpoint()
        .require(!categories().isEmpty(), "categories", "[]", "must hold at least one category")
        .require(
            !group().disaggregation().dimensions().contains(dimension()),
            "dimension",
            dimension(),
            "must not be a dimension of the group " + group().disaggregation())
        .require(
            aggregation() != Aggregation.NONE, "aggregation", aggregation(), "must not be NONE")
        .finite("groupValue", groupValue())
        .finite("partsValue", partsValue())
        .done();
  }
}
