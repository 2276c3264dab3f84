package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.invalid.Ingredients.TOO_LONG_NAME;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.testkit.internal.gen.JurisdictionGens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The invalid-input rules of jurisdictions. */
final class JurisdictionRules {
  private JurisdictionRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            Jurisdiction.class,
            "name",
            "a blank name",
            JurisdictionGens.jurisdictions()
                .zip(blanks(), (j, blank) -> attempt(() -> j.withName(blank)))));
    r.add(
        rule(
            Jurisdiction.class,
            "name",
            "a name longer than 500 characters",
            JurisdictionGens.jurisdictions().map(j -> attempt(() -> j.withName(TOO_LONG_NAME)))));
    r.add(
        rule(
            Jurisdiction.class,
            "code",
            "a code whose depth is not the level's depth",
            JurisdictionGens.jurisdictions()
                .zip(
                    JurisdictionGens.jurisdictions().map(other -> other.level()),
                    (j, level) -> {
                      JurisdictionLevel other =
                          level.depth() != j.level().depth()
                              ? level
                              : j.level().depth() == 1
                                  ? JurisdictionLevel.VILLAGE
                                  : JurisdictionLevel.PROVINCE;
                      return attempt(() -> j.withLevel(other));
                    })));
    r.add(
        rule(
            Jurisdiction.class,
            "parent",
            "a parent that is not the code's parent (or a parent for a top-level code)",
            JurisdictionGens.jurisdictions()
                .map(
                    j -> {
                      JurisdictionCode wrong =
                          j.code().parent().map(p -> p.child(99)).orElse(JurisdictionCode.of("99"));
                      return attempt(() -> j.withParent(wrong));
                    })));
    r.add(
        rule(
            Jurisdiction.class,
            "parent",
            "no parent below the top level",
            JurisdictionGens.jurisdictions()
                .map(
                    j ->
                        j.code().depth() > 1
                            ? j
                            : Jurisdiction.builder()
                                .from(j)
                                .code(j.code().child("01"))
                                .level(JurisdictionLevel.REGENCY)
                                .parent(j.code())
                                .build())
                .map(j -> attempt(() -> j.withParent(Optional.empty())))));
    return r;
  }
}
