package io.rakor.core.monitoring;

import static io.rakor.core.Samples.M1;
import static io.rakor.core.Samples.M2;
import static io.rakor.core.Samples.STUNTING;
import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Target;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitoringEvaluatorTest {
  /** Expected progress as a straight line, to read the thresholds at round numbers. */
  private final MonitoringEvaluator evaluator =
      MonitoringEvaluator.of(
          HealthThresholds.builder().expectation(Expectation.STRAIGHT_LINE).build());

  private final Commitment rtl = Samples.commitmentInProgress();

  private static MonitoringCycle cycle(int n) {
    return CycleSchedule.cycle(monthlyPlan(), n);
  }

  /** A report for the fixture commitment, submitted on the cycle's deadline. */
  private static ProgressReport report(int cycle, double percent) {
    MonitoringCycle c = cycle(cycle);
    return (Samples.progressReport(CommitmentId.of("rtl-01"), c.id(), percent))
        .withSubmittedAt(c.reportDue().toInstant());
  }

  private CommitmentAssessment assess(
      List<Commitment> commitments, int cycle, ProgressReport... reports) {
    Portfolio p =
        Portfolio.of(commitments, List.of(Samples.stuntingIndicator(), Samples.waterIndicator()));
    return evaluator.evaluate(p, cycle(cycle), List.of(reports)).assessment(0).orElseThrow();
  }

  private CommitmentAssessment assess(int cycle, ProgressReport... reports) {
    return assess(List.of(rtl), cycle, reports);
  }

  @Test
  void onTrackWhenProgressKeepsPaceWithTime() {
    // March: 90 of 365 days elapsed by 1 April -> 24.7% expected
    CommitmentAssessment a =
        assess(
            3,
            report(3, 25)
                .withValues(MeasuredValue.of(STUNTING, 24.0, LocalDate.of(2026, 3, 31)))
                .withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 20))));
    assertThat(a.health()).isEqualTo(Health.ON_TRACK);
    assertThat(a.expectedPercent()).isCloseTo(90 * 100.0 / 365, within(1e-9));
    assertThat(a.indicators().get(0).attainmentPercent().getAsDouble())
        .isCloseTo(3 * 100.0 / 13, within(1e-9));
    assertThat(a.reason())
        .isEqualTo(
            "ON_TRACK: reported 25.0% against 24.7% expected (not behind);"
                + " stunting-prevalence 24 vs target 14 by 31 December 2026 (lower is better,"
                + " baseline 27): 23.1% of the way, 24.7% expected (23.79 expected by now);"
                + " milestones: m1 done on time on 20 March 2026,"
                + " m2 pending (due until 30 June 2026)");
  }

  @Test
  void atRiskWhenMoreThanTenPointsBehind() {
    CommitmentAssessment a =
        assess(
            3,
            report(3, 14).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1))));
    assertThat(a.health()).isEqualTo(Health.AT_RISK);
    assertThat(a.reason())
        .startsWith("AT_RISK: reported 14.0% against 24.7% expected (10.7 points behind)");
    CommitmentAssessment justInside =
        assess(
            3,
            report(3, 14.7).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1))));
    assertThat(justInside.health()).isEqualTo(Health.ON_TRACK);
  }

  @Test
  void offTrackWhenMoreThanTwentyFivePointsBehind() {
    // April: 120 days elapsed -> 32.9% expected
    CommitmentAssessment a =
        assess(
            4, report(4, 5).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1))));
    assertThat(a.health()).isEqualTo(Health.OFF_TRACK);
  }

  @Test
  void anIndicatorThatDoesNotMoveCanPutItOffTrackWhateverTheReportedPercentage() {
    CommitmentAssessment a =
        assess(
            4,
            report(4, 40)
                .withValues(MeasuredValue.of(STUNTING, 27.0, LocalDate.of(2026, 4, 30)))
                .withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1))));
    assertThat(a.health()).isEqualTo(Health.OFF_TRACK);
    assertThat(a.reason())
        .contains("stunting-prevalence 27 vs target 14", "0.0% of the way, 32.9% expected");
  }

  @Test
  void anIndicatorPastItsTargetInItsDirectionCountsAsFullyAttained() {
    CommitmentAssessment a =
        assess(
            3,
            report(3, 25)
                .withValues(MeasuredValue.of(STUNTING, 13.5, LocalDate.of(2026, 3, 31)))
                .withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1))));
    assertThat(a.indicators().get(0).attainmentPercent().getAsDouble()).isEqualTo(100.0);
    assertThat(a.health()).isEqualTo(Health.ON_TRACK);
  }

  @Test
  void aHigherIsBetterIndicatorMeasuresTheWayUp() {
    Commitment water =
        rtl.withTargets(Target.of(Samples.WATER, 2000, LocalDate.of(2026, 12, 31)))
            .withMilestones();
    CommitmentAssessment a =
        assess(
            List.of(water),
            3,
            report(3, 25)
                .withValues(MeasuredValue.of(Samples.WATER, 1100, LocalDate.of(2026, 3, 31))));
    assertThat(a.indicators().get(0).attainmentPercent().getAsDouble())
        .isCloseTo(10.0, within(1e-9));
    assertThat(a.health()).isEqualTo(Health.AT_RISK); // 24.7 - 10 = 14.7 points behind
  }

  @Test
  void oneMissedMilestoneIsAtRiskTwoAreOffTrack() {
    assertThat(assess(3, report(3, 25)).health()).isEqualTo(Health.AT_RISK);
    assertThat(assess(3, report(3, 25)).reason())
        .contains(
            "milestones: m1 missed (due until 31 March 2026, 1 day late),"
                + " m2 pending (due until 30 June 2026)");
    // June: 181 days -> 49.6% expected; both milestones due by 1 July
    assertThat(
            assess(
                    6,
                    report(6, 50)
                        .withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1))))
                .health())
        .isEqualTo(Health.AT_RISK);
    assertThat(assess(6, report(6, 50)).health()).isEqualTo(Health.OFF_TRACK);
    assertThat(
            assess(
                    6,
                    report(6, 50)
                        .withMilestones(
                            MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1)),
                            MilestoneCompletion.done(M2, LocalDate.of(2026, 6, 30))))
                .health())
        .isEqualTo(Health.ON_TRACK);
  }

  @Test
  void aMilestoneDueOnThePeriodsLastDayIsDueInThatCycle() {
    // m1 is due 31 March, the last day of cycle 3; it is not yet due in cycle 2
    assertThat(assess(2, report(2, 20)).milestonesDue()).isEmpty();
    assertThat(assess(3, report(3, 25)).milestonesDue()).containsExactly(M1);
  }

  @Test
  void aReportExactlyAtTheDeadlineIsOnTimeOneSecondLaterIsLate() {
    ProgressReport onTime =
        report(3, 25).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1)));
    assertThat(assess(3, onTime).late()).isFalse();
    assertThat(assess(3, onTime).health()).isEqualTo(Health.ON_TRACK);
    ProgressReport late = onTime.withSubmittedAt(onTime.submittedAt().plusSeconds(1));
    CommitmentAssessment a = assess(3, late);
    assertThat(a.late()).isTrue();
    assertThat(a.health()).isEqualTo(Health.AT_RISK);
    assertThat(a.reason())
        .contains(
            "report submitted 11 April 2026 00:00 (Asia/Jakarta), after the deadline"
                + " (until 10 April 2026; late by 0 min)");
    MonitoringEvaluator lenient =
        MonitoringEvaluator.of(HealthThresholds.builder().lateReportAtRisk(false).build());
    Portfolio p = Portfolio.of(List.of(rtl), List.of(Samples.stuntingIndicator()));
    assertThat(lenient.evaluate(p, cycle(3), List.of(late)).health(0)).contains(Health.ON_TRACK);
  }

  @Test
  void deadlinesInEasternIndonesiaComeEarlierInUniversalTime() {
    MonitoringPlan papua = monthlyPlan().withZone(ZoneId.of("Asia/Jayapura"));
    MonitoringCycle march = CycleSchedule.cycle(papua, 3);
    Portfolio p = Portfolio.of(List.of(rtl), List.of(Samples.stuntingIndicator()));
    ProgressReport atWibDeadline =
        report(3, 25)
            .withCycle(march.id())
            .withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1)))
            .withSubmittedAt(Instant.parse("2026-04-10T17:00:00Z"));
    assertThat(
            evaluator.evaluate(p, march, List.of(atWibDeadline)).assessment(0).orElseThrow().late())
        .isTrue();
    ProgressReport atWitDeadline =
        atWibDeadline.withSubmittedAt(Instant.parse("2026-04-10T15:00:00Z"));
    assertThat(evaluator.evaluate(p, march, List.of(atWitDeadline)).health(0))
        .contains(Health.ON_TRACK);
  }

  @Test
  void noReportIsNotReported() {
    CommitmentAssessment a = assess(3);
    assertThat(a.health()).isEqualTo(Health.NOT_REPORTED);
    assertThat(a.reason())
        .startsWith(
            "NOT_REPORTED: no report for cycle monev-2026/3 (due until 10 April 2026);"
                + " 24.7% expected");
  }

  @Test
  void overdueOnceTheDueDatePassesWithoutAFullReport() {
    Commitment shortOne =
        Commitment.builder()
            .from(rtl)
            .due(LocalDate.of(2026, 2, 28))
            .targets(List.of())
            .milestones(
                List.of(
                    io.rakor.core.commitments.Milestone.of(
                        M1, "Selesai", LocalDate.of(2026, 2, 28))))
            .build();
    ProgressReport ninety =
        report(2, 90).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 2, 1)));
    assertThat(assess(List.of(shortOne), 2, ninety).health()).isEqualTo(Health.OVERDUE);
    assertThat(assess(List.of(shortOne), 2, ninety).reason())
        .startsWith(
            "OVERDUE: due until 28 February 2026 has passed, work not reported complete;"
                + " reported 90.0%");
    assertThat(assess(List.of(shortOne), 2).health()).isEqualTo(Health.OVERDUE);
    ProgressReport done =
        report(2, 100).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 2, 1)));
    assertThat(assess(List.of(shortOne), 2, done).health()).isEqualTo(Health.ON_TRACK);
    Commitment dueNextMonth = shortOne.withDue(LocalDate.of(2026, 3, 1));
    assertThat(assess(List.of(dueNextMonth), 2, ninety).health()).isEqualTo(Health.ON_TRACK);
  }

  @Test
  void completedWhenVerifiedAndInactiveOnesAreNotEvaluated() {
    Portfolio p =
        Portfolio.of(
            List.of(
                rtl.withStatus(CommitmentStatus.COMPLETED),
                rtl.withId(CommitmentId.of("p")).withStatus(CommitmentStatus.PROPOSED),
                rtl.withId(CommitmentId.of("c")).withStatus(CommitmentStatus.CANCELLED),
                rtl.withId(CommitmentId.of("s")).withStatus(CommitmentStatus.SUPERSEDED),
                Commitment.builder()
                    .from(rtl)
                    .id(CommitmentId.of("later"))
                    .start(LocalDate.of(2026, 4, 1))
                    .milestones(List.of())
                    .build()),
            List.of(Samples.stuntingIndicator()));
    CycleEvaluation e = evaluator.evaluate(p, cycle(3), List.of());
    assertThat(e.health(0)).contains(Health.COMPLETED);
    assertThat(e.assessment(0).orElseThrow().reason()).isEqualTo("COMPLETED: completion verified");
    for (int i = 1; i < 5; i++) {
      assertThat(e.health(i)).as("index " + i).isEmpty();
    }
    assertThat(e.summary().total()).isEqualTo(1);
  }

  @Test
  void thresholdsAreConfigurable() {
    ProgressReport fourteen =
        report(3, 14).withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 1)));
    Portfolio p = Portfolio.of(List.of(rtl), List.of(Samples.stuntingIndicator()));
    MonitoringEvaluator relaxed =
        MonitoringEvaluator.of(
            HealthThresholds.builder()
                .expectation(Expectation.STRAIGHT_LINE)
                .atRiskGap(15)
                .offTrackGap(40)
                .build());
    assertThat(relaxed.evaluate(p, cycle(3), List.of(fourteen)).health(0))
        .contains(Health.ON_TRACK);
    assertThat(HealthThresholds.defaults().atRiskGap()).isEqualTo(10);
    assertThat(HealthThresholds.defaults().offTrackGap()).isEqualTo(25);
    assertThat(HealthThresholds.defaults().missedMilestonesOffTrack()).isEqualTo(2);
  }

  @Test
  void theLatestReportOfACommitmentCountsAndForeignReportsAreIgnored() {
    Portfolio p = Portfolio.of(List.of(rtl), List.of(Samples.stuntingIndicator()));
    ProgressReport early = report(3, 5).withSubmittedAt(Instant.parse("2026-04-01T00:00:00Z"));
    ProgressReport later = report(3, 30).withSubmittedAt(Instant.parse("2026-04-02T00:00:00Z"));
    ProgressReport foreign = report(3, 50).withCommitment(CommitmentId.of("nope"));
    CycleReports r = CycleReports.of(p, cycle(3), List.of(later, early, foreign, report(2, 1)));
    assertThat(r.ignored()).isEqualTo(2);
    assertThat(evaluator.evaluate(r).assessment(0).orElseThrow().reportedPercent().getAsDouble())
        .isEqualTo(30);
  }

  @Test
  void aCorrectionReplacesTheWholeReportWhateverTheOrderGiven() {
    Portfolio p = Portfolio.of(List.of(rtl), List.of(Samples.stuntingIndicator()));
    ProgressReport first =
        report(3, 30)
            .withSubmittedAt(Instant.parse("2026-04-01T00:00:00Z"))
            .withValues(MeasuredValue.of(STUNTING, 20.0, LocalDate.of(2026, 3, 31)))
            .withMilestones(MilestoneCompletion.done(M1, LocalDate.of(2026, 3, 2)));
    ProgressReport correction =
        report(3, 25)
            .withId(ProgressReportId.of("rtl-01-correction"))
            .withSubmittedAt(Instant.parse("2026-04-02T00:00:00Z"));
    for (List<ProgressReport> order :
        List.of(List.of(first, correction), List.of(correction, first))) {
      CommitmentAssessment a = evaluator.evaluate(p, cycle(3), order).assessment(0).orElseThrow();
      assertThat(a.reportedPercent().getAsDouble()).isEqualTo(25);
      assertThat(a.indicators().get(0).actual()).isEmpty(); // the correction measured nothing
      assertThat(a.milestonesMissed()).containsExactly(M1); // nor reported m1 done
    }
  }

  @Test
  void ofReportsSubmittedAtTheSameInstantTheIdLastInTextOrderCounts() {
    Portfolio p = Portfolio.of(List.of(rtl), List.of(Samples.stuntingIndicator()));
    ProgressReport a = report(3, 10).withId(ProgressReportId.of("r-a"));
    ProgressReport b = report(3, 20).withId(ProgressReportId.of("r-b"));
    for (List<ProgressReport> order : List.of(List.of(a, b), List.of(b, a))) {
      assertThat(
              evaluator
                  .evaluate(p, cycle(3), order)
                  .assessment(0)
                  .orElseThrow()
                  .reportedPercent()
                  .getAsDouble())
          .isEqualTo(20);
    }
  }

  /** Three villages in two sub-districts of Lampung Utara, three lead units, one parent. */
  private CycleEvaluation portfolioEvaluation() {
    Commitment base =
        rtl.withMilestones().withTargets(Target.of(STUNTING, 14, LocalDate.of(2026, 12, 31)));
    Commitment parent =
        base.withId(CommitmentId.of("parent")).withScope(JurisdictionCode.of("18.03"));
    Commitment a =
        base.withId(CommitmentId.of("a"))
            .withScope(JurisdictionCode.of("18.03.01.2001"), JurisdictionCode.of("18.03.01.2002"))
            .withParent(CommitmentId.of("parent"))
            .withWeight(3);
    Commitment b =
        base.withId(CommitmentId.of("b"))
            .withLead(UnitId.of("dinas-pu"))
            .withScope(JurisdictionCode.of("18.03.02.2001"))
            .withPriority(PriorityId.of("p-water"))
            .withParent(CommitmentId.of("parent"));
    Commitment c =
        Commitment.builder()
            .from(base)
            .id(CommitmentId.of("c"))
            .lead(UnitId.of("bpbd-lampura"))
            .supporters(List.of())
            .scope(List.of(JurisdictionCode.of("18.03.02.2002")))
            .due(LocalDate.of(2026, 2, 28))
            .targets(List.of())
            .milestones(
                List.of(
                    io.rakor.core.commitments.Milestone.of(
                        M1, "Rencana kontinjensi", LocalDate.of(2026, 2, 28))))
            .build();
    Portfolio p = Portfolio.of(List.of(parent, a, b, c), List.of(Samples.stuntingIndicator()));
    List<ProgressReport> reports = new ArrayList<>();
    reports.add(report(3, 40).withCommitment(CommitmentId.of("a")));
    reports.add(report(3, 80).withCommitment(CommitmentId.of("b")));
    return evaluator.evaluate(p, cycle(3), reports);
  }

  @Test
  void rollUpsByPriorityLeadUnitAndJurisdiction() {
    CycleEvaluation e = portfolioEvaluation();
    // the parent, without a report of its own, is judged by its children: on track
    assertThat(e.summary()).isEqualTo(new HealthSummary(0, 3, 0, 0, 0, 1));
    assertThat(e.byPriority().get(PriorityId.of("p-water")))
        .isEqualTo(new HealthSummary(0, 1, 0, 0, 0, 0));
    assertThat(e.byPriority().get(PriorityId.of("p-stunting")).total()).isEqualTo(3);
    assertThat(e.byLeadUnit().get(UnitId.of("bpbd-lampura")).overdue()).isEqualTo(1);
    assertThat(e.byLeadUnit().get(UnitId.of("dinkes")).total()).isEqualTo(2);
    assertThat(e.forJurisdiction(JurisdictionCode.of("18.03")).total())
        .as("district sees all")
        .isEqualTo(4);
    assertThat(e.forJurisdiction(JurisdictionCode.of("18")).total()).isEqualTo(4);
    assertThat(e.forJurisdiction(JurisdictionCode.of("18.03.01")).total())
        .as("a commitment in two villages counts once for their sub-district")
        .isEqualTo(1);
    assertThat(e.forJurisdiction(JurisdictionCode.of("18.03.02")))
        .isEqualTo(new HealthSummary(0, 1, 0, 0, 0, 1));
    assertThat(e.forJurisdiction(JurisdictionCode.of("18.03.01.2002")).total()).isEqualTo(1);
    assertThat(e.forJurisdiction(JurisdictionCode.of("19"))).isEqualTo(HealthSummary.EMPTY);
  }

  @Test
  void progressRollsUpThroughParentsByWeight() {
    CycleEvaluation e = portfolioEvaluation();
    // a: 40% with weight 3, b: 80% with weight 1 -> (120 + 80) / 4 = 50%
    assertThat(e.rolledUpProgress(CommitmentId.of("parent")).getAsDouble())
        .isCloseTo(50.0, within(1e-9));
    assertThat(e.rolledUpProgress(CommitmentId.of("a")).getAsDouble()).isEqualTo(40.0);
    assertThat(e.rolledUpProgress(CommitmentId.of("c"))).isEmpty();
    assertThat(e.subtree(CommitmentId.of("parent"))).isEqualTo(new HealthSummary(0, 3, 0, 0, 0, 0));
  }

  @Test
  void escalationsComeWorstFirst() {
    CycleEvaluation e = portfolioEvaluation();
    assertThat(e.escalations())
        .extracting(CommitmentAssessment::commitment, CommitmentAssessment::health)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CommitmentId.of("c"), Health.OVERDUE));
    assertThat(e.escalations(java.util.Set.of(Health.ON_TRACK))).hasSize(3);
  }

  @Test
  void unfinishedCommitmentsAreCarriedIntoTheNextMeetingsAgenda() {
    CycleEvaluation e = portfolioEvaluation();
    Meeting next = Meeting.builder().from(Samples.meetingWithEveryRole()).build();
    Meeting withFollowUps = AgendaCarryOver.carryInto(next, e);
    assertThat(withFollowUps.agenda()).hasSize(4);
    assertThat(withFollowUps.agenda().get(0).position()).isEqualTo(1);
    assertThat(withFollowUps.agenda().get(0).title())
        .isEqualTo("Follow-up c [OVERDUE]: Menurunkan prevalensi stunting");
    assertThat(withFollowUps.agenda().get(0).presenter()).contains(UnitId.of("bpbd-lampura"));
    assertThat(withFollowUps.agenda().get(1).title()).contains("[ON_TRACK]");
  }

  @Test
  void aMeetingThatHasTakenPlaceTakesNoCarriedOverItems() {
    Meeting concluded =
        Samples.meetingWithEveryRole().withStatus(io.rakor.core.meetings.MeetingStatus.CONCLUDED);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AgendaCarryOver.carryInto(concluded, portfolioEvaluation()))
        .isInstanceOf(io.rakor.core.RakorValidationException.class)
        .hasMessageContaining("must be SCHEDULED or POSTPONED");
  }

  @Test
  void thresholdsMustBeOrdered() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> HealthThresholds.builder().atRiskGap(30).offTrackGap(20).build())
        .isInstanceOf(io.rakor.core.RakorValidationException.class)
        .hasMessageContaining("atRiskGap");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> HealthThresholds.builder().missedMilestonesOffTrack(0).build())
        .isInstanceOf(io.rakor.core.RakorValidationException.class);
  }

  @Test
  void aPortfolioNeedsEveryIndicatorItsTargetsName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Portfolio.of(List.of(rtl), List.of(Samples.waterIndicator())))
        .isInstanceOf(io.rakor.core.RakorValidationException.class)
        .hasMessageContaining("stunting-prevalence");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Portfolio.of(List.of(rtl, rtl), List.of(Samples.stuntingIndicator())))
        .isInstanceOf(io.rakor.core.RakorValidationException.class)
        .hasMessageContaining("must not repeat an id");
  }
}
