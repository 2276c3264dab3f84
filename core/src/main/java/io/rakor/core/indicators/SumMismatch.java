package io.rakor.core.indicators;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A finding: the parts of a counted indicator's figure along one dimension do not add up to the
 * figure for their total, in the same period. Found by {@link DisaggregationSums}. Immutable and
 * thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class SumMismatch implements WithSumMismatch {
  SumMismatch() {}

  /**
   * Starts building a {@link SumMismatch}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link SumMismatch} values, checking every invariant in {@link #build()}. Obtained from
   * {@link SumMismatch#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableSumMismatch.Builder {
    Builder() {}
  }

  /**
   * The indicator.
   *
   * @return its id
   */
  public abstract IndicatorId indicator();

  /**
   * The period of the figures, in words, such as {@code "2026-01-01 to 2026-12-31"}.
   *
   * @return the period
   */
  public abstract String period();

  /**
   * The dimension the parts are split by, such as {@code sex}.
   *
   * @return the dimension
   */
  public abstract String dimension();

  /**
   * The group whose figure the parts should add up to: {@link Disaggregation#TOTAL}, or a coarser
   * part such as {@code place=rural} for parts by sex within it.
   *
   * @return the group
   */
  public abstract Disaggregation total();

  /**
   * The figure of the group.
   *
   * @return the figure
   */
  public abstract double totalValue();

  /**
   * The parts, each with its figure, in the order of {@link Disaggregation}.
   *
   * @return the parts
   */
  @Value.NaturalOrder
  public abstract SortedMap<Disaggregation, Double> parts();

  /**
   * What the parts add up to.
   *
   * @return the sum of {@link #parts()}
   */
  @Value.Derived
  public double partsSum() {
    double sum = 0;
    for (double v : parts().values()) {
      sum += v;
    }
    return sum;
  }

  /**
   * The finding in words, naming the parts and the total.
   *
   * @return for example {@code "stunted-children 2026-01-01 to 2026-12-31: the parts by sex
   *     (sex=female 120, sex=male 95) add up to 215, not to the total 220 (off by -5)"}
   */
  public String explanation() {
    StringBuilder parts = new StringBuilder();
    for (Map.Entry<Disaggregation, Double> e : parts().entrySet()) {
      parts.append(parts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ');
      parts.append(num(e.getValue()));
    }
    return String.format(
        Locale.ROOT,
        "%s %s: the parts by %s (%s) add up to %s, not to the %s %s (off by %s)",
        indicator(),
        period(),
        dimension(),
        parts,
        num(partsSum()),
        total().isTotal() ? "total" : "figure for " + total() + ",",
        num(totalValue()),
        num(partsSum() - totalValue()));
  }

  private static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
