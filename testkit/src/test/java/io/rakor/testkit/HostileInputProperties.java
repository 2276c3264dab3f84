package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.RakorValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The project's own hostile suite for builders (issue 10, section 8): generated invalid input,
 * every rule of {@link Invalid} drawn over and over, counting the values accepted (must be 0) and
 * the exceptions that are not the library's {@link RakorValidationException} (must be 0), and the
 * rejections that name another field than the broken one (must be 0).
 *
 * <p>The number of tries is {@value #DEFAULT_TRIES} in a normal build; the system property {@value
 * #TRIES_PROPERTY} raises it, for example {@code ./mvnw -o -pl testkit -am verify
 * -Drakor.hostile.tries=100000 -Dtest=HostileInputProperties
 * -Dsurefire.failIfNoSpecifiedTests=false} (see {@code docs/testkit.md}).
 */
class HostileInputProperties {
  static final String TRIES_PROPERTY = "rakor.hostile.tries";
  static final int DEFAULT_TRIES = 5_000;

  static int tries() {
    return Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES);
  }

  record Tally(int tries, List<String> accepted, List<String> foreign, List<String> misnamed) {
    boolean clean() {
      return accepted.isEmpty() && foreign.isEmpty() && misnamed.isEmpty();
    }
  }

  static Tally attack(Gen<InvalidCase> cases, int tries, long firstSeed) {
    List<String> accepted = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    List<String> misnamed = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      long seed = firstSeed + i;
      InvalidCase c = Fixtures.sample(cases, seed);
      Supplier<?> attempt = c.attempt();
      try {
        Object built = attempt.get();
        accepted.add("seed " + seed + ": " + c + " was accepted: " + built);
      } catch (RakorValidationException e) {
        if (!e.concerns(c.field())) {
          misnamed.add("seed " + seed + ": " + c + " was rejected as " + e.getMessage());
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        foreign.add("seed " + seed + ": " + c + " threw " + e);
      }
    }
    return new Tally(tries, accepted, foreign, misnamed);
  }

  @Test
  void noGeneratedInvalidInputIsAcceptedOrRefusedWithAForeignException() {
    int tries = tries();
    Tally tally = attack(Invalid.cases(), tries, 10_000_000L);

    assertThat(tally.accepted()).as("accepted of %d tries", tries).isEmpty();
    assertThat(tally.foreign()).as("foreign exceptions in %d tries", tries).isEmpty();
    assertThat(tally.misnamed()).as("rejections naming another field in %d tries", tries).isEmpty();
  }

  @Test
  void everyRuleIsTriedAtLeastOnceWhateverTheCount() {
    for (Gen<InvalidCase> rule : Invalid.rules()) {
      Tally tally = attack(rule, 3, 42L);
      assertThat(tally.clean()).as("%s", tally).isTrue();
    }
  }

  @Test
  void aBrokenBuilderWouldBeCounted() {
    Gen<InvalidCase> lenient =
        Invalid.cases()
            .map(
                c ->
                    new InvalidCase(
                        c.type(), c.field(), c.description(), c.alsoReported(), () -> "built"));
    Gen<InvalidCase> throwing =
        Invalid.cases()
            .map(
                c ->
                    new InvalidCase(
                        c.type(),
                        c.field(),
                        c.description(),
                        c.alsoReported(),
                        () -> {
                          throw new NullPointerException("element");
                        }));

    assertThat(attack(lenient, 10, 1L).accepted()).hasSize(10);
    assertThat(attack(throwing, 10, 1L).foreign()).hasSize(10);
  }
}
