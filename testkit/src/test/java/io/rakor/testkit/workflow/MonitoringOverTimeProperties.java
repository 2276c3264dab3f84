package io.rakor.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.Directory;
import io.rakor.core.monitoring.EscalationRules;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.MilestoneAchievement;
import io.rakor.core.monitoring.MilestoneCheck;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.Ranking;
import io.rakor.core.monitoring.Standing;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of monitoring over time: facts that stay, parents, checkpoints, who is behind. */
class MonitoringOverTimeProperties {
  private final MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();

  private static List<CycleEvaluation> evaluateAll(Scenario s, List<ProgressReport> reports) {
    return MonitoringEvaluator.defaults()
        .evaluateAll(Portfolio.of(s.commitments(), s.indicators()), s.cycles(), reports);
  }

  @Test
  void aCompletedMilestoneStaysDoneInAllLaterCyclesWithoutBeingRestated() {
    qt().withExamples(40)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            s -> {
              // reports of every other cycle say nothing of milestones
              List<ProgressReport> reports = new ArrayList<>();
              for (int k = 0; k < s.cycles().size(); k++) {
                for (ProgressReport r : s.reportsIn(s.cycles().get(k).id())) {
                  reports.add(k % 2 == 0 ? r : r.withMilestones());
                }
              }
              List<CycleEvaluation> all = evaluateAll(s, reports);
              Set<List<Object>> doneBefore = new HashSet<>();
              for (int k = 0; k < all.size(); k++) {
                CycleEvaluation e = all.get(k);
                for (CommitmentAssessment a : e.assessments()) {
                  for (MilestoneCheck m : a.milestones()) {
                    if (doneBefore.contains(List.of(a.commitment(), m.milestone()))) {
                      assertThat(m.state().isDone())
                          .as("%s %s in %s", a.commitment(), m.milestone(), e.cycle().id())
                          .isTrue();
                    }
                  }
                }
                CycleId id = s.cycles().get(k).id();
                for (MilestoneAchievement fact :
                    MilestoneAchievement.fromReports(
                        reports.stream().filter(r -> r.cycle().equals(id)).toList())) {
                  doneBefore.add(List.<Object>of(fact.commitment(), fact.milestone()));
                }
              }
            });
  }

  @Test
  void aParentIsNeverBetterThanItsWorstOverdueChildUnderTheDefaultRules() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            s -> {
              Portfolio p = Portfolio.of(s.commitments(), s.indicators());
              for (CycleEvaluation e : evaluateAll(s, s.reports())) {
                for (CommitmentAssessment a : e.assessments()) {
                  if (a.childrenHealth().isEmpty()) {
                    continue;
                  }
                  Health children = a.childrenHealth().get();
                  if (!a.overdueChildren().isEmpty()) {
                    assertThat(children)
                        .as("%s in %s", a.commitment(), e.cycle().id())
                        .isEqualTo(Health.OVERDUE);
                  }
                  if (a.reportedPercent().isEmpty()) {
                    // its own missed milestones may make it worse, never better
                    assertThat(a.health().severity()).isGreaterThanOrEqualTo(children.severity());
                  }
                  for (Commitment child : p.commitments()) {
                    if (child.parent().equals(Optional.of(a.commitment()))
                        && e.health(child.id()).equals(Optional.of(Health.OVERDUE))) {
                      assertThat(a.overdueChildren()).contains(child.id());
                    }
                  }
                }
              }
            });
  }

  /** A one-day cycle whose period ends at {@code asOf} (exclusive). */
  private static MonitoringCycle endingAt(LocalDate asOf) {
    return MonitoringCycle.builder()
        .id(CycleId.of("c/" + asOf))
        .plan(MonitoringPlanId.of("c"))
        .sequence(1)
        .periodStart(asOf.minusDays(1))
        .periodEnd(asOf)
        .reportDue(asOf.atStartOfDay(ZoneOffset.UTC))
        .build();
  }

  private double expected(Commitment c, LocalDate asOf) {
    Portfolio p = Portfolio.of(List.of(c.withTargets()), List.of());
    return evaluator
        .evaluate(p, endingAt(asOf), List.of())
        .assessment(0)
        .orElseThrow()
        .expectedPercent();
  }

  @Test
  void piecewiseExpectationIsMonotoneAndHitsEachCheckpoint() {
    qt().withExamples(200)
        .forAll(RakorGen.commitments(), integers().between(1, 2000), integers().between(0, 60))
        .assuming((c, a, b) -> !c.milestones().isEmpty())
        .checkAssert(
            (generated, first, step) -> {
              Commitment c =
                  generated
                      .withStatusReason(Optional.empty())
                      .withSuccessor(Optional.empty())
                      .withStatus(CommitmentStatus.IN_PROGRESS);
              long window = c.due().toEpochDay() - c.start().toEpochDay() + 2;
              LocalDate d1 = c.start().plusDays(1 + first % window);
              LocalDate d2 = d1.plusDays(step);
              double e1 = expected(c, d1);
              double e2 = expected(c, d2);
              assertThat(e1).isBetween(0.0, 100.0);
              assertThat(e2).as("%s then %s", d1, d2).isGreaterThanOrEqualTo(e1 - 1e-9);

              List<Milestone> plain =
                  c.milestones().stream().map(m -> m.withStart(Optional.empty())).toList();
              Commitment checkpoints = c.withMilestones(plain);
              LocalDate last =
                  plain.stream().map(Milestone::due).max(LocalDate::compareTo).orElseThrow();
              int steps = plain.size() + (c.due().isAfter(last) ? 1 : 0);
              for (Milestone m : plain) {
                long done = plain.stream().filter(o -> !o.due().isAfter(m.due())).count();
                assertThat(expected(checkpoints, m.due().plusDays(1)))
                    .as("at the end of %s", m.due())
                    .isCloseTo(100.0 * done / steps, within(1e-9));
              }
            });
  }

  @Test
  void escalationsFollowTheirRulesAndTheRankingAddsUp() {
    qt().withExamples(40)
        .forAll(RakorGen.scenarios(ScenarioSize.small()))
        .checkAssert(
            s -> {
              for (CycleEvaluation e : evaluateAll(s, s.reports())) {
                List<CommitmentAssessment> all = e.assessments();
                assertThat(e.escalations())
                    .containsExactlyInAnyOrderElementsOf(
                        all.stream().filter(EscalationRules.defaults()::escalates).toList());
                long behind =
                    all.stream()
                        .filter(a -> a.health().severity() >= Health.AT_RISK.severity())
                        .count();
                Ranking r = e.whoIsBehind(Directory.empty());
                assertThat(r.byUnit().stream().mapToInt(Standing::behind).sum())
                    .isEqualTo((int) behind);
                assertThat(r.byPriority().stream().mapToInt(Standing::behind).sum())
                    .isEqualTo((int) behind);
                for (int k = 1; k < r.byUnit().size(); k++) {
                  assertThat(r.byUnit().get(k).behind())
                      .isLessThanOrEqualTo(r.byUnit().get(k - 1).behind());
                }
                for (CommitmentAssessment a : all) {
                  if (a.atRiskCycles() > 0) {
                    assertThat(a.health().severity())
                        .isGreaterThanOrEqualTo(Health.AT_RISK.severity());
                  }
                }
              }
            });
  }
}
