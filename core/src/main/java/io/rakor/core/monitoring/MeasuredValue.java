package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A value of an indicator measured on a date, as reported in a {@link ProgressReport}.
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits} (finite, zero or from {@code NUMBER_MAGNITUDE_MIN} to {@code
 * NUMBER_MAGNITUDE_MAX}), a negative zero becoming zero (stores such as PostgreSQL do not keep the
 * sign of zero); the date is in the years of {@code Limits}. Immutable and thread-safe.
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

  @Value.Check
  MeasuredValue check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    Checker.of("MeasuredValue").measure("value", value()).date("asOf", asOf()).done();
    return this;
  }
}
