package io.rakor.core.monitoring;

import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live evaluation follows reports, corrections, achievements and status changes. */
class LiveEvaluationTest {
  private static final Commitment BASE = Samples.commitmentInProgress().withMilestones();
  private static final CommitmentId PARENT = CommitmentId.of("rtl-induk");
  private static final CommitmentId CHILD_1 = CommitmentId.of("rtl-anak-1");
  private static final CommitmentId CHILD_2 = CommitmentId.of("rtl-anak-2");
  private static final CommitmentId GRANDCHILD = CommitmentId.of("rtl-cucu");
  private static final MonitoringCycle MARCH = CycleSchedule.cycle(monthlyPlan(), 3);
  private static final MonitoringEvaluator EVALUATOR = MonitoringEvaluator.defaults();

  /** A parent with two children, the second with a child of its own that has a milestone. */
  private static final List<Commitment> COMMITMENTS =
      List.of(
          BASE.withId(PARENT),
          BASE.withId(CHILD_1).withParent(PARENT),
          BASE.withId(CHILD_2).withParent(PARENT),
          BASE.withId(GRANDCHILD)
              .withParent(CHILD_2)
              .withMilestones(
                  Milestone.of(MilestoneId.of("m1"), "SK terbit", LocalDate.of(2026, 2, 20))));

  private static final Portfolio PORTFOLIO =
      Portfolio.of(COMMITMENTS, List.of(Samples.stuntingIndicator()));

  private static ProgressReport report(CommitmentId id, double percent) {
    return Samples.progressReport(id, MARCH.id(), percent);
  }

  /** Every answer of two evaluations agrees. */
  static void assertSameEvaluation(CycleEvaluation actual, CycleEvaluation expected) {
    assertThat(actual.summary()).isEqualTo(expected.summary());
    assertThat(actual.assessments()).isEqualTo(expected.assessments());
    assertThat(actual.escalations()).isEqualTo(expected.escalations());
    assertThat(actual.byLeadUnit()).isEqualTo(expected.byLeadUnit());
    assertThat(actual.byPriority()).isEqualTo(expected.byPriority());
    assertThat(actual.byJurisdiction()).isEqualTo(expected.byJurisdiction());
    for (Commitment c : expected.portfolio().commitments()) {
      assertThat(actual.rolledUpProgress(c.id())).isEqualTo(expected.rolledUpProgress(c.id()));
      assertThat(actual.subtree(c.id())).isEqualTo(expected.subtree(c.id()));
    }
    assertThat(actual.portfolio().commitments()).isEqualTo(expected.portfolio().commitments());
  }

  @Test
  void aReportUpdatesTheCommitmentItsAncestorsTheTotalsAndTheEscalations() {
    // tag::live[]
    LiveEvaluation live =
        LiveEvaluation.of(MonitoringEvaluator.defaults(), PORTFOLIO, MARCH, List.of());
    assertThat(live.health(PARENT)).contains(Health.NOT_REPORTED); // nobody reported yet

    live.accept(Samples.progressReport(CHILD_1, MARCH.id(), 30));
    live.accept(Samples.progressReport(GRANDCHILD, MARCH.id(), 40));

    // the grandchild's report rolled up through its parent to the top
    assertThat(live.rolledUpProgress(CHILD_2)).hasValue(40);
    assertThat(live.rolledUpProgress(PARENT)).hasValue(35);
    assertThat(live.health(PARENT)).contains(Health.ON_TRACK);
    assertThat(live.health(GRANDCHILD)).contains(Health.AT_RISK); // its milestone was missed
    assertThat(live.escalations()).isEmpty(); // at risk for one cycle only
    // a snapshot answers as a full evaluation of the same inputs
    CycleEvaluation now = live.snapshot();
    // end::live[]
    CycleEvaluation full =
        EVALUATOR.evaluate(PORTFOLIO, MARCH, List.of(report(CHILD_1, 30), report(GRANDCHILD, 40)));
    assertSameEvaluation(now, full);
    assertThat(live.summary()).isEqualTo(full.summary());
    assertThat(live.assessment(GRANDCHILD)).isEqualTo(full.assessment(GRANDCHILD));
  }
}
