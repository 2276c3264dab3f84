package io.rakor.core.monitoring;

import static io.rakor.core.Samples.M1;
import static io.rakor.core.Samples.M2;
import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Milestones are facts over time: done once, done for good; each has its own state. */
class MilestonesOverTimeTest {
  private final MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();
  private final Commitment rtl = Samples.commitmentInProgress(); // m1 due 31 Mar, m2 due 30 Jun
  private final Portfolio portfolio =
      Portfolio.of(List.of(rtl), List.of(Samples.stuntingIndicator()));

  private static MonitoringCycle cycle(int n) {
    return CycleSchedule.cycle(monthlyPlan(), n);
  }

  private static ProgressReport report(int cycle, double percent) {
    MonitoringCycle c = cycle(cycle);
    return Samples.progressReport(CommitmentId.of("rtl-01"), c.id(), percent)
        .withSubmittedAt(c.reportDue().toInstant());
  }

  private CommitmentAssessment assess(
      int cycle, List<MilestoneAchievement> achievements, ProgressReport... reports) {
    return evaluator
        .evaluate(portfolio, cycle(cycle), List.of(reports), achievements)
        .assessment(0)
        .orElseThrow();
  }

  @Test
  void aMilestoneReportedDoneInFebruaryStaysDoneInMarchWithoutBeingRestated() {
    ProgressReport february =
        report(2, 20).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 2, 20)));
    ProgressReport march = report(3, 25); // says nothing of m1
    // tag::milestone-facts[]
    List<MilestoneAchievement> facts = MilestoneAchievement.fromReports(List.of(february));
    CycleEvaluation marchEvaluation =
        evaluator.evaluate(portfolio, cycle(3), List.of(march), facts);
    // end::milestone-facts[]
    assertThat(marchEvaluation.assessment(0).orElseThrow().milestonesMissed()).isEmpty();

    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).completedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(facts.get(0).recordedBy()).isEqualTo(Samples.DINKES);
    assertThat(facts.get(0).report()).isEqualTo(february.id());

    CommitmentAssessment a = assess(3, facts, march);
    assertThat(a.milestones().get(0).state()).isEqualTo(MilestoneState.DONE_ON_TIME);
    assertThat(a.milestonesMissed()).isEmpty();
    assertThat(a.health()).isEqualTo(Health.ON_TRACK);
    // and a later report that says "not done" does not undo it
    assertThat(assess(3, facts, march.withMilestones(MilestoneCompletion.notDone(M1))).health())
        .isEqualTo(Health.ON_TRACK);
  }

  @Test
  void eachMilestoneHasItsStateAndTheReasonNamesThem() {
    // April (asOf 1 May): m1 due 31 Mar done 3 Apr (late by 3 days); m2 due 30 Jun pending
    ProgressReport april =
        report(4, 33).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 4, 3)));
    CommitmentAssessment a = assess(4, List.of(), april);
    assertThat(a.milestones())
        .extracting(MilestoneCheck::state)
        .containsExactly(MilestoneState.DONE_LATE, MilestoneState.PENDING);
    assertThat(a.milestones().get(0).daysLate()).isEqualTo(3);
    assertThat(a.reason())
        .endsWith(
            "milestones: m1 done late on 3 April 2026 (3 days after it was due),"
                + " m2 pending (due until 30 June 2026)");

    // March (asOf 1 April): m1 missed by one day, m2 not yet due soon
    CommitmentAssessment march = assess(3, List.of(), report(3, 25));
    assertThat(march.milestones().get(0).state()).isEqualTo(MilestoneState.MISSED);
    assertThat(march.milestones().get(0).daysLate()).isEqualTo(1);
    assertThat(march.reason()).contains("m1 missed (due until 31 March 2026, 1 day late)");

    // June (asOf 1 July) with m2 due soon in a longer window: at 20 June the 14-day window holds it
    MonitoringEvaluator soon =
        MonitoringEvaluator.of(HealthThresholds.builder().dueSoonDays(31).build());
    CommitmentAssessment may =
        soon.evaluate(portfolio, cycle(5), List.of(report(5, 40))).assessment(0).orElseThrow();
    assertThat(may.milestones().get(1).state()).isEqualTo(MilestoneState.DUE_SOON);
    assertThat(may.milestones().get(1).describe())
        .isEqualTo("m2 due soon (due until 30 June 2026)");
  }

  @Test
  void aDrillInThreeVillagesIsThreeMilestonesWithTheirPlaces() {
    List<Milestone> drills =
        List.of("2001", "2002", "2003").stream()
            .map(
                v ->
                    Milestone.builder()
                        .id(MilestoneId.of("drill-" + v))
                        .description("Simulasi evakuasi desa " + v)
                        .start(LocalDate.of(2026, 9, 1))
                        .due(LocalDate.of(2026, 9, 30))
                        .place(JurisdictionCode.of("18.03.01." + v))
                        .responsible(UnitId.of("bpbd"))
                        .build())
            .toList();
    Commitment drill =
        rtl.withScope(JurisdictionCode.of("18.03.01")).withTargets().withMilestones(drills);
    assertThat(drill.milestones())
        .extracting(m -> m.place().orElseThrow().value())
        .containsExactly("18.03.01.2001", "18.03.01.2002", "18.03.01.2003");
    assertThatThrownBy(() -> drill.withScope(JurisdictionCode.of("18.03.02")))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("milestones[0].place")
        .hasMessageContaining("must be within the commitment's scope");
    assertThatThrownBy(() -> drills.get(0).withStart(LocalDate.of(2026, 10, 1)))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("due");
  }

  @Test
  void gradedCompletionMapsToProgressAndCompleteMeansDone() {
    assertThat(CompletionGrade.NOT_STARTED.progressPercent()).isEqualTo(0);
    assertThat(CompletionGrade.LIMITED.progressPercent()).isEqualTo(25);
    assertThat(CompletionGrade.SUBSTANTIAL.progressPercent()).isEqualTo(75);
    assertThat(CompletionGrade.COMPLETE.progressPercent()).isEqualTo(100);

    MilestoneCompletion substantial =
        MilestoneCompletion.graded(M2, CompletionGrade.SUBSTANTIAL, Optional.empty());
    assertThat(substantial.done()).isFalse();
    assertThat(substantial.progressPercent()).isEqualTo(75);
    MilestoneCompletion complete =
        MilestoneCompletion.graded(
            M1, CompletionGrade.COMPLETE, Optional.of(LocalDate.of(2026, 3, 30)));
    assertThat(complete.done()).isTrue();
    assertThatThrownBy(() -> substantial.withDone(true).withCompletedOn(LocalDate.of(2026, 3, 1)))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("grade");

    CommitmentAssessment a =
        assess(3, List.of(), report(3, 25).withMilestones(complete, substantial));
    assertThat(a.milestones())
        .extracting(MilestoneCheck::progressPercent)
        .containsExactly(100.0, 75.0);
    assertThat(a.milestones().get(1).describe())
        .isEqualTo("m2 pending (due until 30 June 2026), graded SUBSTANTIAL");
  }
}
