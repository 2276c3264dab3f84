package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.nonFinite;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.Indicator;
import io.rakor.testkit.internal.gen.IndicatorGens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The invalid-input rules of indicators and dated values. */
final class IndicatorRules {
  private IndicatorRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            Indicator.class,
            "name",
            "a blank name",
            IndicatorGens.indicators().zip(blanks(), (i, b) -> attempt(() -> i.withName(b)))));
    r.add(
        rule(
            Indicator.class,
            "unitOfMeasure",
            "a blank unit of measure",
            IndicatorGens.indicators()
                .zip(blanks(), (i, b) -> attempt(() -> i.withUnitOfMeasure(b)))));
    r.add(
        rule(
            Indicator.class,
            "measuredIn",
            "a month measured in twice",
            IndicatorGens.indicators()
                .zip(
                    ints(1, 12),
                    (i, m) ->
                        attempt(
                            () ->
                                i.withMeasuredIn(
                                    plus(
                                        plus(i.measuredIn(), java.time.Month.of(m)),
                                        java.time.Month.of(m)))))));
    r.add(
        rule(
            Indicator.class,
            "definition",
            "a blank definition",
            IndicatorGens.indicators()
                .zip(blanks(), (i, b) -> attempt(() -> i.withDefinition(b)))));
    r.add(
        rule(
            Indicator.class,
            "targets",
            "a first target not dated after the baseline",
            IndicatorGens.indicators()
                .zip(
                    ints(0, 400),
                    (i, days) -> {
                      List<DatedValue> targets =
                          i.targets().isEmpty()
                              ? List.of(DatedValue.of(1, i.baseline().date()))
                              : i.targets();
                      DatedValue baseline =
                          i.baseline().withDate(targets.get(0).date().plusDays(days));
                      return attempt(() -> i.withBaseline(baseline).withTargets(targets));
                    })));
    r.add(
        rule(
            Indicator.class,
            "targets",
            "a target not dated after the one before it",
            IndicatorGens.indicators()
                .zip(
                    ints(0, 400),
                    (i, days) -> {
                      DatedValue last =
                          i.targets().isEmpty()
                              ? DatedValue.of(1, i.baseline().date().plusDays(1))
                              : i.targets().get(i.targets().size() - 1);
                      List<DatedValue> targets = new ArrayList<>(i.targets());
                      if (targets.isEmpty()) {
                        targets.add(last);
                      }
                      targets.add(DatedValue.of(2, last.date().minusDays(days)));
                      return attempt(() -> i.withTargets(targets));
                    })));
    r.add(
        rule(
            Indicator.class,
            "rateBase",
            "a rate base that is not a power of ten",
            IndicatorGens.indicators()
                .zip(
                    ints(2, 9),
                    (i, digit) ->
                        attempt(
                            () ->
                                Indicator.builder()
                                    .from(i)
                                    .rateBase(digit * 10L)
                                    .baseline(DatedValue.of(1, i.baseline().date()))
                                    .build()))));
    r.add(
        rule(
            Indicator.class,
            "baseline",
            "a baseline with a numerator on an indicator that is not a rate",
            IndicatorGens.indicators()
                .map(
                    i ->
                        attempt(
                            () ->
                                Indicator.builder()
                                    .from(i)
                                    .rateBase(Optional.empty())
                                    .baseline(DatedValue.ofRate(1, 4, 100, i.baseline().date()))
                                    .build()))));
    r.add(
        rule(
            Indicator.class,
            "jurisdictionBaselines",
            "a jurisdiction with two baselines",
            IndicatorGens.indicators()
                .zip(
                    IndicatorGens.jurisdictionBaselines(),
                    (i, b) ->
                        attempt(
                            () ->
                                i.withJurisdictionBaselines(
                                    plus(plus(i.jurisdictionBaselines(), b), b))))));
    r.add(
        rule(
            DatedValue.class,
            "value",
            "a rate value that disagrees with its numerator and denominator",
            IndicatorGens.datedValues()
                .zip(
                    ints(1, 1000),
                    (d, n) ->
                        attempt(
                            () ->
                                DatedValue.builder()
                                    .from(d)
                                    .numerator(n)
                                    .denominator(1000.0)
                                    .rateBase(100L)
                                    .value(n / 10.0 + 1)
                                    .build()))));
    r.add(
        rule(
            DatedValue.class,
            "denominator",
            "a numerator without a denominator",
            IndicatorGens.datedValues()
                .map(d -> attempt(() -> DatedValue.builder().from(d).numerator(1.0).build()))));
    r.add(
        rule(
            DatedValue.class,
            "denominator",
            "a denominator of zero or less",
            IndicatorGens.datedValues()
                .zip(
                    ints(0, 1000),
                    (d, n) ->
                        attempt(
                            () ->
                                DatedValue.builder()
                                    .from(d)
                                    .value(0)
                                    .numerator(0.0)
                                    .denominator((double) -n)
                                    .rateBase(100L)
                                    .build()))));
    r.add(
        rule(
            Disaggregation.class,
            "categories",
            "a dimension that is not a lower-case name",
            pick(List.of("Sex", "", "age group", "1st", "jenis-kelamin", "x".repeat(65)))
                .map(d -> attempt(() -> Disaggregation.of(d, "female")))));
    r.add(
        rule(
            Disaggregation.class,
            "categories",
            "a blank category, or one with white space at an end",
            IndicatorGens.disaggregations()
                .zip(
                    pick(List.of("", " ", " rural", "urban ", "\t", "a\nb")),
                    (d, c) -> attempt(() -> d.without("place").and("place", c)))));
    r.add(
        rule(
            DatedValue.class,
            "value",
            "a value that is not a finite number",
            IndicatorGens.datedValues().zip(nonFinite(), (d, v) -> attempt(() -> d.withValue(v)))));
    return r;
  }
}
