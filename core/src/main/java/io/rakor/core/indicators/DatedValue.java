package io.rakor.core.indicators;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A value of an indicator on a date: a baseline, or a target to reach by that date.
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits} (finite, zero or from {@code NUMBER_MAGNITUDE_MIN} to {@code
 * NUMBER_MAGNITUDE_MAX}), a negative zero becoming zero (stores such as PostgreSQL do not keep the
 * sign of zero); the date is in the years of {@code Limits}. Immutable and thread-safe.
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

  @Value.Check
  DatedValue check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    Checker.of("DatedValue").measure("value", value()).date("date", date()).done();
    return this;
  }
}
