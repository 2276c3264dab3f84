package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import org.immutables.value.Value;

/**
 * How the figures of one indicator are reconciled: whose figure is authoritative, how far sources
 * may differ, and whether the indicator is additive over jurisdictions.
 *
 * <p>The steward named here is the indicator's own (its {@link Indicator#dataSteward()}); a {@link
 * ReconciliationConfig} can name other stewards per jurisdiction or level with {@link
 * StewardAssignment}s. Invariants, checked when built: the rate base is a measure above zero.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorRules.class)
@JsonDeserialize(as = ImmutableIndicatorRules.class)
public abstract class IndicatorRules implements WithIndicatorRules {
  IndicatorRules() {}

  /**
   * Starts building rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link IndicatorRules} values, checking every invariant in {@link #build()}. Obtained
   * from {@link IndicatorRules#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableIndicatorRules.Builder {
    Builder() {}
  }

  /**
   * The rules for an indicator, with its own data steward.
   *
   * @param indicator the indicator
   * @param tolerance how far sources may differ
   * @param aggregation whether it is additive over jurisdictions
   * @return the rules
   */
  public static IndicatorRules of(
      Indicator indicator, Tolerance tolerance, Aggregation aggregation) {
    return builder()
        .indicator(indicator.id())
        .steward(indicator.dataSteward())
        .tolerance(tolerance)
        .aggregation(aggregation)
        .build();
  }

  /**
   * The indicator these rules are for.
   *
   * @return the indicator's id
   */
  public abstract IndicatorId indicator();

  /**
   * The data steward (<i>walidata</i>), whose figure wins by default at every level without a
   * {@link StewardAssignment} of its own.
   *
   * @return the steward unit's id
   */
  public abstract UnitId steward();

  /**
   * How far figures from different sources may differ.
   *
   * @return the tolerance
   */
  public abstract Tolerance tolerance();

  /**
   * Whether the indicator sums over sub-jurisdictions; {@link Aggregation#NONE} unless set.
   *
   * @return the aggregation rule
   */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.NONE;
  }

  /**
   * What a rate's numerator over its denominator is multiplied by: 1 for a fraction, 100 for a
   * percentage, 1,000 for a rate per thousand. Used only with {@link Aggregation#RATE}; 1 unless
   * set.
   *
   * @return the rate base, above zero
   * @since 0.2
   */
  @Value.Default
  public double rateBase() {
    return 1;
  }

  @Value.Check
  void check() {
    Checker.of("IndicatorRules")
        .measure("rateBase", rateBase())
        .require(rateBase() > 0, "rateBase", rateBase(), "must be above 0")
        .done();
  }
}
