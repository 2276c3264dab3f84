package io.rakor.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleScheduleTest {
  private static MonitoringPlan plan() {
    return io.rakor.core.Samples.monthlyPlan();
  }

  private static MonitoringPlan plan(Cadence cadence) {
    return plan().withCadence(cadence);
  }

  @Test
  void monthlyCyclesAreHalfOpenWithTheDeadlineNDaysAfterThePeriodEnds() {
    MonitoringCycle january = CycleSchedule.cycle(plan(), 1);
    assertThat(january.id()).isEqualTo(CycleId.of("monev-2026/1"));
    assertThat(january.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(january.periodEnd()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(january.reportDue())
        .isEqualTo(ZonedDateTime.of(2026, 2, 11, 0, 0, 0, 0, ZoneId.of("Asia/Jakarta")));
    assertThat(january.contains(LocalDate.of(2026, 1, 31))).isTrue();
    assertThat(january.contains(LocalDate.of(2026, 2, 1))).isFalse();
    assertThat(january.status()).isEqualTo(CycleStatus.OPEN);
  }

  @Test
  void periodsCrossMonthEndsOfEveryLength() {
    List<MonitoringCycle> cycles =
        CycleSchedule.cycles(plan().withFirstPeriodStart(LocalDate.of(2028, 1, 1)), 3);
    assertThat(cycles.get(1).periodStart()).isEqualTo(LocalDate.of(2028, 2, 1));
    assertThat(cycles.get(1).periodEnd()).isEqualTo(LocalDate.of(2028, 3, 1)); // leap February
    assertThat(cycles.get(1).contains(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(
            CycleSchedule.cycleContaining(plan(), LocalDate.of(2026, 1, 31))
                .orElseThrow()
                .sequence())
        .isEqualTo(1);
    assertThat(
            CycleSchedule.cycleContaining(plan(), LocalDate.of(2026, 2, 1))
                .orElseThrow()
                .sequence())
        .isEqualTo(2);
    assertThat(CycleSchedule.cycleContaining(plan(), LocalDate.of(2025, 12, 31))).isEmpty();
  }

  @Test
  void everyCadenceHasItsLength() {
    assertThat(CycleSchedule.cycle(plan(Cadence.QUARTERLY), 2).periodStart())
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(CycleSchedule.cycle(plan(Cadence.QUARTERLY), 2).periodEnd())
        .isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(CycleSchedule.cycle(plan(Cadence.SEMESTER), 2).periodEnd())
        .isEqualTo(LocalDate.of(2027, 1, 1));
    MonitoringCycle secondYear = CycleSchedule.cycle(plan(Cadence.YEARLY), 2);
    assertThat(secondYear.periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(secondYear.periodEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(
            CycleSchedule.cycleContaining(plan(Cadence.QUARTERLY), LocalDate.of(2026, 6, 30))
                .orElseThrow()
                .sequence())
        .isEqualTo(2);
  }

  @Test
  void twentyFourMonthlyCyclesCoverTwoYears() {
    List<MonitoringCycle> cycles = CycleSchedule.cycles(plan(), 24);
    assertThat(cycles).hasSize(24);
    assertThat(cycles.get(23).periodStart()).isEqualTo(LocalDate.of(2027, 12, 1));
    assertThat(cycles.get(23).periodEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
    for (int i = 1; i < cycles.size(); i++) {
      assertThat(cycles.get(i).periodStart()).isEqualTo(cycles.get(i - 1).periodEnd());
    }
  }

  @Test
  void aHorizonTakesEveryPeriodStartingBeforeIt() {
    assertThat(CycleSchedule.cyclesBefore(plan(), LocalDate.of(2026, 4, 1))).hasSize(3);
    assertThat(CycleSchedule.cyclesBefore(plan(), LocalDate.of(2026, 4, 2))).hasSize(4);
    assertThat(CycleSchedule.cyclesBefore(plan(), LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(CycleSchedule.cyclesBefore(plan(Cadence.SEMESTER), LocalDate.of(2027, 1, 1)))
        .hasSize(2);
  }

  @Test
  void deadlinesFallInThePlansZoneFromUtcPlus7ToUtcPlus9() {
    ZonedDateTime wib = CycleSchedule.cycle(plan(), 1).reportDue();
    MonitoringPlan wita = plan().withZone(ZoneId.of("Asia/Makassar"));
    MonitoringPlan wit = plan().withZone(ZoneId.of("Asia/Jayapura"));
    ZonedDateTime witaDue = CycleSchedule.cycle(wita, 1).reportDue();
    ZonedDateTime witDue = CycleSchedule.cycle(wit, 1).reportDue();
    assertThat(witaDue.toLocalDateTime()).isEqualTo(wib.toLocalDateTime());
    assertThat(Duration.between(witaDue.toInstant(), wib.toInstant()))
        .isEqualTo(Duration.ofHours(1));
    assertThat(Duration.between(witDue.toInstant(), wib.toInstant()))
        .isEqualTo(Duration.ofHours(2));
    assertThat(witDue.toInstant().toString()).isEqualTo("2026-02-10T15:00:00Z");
  }

  @Test
  void aZeroWindowMeansReportsAreDueWhenThePeriodEnds() {
    MonitoringPlan noWindow = plan().withReportingWindowDays(0);
    assertThat(CycleSchedule.cycle(noWindow, 1).reportDue().toLocalDateTime())
        .isEqualTo(LocalDate.of(2026, 2, 1).atStartOfDay());
  }

  @Test
  void sequencesStartAtOne() {
    assertThatThrownBy(() -> CycleSchedule.cycle(plan(), 0))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("sequence");
  }
}
