package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.nonFinite;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Indicator;
import io.rakor.testkit.internal.gen.IndicatorGens;
import java.util.ArrayList;
import java.util.List;

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
            DatedValue.class,
            "value",
            "a value that is not a finite number",
            IndicatorGens.datedValues().zip(nonFinite(), (d, v) -> attempt(() -> d.withValue(v)))));
    return r;
  }
}
