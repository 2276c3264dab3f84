package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.nonFinite;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.data.Aggregation;
import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.DisaggregationMismatch;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.RollUp;
import io.rakor.core.data.StewardAssignment;
import io.rakor.core.data.Tolerance;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.testkit.analysis.AnalysisGen;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.quicktheories.core.Gen;

/**
 * The invalid-input rules of reconciliation's rates, roll-ups, disaggregations and stewards (issue
 * 12 §5, §6).
 */
final class DataRules {
  private DataRules() {}

  private static final io.rakor.core.data.IndicatorRules RULES =
      io.rakor.core.data.IndicatorRules.builder()
          .indicator(AnalysisGen.INDICATORS.get(0))
          .steward(AnalysisGen.UNITS.get(0))
          .tolerance(Tolerance.exact())
          .aggregation(Aggregation.SUM)
          .build();

  /** A rate's observation, with a numerator and a denominator. */
  private static Gen<Observation> rates() {
    return AnalysisGen.figureTrees(Aggregation.RATE).map(tree -> tree.get(tree.size() - 1));
  }

  /** A province's roll-up from a consistent tree of counts. */
  private static Gen<RollUp> rollUps() {
    DataReconciler reconciler =
        DataReconciler.of(ReconciliationConfig.builder().addIndicator(RULES).build());
    return AnalysisGen.figureTrees(Aggregation.SUM)
        .map(tree -> reconciler.reconcile(tree).rollUps().get(0));
  }

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            Observation.class,
            "denominator",
            "a numerator without a denominator",
            rates().map(o -> attempt(() -> o.withDenominator(OptionalDouble.empty())))));
    r.add(
        rule(
            Observation.class,
            "numerator",
            "a denominator without a numerator",
            rates().map(o -> attempt(() -> o.withNumerator(OptionalDouble.empty())))));
    r.add(
        rule(
            Observation.class,
            "denominator",
            "a denominator of zero or below",
            rates()
                .zip(
                    pick(List.of(0.0, -1.0, -0.25, -1e9)),
                    (o, d) -> attempt(() -> o.withDenominator(d)))));
    r.add(
        rule(
            Observation.class,
            "numerator",
            "a numerator that is not a finite number",
            rates().zip(nonFinite(), (o, n) -> attempt(() -> o.withNumerator(n)))));
    r.add(
        rule(
            io.rakor.core.data.IndicatorRules.class,
            "rateBase",
            "a rate base of zero, below zero or not finite",
            pick(List.of(0.0, -100.0, Double.NaN, Double.POSITIVE_INFINITY))
                .map(base -> attempt(() -> RULES.withRateBase(base)))));
    r.add(
        rule(
            StewardAssignment.class,
            "jurisdiction",
            "a steward for both a jurisdiction and a level, or for neither",
            pick(AnalysisGen.CODES)
                .zip(
                    pick(List.of(JurisdictionLevel.values())),
                    pick(AnalysisGen.UNITS),
                    (code, level, unit) ->
                        attempt(
                            () ->
                                code.depth() % 2 == 0
                                    ? StewardAssignment.at(code, unit).withLevel(level)
                                    : StewardAssignment.at(level, unit)
                                        .withLevel(java.util.Optional.empty())))));
    r.add(
        rule(
            RollUp.class,
            "value",
            "a value built from no contributor",
            rollUps()
                .map(
                    u ->
                        attempt(
                            () ->
                                RollUp.builder()
                                    .from(u)
                                    .contributors(List.of())
                                    .builtFromDepths(List.of())
                                    .build()))));
    r.add(
        rule(
            DisaggregationMismatch.class,
            "dimension",
            "parts along a dimension their group already has",
            rates()
                .map(
                    o ->
                        attempt(
                            () ->
                                DisaggregationMismatch.builder()
                                    .group(
                                        o.key()
                                            .with(Disaggregation.of(Disaggregation.SEX, "female")))
                                    .dimension(Disaggregation.SEX)
                                    .addCategories("female", "male")
                                    .aggregation(Aggregation.SUM)
                                    .groupValue(o.value())
                                    .partsValue(o.value() + 1)
                                    .tolerance(Tolerance.exact())
                                    .build()))));
    return r;
  }
}
