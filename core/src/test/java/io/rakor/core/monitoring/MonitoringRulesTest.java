package io.rakor.core.monitoring;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.Samples;
import io.rakor.core.Violation;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of monitoring read at their edges: thresholds, counts, escalation, milestones. */
class MonitoringRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  /** An assessment of the fixture commitment on 1 April 2026, to vary one field at a time. */
  private static CommitmentAssessment.Builder assessment(Health health) {
    CommitmentAssessment.Builder a = CommitmentAssessment.builder();
    a.commitment(CommitmentId.of("rtl-01"))
        .action("Menurunkan prevalensi stunting")
        .lead(UnitId.of("dinkes"))
        .priority(PriorityId.of("p-stunting"))
        .cycle(CycleId.of("monev-2026/03"))
        .health(health)
        .asOf(AS_OF)
        .due(LocalDate.of(2026, 3, 20))
        .expectedPercent(40)
        .reportDue(ZonedDateTime.of(2026, 4, 11, 0, 0, 0, 0, Samples.WIB));
    return a;
  }

  @Test
  void aHealthSummaryCountsEachHealthAndNamesTheWorst() {
    HealthSummary s = new HealthSummary(1, 2, 3, 4, 5, 6);
    assertThat(s.total()).isEqualTo(21);
    assertThat(s.count(Health.COMPLETED)).isEqualTo(1);
    assertThat(s.count(Health.ON_TRACK)).isEqualTo(2);
    assertThat(s.count(Health.AT_RISK)).isEqualTo(3);
    assertThat(s.count(Health.NOT_REPORTED)).isEqualTo(4);
    assertThat(s.count(Health.OFF_TRACK)).isEqualTo(5);
    assertThat(s.count(Health.OVERDUE)).isEqualTo(6);
    assertThat(s.shareOnTrack()).isEqualTo(3 / 21.0);
    assertThat(s.worst()).contains(Health.OVERDUE);
    assertThat(s)
        .hasToString(
            "21 evaluated: 1 completed, 2 on track, 3 at risk, 4 not reported, 5 off track,"
                + " 6 overdue");

    assertThat(new HealthSummary(2, 0, 1, 0, 0, 0).worst()).contains(Health.AT_RISK);
    assertThat(new HealthSummary(1, 0, 0, 0, 0, 0).worst()).contains(Health.COMPLETED);
    assertThat(new HealthSummary(0, 0, 0, 0, 0, 0).worst()).isEmpty();
    assertThat(HealthSummary.EMPTY.shareOnTrack()).isZero();
    assertThat(HealthSummary.EMPTY.total()).isZero();
  }

  @Test
  void aHealthSummaryRefusesEveryNegativeCount() {
    for (int negative = 0; negative < 6; negative++) {
      int[] counts = {1, 1, 1, 1, 1, 1};
      counts[negative] = -1;
      assertThatThrownBy(() -> HealthSummary.of(counts))
          .as("count %s negative", negative)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("counts must not be negative");
    }
  }

  @Test
  void thresholdsAcceptTheirLimitsAndRefuseBeyond() {
    HealthThresholds defaults = HealthThresholds.builder().build();
    assertThat(HealthThresholds.defaults()).isEqualTo(defaults);
    assertThat(defaults.atRiskGap()).isEqualTo(10);
    assertThat(defaults.offTrackGap()).isEqualTo(25);
    assertThat(defaults.missedMilestonesOffTrack()).isEqualTo(2);
    assertThat(defaults.dueSoonDays()).isEqualTo(14);

    HealthThresholds edges =
        HealthThresholds.builder()
            .atRiskGap(0)
            .offTrackGap(100)
            .missedMilestonesOffTrack(1)
            .dueSoonDays(0)
            .build();
    assertThat(edges.atRiskGap()).isZero();
    assertThat(HealthThresholds.builder().atRiskGap(25).offTrackGap(25).dueSoonDays(366).build())
        .satisfies(t -> assertThat(t.atRiskGap()).isEqualTo(t.offTrackGap()));

    Violation negative =
        assertRejected(
            () -> HealthThresholds.builder().atRiskGap(-0.5).build(),
            "HealthThresholds",
            "atRiskGap");
    assertThat(negative.rule()).isEqualTo("must be from 0 to offTrackGap 25.0");
    assertRejected(
        () -> HealthThresholds.builder().atRiskGap(25.5).build(), "HealthThresholds", "atRiskGap");
    assertRejected(
        () -> HealthThresholds.builder().offTrackGap(100.5).build(),
        "HealthThresholds",
        "offTrackGap");
    assertRejected(
        () -> HealthThresholds.builder().missedMilestonesOffTrack(0).build(),
        "HealthThresholds",
        "missedMilestonesOffTrack");
    assertRejected(
        () -> HealthThresholds.builder().dueSoonDays(-1).build(),
        "HealthThresholds",
        "dueSoonDays");
    assertRejected(
        () -> HealthThresholds.builder().dueSoonDays(367).build(),
        "HealthThresholds",
        "dueSoonDays");
  }

  @Test
  void byDefaultEscalateWhatIsOverdueOffTrackOrUnreportedAndTwoCyclesAtRisk() {
    EscalationRules rules = EscalationRules.builder().build();
    assertThat(EscalationRules.defaults()).isEqualTo(rules);
    assertThat(rules.healths())
        .containsExactlyInAnyOrder(Health.OVERDUE, Health.OFF_TRACK, Health.NOT_REPORTED);
    assertThat(rules.atRiskCycles()).isEqualTo(2);
    assertThat(rules.progressDropped()).isFalse();
    assertThat(rules.healthWorsened()).isFalse();

    assertThat(rules.escalates(assessment(Health.OFF_TRACK).build())).isTrue();
    assertThat(rules.escalates(assessment(Health.ON_TRACK).build())).isFalse();
    assertThat(rules.escalates(assessment(Health.AT_RISK).atRiskCycles(1).build())).isFalse();
    assertThat(rules.escalates(assessment(Health.AT_RISK).atRiskCycles(2).build())).isTrue();
  }

  @Test
  void escalationByStreakDropAndWorseningIsEachSwitchedOnItsOwn() {
    CommitmentAssessment dropped =
        assessment(Health.ON_TRACK).reportedPercent(30).previousReportedPercent(40).build();
    CommitmentAssessment worsened =
        assessment(Health.AT_RISK).previousHealth(Health.ON_TRACK).build();
    EscalationRules none = EscalationRules.only(Set.of());
    assertThat(none.atRiskCycles()).isZero();
    assertThat(none.escalates(dropped)).isFalse();
    assertThat(none.escalates(worsened)).isFalse();
    assertThat(none.escalates(assessment(Health.AT_RISK).atRiskCycles(0).build())).isFalse();

    assertThat(
            EscalationRules.builder().from(none).progressDropped(true).build().escalates(dropped))
        .isTrue();
    assertThat(
            EscalationRules.builder().from(none).healthWorsened(true).build().escalates(worsened))
        .isTrue();
    assertThat(
            EscalationRules.builder()
                .from(none)
                .atRiskCycles(1)
                .build()
                .escalates(assessment(Health.AT_RISK).atRiskCycles(1).build()))
        .isTrue();

    assertThat(EscalationRules.builder().atRiskCycles(0).build().atRiskCycles()).isZero();
    assertRejected(
        () -> EscalationRules.builder().atRiskCycles(-1).build(),
        "EscalationRules",
        "atRiskCycles");
  }

  @Test
  void progressDropsOnlyWhenLowerAndHealthWorsensOnlyWhenMoreSevere() {
    assertThat(
            assessment(Health.ON_TRACK)
                .reportedPercent(40)
                .previousReportedPercent(40)
                .build()
                .progressDropped())
        .isFalse();
    assertThat(assessment(Health.AT_RISK).previousHealth(Health.AT_RISK).build().healthWorsened())
        .isFalse();
    assertThat(assessment(Health.ON_TRACK).previousHealth(Health.AT_RISK).build().healthWorsened())
        .isFalse();
  }

  @Test
  void theReasonCountsAtRiskCyclesFromTheSecondInARow() {
    assertThat(assessment(Health.AT_RISK).reportedPercent(25).atRiskCycles(1).build().reason())
        .doesNotContain("in a row");
    assertThat(assessment(Health.AT_RISK).reportedPercent(25).atRiskCycles(2).build().reason())
        .endsWith("; at risk or worse for 2 cycles in a row");
  }

  @Test
  void pointsBehindAreExpectedMinusReportedAndDaysLateTheMostLate() {
    assertThat(assessment(Health.ON_TRACK).reportedPercent(25).build().pointsBehind()).hasValue(15);
    assertThat(assessment(Health.ON_TRACK).reportedPercent(55).build().pointsBehind())
        .hasValue(-15);
    assertThat(assessment(Health.NOT_REPORTED).build().pointsBehind()).isEmpty();

    // 20 March to 1 April: 12 days past due
    assertThat(assessment(Health.OVERDUE).build().daysLate()).isEqualTo(12);
    MilestoneCheck missed =
        MilestoneCheck.builder()
            .milestone(MilestoneId.of("m1"))
            .description("Data balita terverifikasi")
            .due(LocalDate.of(2026, 3, 1))
            .state(MilestoneState.MISSED)
            .daysLate(31)
            .build();
    assertThat(assessment(Health.OVERDUE).addMilestones(missed).build().daysLate()).isEqualTo(31);
    assertThat(assessment(Health.AT_RISK).addMilestones(missed).build().daysLate()).isEqualTo(31);
    assertThat(assessment(Health.AT_RISK).reportedPercent(25).build().daysLate()).isZero();
  }

  @Test
  void aMilestoneDoneOnItsDueDayIsOnTimeAndDueSoonCountsWholeDays() {
    int due = (int) LocalDate.of(2026, 3, 31).toEpochDay();
    assertThat(MonitoringEvaluator.milestoneState(true, due, due, due + 10, 14))
        .isEqualTo(MilestoneState.DONE_ON_TIME);
    assertThat(MonitoringEvaluator.milestoneState(true, due + 1, due, due + 10, 14))
        .isEqualTo(MilestoneState.DONE_LATE);
    // as of the due day itself (the period ends there, exclusive) it is not missed yet
    assertThat(MonitoringEvaluator.milestoneState(false, -1, due, due, 14))
        .isEqualTo(MilestoneState.DUE_SOON);
    assertThat(MonitoringEvaluator.milestoneState(false, -1, due, due + 1, 14))
        .isEqualTo(MilestoneState.MISSED);
    assertThat(MonitoringEvaluator.milestoneState(false, -1, due, due - 13, 14))
        .isEqualTo(MilestoneState.DUE_SOON);
    assertThat(MonitoringEvaluator.milestoneState(false, -1, due, due - 14, 14))
        .isEqualTo(MilestoneState.PENDING);
  }

  @Test
  void aTargetThatEqualsItsBaselineIsAttainedWhenReached() {
    assertThat(MonitoringEvaluator.attainment(14, 14, 14, true)).isEqualTo(100);
    assertThat(MonitoringEvaluator.attainment(14, 14, 14, false)).isEqualTo(100);
    assertThat(MonitoringEvaluator.attainment(15, 14, 14, true)).isZero();
  }

  @Test
  void lateByIsWrittenInDaysHoursAndMinutes() {
    assertThat(MonitoringEvaluator.describe(Duration.ofDays(1).plusHours(1).plusMinutes(1)))
        .isEqualTo("1 day 1 hour 1 min");
    assertThat(MonitoringEvaluator.describe(Duration.ofDays(2).plusHours(3)))
        .isEqualTo("2 days 3 hours");
    assertThat(MonitoringEvaluator.describe(Duration.ofMinutes(5))).isEqualTo("5 min");
    assertThat(MonitoringEvaluator.describe(Duration.ofSeconds(1))).isEqualTo("0 min");
  }

  @Test
  void aMilestoneCompletionIsDoneWithADateOrGradedConsistently() {
    MilestoneId m1 = MilestoneId.of("m1");
    assertThat(MilestoneCompletion.notDone(m1).progressPercent()).isZero();
    assertThat(MilestoneCompletion.done(m1, LocalDate.of(2026, 3, 1)).progressPercent())
        .isEqualTo(100);
    assertThat(
            MilestoneCompletion.graded(m1, CompletionGrade.SUBSTANTIAL, Optional.empty())
                .progressPercent())
        .isEqualTo(75);

    Violation completeNotDone =
        assertRejected(
            () ->
                MilestoneCompletion.builder()
                    .milestone(m1)
                    .done(false)
                    .grade(CompletionGrade.COMPLETE)
                    .build(),
            "MilestoneCompletion",
            "grade");
    assertThat(completeNotDone.rule()).isEqualTo("must not be COMPLETE unless done");
    Violation doneButLimited =
        assertRejected(
            () ->
                MilestoneCompletion.builder()
                    .milestone(m1)
                    .done(true)
                    .completedOn(LocalDate.of(2026, 3, 1))
                    .grade(CompletionGrade.LIMITED)
                    .build(),
            "MilestoneCompletion",
            "grade");
    assertThat(doneButLimited.rule()).isEqualTo("must be COMPLETE for a milestone that is done");
    assertThat(
            assertRejected(
                    () -> MilestoneCompletion.builder().milestone(m1).done(true).build(),
                    "MilestoneCompletion",
                    "completedOn")
                .rule())
        .isEqualTo("must be given for a milestone that is done");
    assertThat(
            assertRejected(
                    () ->
                        MilestoneCompletion.builder()
                            .milestone(m1)
                            .done(false)
                            .completedOn(LocalDate.of(2026, 3, 1))
                            .build(),
                    "MilestoneCompletion",
                    "completedOn")
                .rule())
        .isEqualTo("must be absent unless done");
    assertRejected(
        () ->
            MilestoneCompletion.builder()
                .milestone(m1)
                .done(true)
                .completedOn(LocalDate.of(-5, 3, 1))
                .build(),
        "MilestoneCompletion",
        "completedOn");
  }

  @Test
  void aScheduleStartsAtCycleOneAndCountsFromZero() {
    MonitoringPlan plan = Samples.monthlyPlan();
    assertThat(CycleSchedule.cycles(plan, 0)).isEmpty();
    assertThat(CycleSchedule.cycles(plan, 1))
        .extracting(MonitoringCycle::sequence)
        .containsExactly(1);
    assertRejected(() -> CycleSchedule.cycle(plan, 0), "CycleSchedule", "sequence");
    assertRejected(() -> CycleSchedule.cycles(plan, -1), "CycleSchedule", "count");
  }
}
