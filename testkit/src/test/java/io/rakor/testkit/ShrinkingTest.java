package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/**
 * A deliberately false property is reported with a small, readable counterexample: the generators
 * draw all their randomness from QuickTheories' one source, so the counterexample shrinks to the
 * boundary in every dimension the property does not need.
 */
class ShrinkingTest {

  /** The counterexample QuickTheories reports as the smallest it found. */
  private static String smallest(AssertionError e) {
    String[] lines = e.getMessage().split("\n");
    for (int i = 0; i < lines.length - 1; i++) {
      if (lines[i].startsWith("Smallest found falsifying value")) {
        return lines[i + 1];
      }
    }
    throw new AssertionError("no counterexample in " + e.getMessage());
  }

  @Test
  void aCommitmentShrinksToTwoSupportersAndNothingElse() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(2026)
                    .withExamples(200)
                    // generated commitments draw owners, plans, instruments, periods and money
                    // last: shrinking them all to their boundaries takes more cycles
                    .withShrinkCycles(10_000)
                    .forAll(RakorGen.commitments())
                    .check(c -> c.supporters().size() <= 1));

    String counterexample = smallest(e);
    // for example: Commitment rtl-1 "Sinkronisasi data ..." lead unit-1 supporters [unit-3, unit-2]
    //              2020-01-01..2020-01-01 targets 0 milestones 1
    // the lead shrinks to the smallest unit id or the identifier generator's boundary, "aaaa"
    assertThat(counterexample)
        .startsWith("Commitment rtl-1 ")
        .containsPattern(" lead (unit-\\d|a{4}) ");
    String supporters =
        counterexample.substring(
            counterexample.indexOf("supporters [") + 12, counterexample.indexOf(']'));
    assertThat(supporters.split(", ")).hasSize(2);
    assertThat(counterexample).contains("2020-01-01..2020-01-01").endsWith("milestones 1");
  }

  @Test
  void aMeetingShrinksToThreeAgendaItemsNumberedFromOne() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(2026)
                    .withExamples(300)
                    .withShrinkCycles(5000)
                    .forAll(RakorGen.meetings())
                    .check(m -> m.agenda().size() < 3));

    // for example: Meeting rakor-1 "Rapat Koordinasi Lintas Sektor Kabupaten Lampung Utara"
    //   2020-01-01T07:00+07:00[Asia/Jakarta], 3 participants, agenda [1, 2, 3], 0 reports, ...
    assertThat(smallest(e))
        .startsWith("Meeting rakor-1 ")
        .contains("2020-01-01T07:00")
        .contains("agenda [1, 2, 3], 0 reports, 0 decisions");
  }

  @Test
  void aScenarioShrinksToThreeCommitmentsAndOneCycle() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(7)
                    .withExamples(100)
                    .withShrinkCycles(10_000)
                    .forAll(
                        RakorGen.scenarioSizes(
                                ScenarioSize.minimal()
                                    .withVillagesPerSubDistrict(2)
                                    .withAgencies(2)
                                    .withCommitments(6)
                                    .withCycles(2))
                            .flatMap(RakorGen::scenarios))
                    .check(s -> s.commitments().size() <= 2));

    // for example: Scenario[11.01 Lampung Utara: 4 jurisdictions, 9 units, 5 officials,
    //   1 indicators, 1 priorities, meeting 11.01/rakor-1 on 2024-01-01, 3 commitments, 1 cycles,
    //   0 reports]
    assertThat(smallest(e)).startsWith("Scenario[").contains("3 commitments, 1 cycles");
  }

  @Test
  void aNumberShrinksToTheBoundary() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(2026)
                    .withExamples(300)
                    .forAll(RakorGen.agendaItems())
                    .check(a -> a.position() < 10));

    assertThat(smallest(e)).startsWith("AgendaItem{position=10,");
  }
}
