package io.rakor.testkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.data.Aggregation;
import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.core.data.RollUp;
import io.rakor.core.data.Tolerance;
import io.rakor.core.jurisdictions.JurisdictionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Roll-ups on generated consistent trees of figures: sums, rates and missing levels. */
class RollUpProperties {
  private static final int EXAMPLES = 300;
  private static final JurisdictionCode PROVINCE = JurisdictionCode.of("18");

  private static DataReconciler reconciler(Aggregation aggregation) {
    return DataReconciler.of(
        ReconciliationConfig.builder()
            .addIndicator(
                IndicatorRules.builder()
                    .indicator(AnalysisGen.INDICATORS.get(0))
                    .steward(AnalysisGen.UNITS.get(0))
                    .tolerance(
                        aggregation == Aggregation.SUM
                            ? Tolerance.exact()
                            : Tolerance.relative(1e-9))
                    .aggregation(aggregation)
                    .rateBase(100)
                    .build())
            .build());
  }

  private static Map<JurisdictionCode, RollUp> byParent(ReconciliationReport report) {
    Map<JurisdictionCode, RollUp> out = new TreeMap<>();
    report.rollUps().forEach(r -> out.put(r.parent().jurisdiction(), r));
    return out;
  }

  private static List<Observation> childrenOf(JurisdictionCode parent, List<Observation> tree) {
    return tree.stream()
        .filter(o -> o.jurisdiction().parent().map(parent::equals).orElse(false))
        .collect(Collectors.toList());
  }

  @Test
  void aSumsRollUpIsTheSumOfItsChildrenForEveryTree() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.figureTrees(Aggregation.SUM))
        .checkAssert(
            tree -> {
              ReconciliationReport report = reconciler(Aggregation.SUM).reconcile(tree);
              Map<JurisdictionCode, RollUp> rollUps = byParent(report);
              for (Observation parent : tree) {
                List<Observation> children = childrenOf(parent.jurisdiction(), tree);
                if (children.isEmpty()) {
                  assertThat(rollUps).doesNotContainKey(parent.jurisdiction());
                  continue;
                }
                RollUp r = rollUps.get(parent.jurisdiction());
                assertThat(r.value())
                    .hasValue(children.stream().mapToDouble(Observation::value).sum());
                assertThat(r.contributors())
                    .containsExactlyElementsOf(
                        children.stream().map(Observation::jurisdiction).toList());
                assertThat(r.coverage()).isEqualTo(1.0);
                assertThat(r.builtFromDepths()).containsExactly(parent.jurisdiction().depth() + 1);
              }
              assertThat(report.rollUpMismatches()).isEmpty();
            });
  }

  @Test
  void aRatesRollUpIsTheSumOfNumeratorsOverTheSumOfDenominatorsForEveryTree() {
    qt().withExamples(EXAMPLES)
        .forAll(AnalysisGen.figureTrees(Aggregation.RATE))
        .checkAssert(
            tree -> {
              ReconciliationReport report = reconciler(Aggregation.RATE).reconcile(tree);
              Map<JurisdictionCode, RollUp> rollUps = byParent(report);
              for (Observation parent : tree) {
                List<Observation> children = childrenOf(parent.jurisdiction(), tree);
                if (children.isEmpty()) {
                  continue;
                }
                double numerators =
                    children.stream().mapToDouble(o -> o.numerator().getAsDouble()).sum();
                double denominators =
                    children.stream().mapToDouble(o -> o.denominator().getAsDouble()).sum();
                RollUp r = rollUps.get(parent.jurisdiction());
                assertThat(r.value().getAsDouble())
                    .isCloseTo(100 * numerators / denominators, within(1e-9));
                assertThat(r.denominator().getAsDouble()).isCloseTo(denominators, within(1e-9));
              }
              assertThat(report.rollUpMismatches()).isEmpty();
            });
  }

  @Test
  void multiLevelTotalsAreTheSameWhicheverIntermediateFiguresAreMissing() {
    for (Aggregation aggregation : List.of(Aggregation.SUM, Aggregation.RATE)) {
      qt().withExamples(EXAMPLES)
          .forAll(AnalysisGen.figureTrees(aggregation), longs().all())
          .checkAssert(
              (tree, seed) -> {
                DataReconciler reconciler = reconciler(aggregation);
                RollUp whole = byParent(reconciler.reconcile(tree)).get(PROVINCE);
                Random random = new Random(seed);
                List<Observation> thinned = new ArrayList<>();
                for (Observation o : tree) {
                  int depth = o.jurisdiction().depth();
                  // drop regencies' and sub-districts' figures at random, the province's too
                  if (depth == 4 || random.nextBoolean()) {
                    thinned.add(o);
                  }
                }
                ReconciliationReport report = reconciler.reconcile(thinned);
                RollUp province = byParent(report).get(PROVINCE);
                assertThat(province.value().getAsDouble())
                    .isCloseTo(whole.value().getAsDouble(), within(1e-9));
                assertThat(province.contributors()).isEqualTo(whole.contributors());
                assertThat(report.rollUpMismatches()).isEmpty();
                int deepest = province.builtFromDepths().get(province.builtFromDepths().size() - 1);
                boolean regencyMissing =
                    thinned.stream().filter(o -> o.jurisdiction().depth() == 2).count()
                        < tree.stream().filter(o -> o.jurisdiction().depth() == 2).count();
                assertThat(deepest > 2).isEqualTo(regencyMissing);
              });
    }
  }
}
