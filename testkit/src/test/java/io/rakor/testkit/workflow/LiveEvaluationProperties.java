package io.rakor.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.RakorValidationException;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleReports;
import io.rakor.core.monitoring.Directory;
import io.rakor.core.monitoring.EscalationRules;
import io.rakor.core.monitoring.Expectation;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.LiveEvaluation;
import io.rakor.core.monitoring.MilestoneAchievement;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.ParentFloor;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.testkit.RakorGen;
import io.rakor.testkit.Scenario;
import io.rakor.testkit.ScenarioSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A live evaluation, after every update of a random sequence (reports, corrections, older reports,
 * achievements, status changes, refused updates), answers as a full evaluation of the same inputs.
 */
class LiveEvaluationProperties {
  private static final List<MonitoringEvaluator> EVALUATORS =
      List.of(
          MonitoringEvaluator.defaults(),
          MonitoringEvaluator.of(
              HealthThresholds.builder()
                  .parentFloor(ParentFloor.WORST_CHILD)
                  .expectation(Expectation.STRAIGHT_LINE)
                  .lateReportAtRisk(false)
                  .build(),
              EscalationRules.builder()
                  .atRiskCycles(1)
                  .progressDropped(true)
                  .healthWorsened(true)
                  .build()),
          MonitoringEvaluator.of(
              HealthThresholds.builder().parentFloor(ParentFloor.NONE).build(),
              EscalationRules.only(Set.of())));

  private static final List<CommitmentStatus> STATUSES = List.of(CommitmentStatus.values());

  /** The scenario's commitments, with about half of them made children of an earlier one. */
  private static List<Commitment> deeper(Scenario s, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Commitment> out = new ArrayList<>();
    for (Commitment c : s.commitments()) {
      if (!out.isEmpty() && random.nextBoolean()) {
        CommitmentId parent = out.get(random.nextInt(out.size())).id();
        c = c.withParent(parent).withWeight(1 + random.nextInt(3));
      }
      out.add(c);
    }
    return out;
  }

  private static void assertSameEvaluation(CycleEvaluation live, CycleEvaluation full) {
    assertThat(live.summary()).isEqualTo(full.summary());
    assertThat(live.assessments()).isEqualTo(full.assessments());
    assertThat(live.escalations()).isEqualTo(full.escalations());
    assertThat(live.byLeadUnit()).isEqualTo(full.byLeadUnit());
    assertThat(live.byPriority()).isEqualTo(full.byPriority());
    assertThat(live.byJurisdiction()).isEqualTo(full.byJurisdiction());
    assertThat(live.whoIsBehind(Directory.empty())).isEqualTo(full.whoIsBehind(Directory.empty()));
    for (Commitment c : full.portfolio().commitments()) {
      assertThat(live.rolledUpProgress(c.id())).isEqualTo(full.rolledUpProgress(c.id()));
    }
  }

