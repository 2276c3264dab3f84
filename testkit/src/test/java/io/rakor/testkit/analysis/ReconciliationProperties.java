package io.rakor.testkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.data.Aggregation;
import io.rakor.core.data.AgreedValue;
import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.Discrepancy;
import io.rakor.core.data.Gap;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationKey;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.core.data.ReconciliationSink;
import io.rakor.core.data.Resolution;
import io.rakor.core.data.RollUpMismatch;
import io.rakor.core.data.Tolerance;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
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
                  });
              ReconciliationReport report = reconciler.reconcile(observations);
              assertThat(reconciled).isEqualTo(report.reconciliations());
              assertThat(discrepancies).isEqualTo(report.discrepancies());
              assertThat(gaps).isEqualTo(report.gaps());
              assertThat(mismatches).isEqualTo(report.rollUpMismatches());
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
                    config.rulesFor(r.key().indicator()).map(rules -> current.get(rules.steward()));
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

  @Test
  void rollUpMismatchesAreExactlyTheParentsWhoseDirectChildrenDoNotSum() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.observationBatches(60), AnalysisGen.reconciliationConfigs())
        .checkAssert(
            (observations, config) -> {
              ReconciliationReport report = DataReconciler.of(config).reconcile(observations);
              Map<ObservationKey, OptionalDouble> figure = new HashMap<>();
              report.reconciliations().forEach(r -> figure.put(r.key(), r.value()));
              TreeMap<ObservationKey, Double> expected = new TreeMap<>();
              for (Map.Entry<ObservationKey, OptionalDouble> parent : figure.entrySet()) {
                ObservationKey pk = parent.getKey();
                boolean additive =
                    config
                        .rulesFor(pk.indicator())
                        .map(IndicatorRules::aggregation)
                        .map(Aggregation.SUM::equals)
                        .orElse(false);
                if (!additive || parent.getValue().isEmpty()) {
                  continue;
                }
                double sum = 0;
                int children = 0;
                boolean complete = true;
                for (Map.Entry<ObservationKey, OptionalDouble> child : figure.entrySet()) {
                  ObservationKey ck = child.getKey();
                  Optional<JurisdictionCode> up = ck.jurisdiction().parent();
                  if (ck.indicator().equals(pk.indicator())
                      && ck.period().equals(pk.period())
                      && up.isPresent()
                      && up.get().equals(pk.jurisdiction())) {
                    if (child.getValue().isPresent()) {
                      sum += child.getValue().getAsDouble();
                      children++;
                    } else {
                      complete = false;
                    }
                  }
                }
                if (complete
                    && children > 0
                    && config
                        .toleranceFor(pk.indicator())
                        .isExceededBy(parent.getValue().getAsDouble(), sum)) {
                  expected.put(pk, sum);
                }
              }
              TreeMap<ObservationKey, Double> actual = new TreeMap<>();
              report.rollUpMismatches().forEach(m -> actual.put(m.parent(), m.childrenSum()));
              assertThat(actual.keySet()).isEqualTo(expected.keySet());
              actual.forEach(
                  (k, s) ->
                      assertThat(s)
                          .isCloseTo(expected.get(k), org.assertj.core.data.Offset.offset(1e-9)));
            });
  }
}
