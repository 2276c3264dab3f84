package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seeded national scenario: reproducible, consistent, a report per commitment per cycle. */
class NationalScenarioTest {
  private static final NationalScenario NATIONAL = Fixtures.nationalScenario(7, size(700, 3));

  private static NationalScenarioSize size(int commitments, int cycles) {
    return NationalScenarioSize.defaults().withCommitments(commitments).withCycles(cycles);
  }

  @Test
  void sizes() {
    assertThat(NATIONAL.regencies()).hasSize(3);
    assertThat(NATIONAL.commitments()).hasSize(700);
    assertThat(NATIONAL.cycleCount()).isEqualTo(3);
    assertThat(NATIONAL.cycles()).hasSize(9);
    assertThat(NATIONAL.cycles(1)).hasSize(3);
    assertThat(NATIONAL.reportCount()).isEqualTo(2100);
    assertThat(NATIONAL.reports().count()).isEqualTo(2100);
    assertThat(NATIONAL.plans()).hasSize(3);
    assertThat(NATIONAL.meetings()).hasSize(3);
    assertThat(NATIONAL.units()).isNotEmpty();
    assertThat(NATIONAL.jurisdictions()).isNotEmpty();
    // spread over provinces: regency codes in different provinces
    assertThat(
            NATIONAL.regencies().stream()
                .map(r -> r.regency().code().parent().orElseThrow())
                .distinct())
        .hasSize(3);
  }

  @Test
  void sameSeedSameData() {
    NationalScenario again = Fixtures.nationalScenario(7, size(700, 3));
    assertThat(again.regencies()).isEqualTo(NATIONAL.regencies());
    assertThat(again.reports(2).toList()).isEqualTo(NATIONAL.reports(2).toList());
    assertThat(NATIONAL.reports(0).parallel().toList()).isEqualTo(NATIONAL.reports(0).toList());
  }

  @Test
  void differentSeedDifferentData() {
    NationalScenario other = Fixtures.nationalScenario(8, size(700, 3));
    assertThat(other.commitments()).isNotEqualTo(NATIONAL.commitments());
  }

  @Test
  void everyRegencyIsAConsistentScenario() {
    NATIONAL.regencies().forEach(ScenarioProperties::consistent);
  }

  @Test
  void everyCommitmentReportsInEveryCycleAndProgressRises() {
    Map<CommitmentId, Commitment> commitments =
        NATIONAL.commitments().stream().collect(Collectors.toMap(Commitment::id, c -> c));
    Map<CommitmentId, Double> progress = new HashMap<>();
    for (int i = 0; i < NATIONAL.cycleCount(); i++) {
      List<ProgressReport> reports = NATIONAL.reports(i).toList();
      assertThat(reports).hasSize(700);
      for (ProgressReport r : reports) {
        Commitment c = commitments.get(r.commitment());
        assertThat(c).isNotNull();
        assertThat(r.reportingUnit()).isEqualTo(c.lead());
        MonitoringCycle cycle =
            NATIONAL.cycles(i).stream()
                .filter(x -> x.id().equals(r.cycle()))
                .findFirst()
                .orElseThrow();
        assertThat(c.start()).isBefore(cycle.periodEnd());
        assertThat(c.due()).isAfterOrEqualTo(cycle.periodEnd().minusDays(1));
        Double before = progress.put(r.commitment(), r.progressPercent());
        if (before != null) {
          assertThat(r.progressPercent()).isGreaterThanOrEqualTo(before);
        }
      }
    }
    MonitoringCycle someCycle = NATIONAL.regencies().get(1).cycles().get(2);
    assertThat(NATIONAL.reportsIn(someCycle.id()))
        .hasSize(NATIONAL.regencies().get(1).commitments().size())
        .allMatch(r -> r.cycle().equals(someCycle.id()));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> NationalScenarioSize.defaults().withCommitments(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NationalScenarioSize.defaults().withCycles(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NATIONAL.reports(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
