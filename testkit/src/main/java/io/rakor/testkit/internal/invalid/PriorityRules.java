package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;
import static io.rakor.testkit.internal.invalid.Ingredients.withDuplicate;

import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.meetings.Priority;
import io.rakor.core.overlaps.AreaRelation;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.gen.IdGens;
import io.rakor.testkit.internal.gen.PriorityGens;
import java.util.ArrayList;
import java.util.List;

/** The invalid-input rules of priorities. */
final class PriorityRules {
  private PriorityRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            AreaRelation.class,
            "relatedArea",
            "an area related to itself",
            PriorityGens.areaRelations().map(x -> attempt(() -> x.withRelatedArea(x.area())))));
    r.add(
        rule(
            Priority.class,
            "title",
            "a blank title",
            PriorityGens.priorities().zip(blanks(), (p, b) -> attempt(() -> p.withTitle(b)))));
    r.add(
        rule(
            Priority.class,
            "contributors",
            "a contributor listed twice",
            PriorityGens.priorities()
                .zip(
                    IdGens.unitIds(),
                    (p, u) -> {
                      UnitId twice =
                          p.contributors().isEmpty()
                              ? (u.equals(p.lead()) ? UnitId.of(u.value() + "x") : u)
                              : p.contributors().get(0);
                      List<UnitId> contributors = new ArrayList<>(p.contributors());
                      if (contributors.isEmpty()) {
                        contributors.add(twice);
                      }
                      contributors.add(twice);
                      return attempt(() -> p.withContributors(contributors));
                    })));
    r.add(
        rule(
            Priority.class,
            "contributors",
            "the lead unit listed as a contributor",
            PriorityGens.priorities()
                .map(p -> attempt(() -> p.withContributors(plus(p.contributors(), p.lead()))))));
    r.add(
        rule(
            Priority.class,
            "indicators",
            "an indicator listed twice",
            PriorityGens.priorities()
                .zip(
                    IdGens.indicatorIds(),
                    (p, i) -> {
                      List<IndicatorId> indicators = withDuplicate(p.indicators(), i);
                      return attempt(() -> p.withIndicators(indicators));
                    })));
    return r;
  }
}
