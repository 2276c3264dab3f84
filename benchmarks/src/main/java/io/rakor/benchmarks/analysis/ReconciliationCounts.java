package io.rakor.benchmarks.analysis;

import io.rakor.core.data.Aggregation;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationKey;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.ReconciliationSink;
import io.rakor.core.data.RollUp;
import io.rakor.core.data.RollUpMismatch;
import io.rakor.core.data.Tolerance;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reconciliation found, counted: keys, observations, discrepancies, roll-ups and roll-up
 * mismatches. {@link Counter} counts what a reconciler reports; {@link #expected} counts the same
 * by brute force from the written rules (a hash map of keys, no reconciler code), so the benchmarks
 * check the reconciler's findings before they time it.
 *
 * @param keys keys reconciled
 * @param sources observations among the keys' sources
 * @param discrepancies keys whose producers disagree beyond tolerance
 * @param rollUps jurisdictions with a figure built from their sub-jurisdictions
 * @param mismatches jurisdictions whose figure differs from that roll-up beyond tolerance
 */
record ReconciliationCounts(
    long keys, long sources, long discrepancies, long rollUps, long mismatches) {

  /** Counts what a reconciler reports. Not thread-safe. */
  static final class Counter implements ReconciliationSink {
    long keys;
    long sources;
    long discrepancies;
    long rollUps;
    long mismatches;

    @Override
    public void reconciled(Reconciliation r) {
      keys++;
      sources += r.sources().size();
      if (r.discrepancy().isPresent()) {
        discrepancies++;
      }
    }

    @Override
    public void rolledUp(RollUp rollUp) {
      rollUps++;
    }

    @Override
    public void rollUpMismatch(RollUpMismatch m) {
      mismatches++;
    }

    ReconciliationCounts counts() {
      return new ReconciliationCounts(keys, sources, discrepancies, rollUps, mismatches);
    }

    long checksum() {
      return keys + sources + discrepancies + rollUps + mismatches;
    }
  }

  /**
   * Keys, observations and discrepancies by the written rules, for a stream sorted by key, held one
   * key at a time; roll-ups and mismatches are not counted (zero).
   *
   * @param sortedByKey the observations, each key's contiguous
   * @param config the rules
   * @return the counts
   */
  static ReconciliationCounts streamed(
      Iterator<Observation> sortedByKey, ReconciliationConfig config) {
    long keys = 0;
    long sources = 0;
    long discrepancies = 0;
    List<Observation> group = new ArrayList<>();
    while (true) {
      Observation o = sortedByKey.hasNext() ? sortedByKey.next() : null;
      if (!group.isEmpty() && (o == null || !o.key().equals(group.get(0).key()))) {
        keys++;
        ObservationKey key = group.get(0).key();
        if (disagree(currentFigures(group), config.toleranceFor(key.indicator()))) {
          discrepancies++;
        }
        group.clear();
      }
      if (o == null) {
        return new ReconciliationCounts(keys, sources, discrepancies, 0, 0);
      }
      group.add(o);
      sources++;
    }
  }

  /** Each producer's latest figure, a tie going to the larger id. */
  private static Map<UnitId, Observation> currentFigures(List<Observation> group) {
    Map<UnitId, Observation> current = new HashMap<>();
    for (Observation o : group) {
      Observation c = current.get(o.producer());
      if (c == null
          || o.collectedAt().isAfter(c.collectedAt())
          || (o.collectedAt().equals(c.collectedAt()) && o.id().compareTo(c.id()) > 0)) {
        current.put(o.producer(), o);
      }
    }
    return current;
  }

  /** Whether any two producers' figures differ beyond tolerance. */
  private static boolean disagree(Map<UnitId, Observation> current, Tolerance tolerance) {
    for (Observation a : current.values()) {
      for (Observation b : current.values()) {
        if (tolerance.isExceededBy(a.value(), b.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The counts the written rules give, by brute force, for data like {@code NationalData}'s: every
   * key a total, its jurisdiction's ancestors read before it, and every figure resolved (the
   * steward reports every key), so that a parent's roll-up is the sum of its direct children's
   * figures; anything else is refused rather than counted wrongly.
   *
   * @param observations the observations, in any order
   * @param config the rules
   * @return the counts
   * @throws IllegalArgumentException if the data is not of that shape
   */
  static ReconciliationCounts expected(
      List<Observation> observations, ReconciliationConfig config) {
    Map<ObservationKey, List<Observation>> groups = new HashMap<>();
    for (Observation o : observations) {
      groups.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
    }
    Map<ObservationKey, Double> figures = new HashMap<>();
    long discrepancies = 0;
    for (Map.Entry<ObservationKey, List<Observation>> group : groups.entrySet()) {
      ObservationKey key = group.getKey();
      Map<UnitId, Observation> current = currentFigures(group.getValue());
      if (disagree(current, config.toleranceFor(key.indicator()))) {
        discrepancies++;
      }
      Optional<UnitId> steward = config.stewardFor(key.indicator(), key.jurisdiction());
      Observation figure = steward.map(current::get).orElse(null);
      if (!key.isTotal() || figure == null || !config.agreedValues().isEmpty()) {
        throw new IllegalArgumentException("not a total reported by its steward: " + key);
      }
      figures.put(key, figure.value());
    }
    Map<ObservationKey, Double> rolledUp = new HashMap<>();
    for (Map.Entry<ObservationKey, Double> figure : figures.entrySet()) {
      ObservationKey key = figure.getKey();
      Aggregation aggregation =
          config
              .rulesFor(key.indicator())
              .map(IndicatorRules::aggregation)
              .orElse(Aggregation.NONE);
      if (aggregation == Aggregation.RATE) {
        throw new IllegalArgumentException("rates are not counted: " + key);
      }
      Optional<JurisdictionCode> parent = key.jurisdiction().parent();
      if (aggregation == Aggregation.SUM && parent.isPresent()) {
        ObservationKey parentKey = ObservationKey.of(key.indicator(), parent.get(), key.period());
        if (!figures.containsKey(parentKey)) {
          throw new IllegalArgumentException("a parent not read: " + parentKey);
        }
        rolledUp.merge(parentKey, figure.getValue(), Double::sum);
      }
    }
    long mismatches = 0;
    for (Map.Entry<ObservationKey, Double> sum : rolledUp.entrySet()) {
      Tolerance tolerance = config.toleranceFor(sum.getKey().indicator());
      if (tolerance.isExceededBy(figures.get(sum.getKey()), sum.getValue())) {
        mismatches++;
      }
    }
    return new ReconciliationCounts(
        groups.size(), observations.size(), discrepancies, rolledUp.size(), mismatches);
  }
}
