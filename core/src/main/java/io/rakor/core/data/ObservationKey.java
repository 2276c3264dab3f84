package io.rakor.core.data;

import io.rakor.core.data.internal.CodeOrder;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import java.util.Objects;

/**
 * What an observation is a figure for: an indicator, in a jurisdiction, over a period. Sources that
 * report the same key are reporting "the same thing", and must agree.
 *
 * <p>Keys are ordered by indicator, then period, then jurisdiction code (a parent before its
 * descendants, so every subtree is contiguous). This is the order a {@link DataReconciler} needs
 * its input in. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param jurisdiction the jurisdiction
 * @param period the period
 * @since 0.1
 */
public record ObservationKey(
    IndicatorId indicator, JurisdictionCode jurisdiction, ObservationPeriod period)
    implements Comparable<ObservationKey> {
  /**
   * Creates a key.
   *
   * @throws NullPointerException if any part is null
   */
  public ObservationKey {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(period, "period");
  }

  /**
   * A key.
   *
   * @param indicator the indicator
   * @param jurisdiction the jurisdiction
   * @param period the period
   * @return the key
   */
  public static ObservationKey of(
      IndicatorId indicator, JurisdictionCode jurisdiction, ObservationPeriod period) {
    return new ObservationKey(indicator, jurisdiction, period);
  }

  /** Orders by indicator, then period, then jurisdiction (parents first). */
  @Override
  public int compareTo(ObservationKey other) {
    int c = indicator.compareTo(other.indicator);
    if (c == 0) {
      c = period.compareTo(other.period);
    }
    if (c == 0) {
      c = CodeOrder.compare(jurisdiction.value(), other.jurisdiction.value());
    }
    return c;
  }

  /** Returns {@code indicator@jurisdiction[start, end)}. */
  @Override
  public String toString() {
    return indicator + "@" + jurisdiction + period;
  }
}
