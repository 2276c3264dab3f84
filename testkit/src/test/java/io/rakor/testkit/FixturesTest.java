package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import org.junit.jupiter.api.Test;

/** The seeded entry point gives the same data for the same seed, and other data for another. */
class FixturesTest {

  @Test
  void sameSeedSameScenario() {
    Scenario first = Fixtures.scenario(2026);
    Scenario second = Fixtures.scenario(2026);
    assertThat(second).isEqualTo(first);
    assertThat(second.hashCode()).isEqualTo(first.hashCode());
    assertThat(first.commitments()).hasSize(ScenarioSize.medium().commitments());
    assertThat(first.cycles()).hasSize(ScenarioSize.medium().cycles());
  }

  @Test
  void differentSeedDifferentScenario() {
    assertThat(Fixtures.scenario(1)).isNotEqualTo(Fixtures.scenario(2));
  }

  @Test
  void sampleOfAnyGeneratorIsReproducible() {
    Commitment a = Fixtures.sample(RakorGen.commitments(), 7);
    Commitment b = Fixtures.sample(RakorGen.commitments(), 7);
    assertThat(b).isEqualTo(a);
    assertThat(Fixtures.sample(RakorGen.commitments(), 8)).isNotEqualTo(a);
  }

  @Test
  void sizesAreChecked() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ScenarioSize.small().withSubDistricts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subDistricts");
    assertThat(Fixtures.scenario(3, ScenarioSize.small()).commitments()).hasSize(6);
  }

  @Test
  void aScenarioOfRegencySize() {
    Scenario regency = Fixtures.scenario(18_03, ScenarioSize.regency());
    assertThat(regency.jurisdictions()).hasSize(2 + 23 + 23 * 11);
    assertThat(regency.commitments()).hasSize(300);
    assertThat(regency.cycles()).hasSize(12);
    ScenarioProperties.consistent(regency);
  }
}
