package io.rakor.core.indicators;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.jurisdictions.JurisdictionCode;
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
 * <p>An indicator has a unit of measure, a direction, a baseline with its date (and, where they
 * differ, baselines per jurisdiction), targets with their dates, and a data steward
 * (<i>walidata</i>): the unit whose figure is authoritative. As results frameworks define it, it
 * may also state its {@linkplain #type() type} in the results chain, its {@linkplain #dataSource()
 * data source}, its {@linkplain #collectionFrequency() collection frequency}, whether it measures a
 * {@linkplain #minimumServiceStandard() minimum service standard}, and whether it is a {@linkplain
 * #rateBase() rate}.
 *
 * <p>Invariants, checked when built: the name and unit of measure are not blank; target dates are
 * strictly increasing and after the baseline date; no month of the measurement schedule is listed
 * twice; no jurisdiction has two baselines; the rate base, if given, is a power of ten ({@link
 * Rates}); a baseline or target that carries a numerator and denominator is of a rate indicator and
 * has its rate base. Immutable and thread-safe.
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

  /**
   * Where the indicator sits in the results chain.
   *
   * @return the type, if stated
   * @since 0.2
   */
  public abstract Optional<IndicatorType> type();

  /**
   * Where its figures come from, such as the survey SSGI or the register e-PPGBM.
   *
   * @return the data source, if stated
   * @since 0.2
   */
  public abstract Optional<DataSource> dataSource();

  /**
   * How often its figures are collected.
   *
   * @return the frequency, if stated
   * @since 0.2
   */
  public abstract Optional<CollectionFrequency> collectionFrequency();

  /**
   * Whether the indicator measures a minimum service standard (<i>Standar Pelayanan Minimal</i>,
   * SPM): a basic service a regional government must provide to every citizen entitled to it.
   *
   * @return false unless set
   * @since 0.2
   */
  @Value.Default
  public boolean minimumServiceStandard() {
    return false;
  }

  /**
   * If the indicator is a rate, its base: 100 for a percent, 1000 for a rate per mille, 100 000 for
   * a ratio per hundred thousand. A rate's values are {@code numerator / denominator * base}, and
   * rates aggregate by adding numerators and denominators, never by adding the rates ({@link
   * Rates}).
   *
   * @return the base, a power of ten; empty if the indicator is not a rate (a count, an amount)
   * @since 0.2
   */
  public abstract Optional<Long> rateBase();

  /**
   * The baselines of jurisdictions whose starting value differs from the overall {@link
   * #baseline()}, each jurisdiction once.
   *
   * @return the jurisdictions' baselines; empty unless set
   * @since 0.2
   */
  @AllowNulls
  public abstract List<JurisdictionBaseline> jurisdictionBaselines();

  /**
   * The baseline that holds in a jurisdiction: its own, else its nearest ancestor's, else the
   * overall {@link #baseline()}.
   *
   * @param jurisdiction the jurisdiction
   * @return the baseline
   * @since 0.2
   */
  public DatedValue baselineFor(JurisdictionCode jurisdiction) {
    DatedValue best = baseline();
    int depth = -1;
    for (JurisdictionBaseline b : jurisdictionBaselines()) {
      JurisdictionCode code = b.jurisdiction();
      int d = code.value().length();
      if (d > depth && (code.equals(jurisdiction) || jurisdiction.ancestors().contains(code))) {
        best = b.baseline();
        depth = d;
      }
    }
    return best;
  }

  @Value.Check
  void check() {
    Checker c =
        Checker.of("Indicator")
            .entries("targets", targets())
            .entries("measuredIn", measuredIn())
            .references("jurisdictionBaselines", jurisdictionBaselines())
            .checkpoint()
            .distinct("measuredIn", measuredIn(), m -> m)
            .distinct(
                "jurisdictionBaselines",
                jurisdictionBaselines(),
                JurisdictionBaseline::jurisdiction)
            .name("name", name())
            .name("unitOfMeasure", unitOfMeasure());
    definition().ifPresent(d -> c.text("definition", d));
    rateBase()
        .ifPresent(
            b ->
                c.require(
                    Rates.isBase(b),
                    "rateBase",
                    b,
                    "must be a power of ten from 1 to " + Rates.MAX_BASE + " (Rates.MAX_BASE)"));
    checkRate(c, "baseline", baseline());
    for (int i = 0; i < targets().size(); i++) {
      checkRate(c, "targets[" + i + "]", targets().get(i));
    }
    for (int i = 0; i < jurisdictionBaselines().size(); i++) {
      checkRate(
          c,
          "jurisdictionBaselines[" + i + "].baseline",
          jurisdictionBaselines().get(i).baseline());
    }
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

  private void checkRate(Checker c, String field, DatedValue value) {
    value
        .rateBase()
        .ifPresent(
            b ->
                c.require(
                    rateBase().equals(Optional.of(b)),
                    field + ".rateBase",
                    b,
                    () ->
                        rateBase()
                            .map(r -> "must be the indicator's rateBase " + r)
                            .orElse("must be absent: the indicator is not a rate (no rateBase)")));
  }
}
