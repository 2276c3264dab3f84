package io.rakor.core.commitments;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.DisaggregationSums;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.indicators.SumMismatch;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value a commitment promises to bring an indicator to, by a date; optionally for a period (from
 * {@link #start()} to {@link #by()}, as IATI's result periods are), and for a part of the
 * population ({@link #disaggregation()}).
 *
 * <p>A target with a period is judged against the value measured for that same period, so that the
 * 2025 and 2026 targets of an indicator are judged by the 2025 and 2026 actuals (see {@code
 * docs/monitoring.md}).
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits} (finite, zero or from {@code NUMBER_MAGNITUDE_MIN} to {@code
 * NUMBER_MAGNITUDE_MAX}), a negative zero becoming zero (stores such as PostgreSQL do not keep the
 * sign of zero); the dates are in the years of {@code Limits}; the start, if given, is not after
 * {@code by}. Immutable and thread-safe.
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
   * A target for a period: the value to reach over {@code [start, by]}, judged against the value
   * measured for that period.
   *
   * @param indicator the indicator to move
   * @param value the value to reach, in the indicator's unit of measure
   * @param start the first day of the period
   * @param by the last day of the period, by which to reach the value
   * @return the target
   * @throws io.rakor.core.RakorValidationException if the value is not finite or the start is after
   *     {@code by}
   * @since 0.2
   */
  public static Target forPeriod(
      IndicatorId indicator, double value, LocalDate start, LocalDate by) {
    return Target.builder().indicator(indicator).value(value).start(start).by(by).build();
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

  /**
   * The first day of the target's period, whose last day is {@link #by()}: for the 2026 target of a
   * yearly plan, 1 January 2026. A target with a period is judged against the value measured for
   * that period, and the progress expected of it runs from this day.
   *
   * @return the start, or empty if the target is for no particular period (judged against the
   *     latest value)
   * @since 0.2
   */
  public abstract Optional<LocalDate> start();

  /**
   * The part of the population the target is for, such as girls under two; the {@link
   * Disaggregation#TOTAL total} unless set.
   *
   * @return the disaggregation
   * @since 0.2
   */
  @Value.Default
  public Disaggregation disaggregation() {
    return Disaggregation.TOTAL;
  }

  /**
   * Checks that the disaggregated targets of a counted indicator add up: for each period, the
   * targets of the parts along a dimension sum to the target of their total ({@link
   * DisaggregationSums}).
   *
   * @param indicator the indicator; a rate is not checked
   * @param targets targets, of any indicators: those of {@code indicator} are checked
   * @return the mismatches, each naming the parts and the total; empty if everything adds up
   * @since 0.2
   */
  public static ImmutableList<SumMismatch> sumMismatches(
      Indicator indicator, Collection<Target> targets) {
    return DisaggregationSums.check(
        indicator,
        targets.stream().filter(t -> t.indicator().equals(indicator.id())).toList(),
        t -> t.start().map(s -> s + " to " + t.by()).orElse("by " + t.by()),
        Target::disaggregation,
        Target::value);
  }

  @Value.Check
  Target check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    Checker c = Checker.of("Target").measure("value", value()).date("by", by());
    start().ifPresent(s -> c.date("start", s).notBefore("by", by(), "start", s));
    c.done();
    return this;
  }
}
