package io.rakor.core.monitoring;

import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Evaluations kept as records, series over cycles, and the trend of each assessment. */
class HistoryAndTrendsTest {
  private static final Commitment HEALTH =
      Samples.commitmentInProgress().withMilestones(); // a straight line over 2026
  private static final Commitment WATER =
      HEALTH
          .withId(CommitmentId.of("rtl-air"))
          .withLead(UnitId.of("dinas-pu"))
          .withPriority(PriorityId.of("p-air"));
  private static final List<MonitoringCycle> YEAR = CycleSchedule.cycles(monthlyPlan(), 12);
  private static final Instant EVALUATED_AT = Instant.parse("2026-04-11T01:00:00Z");
  private final Portfolio portfolio =
      Portfolio.of(List.of(HEALTH, WATER), List.of(Samples.stuntingIndicator()));

  // January 8.5% expected, February 16.2%, March 24.7%
  private final List<ProgressReport> reports =
      List.of(
          report(HEALTH, 1, 9), // 0.5 ahead: on track
          report(HEALTH, 2, 5), // 11.2 behind: at risk
          report(HEALTH, 3, 12), // 12.7 behind: at risk, 1.5 points more
          report(WATER, 1, 9), // 0.5 ahead
          report(WATER, 2, 20), // 3.8 ahead
          report(WATER, 3, 25)); // 0.3 behind: 4.1 points less ahead

  private static ProgressReport report(Commitment c, int month, double percent) {
    return Samples.progressReport(c.id(), YEAR.get(month - 1).id(), percent)
        .withId(ProgressReportId.of(c.id() + "-" + month));
  }

  private List<CycleEvaluation> firstQuarter() {
    return MonitoringEvaluator.defaults().evaluateAll(portfolio, YEAR.subList(0, 3), reports);
  }

  @Test
  void eachAssessmentHasATrendSinceThePreviousCycle() {
    List<CycleEvaluation> e = firstQuarter();

    assertThat(e.get(0).assessment(0).orElseThrow().trend()).isEqualTo(Trend.NO_HISTORY);
    CommitmentAssessment february = e.get(1).assessment(0).orElseThrow();
    assertThat(february.trend()).isEqualTo(Trend.WORSENING); // ON_TRACK to AT_RISK
    CommitmentAssessment march = e.get(2).assessment(0).orElseThrow();
    assertThat(march.previousPointsBehind().getAsDouble()).isCloseTo(11.2, within(0.05));
    assertThat(march.trend()).isEqualTo(Trend.WORSENING); // AT_RISK, 1.5 points more behind
    assertThat(e.get(1).assessment(1).orElseThrow().trend()).isEqualTo(Trend.IMPROVING);
    assertThat(e.get(2).assessment(1).orElseThrow().trend()).isEqualTo(Trend.WORSENING);
  }

  @Test
  void theTrendRuleComparesHealthFirstThenPointsBehindWithATolerance() {
    Optional<Health> onTrack = Optional.of(Health.ON_TRACK);
    OptionalDouble five = OptionalDouble.of(5);

    assertThat(Trend.between(Optional.empty(), five, Health.OVERDUE, five))
        .isEqualTo(Trend.NO_HISTORY);
    assertThat(Trend.between(onTrack, five, Health.AT_RISK, OptionalDouble.of(-20)))
        .isEqualTo(Trend.WORSENING);
    assertThat(Trend.between(Optional.of(Health.AT_RISK), five, Health.ON_TRACK, five))
        .isEqualTo(Trend.IMPROVING);
    assertThat(Trend.between(onTrack, five, Health.ON_TRACK, OptionalDouble.of(6)))
        .isEqualTo(Trend.FLAT); // exactly the tolerance
    assertThat(Trend.between(onTrack, five, Health.ON_TRACK, OptionalDouble.of(6.01)))
        .isEqualTo(Trend.WORSENING);
    assertThat(Trend.between(onTrack, five, Health.ON_TRACK, OptionalDouble.of(3.99)))
        .isEqualTo(Trend.IMPROVING);
    assertThat(Trend.between(onTrack, OptionalDouble.empty(), Health.ON_TRACK, five))
        .isEqualTo(Trend.FLAT);
  }

  @Test
  void recordsGiveACommitmentsAndAUnitsSeriesInCycleOrder() {
    // tag::record-series[]
    List<EvaluationRecord> records = new ArrayList<>();
    for (CycleEvaluation evaluation : firstQuarter()) {
      records.add(EvaluationRecord.of(evaluation, EVALUATED_AT));
    }
    List<SeriesPoint> dinkes = HealthSeries.ofCommitment(records, HEALTH.id());
    List<SeriesPoint> publicWorks = HealthSeries.ofUnit(records, UnitId.of("dinas-pu"));
    // end::record-series[]

    assertThat(dinkes)
        .extracting(SeriesPoint::sequence, SeriesPoint::health, SeriesPoint::trend)
        .containsExactly(
            tuple(1, Health.ON_TRACK, Trend.NO_HISTORY),
            tuple(2, Health.AT_RISK, Trend.WORSENING),
            tuple(3, Health.AT_RISK, Trend.WORSENING));
    assertThat(dinkes.get(2).progressPercent()).hasValue(12);
    assertThat(dinkes.get(2).pointsBehind().getAsDouble())
        .isCloseTo(90 * 100.0 / 365 - 12, within(1e-9));
    assertThat(publicWorks).extracting(SeriesPoint::commitments).containsExactly(1, 1, 1);
    assertThat(publicWorks)
        .extracting(SeriesPoint::trend)
        .containsExactly(Trend.NO_HISTORY, Trend.IMPROVING, Trend.WORSENING);

    List<EvaluationRecord> shuffled = new ArrayList<>(records);
    Collections.reverse(shuffled);
    assertThat(HealthSeries.ofCommitment(shuffled, HEALTH.id())).isEqualTo(dinkes);
    // a record that does not hold the commitment breaks its history
    List<EvaluationRecord> gap =
        List.of(records.get(0), records.get(1).withAssessments(), records.get(2));
    assertThat(HealthSeries.ofCommitment(gap, HEALTH.id()))
        .extracting(SeriesPoint::trend)
        .containsExactly(Trend.NO_HISTORY, Trend.NO_HISTORY);
    // the unit's point: worst health, mean progress and points behind of the commitments it leads
    List<SeriesPoint> both =
        HealthSeries.ofUnit(
            List.of(
                records
                    .get(2)
                    .withAssessments(
                        records.get(2).assessments().stream()
                            .map(a -> a.withLead(UnitId.of("dinas-pu")))
                            .toList())),
            UnitId.of("dinas-pu"));
    assertThat(both.get(0).health()).isEqualTo(Health.AT_RISK);
    assertThat(both.get(0).commitments()).isEqualTo(2);
    assertThat(both.get(0).progressPercent()).hasValue(18.5);
  }

