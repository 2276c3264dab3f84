package io.rakor.core.monitoring;

import static io.rakor.core.Samples.M1;
import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    assertThat(actual.whoIsBehind(Directory.empty()))
        .isEqualTo(expected.whoIsBehind(Directory.empty()));
    assertThat(actual.portfolio().commitments()).isEqualTo(expected.portfolio().commitments());
  }

  @Test
  void aReportUpdatesTheCommitmentItsAncestorsTheTotalsAndTheEscalations() {
    // tag::live[]
    LiveEvaluation live =
        LiveEvaluation.of(MonitoringEvaluator.defaults(), PORTFOLIO, MARCH, List.of());
    assertThat(live.health(PARENT)).contains(Health.NOT_REPORTED); // nobody reported yet

    live.accept(Samples.progressReport(CHILD_1, MARCH.id(), 30));
    live.accept(Samples.progressReport(GRANDCHILD, MARCH.id(), 60));

    // the grandchild's report rolled up through its parent to the top
    assertThat(live.rolledUpProgress(CHILD_2)).hasValue(60);
    assertThat(live.rolledUpProgress(PARENT)).hasValue(45);
    assertThat(live.health(PARENT)).contains(Health.ON_TRACK);
    assertThat(live.health(GRANDCHILD)).contains(Health.AT_RISK); // its milestone was missed
    assertThat(live.escalations()).isEmpty(); // at risk for one cycle only
    // a snapshot answers as a full evaluation of the same inputs
    CycleEvaluation now = live.snapshot();
    // end::live[]
    CycleEvaluation full =
        EVALUATOR.evaluate(PORTFOLIO, MARCH, List.of(report(CHILD_1, 30), report(GRANDCHILD, 60)));
    assertSameEvaluation(now, full);
    assertThat(live.summary()).isEqualTo(full.summary());
    assertThat(live.assessment(GRANDCHILD)).isEqualTo(full.assessment(GRANDCHILD));
  }

  @Test
  void aCorrectionReplacesTheReportAsAWholeAndAnOlderReportChangesNothing() {
    ProgressReport first =
        report(GRANDCHILD, 60)
            .withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 2, 18)));
    LiveEvaluation live = LiveEvaluation.of(EVALUATOR, PORTFOLIO, MARCH, List.of(first));
    assertThat(live.health(GRANDCHILD)).contains(Health.ON_TRACK);

    ProgressReport correction =
        report(GRANDCHILD, 50)
            .withId(ProgressReportId.of("koreksi"))
            .withSubmittedAt(Samples.NOW.plusSeconds(60));
    assertThat(live.accept(correction)).isTrue();
    // the correction leaves the milestone out: as a whole, it is no longer done
    assertThat(live.health(GRANDCHILD)).contains(Health.AT_RISK);
    assertThat(live.rolledUpProgress(PARENT)).hasValue(50);

    ProgressReport sameHealth =
        correction.withId(ProgressReportId.of("koreksi-2")).withProgressPercent(55);
    assertThat(live.accept(sameHealth)).isTrue();
    assertThat(live.health(GRANDCHILD)).contains(Health.AT_RISK);
    assertThat(live.rolledUpProgress(PARENT)).hasValue(55); // its health did not change: still up

    ProgressReport older = first.withId(ProgressReportId.of("lama")).withSubmittedAt(Samples.NOW);
    assertThat(live.accept(older)).isFalse();
    assertSameEvaluation(
        live.snapshot(),
        EVALUATOR.evaluate(PORTFOLIO, MARCH, List.of(older, sameHealth, correction, first)));
  }

  @Test
  void aMilestoneAchievedBeforeTheCycleStaysDone() {
    LiveEvaluation live =
        LiveEvaluation.of(EVALUATOR, PORTFOLIO, MARCH, List.of(report(GRANDCHILD, 60)));
    MilestoneAchievement fact =
        MilestoneAchievement.builder()
            .commitment(GRANDCHILD)
            .milestone(M1)
            .completedOn(LocalDate.of(2026, 2, 25))
            .recordedBy(Samples.DINKES)
            .report(ProgressReportId.of("februari"))
            .cycle(CycleSchedule.cycle(monthlyPlan(), 2).id())
            .build();
    live.record(fact);

    assertThat(live.health(GRANDCHILD)).contains(Health.ON_TRACK);
    assertThat(live.assessment(GRANDCHILD).orElseThrow().milestones().get(0).state())
        .isEqualTo(MilestoneState.DONE_LATE);
    assertSameEvaluation(
        live.snapshot(),
        EVALUATOR.evaluate(PORTFOLIO, MARCH, List.of(report(GRANDCHILD, 60)), List.of(fact)));
  }

  @Test
  void aStatusChangeIsTakenWithoutARebuild() {
    List<ProgressReport> reports = List.of(report(GRANDCHILD, 60));
    LiveEvaluation live = LiveEvaluation.of(EVALUATOR, PORTFOLIO, MARCH, reports);
    assertThat(live.health(CHILD_1)).contains(Health.NOT_REPORTED);
    assertThat(live.escalationCount()).isEqualTo(1);

    Commitment done = COMMITMENTS.get(1).withStatus(CommitmentStatus.COMPLETED);
    live.update(done);
    assertThat(live.health(CHILD_1)).contains(Health.COMPLETED);
    assertThat(live.rolledUpProgress(PARENT)).hasValue(80); // (100 + 60) / 2
    assertThat(live.escalationCount()).isZero();
    Commitment cancelled =
        COMMITMENTS.get(3).withStatus(CommitmentStatus.CANCELLED).withStatusReason("Dialihkan");
    live.update(cancelled);
    assertThat(live.health(GRANDCHILD)).isEmpty();

    List<Commitment> now = new ArrayList<>(COMMITMENTS);
    now.set(1, done);
    now.set(3, cancelled);
    CycleEvaluation full =
        EVALUATOR.evaluate(Portfolio.of(now, List.of(Samples.stuntingIndicator())), MARCH, reports);
    CycleEvaluation snapshot = live.snapshot();
    assertSameEvaluation(snapshot, full);
    assertThat(snapshot.portfolio().commitment(1).status()).isEqualTo(CommitmentStatus.COMPLETED);
  }

  @Test
  void anUpdateThatDoesNotFitIsRefusedAndChangesNothing() {
    List<ProgressReport> reports = List.of(report(CHILD_1, 30));
    LiveEvaluation live = LiveEvaluation.of(EVALUATOR, PORTFOLIO, MARCH, reports);
    CycleEvaluation full = EVALUATOR.evaluate(PORTFOLIO, MARCH, reports);
    CommitmentId stranger = CommitmentId.of("rtl-lain");
    MonitoringCycle april = CycleSchedule.cycle(monthlyPlan(), 4);

    assertThatThrownBy(() -> live.accept(report(stranger, 50)))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("report.commitment")
        .hasMessageContaining("rtl-lain");
    assertThatThrownBy(() -> live.accept(Samples.progressReport(CHILD_1, april.id(), 90)))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("report.cycle")
        .hasMessageContaining(april.id().value());
    assertThatThrownBy(() -> live.update(COMMITMENTS.get(1).withDue(LocalDate.of(2027, 6, 30))))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("must differ only in status");
    assertThatThrownBy(() -> live.update(BASE.withId(stranger)))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("commitment.id");
    MilestoneAchievement unknownMilestone =
        MilestoneAchievement.builder()
            .commitment(CHILD_1)
            .milestone(MilestoneId.of("m9"))
            .completedOn(LocalDate.of(2026, 2, 25))
            .recordedBy(Samples.DINKES)
            .report(ProgressReportId.of("februari"))
            .cycle(CycleSchedule.cycle(monthlyPlan(), 2).id())
            .build();
    assertThatThrownBy(() -> live.record(unknownMilestone))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("achievement.milestone")
        .hasMessageContaining("m9");

    assertSameEvaluation(live.snapshot(), full);
  }

  @Test
  void theAtRiskStreakOfThePreviousCycleEscalatesAsInAFullEvaluation() {
    MonitoringCycle february = CycleSchedule.cycle(monthlyPlan(), 2);
    CycleEvaluation before =
        EVALUATOR.evaluate(
            PORTFOLIO, february, List.of(Samples.progressReport(CHILD_1, february.id(), 0)));
    LiveEvaluation live =
        LiveEvaluation.of(EVALUATOR, PORTFOLIO, MARCH, List.of(), List.of(), Optional.of(before));
    live.accept(report(CHILD_1, 12)); // at risk again: escalated for two cycles in a row
    assertThat(live.health(CHILD_1)).contains(Health.AT_RISK);
    assertThat(live.escalations())
        .filteredOn(a -> a.commitment().equals(CHILD_1))
        .singleElement()
        .satisfies(a -> assertThat(a.atRiskCycles()).isEqualTo(2));
    assertSameEvaluation(
        live.snapshot(),
        EVALUATOR.evaluate(
            CycleReports.of(PORTFOLIO, MARCH, List.of(report(CHILD_1, 12))), Optional.of(before)));
  }

  @Test
  void aCycleOfParentLinksIsCutAlikeInBoth() {
    CommitmentId a = CommitmentId.of("rtl-a");
    CommitmentId b = CommitmentId.of("rtl-b");
    Portfolio cyclic =
        Portfolio.of(
            List.of(BASE.withId(a).withParent(b), BASE.withId(b).withParent(a)),
            List.of(Samples.stuntingIndicator()));
    LiveEvaluation live = LiveEvaluation.of(EVALUATOR, cyclic, MARCH, List.of());
    live.accept(report(a, 50));
    live.accept(report(b, 5));
    assertSameEvaluation(
        live.snapshot(), EVALUATOR.evaluate(cyclic, MARCH, List.of(report(a, 50), report(b, 5))));
  }
}
