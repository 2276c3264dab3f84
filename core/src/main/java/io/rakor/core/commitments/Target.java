package io.rakor.core.commitments;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A value a commitment promises to bring an indicator to, by a date.
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits} (finite, zero or from {@code NUMBER_MAGNITUDE_MIN} to {@code
 * NUMBER_MAGNITUDE_MAX}), a negative zero becoming zero (stores such as PostgreSQL do not keep the
 * sign of zero); the date is in the years of {@code Limits}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target implements WithTarget {
  Target() {}

  /**
   * Starts building a {@link Target}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Target} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Target#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  /**
   * A target.
   *
   * @param indicator the indicator to move
   * @param value the value to reach, in the indicator's unit of measure
   * @param by the date by which to reach it
   * @return the target
   * @throws io.rakor.core.RakorValidationException if the value is not finite
   */
  public static Target of(IndicatorId indicator, double value, LocalDate by) {
    return Target.builder().indicator(indicator).value(value).by(by).build();
  }

  /**
   * The indicator to move.
   *
   * @return the indicator's id
   */
  public abstract IndicatorId indicator();

  /**
   * The value to reach, in the indicator's unit of measure.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The date by which to reach it.
   *
   * @return the date
   */
  public abstract LocalDate by();

  @Value.Check
  Target check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    Checker.of("Target").measure("value", value()).date("by", by()).done();
    return this;
  }
}
