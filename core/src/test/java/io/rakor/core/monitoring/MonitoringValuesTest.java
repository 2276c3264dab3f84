package io.rakor.core.monitoring;

import static io.rakor.core.Rejections.assertRejected;
import static io.rakor.core.Samples.M1;
import static io.rakor.core.Samples.M2;
import static io.rakor.core.Samples.STUNTING;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.Samples;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.indicators.Direction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monitoring values' own rules: ids, defaults, descriptions, facts from reports. */
class MonitoringValuesTest {
  private static final CommitmentId RTL = CommitmentId.of("rtl-01");

  @Test
  void idsSortAndPrintAsTheirText() {
    assertThat(CycleId.of("monev-2026/02")).isLessThan(CycleId.of("monev-2026/03"));
    assertThat(MonitoringPlanId.of("a-plan")).isLessThan(MonitoringPlanId.of("b-plan"));
    assertThat(ProgressReportId.of("r-2")).isGreaterThan(ProgressReportId.of("r-1"));
    assertThat(MonitoringPlanId.of("monev-2026")).hasToString("monev-2026");
    assertThat(ProgressReportId.of("r-1")).hasToString("r-1");
  }

  @Test
  void anIndicatorCheckStartsFromItsBaselineAndIsJudgedUnlessSaidOtherwise() {
    IndicatorCheck check =
        IndicatorCheck.builder()
            .indicator(STUNTING)
            .direction(Direction.LOWER_IS_BETTER)
            .baseline(27)
            .target(14)
            .targetBy(LocalDate.of(2026, 12, 31))
            .expectedPercent(50)
            .build();
    assertThat(check.startValue()).isEqualTo(27);
    assertThat(check.judged()).isTrue();
    assertThat(check.expectedValue()).isEqualTo(20.5);
  }

  @Test
  void aMilestoneSaysWhereItIs() {
    MilestoneCheck m =
        MilestoneCheck.builder()
            .milestone(M1)
            .description("Posyandu aktif")
            .due(LocalDate.of(2026, 3, 31))
            .place(JurisdictionCode.of("18.03.01.2001"))
            .state(MilestoneState.PENDING)
            .daysLate(0)
            .build();
    assertThat(m.describe()).isEqualTo("m1 in 18.03.01.2001 pending (due until 31 March 2026)");
  }

  @Test
  void aDeadlineAtMidnightIsReadAsTheDayBefore() {
    assertThat(TimeText.until(ZonedDateTime.of(2026, 4, 11, 0, 0, 0, 0, Samples.WIB)))
        .isEqualTo("until 10 April 2026");
  }

  @Test
  void aMeasuredValueOfMinusZeroIsZero() {
    MeasuredValue v = MeasuredValue.of(STUNTING, -0.0, LocalDate.of(2026, 3, 31));
    assertThat(Double.doubleToRawLongBits(v.value())).isZero();
  }

  private static ProgressReport report(
      String id, String cycle, String submitted, MilestoneCompletion... done) {
    return Samples.progressReport(RTL, CycleId.of(cycle), 50)
        .withId(ProgressReportId.of(id))
        .withSubmittedAt(Instant.parse(submitted))
        .withMilestones(done);
  }

  @Test
  void aMilestoneIsAchievedOnceOnItsEarliestDateByTheReportsThatCount() {
    ProgressReport january =
        report(
            "r-1",
            "monev-2026/01",
            "2026-01-30T02:00:00Z",
            MilestoneCompletion.done(M2, LocalDate.of(2026, 1, 29)),
            MilestoneCompletion.done(M1, LocalDate.of(2026, 1, 28)));
    // February's report restates m1 with an earlier date, then is corrected twice at one instant:
    // the correction with the id later in text order counts, and its date
    ProgressReport february =
        report(
            "r-2",
            "monev-2026/02",
            "2026-02-27T02:00:00Z",
            MilestoneCompletion.done(M1, LocalDate.of(2026, 1, 20)));
    ProgressReport correctionA =
        report(
            "r-3a",
            "monev-2026/02",
            "2026-02-28T02:00:00Z",
            MilestoneCompletion.done(M1, LocalDate.of(2026, 1, 22)));
    ProgressReport correctionB =
        report(
            "r-3b",
            "monev-2026/02",
            "2026-02-28T02:00:00Z",
            MilestoneCompletion.done(M1, LocalDate.of(2026, 1, 26)));
    List<ProgressReport> reports =
        new ArrayList<>(List.of(correctionB, january, february, correctionA));

    for (int turn = 0; turn < 4; turn++) {
      Collections.rotate(reports, 1);
      List<MilestoneAchievement> facts = MilestoneAchievement.fromReports(reports);
      assertThat(facts)
          .extracting(
              MilestoneAchievement::milestone,
              MilestoneAchievement::completedOn,
              a -> a.report().value())
          .as("order %s", reports)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(M1, LocalDate.of(2026, 1, 26), "r-3b"),
              org.assertj.core.groups.Tuple.tuple(M2, LocalDate.of(2026, 1, 29), "r-1"));
    }
    // one date restated by a later report: the first report that gave it is the fact's
    assertThat(
            MilestoneAchievement.fromReports(
                List.of(
                    report(
                        "r-4",
                        "monev-2026/03",
                        "2026-03-30T02:00:00Z",
                        MilestoneCompletion.done(M2, LocalDate.of(2026, 1, 29))),
                    january)))
        .extracting(a -> a.report().value())
        .containsExactly("r-1", "r-1");
  }

  @Test
  void anAchievementsDateIsWithinTheYearsADateMayHave() {
    assertRejected(
        () ->
            MilestoneAchievement.builder()
                .commitment(RTL)
                .milestone(M1)
                .completedOn(LocalDate.of(-5, 1, 1))
                .recordedBy(Samples.DINKES)
                .report(ProgressReportId.of("r-1"))
                .cycle(CycleId.of("monev-2026/01"))
                .build(),
        "MilestoneAchievement",
        "completedOn");
  }
}
