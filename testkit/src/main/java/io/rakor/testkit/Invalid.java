package io.rakor.testkit;

import static io.rakor.testkit.internal.gen.Gens.pick;

import com.google.common.collect.ImmutableList;
import io.rakor.testkit.internal.invalid.Rule;
import io.rakor.testkit.internal.invalid.Rules;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of invalid input for negative tests: each {@link InvalidCase} takes a valid generated
 * value and breaks exactly one invariant of one type, naming the type and field a rejection must
 * report. Every rule of every core type's validation is covered: identifiers and codes of the wrong
 * shape, blank and over-long texts, dates out of order, negative amounts, progress outside 0 to
 * 100, repeated agenda positions, a lead unit listed as its own supporter, a target dated after the
 * due date, a jurisdiction whose parent is not its code's parent, and so on.
 *
 * <pre>{@code
 * qt().forAll(Invalid.cases())
 *     .checkAssert(c -> assertThat(c.rejection().concerns(c.field())).isTrue());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Invalid {
  private static final ImmutableList<Rule> RULES = Rules.all();

  private static final ImmutableList<Gen<InvalidCase>> CASES =
      RULES.stream().map(Invalid::toCases).collect(ImmutableList.toImmutableList());

  private Invalid() {}

  /**
   * Invalid cases for every rule of every type, each rule about equally likely.
   *
   * @return a generator of cases that each break one invariant
   */
  public static Gen<InvalidCase> cases() {
    return pick(CASES).flatMap(rule -> rule);
  }

  /**
   * One generator per rule, so that a test can check every rule rather than a random sample.
   *
   * @return the generators, one for each rule
   */
  public static List<Gen<InvalidCase>> rules() {
    return CASES;
  }

  /**
   * Invalid cases for one type, each of its rules about equally likely.
   *
   * @param type the type, for example {@code Commitment.class}
   * @return a generator of the cases that break that type's invariants
   * @throws IllegalArgumentException if no rule concerns that type
   */
  public static Gen<InvalidCase> casesOf(Class<?> type) {
    List<Gen<InvalidCase>> ofType = new ArrayList<>();
    for (int i = 0; i < RULES.size(); i++) {
      if (RULES.get(i).type().equals(type)) {
        ofType.add(CASES.get(i));
      }
    }
    if (ofType.isEmpty()) {
      throw new IllegalArgumentException("no invalid cases for type " + type.getName());
    }
    return pick(ofType).flatMap(rule -> rule);
  }

  private static Gen<InvalidCase> toCases(Rule rule) {
    String type = rule.type().getSimpleName();
    return rule.attempts()
        .map(a -> new InvalidCase(type, rule.field(), rule.description(), rule.alsoReported(), a))
        .describedAs(InvalidCase::toString);
  }
}
