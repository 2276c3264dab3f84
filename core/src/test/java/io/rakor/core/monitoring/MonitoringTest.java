package io.rakor.core.monitoring;

import static io.rakor.core.Rejections.assertRejected;
import static io.rakor.core.Samples.BAPPEDA;
import static io.rakor.core.Samples.DINKES;
import static io.rakor.core.Samples.REGENCY;
import static io.rakor.core.Samples.STUNTING;
import static io.rakor.core.Samples.WIB;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.MilestoneId;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MonitoringTest {
  private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
  private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

  private static MonitoringPlan.Builder plan() {
    return MonitoringPlan.builder()
        .id(MonitoringPlanId.of("monev"))
        .name("Monev 2026")
        .owner(BAPPEDA)
        .jurisdiction(REGENCY)
        .cadence(Cadence.MONTHLY)
        .zone(WIB)
        .firstPeriodStart(FEB)
        .reportingWindowDays(10);
  }

  private static MonitoringCycle.Builder february() {
    return MonitoringCycle.builder()
        .id(CycleId.of("monev-1"))
        .plan(MonitoringPlanId.of("monev"))
        .sequence(1)
        .periodStart(FEB)
        .periodEnd(MAR)
        .reportDue(MAR.plusDays(10).atStartOfDay(WIB));
  }

  private static ProgressReport.Builder report() {
    return ProgressReport.builder()
        .id(ProgressReportId.of("r1"))
        .commitment(CommitmentId.of("rtl-1"))
        .cycle(CycleId.of("monev-1"))
        .reportingUnit(DINKES)
        .submittedAt(Instant.parse("2026-03-05T03:00:00Z"))
        .progressPercent(25);
  }

  @Test
  void plansStartOnAFirstOfTheMonthWithABoundedWindow() {
    assertThat(plan().build().cadence().months()).isEqualTo(1);
    assertRejected(
        () -> plan().firstPeriodStart(FEB.plusDays(1)).build(),
        "MonitoringPlan",
        "firstPeriodStart");
    assertRejected(
        () -> plan().reportingWindowDays(-1).build(), "MonitoringPlan", "reportingWindowDays");
    assertRejected(
        () -> plan().reportingWindowDays(367).build(), "MonitoringPlan", "reportingWindowDays");
    assertThat(plan().reportingWindowDays(0).build().reportingWindowDays()).isZero();
    assertRejected(() -> plan().name("").build(), "MonitoringPlan", "name");
  }

  @Test
  void cyclesAreHalfOpenPeriods() {
    MonitoringCycle c = february().build();
    assertThat(c.status()).isEqualTo(CycleStatus.OPEN);
    assertThat(c.contains(FEB)).isTrue();
    assertThat(c.contains(MAR.minusDays(1))).isTrue();
    assertThat(c.contains(MAR)).isFalse();
    assertThat(c.contains(FEB.minusDays(1))).isFalse();
    assertRejected(() -> february().periodEnd(FEB).build(), "MonitoringCycle", "periodEnd");
    assertRejected(() -> february().sequence(0).build(), "MonitoringCycle", "sequence");
  }

  @Test
  void reportsAreNotDueBeforeThePeriodEnds() {
    assertThat(february().reportDue(MAR.atStartOfDay(WIB)).build().reportDue())
        .isEqualTo(MAR.atStartOfDay(WIB));
    ZonedDateTime early = MAR.atStartOfDay(WIB).minusSeconds(1);
    assertRejected(() -> february().reportDue(early).build(), "MonitoringCycle", "reportDue");
  }

  @Test
  void progressIsAPercentage() {
    assertThat(report().progressPercent(0).build().progressPercent()).isZero();
    assertThat(report().progressPercent(100).build().progressPercent()).isEqualTo(100);
    assertRejected(
        () -> report().progressPercent(-0.1).build(), "ProgressReport", "progressPercent");
    assertRejected(
        () -> report().progressPercent(100.1).build(), "ProgressReport", "progressPercent");
    assertRejected(
        () -> report().progressPercent(Double.NaN).build(), "ProgressReport", "progressPercent");
  }

  @Test
  void eachIndicatorAndMilestoneIsReportedOnce() {
    MeasuredValue v = MeasuredValue.of(STUNTING, 17.9, LocalDate.of(2026, 2, 28));
    assertRejected(() -> report().addValues(v, v).build(), "ProgressReport", "values[1]");
    MilestoneCompletion m = MilestoneCompletion.notDone(MilestoneId.of("m1"));
    assertRejected(() -> report().addMilestones(m, m).build(), "ProgressReport", "milestones[1]");
    assertRejected(() -> report().narrative(" ").build(), "ProgressReport", "narrative");
    assertRejected(() -> MeasuredValue.of(STUNTING, Double.NaN, FEB), "MeasuredValue", "value");
  }

  @Test
  void aMilestoneHasACompletionDateExactlyWhenDone() {
    assertThat(MilestoneCompletion.done(MilestoneId.of("m1"), FEB).completedOn()).contains(FEB);
    assertRejected(
        () -> MilestoneCompletion.builder().milestone(MilestoneId.of("m1")).done(true).build(),
        "MilestoneCompletion",
        "completedOn");
    assertRejected(
        () ->
            MilestoneCompletion.builder()
                .milestone(MilestoneId.of("m1"))
                .done(false)
                .completedOn(FEB)
                .build(),
        "MilestoneCompletion",
        "completedOn");
  }

  @Test
  void evidenceIsAnAbsoluteUri() {
    assertThat(EvidenceRef.of(URI.create("https://data.example/foto.jpg"), "Foto").uri())
        .isEqualTo(URI.create("https://data.example/foto.jpg"));
    assertRejected(() -> EvidenceRef.of(URI.create("foto.jpg"), "Foto"), "EvidenceRef", "uri");
    assertRejected(
        () -> EvidenceRef.of(URI.create("https://x.example/" + "a".repeat(2000)), "Foto"),
        "EvidenceRef",
        "uri");
    assertRejected(
        () -> EvidenceRef.of(URI.create("https://x.example/"), ""), "EvidenceRef", "description");
  }
}