  @Test
  void aRecordHoldsTheNumbersOfEachAssessment() {
    CycleEvaluation march = firstQuarter().get(2);
    EvaluationRecord record = EvaluationRecord.of(march, EVALUATED_AT);
    CommitmentAssessment a = march.assessment(0).orElseThrow();

    assertThat(record.cycle()).isEqualTo(YEAR.get(2).id());
    assertThat(record.plan()).isEqualTo(monthlyPlan().id());
    assertThat(record.sequence()).isEqualTo(3);
    assertThat(record.asOf()).isEqualTo(YEAR.get(2).periodEnd());
    assertThat(record.thresholds()).isEqualTo(HealthThresholds.defaults());
    assertThat(record.summary()).isEqualTo(march.summary());
    RecordedAssessment r = record.assessment(HEALTH.id()).orElseThrow();
    assertThat(r.health()).isEqualTo(a.health());
    assertThat(r.expectedPercent()).isEqualTo(a.expectedPercent());
    assertThat(r.reportedPercent()).contains(a.reportedPercent().getAsDouble());
    assertThat(r.pointsBehind()).contains(a.pointsBehind().getAsDouble());
    assertThat(r.atRiskCycles()).isEqualTo(2);
    assertThat(r.trend()).isEqualTo(Trend.WORSENING);
    assertThat(r.lead()).isEqualTo(HEALTH.lead());
    assertThat(r.priority()).isEqualTo(HEALTH.priority());
    assertThat(RakorJson.readDocument(RakorJson.writeDocument(record), EvaluationRecord.class))
        .isEqualTo(record);
  }

  @Test
  void anEvaluationComparedWithTheStoredRecordOfThePreviousCycle() {
    List<CycleEvaluation> e = firstQuarter();
    EvaluationRecord february = EvaluationRecord.of(e.get(1), EVALUATED_AT);
    CycleEvaluation marchAlone =
        MonitoringEvaluator.defaults()
            .evaluate(
                CycleReports.of(
                    portfolio,
                    YEAR.get(2),
                    reports.stream().filter(r -> r.cycle().equals(YEAR.get(2).id())).toList()));
    assertThat(marchAlone.assessment(0).orElseThrow().trend()).isEqualTo(Trend.NO_HISTORY);
    assertThat(marchAlone.escalations()).isEmpty();

    // tag::with-previous[]
    CycleEvaluation march = marchAlone.withPrevious(february);
    // end::with-previous[]

    CommitmentAssessment health = march.assessment(0).orElseThrow();
    assertThat(health.trend()).isEqualTo(Trend.WORSENING);
    assertThat(health.atRiskCycles()).isEqualTo(2);
    assertThat(health.previousHealth()).contains(Health.AT_RISK);
    assertThat(health).isEqualTo(e.get(2).assessment(0).orElseThrow());
    assertThat(march.escalations()).containsExactly(health);
    // a record without the commitment: no history for it
    CommitmentAssessment unknown =
        marchAlone.withPrevious(february.withAssessments()).assessment(0).orElseThrow();
    assertThat(unknown.trend()).isEqualTo(Trend.NO_HISTORY);
    assertThat(unknown.atRiskCycles()).isEqualTo(1);
    // the record must be of an earlier cycle of the same plan
    EvaluationRecord marchRecord = EvaluationRecord.of(e.get(2), EVALUATED_AT);
    assertThatThrownBy(() -> marchAlone.withPrevious(marchRecord))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("EvaluationRecord.sequence = 3: must be before cycle");
    assertThatThrownBy(
            () -> marchAlone.withPrevious(february.withPlan(MonitoringPlanId.of("lain"))))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("EvaluationRecord.plan = lain: must be the plan of cycle");
  }

  @Test
  void invalidRecordsAreRefusedNamingTheField() {
    RecordedAssessment a = Samples.recordedAssessment();
    assertThatThrownBy(() -> a.withPointsBehind(100.5))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("RecordedAssessment.pointsBehind = 100.5: must be from -100 to 100");
    assertThatThrownBy(() -> a.withHealth(Health.ON_TRACK))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("RecordedAssessment.atRiskCycles = 2");
    assertThat(a.withReportedPercent(-0.0).reportedPercent()).contains(0.0);
    EvaluationRecord r = Samples.evaluationRecord();
    assertThatThrownBy(() -> r.withAssessments(a, a.withTrend(Trend.FLAT)))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("EvaluationRecord.assessments");
    assertThatThrownBy(() -> r.withSequence(0))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("EvaluationRecord.sequence = 0: must be at least 1");
  }
}
