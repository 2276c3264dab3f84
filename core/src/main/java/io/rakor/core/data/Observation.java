package io.rakor.core.data;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Checker;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source's figure: the value of an indicator for a jurisdiction and a period, reported by a
 * producing unit, with when and how it was collected and where it comes from.
 *
 * <p>Invariants, checked when built: the value is a measure within the magnitudes of {@link
 * io.rakor.core.values.Limits}, a negative zero becoming zero; the collection instant is in the
 * years of {@code Limits}; the source reference, if given, is not blank. Immutable and thread-safe.
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
   * What the observation is a figure for.
   *
   * @return its indicator, jurisdiction and period
   */
  public ObservationKey key() {
    return new ObservationKey(indicator(), jurisdiction(), period());
  }

  @Value.Check
  Observation check() {
    if (Checker.isNegativeZero(value())) {
      return withValue(0.0);
    }
    Checker c =
        Checker.of("Observation").measure("value", value()).instant("collectedAt", collectedAt());
    source().ifPresent(s -> c.name("source", s));
    c.done();
    return this;
  }
}
