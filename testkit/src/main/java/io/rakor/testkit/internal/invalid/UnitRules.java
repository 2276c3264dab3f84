package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.units.Forum;
import io.rakor.core.units.Official;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.gen.UnitGens;
import java.util.ArrayList;
import java.util.List;

/** The invalid-input rules of responsible units, forums, officials and person names. */
final class UnitRules {
  private UnitRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            ResponsibleUnit.class,
            "name",
            "a blank name",
            UnitGens.units().zip(blanks(), (u, b) -> attempt(() -> u.withName(b)))));
    r.add(
        rule(
            ResponsibleUnit.class,
            "shortName",
            "a blank short name",
            UnitGens.units().zip(blanks(), (u, b) -> attempt(() -> u.withShortName(b)))));
    r.add(
        rule(
            ResponsibleUnit.class,
            "parent",
            "a unit that is its own parent",
            UnitGens.units().map(u -> attempt(() -> u.withParent(u.id())))));
    r.add(
        rule(
            Forum.class,
            "name",
            "a blank name",
            UnitGens.forums().zip(blanks(), (f, b) -> attempt(() -> f.withName(b)))));
    r.add(
        rule(
            Forum.class,
            "members",
            "no members",
            UnitGens.forums().map(f -> attempt(() -> f.withMembers(List.of())))));
    r.add(
        rule(
            Forum.class,
            "members",
            "a member listed twice",
            UnitGens.forums()
                .zip(
                    ints(0, 7),
                    (f, i) -> {
                      UnitId again = f.members().get(i % f.members().size());
                      return attempt(() -> f.withMembers(plus(f.members(), again)));
                    })));
    r.add(
        rule(
            Official.class,
            "position",
            "a blank position",
            UnitGens.officials().zip(blanks(), (o, b) -> attempt(() -> o.withPosition(b)))));
    r.add(
        rule(
            PersonName.class,
            "name",
            "a blank name",
            UnitGens.personNames().zip(blanks(), (n, b) -> attempt(() -> n.withName(b)))));
    r.add(
        rule(
            PersonName.class,
            "titlesBefore",
            "a blank title before the name",
            UnitGens.personNames()
                .zip(
                    blanks(),
                    (n, b) -> attempt(() -> n.withTitlesBefore(plus(n.titlesBefore(), b))))));
    r.add(
        rule(
            PersonName.class,
            "titlesAfter",
            "a blank title after the name",
            UnitGens.personNames()
                .zip(
                    blanks(),
                    (n, b) -> attempt(() -> n.withTitlesAfter(plus(n.titlesAfter(), b))))));
    return r;
  }
}
