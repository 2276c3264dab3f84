package io.rakor.core.monitoring;

import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected progress follows dated checkpoints, and indicators are judged when measured. */
class CheckpointsTest {
  private final MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();
  private final Commitment rtl =
      Samples.commitmentInProgress(); // m1 31 Mar, m2 30 Jun, 1 Jan-31 Dec

  private static MonitoringCycle month(int n) {
    return CycleSchedule.cycle(monthlyPlan(), n);
  }

  private CommitmentAssessment assess(
      Commitment c, List<Indicator> indicators, int month, ProgressReport report) {
    Portfolio p = Portfolio.of(List.of(c), indicators);
    return evaluator.evaluate(p, month(month), List.of(report)).assessment(0).orElseThrow();
  }

  private static ProgressReport report(Commitment c, int month, double percent) {
    return Samples.progressReport(c.id(), month(month).id(), percent);
  }

  @Test
  void eachMilestoneIsAnEqualStepEarnedOverItsOwnStretch() {
    // three steps: m1 over 1 Jan-31 Mar, m2 over 1 Apr-30 Jun, the rest over 1 Jul-31 Dec
    List<Indicator> none = List.of(Samples.stuntingIndicator());
    assertThat(assess(rtl, none, 2, report(rtl, 2, 20)).expectedPercent())
        .isCloseTo(59 * 100.0 / 90 / 3, within(1e-9));
    assertThat(assess(rtl, none, 3, report(rtl, 3, 20)).expectedPercent())
        .isCloseTo(100.0 / 3, within(1e-9));
    assertThat(assess(rtl, none, 6, report(rtl, 6, 20)).expectedPercent())
        .isCloseTo(200.0 / 3, within(1e-9));
    MonitoringEvaluator straight =
        MonitoringEvaluator.of(
            HealthThresholds.builder().expectation(Expectation.STRAIGHT_LINE).build());
    assertThat(
            straight
                .evaluate(Portfolio.of(List.of(rtl), none), month(3), List.of(report(rtl, 3, 20)))
                .assessment(0)
                .orElseThrow()
                .expectedPercent())
        .isCloseTo(90 * 100.0 / 365, within(1e-9));
  }

  @Test
  void noVillageDrilledInJulyIsOnTrackWhenTheDrillsArePlannedForSeptember() {
    IndicatorId drilled = IndicatorId.of("villages-drilled");
    Indicator villagesDrilled =
        Indicator.builder()
            .id(drilled)
            .name("Desa yang melaksanakan simulasi")
            .unitOfMeasure("villages")
            .direction(Direction.HIGHER_IS_BETTER)
            .baseline(DatedValue.of(0, LocalDate.of(2025, 12, 31)))
            .dataSteward(Samples.BPBD)
            .measuredIn(List.of(Month.SEPTEMBER))
            .build();
    List<Milestone> drills =
        List.of("2001", "2002", "2003").stream()
            .map(
                v ->
                    Milestone.builder()
                        .id(MilestoneId.of("drill-" + v))
                        .description("Simulasi evakuasi desa " + v)
                        .start(LocalDate.of(2026, 9, 1))
                        .due(LocalDate.of(2026, 9, 30))
                        .place(JurisdictionCode.of("18.03.01." + v))
                        .build())
            .toList();
    Commitment drill =
        Commitment.builder()
            .from(rtl)
            .id(CommitmentId.of("rtl-simulasi"))
            .scope(List.of(JurisdictionCode.of("18.03.01")))
            .targets(List.of(Target.of(drilled, 3, LocalDate.of(2026, 9, 30))))
            .milestones(drills)
            .build();
    ProgressReport july =
        report(drill, 7, 0).withValues(MeasuredValue.of(drilled, 0, LocalDate.of(2026, 7, 31)));

    CommitmentAssessment a = assess(drill, List.of(villagesDrilled), 7, july);
    assertThat(a.expectedPercent()).isZero();
    assertThat(a.indicators().get(0).judged()).isFalse();
    assertThat(a.health()).isEqualTo(Health.ON_TRACK);
    assertThat(a.reason())
        .contains(
            "villages-drilled 0 vs target 3 by 30 September 2026 (higher is better,"
                + " baseline 0): no measurement due yet");
  }

  @Test
  void aPrevalenceMeasuredInAugustIsNotBehindInMayButIsInSeptember() {
    Indicator measuredInAugust = Samples.stuntingIndicator().withMeasuredIn(Month.AUGUST);
    Commitment c = rtl.withMilestones(); // a straight line over the year for progress
    MeasuredValue unchanged = MeasuredValue.of(Samples.STUNTING, 27, LocalDate.of(2026, 5, 31));

    CommitmentAssessment may =
        assess(c, List.of(measuredInAugust), 5, report(c, 5, 40).withValues(unchanged));
    assertThat(may.indicators().get(0).judged()).isFalse();
    assertThat(may.health()).isEqualTo(Health.ON_TRACK);

    CommitmentAssessment september =
        assess(c, List.of(measuredInAugust), 9, report(c, 9, 75).withValues(unchanged));
    IndicatorCheck check = september.indicators().get(0);
    assertThat(check.measurementDue()).contains(LocalDate.of(2026, 8, 31));
    assertThat(check.expectedPercent()).isCloseTo(243 * 100.0 / 365, within(1e-9));
    assertThat(september.health()).isEqualTo(Health.OFF_TRACK);
    assertThat(check.describe()).contains("expected by the measurement due until 31 August 2026");
  }

  @Test
  void successiveTargetsOnOneIndicatorAreCheckpointsOfItsPath() {
    Commitment water =
        rtl.withMilestones()
            .withTargets(
                Target.of(Samples.WATER, 1500, LocalDate.of(2026, 6, 30)),
                Target.of(Samples.WATER, 2000, LocalDate.of(2026, 12, 31)));
    ProgressReport september =
        report(water, 9, 80)
            .withValues(MeasuredValue.of(Samples.WATER, 1600, LocalDate.of(2026, 9, 30)));
    CommitmentAssessment a = assess(water, List.of(Samples.waterIndicator()), 9, september);
    IndicatorCheck first = a.indicators().get(0);
    IndicatorCheck second = a.indicators().get(1);
    assertThat(first.attainmentPercent().getAsDouble()).isEqualTo(100);
    assertThat(second.startValue()).isEqualTo(1500);
    assertThat(second.expectedPercent()).isCloseTo(92 * 100.0 / 184, within(1e-9));
    assertThat(second.expectedValue()).isCloseTo(1750, within(1e-9));
    assertThat(second.attainmentPercent().getAsDouble()).isCloseTo(20, within(1e-9));
    assertThat(second.actualMinusExpected().getAsDouble()).isCloseTo(-150, within(1e-9));
    assertThat(a.health()).isEqualTo(Health.OFF_TRACK); // 30 points behind on the second stretch
  }
}
