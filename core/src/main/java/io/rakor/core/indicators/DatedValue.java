package io.rakor.core.indicators;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value of an indicator on a date: a baseline, or a target to reach by that date.
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits} (finite, zero or from {@code NUMBER_MAGNITUDE_MIN} to {@code
 * NUMBER_MAGNITUDE_MAX}), a negative zero becoming zero (stores such as PostgreSQL do not keep the
 * sign of zero); the date is in the years of {@code Limits}; a value of a rate may carry its
 * numerator, denominator and rate base, all three or none, and then agrees with them as {@link
 * Rates} states. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDatedValue.class)
@JsonDeserialize(as = ImmutableDatedValue.class)
public abstract class DatedValue implements WithDatedValue {
  DatedValue() {}

  /**
   * Starts building a {@link DatedValue}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DatedValue} values, checking every invariant in {@link #build()}. Obtained from
   * {@link DatedValue#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableDatedValue.Builder {
    Builder() {}
  }

  /**
   * A value on a date.
   *
   * @param value the value, in the indicator's unit of measure
   * @param date the date it holds on
   * @return the dated value
   * @throws io.rakor.core.RakorValidationException if the value is not finite
   */
  public static DatedValue of(double value, LocalDate date) {
    return DatedValue.builder().value(value).date(date).build();
  }

  /**
   * A value of a rate with its numerator and denominator: {@code ofRate(2413, 10000, 100, date)} is
   * 24.13 (percent).
   *
   * @param numerator the numerator, zero or more
   * @param denominator the denominator, above zero
   * @param rateBase the rate base, a power of ten ({@link Rates})
   * @param date the date it holds on
   * @return the dated value, its value {@code numerator / denominator * rateBase}
   * @throws io.rakor.core.RakorValidationException if a rule of {@link Rates} is broken
   */
  public static DatedValue ofRate(
      double numerator, double denominator, long rateBase, LocalDate date) {
    return DatedValue.builder()
        .value(Rates.rate(numerator, denominator, rateBase))
        .numerator(numerator)
        .denominator(denominator)
        .rateBase(rateBase)
        .date(date)
        .build();
  }

  /**
   * The value, in the indicator's unit of measure.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The date the value holds on (for a target: the date by which it is to be reached).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * For a rate, the numerator: the children stunted, the births attended.
   *
   * @return the numerator, if given (with {@link #denominator()} and {@link #rateBase()})
   */
  public abstract Optional<Double> numerator();

  /**
   * For a rate, the denominator: the children measured, all births.
   *
   * @return the denominator, if given (with {@link #numerator()} and {@link #rateBase()})
   */
  public abstract Optional<Double> denominator();

  /**
   * For a rate, its base: 100 for a percent, 1000 per mille.
   *
   * @return the base, if given (with {@link #numerator()} and {@link #denominator()})
   */
  public abstract Optional<Long> rateBase();

  @Value.Check
  DatedValue check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    if (numerator().filter(Checker::isNegativeZero).isPresent()) {
      return withNumerator(0.0);
    }
    Checker c = Checker.of("DatedValue").measure("value", value()).date("date", date());
    Rates.check(c, value(), numerator(), denominator(), rateBase());
    c.done();
    return this;
  }
}
