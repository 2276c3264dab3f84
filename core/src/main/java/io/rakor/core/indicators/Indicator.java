package io.rakor.core.indicators;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something measured (<i>indikator</i>): stunting prevalence among children under five, households
 * with access to clean water, villages with a disaster contingency plan.
 *
 * <p>An indicator has a unit of measure, a direction, a baseline with its date, targets with their
 * dates, and a data steward (<i>walidata</i>): the unit whose figure is authoritative.
 *
 * <p>Invariants, checked when built: the name and unit of measure are not blank; target dates are
 * strictly increasing and after the baseline date; no month of the measurement schedule is listed
 * twice. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator implements WithIndicator {
  Indicator() {}

  /**
   * Starts building an indicator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Indicator} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Indicator#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * The indicator's identifier.
   *
   * @return the id
   */
  public abstract IndicatorId id();

  /**
   * What is measured, for example {@code "Prevalensi stunting balita"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * How it is defined and measured, if stated.
   *
   * @return the definition
   */
  public abstract Optional<String> definition();

  /**
   * The unit of measure, for example {@code "%"}, {@code "households"} or {@code "villages"}.
   *
   * @return the unit of measure
   */
  public abstract String unitOfMeasure();

  /**
   * Whether higher or lower is better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The starting value and its date.
   *
   * @return the baseline
   */
  public abstract DatedValue baseline();

  /**
   * The values to reach, each by its date, in date order.
   *
   * @return the targets, possibly empty
   */
  @AllowNulls
  public abstract List<DatedValue> targets();

  /**
   * The data steward (<i>walidata</i>): the unit whose figure is authoritative.
   *
   * @return the steward unit's id
   */
  public abstract UnitId dataSteward();

  /**
   * The months in which the indicator is measured, if it is measured on a schedule (a survey in
   * August, a weighing month in February and August); empty if it is measured any time. A
   * measurement is due by the last day of each month listed, and monitoring judges the indicator
   * only against measurements that were due (see {@code docs/monitoring.md}).
   *
   * @return the months, each once; empty unless set
   */
  @AllowNulls
  public abstract List<Month> measuredIn();

  @Value.Check
  void check() {
    Checker c =
        Checker.of("Indicator")
            .entries("targets", targets())
            .entries("measuredIn", measuredIn())
            .checkpoint()
            .distinct("measuredIn", measuredIn(), m -> m)
            .name("name", name())
            .name("unitOfMeasure", unitOfMeasure());
    definition().ifPresent(d -> c.text("definition", d));
    for (int i = 0; i < targets().size(); i++) {
      LocalDate previous = i == 0 ? baseline().date() : targets().get(i - 1).date();
      String previousName = i == 0 ? "baseline.date" : "targets[" + (i - 1) + "].date";
      LocalDate date = targets().get(i).date();
      c.requireAt(
          date.isAfter(previous),
          "targets",
          i,
          "date",
          date,
          () -> "must be after " + previousName + " " + previous);
    }
    c.done();
  }
}
