package io.rakor.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.HealthSeries;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.RecordedAssessment;
import io.rakor.core.monitoring.SeriesPoint;
import io.rakor.core.monitoring.Trend;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Properties of kept evaluations: records, series and trends on generated scenarios. */
class EvaluationHistoryProperties {
  private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

  private static List<CycleEvaluation> evaluateAll(Scenario s) {
    return MonitoringEvaluator.defaults()
        .evaluateAll(Portfolio.of(s.commitments(), s.indicators()), s.cycles(), s.reports());
  }

  private static List<EvaluationRecord> records(List<CycleEvaluation> all) {
    return all.stream().map(e -> EvaluationRecord.of(e, AT)).toList();
  }

  /** The trend rule, written independently of {@link Trend#between}. */
  private static boolean worsening(SeriesPoint before, SeriesPoint now) {
    int severity = now.health().severity() - before.health().severity();
    return severity > 0
        || (severity == 0
            && before.pointsBehind().isPresent()
            && now.pointsBehind().isPresent()
            && now.pointsBehind().getAsDouble() - before.pointsBehind().getAsDouble()
                > Trend.TOLERANCE);
  }

  @Test
  void comparingWithTheRecordOfThePreviousCycleIsComparingWithItsEvaluation() {
    qt().withExamples(40)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            s -> {
              List<CycleEvaluation> all = evaluateAll(s);
              List<EvaluationRecord> records = records(all);
              for (int k = 1; k < all.size(); k++) {
                assertThat(all.get(k).withPrevious(records.get(k - 1)).assessments())
                    .as("cycle %s", all.get(k).cycle().id())
                    .isEqualTo(all.get(k).assessments());
              }
            });
  }

  @Test
  void aRecordHoldsEachAssessmentsNumbersAndReadsBackEqual() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            s -> {
              for (CycleEvaluation e : evaluateAll(s)) {
                EvaluationRecord r = EvaluationRecord.of(e, AT);
                assertThat(r.summary()).isEqualTo(e.summary());
                for (CommitmentAssessment a : e.assessments()) {
                  RecordedAssessment x = r.assessment(a.commitment()).orElseThrow();
                  assertThat(x.health()).isEqualTo(a.health());
                  assertThat(x.trend()).isEqualTo(a.trend());
                  assertThat(x.atRiskCycles()).isEqualTo(a.atRiskCycles());
                  assertThat(x.pointsBehind().isPresent()).isEqualTo(a.pointsBehind().isPresent());
                }
                assertThat(
                        RakorJson.readDocument(RakorJson.writeDocument(r), EvaluationRecord.class))
                    .isEqualTo(r);
              }
            });
  }

  @Test
  void seriesComeInCycleOrderWhateverTheOrderOfTheRecords() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            s -> {
              List<EvaluationRecord> records = records(evaluateAll(s));
              List<EvaluationRecord> reversed = new ArrayList<>(records);
              Collections.reverse(reversed);
              for (Commitment c : s.commitments()) {
                List<SeriesPoint> series = HealthSeries.ofCommitment(records, c.id());
                assertThat(HealthSeries.ofCommitment(reversed, c.id())).isEqualTo(series);
                for (int k = 1; k < series.size(); k++) {
                  assertThat(series.get(k).sequence()).isGreaterThan(series.get(k - 1).sequence());
                }
                List<SeriesPoint> unit = HealthSeries.ofUnit(reversed, c.lead());
                assertThat(unit).isEqualTo(HealthSeries.ofUnit(records, c.lead()));
                assertThat(unit.size()).isGreaterThanOrEqualTo(series.size());
              }
            });
  }

  @Test
  void aPointIsWorseningExactlyWhenItsHealthIsWorseOrItFellBehindBeyondTheTolerance() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            s -> {
              List<EvaluationRecord> records = records(evaluateAll(s));
              for (Commitment c : s.commitments()) {
                for (List<SeriesPoint> series :
                    List.of(
                        HealthSeries.ofCommitment(records, c.id()),
                        HealthSeries.ofUnit(records, c.lead()))) {
                  for (int k = 0; k < series.size(); k++) {
                    SeriesPoint now = series.get(k);
                    if (k == 0 || now.sequence() != series.get(k - 1).sequence() + 1) {
                      assertThat(now.trend()).isEqualTo(Trend.NO_HISTORY);
                      continue;
                    }
                    SeriesPoint before = series.get(k - 1);
                    assertThat(now.trend() == Trend.WORSENING)
                        .as("%s after %s", now, before)
                        .isEqualTo(worsening(before, now));
                    assertThat(now.trend() == Trend.IMPROVING)
                        .as("%s after %s", now, before)
                        .isEqualTo(worsening(now, before));
                  }
                }
              }
            });
  }

  @Test
  void theTrendIsSymmetric() {
    qt().withExamples(200)
        .forAll(RakorGen.recordedAssessments(), RakorGen.recordedAssessments())
        .checkAssert(
            (a, b) -> {
              Trend forth =
                  Trend.between(Optional.of(a.health()), behind(a), b.health(), behind(b));
              Trend back = Trend.between(Optional.of(b.health()), behind(b), a.health(), behind(a));
              assertThat(forth).isNotEqualTo(Trend.NO_HISTORY);
              assertThat(back)
                  .isEqualTo(
                      switch (forth) {
                        case IMPROVING -> Trend.WORSENING;
                        case WORSENING -> Trend.IMPROVING;
                        default -> forth;
                      });
            });
  }

  private static OptionalDouble behind(RecordedAssessment a) {
    return a.pointsBehind().map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
