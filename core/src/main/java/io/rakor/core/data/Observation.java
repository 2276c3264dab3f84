package io.rakor.core.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One source's figure: the value of an indicator for a jurisdiction, a period and a part of the
 * population (its {@link #disaggregation()}, the total unless set), reported by a producing unit,
 * with when and how it was collected and where it comes from.
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits}, a negative zero becoming zero; the collection instant is in the
 * years of {@code Limits}; the source reference, if given, is not blank; a numerator and a
 * denominator are given both or neither, are measures, and the denominator is above zero. Immutable
 * and thread-safe.
 *
 * <p>A rate's observation carries its numerator and denominator (stunted children and children
 * measured), its value being the numerator over the denominator times the indicator's rate base;
 * without a denominator it cannot be weighted, so a {@link Aggregation#RATE} roll-up lists it as
 * not rolled up.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
public abstract class Observation implements WithObservation {
  Observation() {}

  /**
   * Starts building an observation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Observation} values, checking every invariant in {@link #build()}. Obtained from
   * {@link Observation#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  /**
   * The observation's identifier.
   *
   * @return the id
   */
  public abstract ObservationId id();

  /**
   * The indicator measured.
   *
   * @return the indicator's id
   */
  public abstract IndicatorId indicator();

  /**
   * Where it was measured.
   *
   * @return the jurisdiction's code
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * The period the value holds for.
   *
   * @return the half-open period
   */
  public abstract ObservationPeriod period();

  /**
   * The value, in the indicator's unit of measure.
   *
   * @return a finite number
   */
  public abstract double value();

  /**
   * The unit that produced the figure.
   *
   * @return the producing unit's id
   */
  public abstract UnitId producer();

  /**
   * When the figure was collected (or last revised by its producer).
   *
   * @return the instant
   */
  public abstract Instant collectedAt();

  /**
   * How the figure was collected.
   *
   * @return the method
   */
  public abstract CollectionMethod method();

  /**
   * Where the figure comes from, for example {@code "SSGI 2024, tabel 3.2"} or a URL.
   *
   * @return the source reference, if given
   */
  public abstract Optional<String> source();

  /**
   * For a rate, the count the rate is of (the stunted children among those measured).
   *
   * @return the numerator, given exactly when the denominator is
   * @since 0.2
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract OptionalDouble numerator();

  /**
   * For a rate, the count it is a rate among (the children measured): the weight of this figure
   * when rates roll up.
   *
   * @return the denominator, above zero, given exactly when the numerator is
   * @since 0.2
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract OptionalDouble denominator();

  /**
   * The part of the population the figure counts: women, children under two, rural villages; the
   * total for everyone. JSON leaves out the total.
   *
   * @return the disaggregation; {@link Disaggregation#TOTAL} unless set
   * @since 0.2
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public Disaggregation disaggregation() {
    return Disaggregation.TOTAL;
  }

  /**
   * What the observation is a figure for.
   *
   * @return its indicator, jurisdiction, period and disaggregation
   */
  public ObservationKey key() {
    return new ObservationKey(indicator(), jurisdiction(), period(), disaggregation());
  }

  /**
   * Whether this is a figure for the key: {@code key().equals(key)}, without building the key.
   *
   * @param key a key
   * @return true if the indicator, jurisdiction, period and disaggregation are the key's
   */
  boolean isFor(ObservationKey key) {
    return sameKey(key.jurisdiction(), key.period(), key.indicator(), key.disaggregation());
  }

  /**
   * Whether another observation is for the same key: {@code key().equals(other.key())}, without
   * building the keys.
   *
   * @param other an observation
   * @return true if the indicator, jurisdiction, period and disaggregation are the same
   */
  boolean hasKeyOf(Observation other) {
    return sameKey(other.jurisdiction(), other.period(), other.indicator(), other.disaggregation());
  }

  /** The parts most likely to differ first; identical parts (often shared) are not compared. */
  private boolean sameKey(
      JurisdictionCode j, ObservationPeriod p, IndicatorId i, Disaggregation d) {
    JurisdictionCode jurisdiction = jurisdiction();
    ObservationPeriod period = period();
    IndicatorId indicator = indicator();
    Disaggregation disaggregation = disaggregation();
    return (jurisdiction == j || jurisdiction.equals(j))
        && (period == p || period.equals(p))
        && (indicator == i || indicator.equals(i))
        && (disaggregation == d || disaggregation.equals(d));
  }

  @Value.Check
  Observation check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    Checker c =
        Checker.of("Observation").measure("value", value()).instant("collectedAt", collectedAt());
    source().ifPresent(s -> c.name("source", s));
    if (numerator().isPresent() != denominator().isPresent()) {
      c.require(
          false,
          numerator().isPresent() ? "denominator" : "numerator",
          "empty",
          "must be given with the " + (numerator().isPresent() ? "numerator" : "denominator"));
    }
    numerator().ifPresent(n -> c.measure("numerator", n));
    denominator()
        .ifPresent(
            d -> c.measure("denominator", d).require(d > 0, "denominator", d, "must be above 0"));
    c.done();
    return this;
  }
}
