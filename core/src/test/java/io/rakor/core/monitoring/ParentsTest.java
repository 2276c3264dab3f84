package io.rakor.core.monitoring;

import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parent commitment is judged by its children. */
class ParentsTest {
  private static final Commitment BASE = Samples.commitmentInProgress().withMilestones();
  private static final CommitmentId PARENT = CommitmentId.of("rtl-induk");
  private static final LocalDate FEB_28 = LocalDate.of(2026, 2, 28);
  private static final MonitoringCycle MARCH = CycleSchedule.cycle(monthlyPlan(), 3);

  private static List<Commitment> parentWithEightChildren() {
    List<Commitment> all = new ArrayList<>();
    all.add(BASE.withId(PARENT));
    for (int n = 1; n <= 8; n++) {
      all.add(BASE.withId(CommitmentId.of("rtl-anak-" + n)).withParent(PARENT));
    }
    return all;
  }

  private static List<ProgressReport> childrenReport(double percent) {
    List<ProgressReport> reports = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      reports.add(Samples.progressReport(CommitmentId.of("rtl-anak-" + n), MARCH.id(), percent));
    }
    return reports;
  }

  private static CycleEvaluation evaluate(
      MonitoringEvaluator evaluator, List<Commitment> commitments, List<ProgressReport> reports) {
    Portfolio p = Portfolio.of(commitments, List.of(Samples.stuntingIndicator()));
    return evaluator.evaluate(p, MARCH, reports);
  }

  @Test
  void aParentWhoseChildrenAllReportedDoneIsJudgedByThemNotNotReported() {
    CycleEvaluation e =
        evaluate(MonitoringEvaluator.defaults(), parentWithEightChildren(), childrenReport(100));
    CommitmentAssessment parent = e.assessment(PARENT).orElseThrow();

    assertThat(parent.health()).isEqualTo(Health.ON_TRACK);
    assertThat(parent.childrenHealth()).contains(Health.ON_TRACK);
    assertThat(parent.childrenProgressPercent().getAsDouble()).isEqualTo(100);
    assertThat(parent.childrenExpectedPercent().getAsDouble())
        .isCloseTo(90 * 100.0 / 365, within(1e-9));
    assertThat(parent.pointsBehind().getAsDouble()).isCloseTo(90 * 100.0 / 365 - 100, within(1e-9));
    assertThat(e.rolledUpProgress(PARENT)).hasValue(100);
    assertThat(e.escalations()).isEmpty();
    assertThat(e.summary().count(Health.NOT_REPORTED)).isZero();
    assertThat(parent.reason())
        .startsWith("ON_TRACK: judged by its children: 100.0% weighted against 24.7% expected");
  }

  @Test
  void aParentWithItsOwnReportShowsBoth() {
    List<ProgressReport> reports = new ArrayList<>(childrenReport(100));
    reports.add(Samples.progressReport(PARENT, MARCH.id(), 10));
    CommitmentAssessment parent =
        evaluate(MonitoringEvaluator.defaults(), parentWithEightChildren(), reports)
            .assessment(PARENT)
            .orElseThrow();
    assertThat(parent.health()).isEqualTo(Health.AT_RISK); // its own report: 14.7 points behind
    assertThat(parent.childrenHealth()).contains(Health.ON_TRACK);
    assertThat(parent.reason())
        .contains("its children give ON_TRACK: 100.0% weighted against 24.7% expected");
  }

  @Test
  void aParentIsNoBetterThanItsWorstOverdueChildUnlessTheRulesSayOtherwise() {
    List<Commitment> commitments = new ArrayList<>(parentWithEightChildren());
    CommitmentId late = CommitmentId.of("rtl-anak-terlambat");
    commitments.add(
        Commitment.builder()
            .from(BASE)
            .id(late)
            .parent(PARENT)
            .targets(List.of())
            .milestones(List.of(Milestone.of(MilestoneId.of("m1"), "SK terbit", FEB_28)))
            .due(FEB_28)
            .build());
    List<ProgressReport> reports = new ArrayList<>(childrenReport(100));
    reports.add(Samples.progressReport(late, MARCH.id(), 50));

    CycleEvaluation byDefault = evaluate(MonitoringEvaluator.defaults(), commitments, reports);
    CommitmentAssessment parent = byDefault.assessment(PARENT).orElseThrow();
    assertThat(byDefault.health(late)).contains(Health.OVERDUE);
    assertThat(parent.health()).isEqualTo(Health.OVERDUE);
    assertThat(parent.overdueChildren()).containsExactly(late);
    assertThat(byDefault.escalations())
        .extracting(CommitmentAssessment::commitment)
        .contains(PARENT, late);
    assertThat(byDefault.subtree(PARENT).count(Health.OVERDUE)).isEqualTo(2);

    MonitoringEvaluator progressOnly =
        MonitoringEvaluator.of(HealthThresholds.builder().parentFloor(ParentFloor.NONE).build());
    assertThat(evaluate(progressOnly, commitments, reports).health(PARENT))
        .contains(Health.ON_TRACK); // (8 x 100 + 50) / 9 = 94.4% weighted, 33.1% expected

    MonitoringEvaluator worstChild =
        MonitoringEvaluator.of(
            HealthThresholds.builder().parentFloor(ParentFloor.WORST_CHILD).build());
    List<ProgressReport> oneMissing = childrenReport(100).subList(1, 8);
    assertThat(evaluate(worstChild, parentWithEightChildren(), oneMissing).health(PARENT))
        .contains(Health.NOT_REPORTED);
    assertThat(
            evaluate(MonitoringEvaluator.defaults(), parentWithEightChildren(), oneMissing)
                .health(PARENT))
        .contains(Health.ON_TRACK);
  }

  @Test
  void aParentWhoseChildrenHaveNotReportedIsNotReported() {
    CycleEvaluation e =
        evaluate(MonitoringEvaluator.defaults(), parentWithEightChildren(), List.of());
    assertThat(e.health(PARENT)).contains(Health.NOT_REPORTED);
    assertThat(e.assessment(PARENT).orElseThrow().reason())
        .startsWith("NOT_REPORTED: judged by its children: no child reported");
  }
}
