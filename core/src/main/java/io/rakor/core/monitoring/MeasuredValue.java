package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.DisaggregationSums;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.indicators.Rates;
import io.rakor.core.indicators.SumMismatch;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value of an indicator measured on a date, as reported in a {@link ProgressReport}; optionally
 * for a period (the actual of 2025), for a part of the population ({@link #disaggregation()}), and,
 * for a rate, with its numerator and denominator.
 *
 * <p>A value with a period is the actual of the targets for that period; a value without one is the
 * latest value, and is the actual of every other target of its indicator (see {@code
 * docs/monitoring.md}).
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits} (finite, zero or from {@code NUMBER_MAGNITUDE_MIN} to {@code
 * NUMBER_MAGNITUDE_MAX}), a negative zero becoming zero (stores such as PostgreSQL do not keep the
 * sign of zero); the date is in the years of {@code Limits}; the numerator, denominator and rate
 * base are given all three or none, and the value then agrees with them as {@link Rates} states.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasuredValue.class)
@JsonDeserialize(as = ImmutableMeasuredValue.class)
public abstract class MeasuredValue implements WithMeasuredValue {
  MeasuredValue() {}

  /**
   * Starts building a {@link MeasuredValue}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link MeasuredValue} values, checking every invariant in {@link #build()}. Obtained
   * from {@link MeasuredValue#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableMeasuredValue.Builder {
    Builder() {}

    /**
     * Sets the value of a rate from its numerator and denominator: the value becomes {@code
     * numerator / denominator * rateBase}.
     *
     * @param numerator the numerator, zero or more
     * @param denominator the denominator, above zero
     * @param rateBase the rate base, a power of ten ({@link Rates})
     * @return this builder
     * @since 0.2
     */
    public Builder rate(double numerator, double denominator, long rateBase) {
      value(Rates.rate(numerator, denominator, rateBase));
      numerator(numerator);
      denominator(denominator);
      rateBase(rateBase);
      return this;
    }
  }

  /**
   * A measured value.
   *
   * @param indicator the indicator measured
   * @param value the value, in the indicator's unit of measure
   * @param asOf the date the value holds on
   * @return the measured value
   * @throws io.rakor.core.RakorValidationException if the value is not finite
   */
  public static MeasuredValue of(IndicatorId indicator, double value, LocalDate asOf) {
    return MeasuredValue.builder().indicator(indicator).value(value).asOf(asOf).build();
  }

  /**
   * The indicator measured.
   *
   * @return the indicator's id
   */
  public abstract IndicatorId indicator();

  /**
   * The value, in the indicator's unit of measure.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The date the value holds on.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The period the value is the actual of, such as {@code ObservationPeriod.year(2025)}: it is then
   * the actual of the targets for that period, those whose {@code by} is the period's last day (and
   * whose start, if given, its first).
   *
   * @return the period, or empty for the latest value
   * @since 0.2
   */
  public abstract Optional<ObservationPeriod> period();

  /**
   * The part of the population measured, such as girls under two; the {@link Disaggregation#TOTAL
   * total} unless set. A value is the actual only of targets with the same disaggregation.
   *
   * @return the disaggregation
   * @since 0.2
   */
  @Value.Default
  public Disaggregation disaggregation() {
    return Disaggregation.TOTAL;
  }

  /**
   * For a rate, the numerator: the children found stunted.
   *
   * @return the numerator, if given (with {@link #denominator()} and {@link #rateBase()})
   * @since 0.2
   */
  public abstract Optional<Double> numerator();

  /**
   * For a rate, the denominator: the children measured.
   *
   * @return the denominator, if given (with {@link #numerator()} and {@link #rateBase()})
   * @since 0.2
   */
  public abstract Optional<Double> denominator();

  /**
   * For a rate, its base: 100 for a percent, 1000 per mille.
   *
   * @return the base, if given (with {@link #numerator()} and {@link #denominator()})
   * @since 0.2
   */
  public abstract Optional<Long> rateBase();

  /**
   * Checks that the disaggregated values of a counted indicator add up: for each period (or, for
   * values without one, each date), the values of the parts along a dimension sum to the value of
   * their total ({@link DisaggregationSums}).
   *
   * @param indicator the indicator; a rate is not checked
   * @param values measured values, of any indicators: those of {@code indicator} are checked
   * @return the mismatches, each naming the parts and the total; empty if everything adds up
   * @since 0.2
   */
  public static ImmutableList<SumMismatch> sumMismatches(
      Indicator indicator, Collection<MeasuredValue> values) {
    return DisaggregationSums.check(
        indicator,
        values.stream().filter(v -> v.indicator().equals(indicator.id())).toList(),
        v -> v.period().map(ObservationPeriod::toString).orElse("as of " + v.asOf()),
        MeasuredValue::disaggregation,
        MeasuredValue::value);
  }

  @Value.Check
  MeasuredValue check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    if (numerator().filter(Checker::isNegativeZero).isPresent()) {
      return withNumerator(0.0);
    }
    Checker c = Checker.of("MeasuredValue").measure("value", value()).date("asOf", asOf());
    Rates.check(c, value(), numerator(), denominator(), rateBase());
    c.done();
    return this;
  }
}
