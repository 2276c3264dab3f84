package io.rakor.core.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.rakor.core.data.internal.CodeOrder;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import java.util.Objects;

/**
 * What an observation is a figure for: an indicator, in a jurisdiction, over a period, for a part
 * of the population (a {@link Disaggregation}; {@link Disaggregation#TOTAL} for everyone). Sources
 * that report the same key are reporting "the same thing", and must agree; the figures for women
 * and for men are two keys, beside the total's.
 *
 * <p>Keys are ordered by indicator, then period, then jurisdiction code (a parent before its
 * descendants, so every subtree is contiguous), then disaggregation (the total first). This is the
 * order a {@link DataReconciler} needs its input in. Immutable and thread-safe.
 *
 * <p>JSON leaves out the disaggregation of a total, and reads a key without one as a total.
 *
 * @param indicator the indicator
 * @param jurisdiction the jurisdiction
 * @param period the period
 * @param disaggregation the part of the population; {@link Disaggregation#TOTAL} if null
 * @since 0.1
 */
public record ObservationKey(
    IndicatorId indicator,
    JurisdictionCode jurisdiction,
    ObservationPeriod period,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Disaggregation disaggregation)
    implements Comparable<ObservationKey> {
  /**
   * Creates a key.
   *
   * @throws NullPointerException if the indicator, jurisdiction or period is null
   */
  public ObservationKey {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(period, "period");
    disaggregation = disaggregation == null ? Disaggregation.TOTAL : disaggregation;
  }

  /**
   * Creates the key of a total.
   *
   * @param indicator the indicator
   * @param jurisdiction the jurisdiction
   * @param period the period
   * @throws NullPointerException if any part is null
   */
  public ObservationKey(
      IndicatorId indicator, JurisdictionCode jurisdiction, ObservationPeriod period) {
    this(indicator, jurisdiction, period, Disaggregation.TOTAL);
  }

  /**
   * The key of a total.
   *
   * @param indicator the indicator
   * @param jurisdiction the jurisdiction
   * @param period the period
   * @return the key
   */
  public static ObservationKey of(
      IndicatorId indicator, JurisdictionCode jurisdiction, ObservationPeriod period) {
    return new ObservationKey(indicator, jurisdiction, period, Disaggregation.TOTAL);
  }

  /**
   * The key of a part of the population.
   *
   * @param indicator the indicator
   * @param jurisdiction the jurisdiction
   * @param period the period
   * @param disaggregation the part
   * @return the key
   * @since 0.2
   */
  public static ObservationKey of(
      IndicatorId indicator,
      JurisdictionCode jurisdiction,
      ObservationPeriod period,
      Disaggregation disaggregation) {
    return new ObservationKey(indicator, jurisdiction, period, disaggregation);
  }

  /**
   * This key with another disaggregation: {@code key.with(Disaggregation.TOTAL)} is its total.
   *
   * @param other the disaggregation
   * @return the key for the same indicator, jurisdiction and period
   * @since 0.2
   */
  public ObservationKey with(Disaggregation other) {
    return other.equals(disaggregation)
        ? this
        : new ObservationKey(indicator, jurisdiction, period, other);
  }

  /**
   * Whether this is the key of a total.
   *
   * @return true when the disaggregation is {@link Disaggregation#TOTAL}
   * @since 0.2
   */
  @JsonIgnore
  public boolean isTotal() {
    return disaggregation.isTotal();
  }

  /** Orders by indicator, then period, then jurisdiction (parents first), then disaggregation. */
  @Override
  public int compareTo(ObservationKey other) {
    int c = indicator.compareTo(other.indicator);
    if (c == 0) {
      c = period.compareTo(other.period);
    }
    if (c == 0) {
      c = CodeOrder.compare(jurisdiction.value(), other.jurisdiction.value());
    }
    if (c == 0 && disaggregation != other.disaggregation) { // most keys share TOTAL
      c = disaggregation.compareTo(other.disaggregation);
    }
    return c;
  }

  /**
   * Returns {@code indicator@jurisdiction[start, end)}, followed by {@code {sex=female}} for a
   * part.
   */
  @Override
  public String toString() {
    String total = indicator + "@" + jurisdiction + period;
    return disaggregation.isTotal() ? total : total + "{" + disaggregation + "}";
  }
}
