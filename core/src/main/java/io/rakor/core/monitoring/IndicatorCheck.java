package io.rakor.core.monitoring;

import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.IndicatorId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How one target of a commitment stood in a cycle: the indicator's baseline, the target and its
 * date, the value reported, how far along the way from baseline to target that is, and how far
 * along it was expected to be by elapsed time. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class IndicatorCheck implements WithIndicatorCheck {
  IndicatorCheck() {}

  /**
   * Starts building a {@link IndicatorCheck}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link IndicatorCheck} values, checking every invariant in {@link #build()}. Obtained
   * from {@link IndicatorCheck#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableIndicatorCheck.Builder {
    Builder() {}
  }

  /**
   * The indicator.
   *
   * @return the indicator's id
   */
  public abstract IndicatorId indicator();

  /**
   * Which way is better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The indicator's baseline value.
   *
   * @return the baseline
   */
  public abstract double baseline();

  /**
   * The value this target's stretch starts from: the baseline, or with {@link
   * Expectation#CHECKPOINTS} the previous target on the same indicator.
   *
   * @return the start value; the baseline unless set
   */
  @Value.Default
  public double startValue() {
    return baseline();
  }

  /**
   * Whether the target was judged: false for an indicator measured on a schedule when no
   * measurement has been due since the commitment started. A target not judged cannot make the
   * commitment behind.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean judged() {
    return true;
  }

  /**
   * For an indicator measured on a schedule, the last day of the last measurement due by the end of
   * the period: the target is judged as of that day.
   *
   * @return the day, or empty if measured any time or not judged
   */
  public abstract Optional<LocalDate> measurementDue();

  /**
   * The target value.
   *
   * @return the target
   */
  public abstract double target();

  /**
   * The date by which the target is to be reached.
   *
   * @return the date
   */
  public abstract LocalDate targetBy();

  /**
   * The first day of the target's period, whose last day is {@link #targetBy()}.
   *
   * @return the start, or empty if the target is for no particular period
   * @since 0.2
   */
  public abstract Optional<LocalDate> targetStart();

  /**
   * The part of the population the target is for.
   *
   * @return the disaggregation; the total unless set
   * @since 0.2
   */
  @Value.Default
  public Disaggregation disaggregation() {
    return Disaggregation.TOTAL;
  }

  /**
   * The value reported this cycle for the target: the value measured for its period and
   * disaggregation, else the latest value of its indicator and disaggregation.
   *
   * @return the value, or empty if not reported
   */
  public abstract OptionalDouble actual();

  /**
   * How far along the way from baseline to target the commitment was expected to be by the end of
   * the period, in percent.
   *
   * @return 0 to 100
   */
  public abstract double expectedPercent();

  /**
   * How far along the way it is: 100 if the target is met in its direction, otherwise the share of
   * the distance from baseline to target covered, from 0 to 100.
   *
   * @return the attainment, or empty if nothing was reported
   */
  public abstract OptionalDouble attainmentPercent();

  /**
   * The value expected by the day judged (the end of the period, or the last measurement due):
   * {@link #expectedPercent()} of the way from the {@link #startValue()} to the target.
   *
   * @return the expected value, in the indicator's unit
   */
  public double expectedValue() {
    return startValue() + (target() - startValue()) * expectedPercent() / 100;
  }

  /**
   * Actual minus expected value, in the indicator's unit: for a higher-is-better indicator a
   * negative difference is behind, for a lower-is-better one a positive difference is.
   *
   * @return the difference, or empty if nothing was reported
   */
  public OptionalDouble actualMinusExpected() {
    return actual().isPresent()
        ? OptionalDouble.of(actual().getAsDouble() - expectedValue())
        : OptionalDouble.empty();
  }

  /**
   * The check in words.
   *
   * @return for example {@code "stunting 24.1 vs target 14 by 31 December 2026 (lower is better,
   *     baseline 27): 22.4% of the way, 45.0% expected"}; a target for a period reads {@code "vs
   *     target 14 for 1 January 2026 to 31 December 2026"}, a disaggregated one names its part
   *     after the indicator, {@code "stunting (sex=female) 24.1 ..."}
   */
  public String describe() {
    String dir = direction() == Direction.LOWER_IS_BETTER ? "lower" : "higher";
    String head =
        String.format(
            Locale.ROOT,
            "%s%s %s vs target %s %s (%s is better, baseline %s)",
            indicator(),
            disaggregation().isTotal() ? "" : " (" + disaggregation() + ")",
            actual().isPresent() ? MonitoringEvaluator.num(actual().getAsDouble()) : "not reported",
            MonitoringEvaluator.num(target()),
            targetStart()
                .map(s -> "for " + TimeText.lastDay(s) + " to " + TimeText.lastDay(targetBy()))
                .orElse("by " + TimeText.lastDay(targetBy())),
            dir,
            MonitoringEvaluator.num(baseline()));
    if (startValue() != baseline()) {
      head += ", from the previous target " + MonitoringEvaluator.num(startValue());
    }
    if (!judged()) {
      return head + ": no measurement due yet";
    }
    if (attainmentPercent().isEmpty()) {
      return head;
    }
    return head
        + String.format(
            Locale.ROOT,
            ": %.1f%% of the way, %.1f%% expected (%s expected by %s)",
            attainmentPercent().getAsDouble(),
            expectedPercent(),
            MonitoringEvaluator.num(expectedValue()),
            measurementDue()
                .map(d -> "the measurement due until " + TimeText.lastDay(d))
                .orElse("now"));
  }
}
