package io.rakor.core.monitoring;

import static io.rakor.core.Samples.M2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.Samples;
import io.rakor.core.commitments.CommitmentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Filling a cycle's reports by hand, as a store or a benchmark does, and what it then shows. */
class CycleReportsBuilderTest {
  private final Portfolio portfolio =
      Portfolio.of(List.of(Samples.commitmentInProgress()), List.of(Samples.stuntingIndicator()));
  private final MonitoringCycle march = CycleSchedule.cycle(Samples.monthlyPlan(), 3);
  private final Instant onTime = march.reportDue().toInstant().minusSeconds(3600);

  private CommitmentAssessment assess(CycleReports reports) {
    return MonitoringEvaluator.defaults().evaluate(reports).assessment(0).orElseThrow();
  }

  private ProgressReport report(String id, double percent) {
    return Samples.progressReport(CommitmentId.of("rtl-01"), march.id(), percent)
        .withId(ProgressReportId.of(id))
        .withSubmittedAt(onTime);
  }

  @Test
  void whatNoReportGivesIsNotReportedNotZero() {
    CycleReports nothing = CycleReports.builder(portfolio, march).build();
    assertThat(nothing.reported(0)).isFalse();
    assertThat(nothing.cycle()).isEqualTo(march);
    assertThat(nothing.portfolio()).isSameAs(portfolio);
    assertThat(assess(nothing).health()).isEqualTo(Health.NOT_REPORTED);

    CommitmentAssessment bare =
        assess(CycleReports.builder(portfolio, march).report(0, 30, onTime).build());
    assertThat(bare.reportedPercent()).hasValue(30);
    assertThat(bare.indicators().get(0).actual()).isEmpty();
    assertThat(bare.milestones())
        .allSatisfy(
            m -> {
              assertThat(m.completedOn()).isEmpty();
              assertThat(m.grade()).isEmpty();
            });
  }

  @Test
  void eachCallReturnsTheBuilderSoThatTheyChain() {
    CycleReports reports =
        CycleReports.builder(portfolio, march)
            .add(report("r-1", 20))
            .add(report("r-0", 10).withSubmittedAt(onTime.minusSeconds(60)))
            .add(report("other-cycle", 90).withCycle(CycleId.of("monev-2026/02")))
            .report(0, 35, onTime.getEpochSecond())
            .measured(0, 0, 24)
            .milestoneDone(0, 0)
            .milestoneDone(0, 0, LocalDate.of(2026, 3, 20))
            .milestoneGraded(0, 1, CompletionGrade.LIMITED)
            .achieved(
                MilestoneAchievement.builder()
                    .commitment(CommitmentId.of("rtl-01"))
                    .milestone(M2)
                    .completedOn(LocalDate.of(2026, 3, 30))
                    .recordedBy(Samples.DINKES)
                    .report(ProgressReportId.of("r-feb"))
                    .cycle(CycleId.of("monev-2026/02"))
                    .build())
            .build();

    assertThat(reports.ignored()).isEqualTo(1);
    CommitmentAssessment a = assess(reports);
    assertThat(a.reportedPercent()).hasValue(35);
    assertThat(a.indicators().get(0).actual()).hasValue(24);
    assertThat(a.milestones().get(0).completedOn()).contains(LocalDate.of(2026, 3, 20));
    assertThat(a.milestones().get(1).state()).isEqualTo(MilestoneState.DONE_ON_TIME);
  }

  @Test
  void ofTwoReportsSubmittedAtOneInstantTheLaterIdCounts() {
    CycleReports ab =
        CycleReports.of(portfolio, march, List.of(report("r-a", 10), report("r-b", 40)));
    CycleReports ba =
        CycleReports.of(portfolio, march, List.of(report("r-b", 40), report("r-a", 10)));
    assertThat(assess(ab).reportedPercent()).hasValue(40);
    assertThat(assess(ba).reportedPercent()).hasValue(40);
  }

  @Test
  void aCorrectionLeavesNoGradeOfTheEarlierReport() {
    ProgressReport graded =
        report("r-1", 20)
            .withMilestones(
                MilestoneCompletion.graded(M2, CompletionGrade.SUBSTANTIAL, Optional.empty()));
    ProgressReport correction = report("r-2", 25).withSubmittedAt(onTime.plusSeconds(60));

    CommitmentAssessment a = assess(CycleReports.of(portfolio, march, List.of(graded, correction)));

    assertThat(a.reportedPercent()).hasValue(25);
    assertThat(a.milestones().get(1).grade()).isEmpty();
  }

  @Test
  void aGradeOfCompleteRecordsTheMilestoneDone() {
    CommitmentAssessment a =
        assess(
            CycleReports.builder(portfolio, march)
                .report(0, 30, onTime)
                .milestoneGraded(0, 0, CompletionGrade.COMPLETE)
                .milestoneGraded(0, 1, CompletionGrade.SUBSTANTIAL)
                .build());
    assertThat(a.milestones().get(0).state()).isEqualTo(MilestoneState.DONE_ON_TIME);
    assertThat(a.milestones().get(0).grade()).contains(CompletionGrade.COMPLETE);
    assertThat(a.milestones().get(1).state().isDone()).isFalse();
  }

  @Test
  void badPositionsAndProgressAreRefusedAndABuilderBuildsOnce() {
    CycleReports.Builder b = CycleReports.builder(portfolio, march);
    assertThatThrownBy(() -> b.report(0, 100.5, onTime))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress must be from 0 to 100: 100.5");
    assertThatThrownBy(() -> b.report(0, -0.5, onTime))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.measured(0, 1, 24)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.milestoneDone(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.milestoneDone(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    // a negative position never reaches the commitment before
    Portfolio two =
        Portfolio.of(
            List.of(
                Samples.commitmentInProgress(),
                Samples.commitmentInProgress().withId(CommitmentId.of("rtl-02"))),
            List.of(Samples.stuntingIndicator()));
    CycleReports.Builder second = CycleReports.builder(two, march);
    assertThatThrownBy(() -> second.milestoneDone(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative position -1");
    assertThatThrownBy(() -> second.measured(1, -1, 24))
        .isInstanceOf(IllegalArgumentException.class);
    b.report(0, 100, onTime).report(0, 0, onTime);
    b.build();
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("already built");
  }
}
