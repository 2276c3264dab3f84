package io.rakor.core.indicators;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Checks that the disaggregated figures of a counted indicator add up: for each period, the parts
 * along one dimension (by sex: female, male) sum to the figure of the group they split (the total,
 * or a coarser part such as rural), within {@link #TOLERANCE}. Rates are not checked: their parts
 * do not add up, they are weighted by their denominators.
 *
 * <p>A group is checked along a dimension when both its own figure and at least one part are given:
 * report every category of the dimension, or none, for the sum to hold. Used on targets ({@code
 * Target.sumMismatches}) and measured values ({@code MeasuredValue.sumMismatches}). Stateless and
 * thread-safe.
 *
 * @since 0.2
 */
public final class DisaggregationSums {
  private DisaggregationSums() {}

  /**
   * How far the sum of the parts may be from their total, relative to the larger of 1 and the
   * total's magnitude: one thousand-millionth, room for the rounding of sums of decimals but not
   * for one child in a million.
   */
  public static final double TOLERANCE = 1e-9;

  /**
   * The mismatches among the figures of one indicator.
   *
   * @param indicator the indicator; if it is a rate ({@link Indicator#rateBase()}), nothing is
   *     checked
   * @param figures its figures, of any type
   * @param period each figure's period, in words; figures of different periods are never compared
   * @param disaggregation each figure's disaggregation
   * @param value each figure's value
   * @param <T> the type of figure
   * @return the mismatches, ordered by period, then group, then dimension; empty if everything adds
   *     up. Of figures repeating a period and disaggregation, the first counts.
   */
  public static <T> ImmutableList<SumMismatch> check(
      Indicator indicator,
      Collection<? extends T> figures,
      Function<? super T, String> period,
      Function<? super T, Disaggregation> disaggregation,
      ToDoubleFunction<? super T> value) {
    if (indicator.rateBase().isPresent()) {
      return ImmutableList.of();
    }
    Map<String, Map<Disaggregation, Double>> byPeriod = new TreeMap<>();
    for (T figure : figures) {
      byPeriod
          .computeIfAbsent(period.apply(figure), k -> new LinkedHashMap<>())
          .putIfAbsent(disaggregation.apply(figure), value.applyAsDouble(figure));
    }
    List<SumMismatch> out = new ArrayList<>();
    for (Map.Entry<String, Map<Disaggregation, Double>> p : byPeriod.entrySet()) {
      Map<Disaggregation, Double> figuresOfPeriod = p.getValue();
      // (group, dimension) -> parts
      Map<Disaggregation, Map<String, Map<Disaggregation, Double>>> buckets = new TreeMap<>();
      for (Map.Entry<Disaggregation, Double> f : figuresOfPeriod.entrySet()) {
        for (String dimension : f.getKey().dimensions()) {
          Disaggregation group = f.getKey().without(dimension);
          if (figuresOfPeriod.containsKey(group)) {
            buckets
                .computeIfAbsent(group, g -> new TreeMap<>())
                .computeIfAbsent(dimension, d -> new TreeMap<>())
                .put(f.getKey(), f.getValue());
          }
        }
      }
      buckets.forEach(
          (group, byDimension) ->
              byDimension.forEach(
                  (dimension, parts) -> {
                    double total = figuresOfPeriod.get(group);
                    double sum = 0;
                    for (double v : parts.values()) {
                      sum += v;
                    }
                    if (Math.abs(sum - total) > TOLERANCE * Math.max(1, Math.abs(total))) {
                      out.add(
                          SumMismatch.builder()
                              .indicator(indicator.id())
                              .period(p.getKey())
                              .dimension(dimension)
                              .total(group)
                              .totalValue(total)
                              .parts(parts)
                              .build());
                    }
                  }));
    }
    out.sort(Comparator.comparing(SumMismatch::period));
    return ImmutableList.copyOf(out);
  }
}