  @Test
  void afterEveryUpdateTheLiveEvaluationEqualsAFullEvaluationOfTheSameInputs() {
    qt().withExamples(40)
        .forAll(
            RakorGen.scenarios(ScenarioSize.small().withCommitments(14)),
            longs().all(),
            integers().between(0, EVALUATORS.size() - 1),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 20))
        .checkAssert(
            (scenario, seed, which, steps) -> {
              MonitoringEvaluator evaluator = EVALUATORS.get(which);
              List<Commitment> commitments = deeper(scenario, seed);
              Portfolio portfolio = Portfolio.of(commitments, scenario.indicators());
              List<MonitoringCycle> cycles = scenario.cycles();
              MonitoringCycle cycle = cycles.get(cycles.size() - 1);
              // the previous cycle, and the milestones its reports completed
              Optional<CycleEvaluation> previous = Optional.empty();
              List<MilestoneAchievement> achievements = new ArrayList<>();
              if (cycles.size() > 1) {
                CycleId before = cycles.get(cycles.size() - 2).id();
                previous =
                    Optional.of(
                        evaluator.evaluate(
                            portfolio, cycles.get(cycles.size() - 2), scenario.reportsIn(before)));
                achievements.addAll(MilestoneAchievement.fromReports(scenario.reportsIn(before)));
              }
              List<ProgressReport> pending = new ArrayList<>(scenario.reportsIn(cycle.id()));
              List<ProgressReport> given = new ArrayList<>(pending.subList(0, pending.size() / 2));
              pending.removeAll(given);
              LiveEvaluation live =
                  LiveEvaluation.of(
                      evaluator, portfolio, cycle, given, List.copyOf(achievements), previous);
              assertSameEvaluation(
                  live.snapshot(),
                  evaluator.evaluate(
                      CycleReports.of(portfolio, cycle, given, achievements), previous));

              for (int step : steps) {
                int k = (step >>> 4) % commitments.size();
                Commitment c = commitments.get(k);
                switch (step % 6) {
                  case 0 -> { // a report arrives
                    ProgressReport r =
                        pending.isEmpty() ? report(c, cycle, step) : pending.remove(0);
                    live.accept(r);
                    given.add(r);
                  }
                  case 1 -> { // a correction, or an older report that changes nothing
                    ProgressReport base =
                        given.stream()
                            .filter(r -> r.commitment().equals(c.id()))
                            .findFirst()
                            .orElseGet(() -> report(c, cycle, step));
                    ProgressReport r =
                        base.withId(ProgressReportId.of(base.id().value() + "-" + step))
                            .withSubmittedAt(
                                base.submittedAt().plus(Duration.ofHours(step % 7 - 3)))
                            .withProgressPercent((step >>> 8) % 101);
                    if (step % 4 == 1) {
                      r = r.withValues().withMilestones();
                    }
                    live.accept(r);
                    given.add(r);
                  }
                  case 2 -> { // a status change
                    Commitment changed =
                        Commitment.builder()
                            .from(c)
                            .status(STATUSES.get((step >>> 8) % STATUSES.size()))
                            .statusReason(Optional.empty())
                            .successor(Optional.empty())
                            .build();
                    live.update(changed);
                    commitments.set(k, changed);
                  }
                  case 3 -> { // a milestone completed in an earlier cycle
                    if (!c.milestones().isEmpty()) {
                      Milestone m = c.milestones().get((step >>> 8) % c.milestones().size());
                      MilestoneAchievement fact =
                          MilestoneAchievement.builder()
                              .commitment(c.id())
                              .milestone(m.id())
                              .completedOn(m.due().plusDays(step % 21 - 10))
                              .recordedBy(c.lead())
                              .report(ProgressReportId.of("fakta-" + step))
                              .cycle(cycles.get(0).id())
                              .build();
                      live.record(fact);
                      achievements.add(fact);
                    }
                  }
                  case 4 -> { // a report for another cycle is refused
                    ProgressReport other =
                        report(c, cycle, step).withCycle(CycleId.of("lain/" + step));
                    assertThatThrownBy(() -> live.accept(other))
                        .isInstanceOf(RakorValidationException.class);
                  }
                  default -> { // a report on an unknown commitment is refused
                    ProgressReport stranger =
                        report(c, cycle, step).withCommitment(CommitmentId.of("asing-" + step));
                    assertThatThrownBy(() -> live.accept(stranger))
                        .isInstanceOf(RakorValidationException.class);
                  }
                }
                CycleEvaluation full =
                    evaluator.evaluate(
                        CycleReports.of(
                            Portfolio.of(commitments, scenario.indicators()),
                            cycle,
                            given,
                            achievements),
                        previous);
                assertSameEvaluation(live.snapshot(), full);
                assertThat(live.summary()).isEqualTo(full.summary());
                assertThat(live.escalations()).isEqualTo(full.escalations());
                assertThat(live.escalationCount()).isEqualTo(full.escalations().size());
              }
            });
  }

  /** A plain report on a commitment, submitted before the cycle's deadline. */
  private static ProgressReport report(Commitment c, MonitoringCycle cycle, int step) {
    return ProgressReport.builder()
        .id(ProgressReportId.of("baru-" + c.id().value().replace('/', '-') + "-" + step))
        .commitment(c.id())
        .cycle(cycle.id())
        .reportingUnit(c.lead())
        .submittedAt(cycle.reportDue().toInstant().minus(Duration.ofHours(step % 48)))
        .progressPercent(step % 101)
        .build();
  }
}
