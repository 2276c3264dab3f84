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

/** The seeded portfolio: reproducible, consistent, a report per commitment per cycle. */
class PortfolioTest {
  private static final Portfolio PORTFOLIO = Fixtures.portfolio(7, 700, 3);

  @Test
  void sizes() {
    assertThat(PORTFOLIO.regencies()).hasSize(3);
    assertThat(PORTFOLIO.commitments()).hasSize(700);
    assertThat(PORTFOLIO.cycleCount()).isEqualTo(3);
    assertThat(PORTFOLIO.cycles()).hasSize(9);
    assertThat(PORTFOLIO.cycles(1)).hasSize(3);
    assertThat(PORTFOLIO.reportCount()).isEqualTo(2100);
    assertThat(PORTFOLIO.reports().count()).isEqualTo(2100);
    assertThat(PORTFOLIO.plans()).hasSize(3);
    assertThat(PORTFOLIO.meetings()).hasSize(3);
    assertThat(PORTFOLIO.units()).isNotEmpty();
    assertThat(PORTFOLIO.jurisdictions()).isNotEmpty();
    // spread over provinces: regency codes in different provinces
    assertThat(
            PORTFOLIO.regencies().stream()
                .map(r -> r.regency().code().parent().orElseThrow())
                .distinct())
        .hasSize(3);
  }

  @Test
  void sameSeedSameData() {
    Portfolio again = Fixtures.portfolio(7, 700, 3);
    assertThat(again.regencies()).isEqualTo(PORTFOLIO.regencies());
    assertThat(again.reports(2).toList()).isEqualTo(PORTFOLIO.reports(2).toList());
    assertThat(PORTFOLIO.reports(0).parallel().toList()).isEqualTo(PORTFOLIO.reports(0).toList());
  }

  @Test
  void differentSeedDifferentData() {
    Portfolio other = Fixtures.portfolio(8, 700, 3);
    assertThat(other.commitments()).isNotEqualTo(PORTFOLIO.commitments());
  }

  @Test
  void everyRegencyIsAConsistentScenario() {
    PORTFOLIO.regencies().forEach(ScenarioProperties::consistent);
  }

  @Test
  void everyCommitmentReportsInEveryCycleAndProgressRises() {
    Map<CommitmentId, Commitment> commitments =
        PORTFOLIO.commitments().stream().collect(Collectors.toMap(Commitment::id, c -> c));
    Map<CommitmentId, Double> progress = new HashMap<>();
    for (int i = 0; i < PORTFOLIO.cycleCount(); i++) {
      List<ProgressReport> reports = PORTFOLIO.reports(i).toList();
      assertThat(reports).hasSize(700);
      for (ProgressReport r : reports) {
        Commitment c = commitments.get(r.commitment());
        assertThat(c).isNotNull();
        assertThat(r.reportingUnit()).isEqualTo(c.lead());
        MonitoringCycle cycle =
            PORTFOLIO.cycles(i).stream()
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
    MonitoringCycle someCycle = PORTFOLIO.regencies().get(1).cycles().get(2);
    assertThat(PORTFOLIO.reportsIn(someCycle.id()))
        .hasSize(PORTFOLIO.regencies().get(1).commitments().size())
        .allMatch(r -> r.cycle().equals(someCycle.id()));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Fixtures.portfolio(1, 0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixtures.portfolio(1, 10, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PORTFOLIO.reports(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
