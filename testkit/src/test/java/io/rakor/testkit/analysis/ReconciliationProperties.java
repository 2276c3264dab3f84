package io.rakor.testkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.data.Aggregation;
import io.rakor.core.data.AgreedValue;
import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.DisaggregationMismatch;
import io.rakor.core.data.Discrepancy;
import io.rakor.core.data.Gap;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationKey;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.core.data.ReconciliationSink;
import io.rakor.core.data.Resolution;
import io.rakor.core.data.RollUp;
import io.rakor.core.data.RollUpMismatch;
import io.rakor.core.data.Tolerance;
import io.rakor.core.units.UnitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The streaming reconciler against brute-force oracles on small, conflict-prone batches. */
class ReconciliationProperties {
  private static final int EXAMPLES = 400;

  @Test
  void everyObservationEndsUpInExactlyOneReconciliation() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.observationBatches(40), AnalysisGen.reconciliationConfigs())
        .checkAssert(
            (observations, config) -> {
              ReconciliationReport report = DataReconciler.of(config).reconcile(observations);
              List<Observation> kept = new ArrayList<>();
              report.reconciliations().forEach(r -> kept.addAll(r.sources()));
              assertThat(kept).containsExactlyInAnyOrderElementsOf(observations);
              assertThat(report.observationsRead()).isEqualTo(observations.size());
            });
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(
            AnalysisGen.observationBatches(40), AnalysisGen.reconciliationConfigs(), longs().all())
        .checkAssert(
            (observations, config, seed) -> {
              List<Observation> shuffled = new ArrayList<>(observations);
              Collections.shuffle(shuffled, new Random(seed));
              DataReconciler reconciler = DataReconciler.of(config);
              assertThat(reconciler.reconcile(shuffled))
                  .isEqualTo(reconciler.reconcile(observations));
            });
  }

  @Test
  void streamingSortedInputGivesWhatTheInMemoryReconciliationGives() {
    qt().withExamples(EXAMPLES)
        .forAll(
            AnalysisGen.observationBatches(40), AnalysisGen.reconciliationConfigs(), longs().all())
        .checkAssert(
            (observations, config, seed) -> {
              // sorted by key only: within a key, any order
              List<Observation> input = new ArrayList<>(observations);
              Collections.shuffle(input, new Random(seed));
              input.sort(Comparator.comparing(Observation::key));
              List<Reconciliation> reconciled = new ArrayList<>();
              List<Discrepancy> discrepancies = new ArrayList<>();
              List<Gap> gaps = new ArrayList<>();
              List<RollUpMismatch> mismatches = new ArrayList<>();
              List<RollUp> rollUps = new ArrayList<>();
              List<DisaggregationMismatch> parts = new ArrayList<>();
              DataReconciler reconciler = DataReconciler.of(config);
              reconciler.reconcileSorted(
                  input.stream(),
                  new ReconciliationSink() {
                    @Override
                    public void reconciled(Reconciliation r) {
                      reconciled.add(r);
                    }

                    @Override
                    public void discrepancy(Discrepancy d) {
                      discrepancies.add(d);
                    }

                    @Override
                    public void gap(Gap g) {
                      gaps.add(g);
                    }

                    @Override
                    public void rollUpMismatch(RollUpMismatch m) {
                      mismatches.add(m);
                    }

                    @Override
                    public void rolledUp(RollUp r) {
                      rollUps.add(r);
                    }

                    @Override
                    public void disaggregationMismatch(DisaggregationMismatch m) {
                      parts.add(m);
                    }
                  });
              ReconciliationReport report = reconciler.reconcile(observations);
              assertThat(reconciled).isEqualTo(report.reconciliations());
              assertThat(discrepancies).isEqualTo(report.discrepancies());
              assertThat(gaps).isEqualTo(report.gaps());
              assertThat(mismatches).isEqualTo(report.rollUpMismatches());
              assertThat(rollUps).isEqualTo(report.rollUps());
              assertThat(parts).isEqualTo(report.disaggregationMismatches());
            });
  }

  /** A producer's current figure, found by brute force. */
  static Map<UnitId, Observation> currentFigures(List<Observation> group) {
    Map<UnitId, Observation> current = new TreeMap<>();
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

  @Test
  void eachKeyIsResolvedByTheWrittenRules() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.observationBatches(40), AnalysisGen.reconciliationConfigs())
        .checkAssert(
            (observations, config) -> {
              Map<ObservationKey, List<Observation>> groups = new HashMap<>();
              observations.forEach(
                  o -> groups.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o));
              ReconciliationReport report = DataReconciler.of(config).reconcile(observations);
              assertThat(report.reconciliations()).hasSize(groups.size());
              for (Reconciliation r : report.reconciliations()) {
                List<Observation> group = groups.get(r.key());
                Map<UnitId, Observation> current = currentFigures(group);
                Tolerance tolerance = config.toleranceFor(r.key().indicator());
                boolean disagree = false;
                for (Observation a : current.values()) {
                  for (Observation b : current.values()) {
                    disagree |= tolerance.isExceededBy(a.value(), b.value());
                  }
                }
                assertThat(r.discrepancy().isPresent())
                    .as("discrepancy %s", r.key())
                    .isEqualTo(disagree);
                Optional<AgreedValue> agreed = config.agreedValueFor(r.key());
                Optional<Observation> steward =
                    config
                        .stewardFor(r.key().indicator(), r.key().jurisdiction())
                        .map(current::get);
                r.discrepancy()
                    .ifPresent(
                        d ->
                            assertThat(d.steward())
                                .isEqualTo(
                                    config.stewardFor(
                                        r.key().indicator(), r.key().jurisdiction())));
                if (agreed.isPresent()) {
                  assertThat(r.resolution()).isEqualTo(Resolution.AGREED);
                  assertThat(r.value()).hasValue(agreed.get().value());
                } else if (steward.isPresent()) {
                  assertThat(r.resolution()).isEqualTo(Resolution.STEWARD);
                  assertThat(r.value()).hasValue(steward.get().value());
                } else if (current.size() == 1) {
                  assertThat(r.resolution()).isEqualTo(Resolution.SINGLE_SOURCE);
                } else if (!disagree) {
                  assertThat(r.resolution()).isEqualTo(Resolution.CONSISTENT);
                  double[] v =
                      current.values().stream().mapToDouble(Observation::value).sorted().toArray();
                  assertThat(r.value().getAsDouble()).isBetween(v[0], v[v.length - 1]);
                } else {
                  assertThat(r.resolution()).isEqualTo(Resolution.UNRESOLVED);
                  assertThat(r.value()).isEmpty();
                }
              }
            });
  }

  @Test
  void gapsAreExactlyTheExpectedKeysWithoutObservations() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.observationBatches(40), AnalysisGen.reconciliationConfigs())
        .checkAssert(
            (observations, config) -> {
              TreeSet<ObservationKey> missing = new TreeSet<>();
              config
                  .expectations()
                  .forEach(
                      e ->
                          e.jurisdictions()
                              .forEach(
                                  j ->
                                      e.periods()
                                          .forEach(
                                              p ->
                                                  missing.add(
                                                      ObservationKey.of(e.indicator(), j, p)))));
              observations.forEach(o -> missing.remove(o.key()));
              List<ObservationKey> gaps = new ArrayList<>();
              DataReconciler.of(config)
                  .reconcile(observations)
                  .gaps()
                  .forEach(g -> gaps.add(g.key()));
              assertThat(gaps).containsExactlyElementsOf(missing);
            });
  }

  /** What a jurisdiction contributes to its parent, found by brute force. */
  private record Effective(boolean contributes, boolean read, double value, double weight) {}

  /** The roll-up of one jurisdiction, found by brute force. */
  private record Rolled(int contributors, boolean incomplete, double value, double weight) {}

  private static Rolled rollUpOf(
      ObservationKey key,
      Aggregation aggregation,
      Map<ObservationKey, Reconciliation> figures,
      Set<ObservationKey> nodes) {
    double sum = 0;
    double weights = 0;
    int contributors = 0;
    boolean incomplete = false;
    for (ObservationKey child : nodes) {
      if (!child.jurisdiction().parent().map(key.jurisdiction()::equals).orElse(false)
          || !child.indicator().equals(key.indicator())
          || !child.period().equals(key.period())) {
        continue;
      }
      Effective e = effectiveOf(child, aggregation, figures, nodes);
      if (e.contributes()) {
        contributors++;
        sum += aggregation == Aggregation.RATE ? e.value() * e.weight() : e.value();
        weights += e.weight();
      } else {
        incomplete = true; // every node was read or has descendants read
      }
    }
    double value = aggregation == Aggregation.RATE ? sum / weights : sum;
    return new Rolled(contributors, incomplete, value, weights);
  }

  private static Effective effectiveOf(
      ObservationKey key,
      Aggregation aggregation,
      Map<ObservationKey, Reconciliation> figures,
      Set<ObservationKey> nodes) {
    Reconciliation own = figures.get(key);
    if (own != null && own.value().isPresent()) {
      if (aggregation == Aggregation.RATE && own.denominator().isEmpty()) {
        return new Effective(false, true, 0, 0);
      }
      return new Effective(true, true, own.value().getAsDouble(), own.denominator().orElse(0));
    }
    Rolled rolled = rollUpOf(key, aggregation, figures, nodes);
    return rolled.contributors() > 0
        ? new Effective(true, own != null, rolled.value(), rolled.weight())
        : new Effective(false, own != null, 0, 0);
  }

  @Test
  void rollUpsAndTheirMismatchesAreWhatABruteForceRollUpOverEveryLevelGives() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.observationBatches(60), AnalysisGen.reconciliationConfigs())
        .checkAssert(
            (observations, config) -> {
              ReconciliationReport report = DataReconciler.of(config).reconcile(observations);
              Map<ObservationKey, Reconciliation> figures = new HashMap<>();
              Set<ObservationKey> nodes = new TreeSet<>();
              for (Reconciliation r : report.reconciliations()) {
                ObservationKey k = r.key();
                if (!k.isTotal()) {
                  continue;
                }
                figures.put(k, r);
                nodes.add(k);
                k.jurisdiction()
                    .ancestors()
                    .forEach(a -> nodes.add(ObservationKey.of(k.indicator(), a, k.period())));
              }
              TreeMap<ObservationKey, Double> expectedMismatches = new TreeMap<>();
              TreeMap<ObservationKey, Double> expectedRollUps = new TreeMap<>();
              for (ObservationKey pk : nodes) {
                Aggregation aggregation =
                    config
                        .rulesFor(pk.indicator())
                        .map(IndicatorRules::aggregation)
                        .orElse(Aggregation.NONE);
                if (aggregation == Aggregation.NONE) {
                  continue;
                }
                Rolled rolled = rollUpOf(pk, aggregation, figures, nodes);
                if (rolled.contributors() == 0) {
                  continue;
                }
                expectedRollUps.put(pk, rolled.value());
                Reconciliation own = figures.get(pk);
                if (own != null
                    && own.value().isPresent()
                    && !rolled.incomplete()
                    && config
                        .toleranceFor(pk.indicator())
                        .isExceededBy(own.value().getAsDouble(), rolled.value())) {
                  expectedMismatches.put(pk, rolled.value());
                }
              }
              TreeMap<ObservationKey, Double> mismatches = new TreeMap<>();
              report.rollUpMismatches().forEach(m -> mismatches.put(m.parent(), m.childrenSum()));
              assertThat(mismatches.keySet()).isEqualTo(expectedMismatches.keySet());
              mismatches.forEach(
                  (k, v) -> assertThat(v).isCloseTo(expectedMismatches.get(k), offset(1e-9)));
              TreeMap<ObservationKey, Double> rollUps = new TreeMap<>();
              report.rollUps().stream()
                  .filter(r -> r.value().isPresent())
                  .forEach(r -> rollUps.put(r.parent(), r.value().getAsDouble()));
              assertThat(rollUps.keySet()).isEqualTo(expectedRollUps.keySet());
              rollUps.forEach(
                  (k, v) -> assertThat(v).isCloseTo(expectedRollUps.get(k), offset(1e-9)));
              report
                  .rollUps()
                  .forEach(
                      r ->
                          assertThat(r.steward())
                              .isEqualTo(
                                  config.stewardFor(
                                      r.parent().indicator(), r.parent().jurisdiction())));
            });
  }

  @Test
  void disaggregationMismatchesAreExactlyThePartsThatDoNotAddUpToTheirGroup() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.observationBatches(60), AnalysisGen.reconciliationConfigs())
        .checkAssert(
            (observations, config) -> {
              ReconciliationReport report = DataReconciler.of(config).reconcile(observations);
              Map<ObservationKey, Reconciliation> figures = new HashMap<>();
              report.reconciliations().forEach(r -> figures.put(r.key(), r));
              Set<String> expected = new TreeSet<>();
              for (Reconciliation group : report.reconciliations()) {
                ObservationKey gk = group.key();
                Aggregation aggregation =
                    config
                        .rulesFor(gk.indicator())
                        .map(IndicatorRules::aggregation)
                        .orElse(Aggregation.NONE);
                if (aggregation == Aggregation.NONE || group.value().isEmpty()) {
                  continue;
                }
                Map<String, List<Reconciliation>> byDimension = new TreeMap<>();
                for (Reconciliation part : report.reconciliations()) {
                  ObservationKey k = part.key();
                  if (!k.indicator().equals(gk.indicator())
                      || !k.period().equals(gk.period())
                      || !k.jurisdiction().equals(gk.jurisdiction())) {
                    continue;
                  }
                  for (String d : k.disaggregation().dimensions()) {
                    if (k.disaggregation().without(d).equals(gk.disaggregation())) {
                      byDimension.computeIfAbsent(d, x -> new ArrayList<>()).add(part);
                    }
                  }
                }
                byDimension.forEach(
                    (d, parts) -> {
                      double sum = 0;
                      double weights = 0;
                      for (Reconciliation p : parts) {
                        if (p.value().isEmpty()
                            || (aggregation == Aggregation.RATE && p.denominator().isEmpty())) {
                          return;
                        }
                        double w = p.denominator().orElse(0);
                        sum +=
                            aggregation == Aggregation.RATE
                                ? p.value().getAsDouble() * w
                                : p.value().getAsDouble();
                        weights += w;
                      }
                      double combined = aggregation == Aggregation.RATE ? sum / weights : sum;
                      if (config
                          .toleranceFor(gk.indicator())
                          .isExceededBy(group.value().getAsDouble(), combined)) {
                        expected.add(gk + " by " + d);
                      }
                    });
              }
              Set<String> actual = new TreeSet<>();
              report
                  .disaggregationMismatches()
                  .forEach(m -> actual.add(m.group() + " by " + m.dimension()));
              assertThat(actual).isEqualTo(expected);
            });
  }
}
