package io.rakor.core.monitoring;

import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is behind, by how much, since when, answered with numbers and names. */
class WhoIsBehindTest {
  private static final Commitment HEALTH =
      Samples.commitmentInProgress().withMilestones(); // a straight line over 2026
  private static final Commitment WATER =
      HEALTH
          .withId(CommitmentId.of("rtl-air"))
          .withLead(UnitId.of("dinas-pu"))
          .withPriority(PriorityId.of("p-air"))
          .withTargets(io.rakor.core.commitments.Target.of(Samples.WATER, 2000, HEALTH.due()));
  private static final List<MonitoringCycle> YEAR = CycleSchedule.cycles(monthlyPlan(), 12);
  private final Portfolio portfolio =
      Portfolio.of(
          List.of(HEALTH, WATER), List.of(Samples.stuntingIndicator(), Samples.waterIndicator()));

  private static ProgressReport report(Commitment c, int month, double percent) {
    return Samples.progressReport(c.id(), YEAR.get(month - 1).id(), percent)
        .withId(io.rakor.core.monitoring.ProgressReportId.of(c.id() + "-" + month));
  }

  @Test
  void anAssessmentSaysHowFarBehindInNumbers() {
    // March, 24.7% expected: Dinkes 10% (14.7 behind), PU 40% (15.3 ahead) but water at 1100
    List<CycleEvaluation> e =
        MonitoringEvaluator.defaults()
            .evaluateAll(
                portfolio,
                YEAR.subList(0, 3),
                List.of(
                    report(HEALTH, 3, 10),
                    report(WATER, 3, 40)
                        .withValues(
                            MeasuredValue.of(Samples.WATER, 1100, LocalDate.of(2026, 3, 31)))));
    CommitmentAssessment health = e.get(2).assessment(0).orElseThrow();
    CommitmentAssessment water = e.get(2).assessment(1).orElseThrow();
    assertThat(health.pointsBehind().getAsDouble()).isCloseTo(90 * 100.0 / 365 - 10, within(1e-9));
    assertThat(water.pointsBehind().getAsDouble()).isCloseTo(90 * 100.0 / 365 - 40, within(1e-9));
    IndicatorCheck waterCheck = water.indicators().get(0);
    assertThat(waterCheck.expectedValue()).isCloseTo(1000 + 1000 * 90 / 365.0, within(1e-9));
    assertThat(waterCheck.actualMinusExpected().getAsDouble())
        .isCloseTo(100 - 1000 * 90 / 365.0, within(1e-9));
    assertThat(health.daysLate()).isZero();
  }

  @Test
  void changeSinceThePreviousCycleIsFlaggedAndTwoCyclesAtRiskAreEscalated() {
    List<ProgressReport> reports =
        List.of(
            report(HEALTH, 1, 9), // January: 8.5% expected, on track
            report(HEALTH, 2, 5), // February: 16.2% expected, 11.2 behind: at risk; progress down
            report(HEALTH, 3, 12), // March: 24.7% expected, 12.7 behind: at risk again
            report(WATER, 1, 9),
            report(WATER, 2, 20),
            report(WATER, 3, 30));
    // tag::history[]
    List<CycleEvaluation> e =
        MonitoringEvaluator.defaults().evaluateAll(portfolio, YEAR.subList(0, 3), reports);
    // end::history[]

    CommitmentAssessment february = e.get(1).assessment(0).orElseThrow();
    assertThat(february.health()).isEqualTo(Health.AT_RISK);
    assertThat(february.progressDropped()).isTrue();
    assertThat(february.healthWorsened()).isTrue();
    assertThat(february.previousHealth()).contains(Health.ON_TRACK);
    assertThat(february.atRiskCycles()).isEqualTo(1);
    assertThat(february.reason())
        .contains("progress down from 9.0% last cycle", "worse than last cycle (ON_TRACK)");
    assertThat(e.get(1).escalations()).isEmpty(); // at risk once is not escalated by default

    CommitmentAssessment march = e.get(2).assessment(0).orElseThrow();
    assertThat(march.atRiskCycles()).isEqualTo(2);
    assertThat(march.progressDropped()).isFalse();
    assertThat(march.reason()).contains("at risk or worse for 2 cycles in a row");
    assertThat(e.get(2).escalations()).containsExactly(march);

    // tag::escalation-rules[]
    EscalationRules onDrop =
        EscalationRules.builder().atRiskCycles(0).progressDropped(true).build();
    MonitoringEvaluator escalatingDrops =
        MonitoringEvaluator.of(HealthThresholds.defaults(), onDrop);
    // end::escalation-rules[]
    assertThat(e.get(1).escalations(onDrop)).containsExactly(february);
    assertThat(
            escalatingDrops
                .evaluateAll(portfolio, YEAR.subList(0, 2), reports)
                .get(1)
                .escalations())
        .containsExactly(february);
    assertThat(e.get(2).escalations(onDrop)).isEmpty();
    assertThat(e.get(2).escalations(CycleEvaluation.DEFAULT_ESCALATION)).isEmpty();
    MonitoringEvaluator configured =
        MonitoringEvaluator.of(
            HealthThresholds.defaults(), EscalationRules.only(java.util.Set.of()));
    assertThat(configured.evaluateAll(portfolio, YEAR.subList(0, 3), reports).get(2).escalations())
        .isEmpty();
  }

  @Test
  void whoIsBehindByUnitAndPriorityWithNames() {
    List<ProgressReport> reports =
        List.of(report(HEALTH, 3, 10), report(WATER, 3, 0).withSubmittedAt(Samples.NOW));
    CycleEvaluation march =
        MonitoringEvaluator.defaults().evaluateAll(portfolio, YEAR.subList(0, 3), reports).get(2);
    Directory names =
        Directory.of(
            List.of(
                Samples.unit().withId(Samples.DINKES).withName("Dinas Kesehatan"),
                ResponsibleUnit.builder()
                    .from(Samples.unit())
                    .id(UnitId.of("dinas-pu"))
                    .name("Dinas Pekerjaan Umum")
                    .build()),
            List.of(Samples.priority().withId(PriorityId.of("p-stunting")).withTitle("Stunting")));

    // tag::who-is-behind[]
    Ranking ranking = march.whoIsBehind(names);
    List<String> lines = ranking.byUnit().stream().map(Standing::describe).toList();
    // end::who-is-behind[]
    assertThat(lines).hasSize(2);
    assertThat(ranking.byUnit())
        .extracting(Standing::name)
        .containsExactly("Dinas Pekerjaan Umum", "Dinas Kesehatan"); // 24.7 behind before 14.7
    assertThat(ranking.byUnit().get(0).describe())
        .isEqualTo("Dinas Pekerjaan Umum: 1 of 1 behind (worst AT_RISK, 24.7 points)");
    assertThat(ranking.byUnit().get(1).commitments().get(0).action()).isEqualTo(HEALTH.action());
    assertThat(ranking.byPriority())
        .extracting(Standing::name)
        .containsExactly("p-air", "Stunting");
    assertThat(march.whoIsBehind(Directory.empty()).byUnit())
        .extracting(Standing::name)
        .containsExactly("dinas-pu", "dinkes");
  }
}
