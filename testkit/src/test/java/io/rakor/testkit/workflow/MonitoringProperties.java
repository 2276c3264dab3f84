package io.rakor.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthSummary;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.ScenarioSize;
import org.junit.jupiter.api.Test;

/** Properties of the monitoring evaluation over generated scenarios. */
class MonitoringProperties {
  private final MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();

  @Test
  void rollUpsAddUpAndTheExplainedHealthIsTheEvaluatedOne() {
    qt().withExamples(40)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            scenario -> {
              Portfolio portfolio = Portfolio.of(scenario.commitments(), scenario.indicators());
              for (MonitoringCycle cycle : scenario.cycles()) {
                CycleEvaluation e =
                    evaluator.evaluate(portfolio, cycle, scenario.reportsIn(cycle.id()));
                HealthSummary total = e.summary();
                int evaluated = 0;
                for (int i = 0; i < portfolio.size(); i++) {
                  if (e.health(i).isPresent()) {
                    evaluated++;
                    CommitmentAssessment a = e.assessment(i).orElseThrow();
                    assertThat(a.health()).isEqualTo(e.health(i).orElseThrow());
                    assertThat(a.reason()).startsWith(a.health().name() + ":");
                    assertThat(a.expectedPercent()).isBetween(0.0, 100.0);
                  }
                }
                assertThat(total.total()).isEqualTo(evaluated);
                assertThat(e.byPriority().values().stream().mapToInt(HealthSummary::total).sum())
                    .isEqualTo(evaluated);
                assertThat(e.byLeadUnit().values().stream().mapToInt(HealthSummary::total).sum())
                    .isEqualTo(evaluated);
                e.byJurisdiction()
                    .forEach(
                        (code, summary) ->
                            code.parent()
                                .ifPresent(
                                    parent ->
                                        assertThat(e.forJurisdiction(parent).total())
                                            .as("%s sees at least what %s sees", parent, code)
                                            .isGreaterThanOrEqualTo(summary.total())));
                for (CommitmentAssessment a : e.escalations()) {
                  assertThat(CycleEvaluation.DEFAULT_ESCALATION).contains(a.health());
                }
                assertThat(e.escalations())
                    .hasSize(
                        total.count(Health.OVERDUE)
                            + total.count(Health.OFF_TRACK)
                            + total.count(Health.NOT_REPORTED));
              }
            });
  }
}
