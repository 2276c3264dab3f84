package io.rakor.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.ScenarioSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A correction replaces a report as a whole, whatever the order the reports are given in. */
class ReportOrderProperties {
  private final MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();

  /**
   * Every report of a cycle with corrections: every third one corrected at the same instant (an id
   * later in text order, which wins the tie) with its values and milestones left out, every third
   * one preceded by an earlier, different report.
   */
  private static List<ProgressReport> withCorrections(List<ProgressReport> reports) {
    List<ProgressReport> all = new ArrayList<>(reports);
    for (int j = 0; j < reports.size(); j++) {
      ProgressReport r = reports.get(j);
      if (j % 3 == 0) {
        all.add(
            r.withId(ProgressReportId.of(r.id().value() + "-z"))
                .withProgressPercent(100 - r.progressPercent())
                .withValues()
                .withMilestones());
      } else if (j % 3 == 1) {
        all.add(
            r.withId(ProgressReportId.of(r.id().value() + "-early"))
                .withSubmittedAt(r.submittedAt().minus(Duration.ofHours(1)))
                .withProgressPercent(100 - r.progressPercent()));
      }
    }
    return all;
  }

  /** The reports that count: for each commitment, the last by submission instant, then id. */
  private static List<ProgressReport> kept(List<ProgressReport> reports) {
    Map<Object, ProgressReport> last = new LinkedHashMap<>();
    Comparator<ProgressReport> order =
        Comparator.comparing(ProgressReport::submittedAt).thenComparing(r -> r.id().value());
    for (ProgressReport r : reports) {
      last.merge(r.commitment(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
    }
    return List.copyOf(last.values());
  }

  @Test
  void theEvaluationIsTheSameForEveryOrderOfTheSameReports() {
    qt().withExamples(40)
        .forAll(
            RakorGen.scenarios(ScenarioSize.small()), integers().between(0, 50), booleans().all())
        .checkAssert(
            (scenario, rotation, reversed) -> {
              Portfolio portfolio = Portfolio.of(scenario.commitments(), scenario.indicators());
              for (MonitoringCycle cycle : scenario.cycles()) {
                List<ProgressReport> given = withCorrections(scenario.reportsIn(cycle.id()));
                List<ProgressReport> shuffled = new ArrayList<>(given);
                if (reversed) {
                  Collections.reverse(shuffled);
                }
                if (!shuffled.isEmpty()) {
                  Collections.rotate(shuffled, rotation % shuffled.size());
                }
                CycleEvaluation a = evaluator.evaluate(portfolio, cycle, given);
                CycleEvaluation b = evaluator.evaluate(portfolio, cycle, shuffled);
                CycleEvaluation model = evaluator.evaluate(portfolio, cycle, kept(given));
                assertThat(b.assessments()).isEqualTo(a.assessments());
                assertThat(model.assessments()).isEqualTo(a.assessments());
              }
            });
  }
}
