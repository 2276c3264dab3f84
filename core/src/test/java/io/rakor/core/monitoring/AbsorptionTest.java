package io.rakor.core.monitoring;

import static io.rakor.core.Rejections.assertRejected;
import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Absorption (<i>serapan</i>): spending reported per funding line against its allocation, judged
 * against the share of the fiscal year elapsed. The region tagged {@code absorption} is shown in
 * docs/monitoring.md.
 */
class AbsorptionTest {
  private static final Currency IDR = Currency.getInstance("IDR");
  private static final FundingLine APBD =
      FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, new BigDecimal("200000000"), IDR);

  /** June's cycle of the monthly plan: judged as of 1 July 2026, 181 of 365 days elapsed. */
  private static final MonitoringCycle JUNE = CycleSchedule.cycle(monthlyPlan(), 6);

  /** A commitment running through 2026, one milestone still pending in June, funded by APBD. */
  private static Commitment latrines(FundingLine... lines) {
    return Commitment.builder()
        .id(CommitmentId.of("rtl-jamban"))
        .originMeeting(Samples.RAKOR)
        .action("Membangun jamban sehat di desa lokus")
        .lead(UnitId.of("dpmd"))
        .priority(PriorityId.of("stunting"))
        .area(PriorityArea.SANITATION)
        .addScope(JurisdictionCode.of("18.03.01.2001"))
        .addMilestones(
            Milestone.of(
                MilestoneId.of("m1"), "Jamban selesai dibangun", LocalDate.of(2026, 12, 15)))
        .start(LocalDate.of(2026, 1, 1))
        .due(LocalDate.of(2026, 12, 31))
        .status(CommitmentStatus.IN_PROGRESS)
        .addFundingLines(lines)
        .build();
  }

  /** A report on time of 50% progress, about what a straight line expects by 1 July. */
  private static ProgressReport report(Realisation... spending) {
    return Samples.progressReport(CommitmentId.of("rtl-jamban"), JUNE.id(), 50)
        .withSubmittedAt(JUNE.reportDue().toInstant())
        .withRealisations(spending);
  }

  private static CommitmentAssessment assess(
      HealthThresholds thresholds, Commitment c, ProgressReport r) {
    Portfolio portfolio = Portfolio.of(List.of(c), List.of());
    return MonitoringEvaluator.of(thresholds)
        .evaluate(portfolio, JUNE, List.of(r))
        .assessment(0)
        .orElseThrow();
  }

  private static HealthThresholds straightLine() {
    return HealthThresholds.builder().expectation(Expectation.STRAIGHT_LINE).build();
  }

  @Test
  void aLineSpentTooSlowlyPutsTheCommitmentAtRisk() {
    // tag::absorption[]
    Commitment c = latrines(APBD); // APBD 2026: IDR 200,000,000 allocated
    ProgressReport june =
        report(
            Realisation.of(
                APBD.ref(),
                new BigDecimal("15000000"), // spent in June
                new BigDecimal("40000000"), // spent to the end of June: 20%
                IDR));

    CommitmentAssessment a = assess(straightLine(), c, june);

    // half the year has gone (49.6%), less the default tolerance of 25 points: 24.6% expected
    assertThat(a.health()).isEqualTo(Health.AT_RISK);
    AbsorptionCheck check = a.absorption().get(0);
    assertThat(check.absorptionPercent()).isEqualTo(20.0);
    assertThat(check.low()).isTrue();
    assertThat(a.reason())
        .contains(
            "absorption of REGIONAL_BUDGET 2026: realised 40000000 of 200000000 IDR allocated"
                + " (20.0%), at least 24.6% expected (49.6% of the fiscal year elapsed), below");
    // end::absorption[]
    assertThat(check.expectedPercent()).isCloseTo(181 * 100.0 / 365, within(1e-9));
    assertThat(check.minimumPercent()).isCloseTo(181 * 100.0 / 365 - 25, within(1e-9));
    assertThat(a.reason()).startsWith("AT_RISK: reported 50.0% against 49.6% expected");
  }

  @Test
  void enoughAbsorptionLeavesItOnTrack() {
    CommitmentAssessment a =
        assess(
            straightLine(),
            latrines(APBD),
            report(Realisation.of(APBD.ref(), BigDecimal.ZERO, new BigDecimal("50000000"), IDR)));
    assertThat(a.health()).isEqualTo(Health.ON_TRACK);
    assertThat(a.absorption()).singleElement().satisfies(x -> assertThat(x.low()).isFalse());
    assertThat(a.reason()).contains("(25.0%), at least 24.6% expected").doesNotContain("below");
  }

  @Test
  void spendingBeyondTheAllocationIsFlaggedWhateverTheTolerance() {
    HealthThresholds lenient =
        HealthThresholds.builder()
            .expectation(Expectation.STRAIGHT_LINE)
            .absorptionTolerance(100)
            .build();
    CommitmentAssessment a =
        assess(
            lenient,
            latrines(APBD),
            report(Realisation.of(APBD.ref(), BigDecimal.ONE, new BigDecimal("200000001"), IDR)));
    assertThat(a.health()).isEqualTo(Health.AT_RISK);
    assertThat(a.reason()).contains("(100.0%), more than allocated");
    // the same tolerance never finds a line too slow
    assertThat(
            assess(
                    lenient,
                    latrines(APBD),
                    report(Realisation.of(APBD.ref(), BigDecimal.ZERO, BigDecimal.ZERO, IDR)))
                .health())
        .isEqualTo(Health.ON_TRACK);
  }

  @Test
  void spendingOnNoLineOfTheCommitmentOrInAnotherCurrencyIsNotCounted() {
    Realisation otherLine =
        Realisation.of(
            FundingLineRef.of(FundingSource.VILLAGE_FUND, 2026),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            IDR);
    Realisation otherCurrency =
        Realisation.of(APBD.ref(), BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("USD"));
    CommitmentAssessment a =
        assess(straightLine(), latrines(APBD), report(otherLine, otherCurrency));
    assertThat(a.health()).isEqualTo(Health.ON_TRACK);
    assertThat(a.absorption()).isEmpty();
  }

  @Test
  void aLineOfAYearNotBegunIsNotExpectedToBeSpent() {
    FundingLine next = FundingLine.of(FundingSource.SPECIAL_ALLOCATION, 2027, BigDecimal.TEN, IDR);
    Commitment c = latrines(APBD).withDue(LocalDate.of(2027, 12, 31)).withFundingLines(next);
    CommitmentAssessment a =
        assess(
            HealthThresholds.builder().absorptionTolerance(0).build(),
            c,
            report(Realisation.of(next.ref(), BigDecimal.ZERO, BigDecimal.ZERO, IDR)));
    assertThat(a.absorption())
        .singleElement()
        .satisfies(x -> assertThat(x.expectedPercent()).isZero());
    assertThat(a.absorption().get(0).low()).isFalse();
  }

  @Test
  void aLiveEvaluationJudgesTheSpendingOfACorrectedReport() {
    Commitment c = latrines(APBD);
    LiveEvaluation live =
        LiveEvaluation.of(
            MonitoringEvaluator.of(straightLine()),
            Portfolio.of(List.of(c), List.of()),
            JUNE,
            List.of(report().withSubmittedAt(JUNE.reportDue().toInstant().minusSeconds(3600))));
    assertThat(live.health(c.id())).contains(Health.ON_TRACK);

    ProgressReport corrected =
        report(Realisation.of(APBD.ref(), BigDecimal.ZERO, BigDecimal.ONE, IDR))
            .withId(ProgressReportId.of("rtl-jamban-2026-06-corrected"))
            .withSubmittedAt(JUNE.reportDue().toInstant().minusSeconds(60));
    assertThat(live.accept(corrected)).isTrue();
    assertThat(live.health(c.id())).contains(Health.AT_RISK);
    assertThat(live.assessment(c.id()).orElseThrow().absorption()).hasSize(1);
  }

  @Test
  void aRealisationChecksItsAmounts() {
    Realisation r = Samples.realisation();
    assertRejected(() -> r.withSpent(r.spentToDate().add(BigDecimal.ONE)), "Realisation", "spent");
    assertRejected(() -> r.withSpentToDate(new BigDecimal("-1")), "Realisation", "spentToDate");
    assertRejected(() -> r.withSpent(new BigDecimal("0.001")), "Realisation", "spent");
    assertThat(r.withSpent(new BigDecimal("1E+3")).spent()).isEqualTo(new BigDecimal("1000"));
    assertThat(RakorJson.readDocument(RakorJson.writeDocument(r), Realisation.class)).isEqualTo(r);
  }

  @Test
  void aReportNamesEachLineOnce() {
    Realisation r = Samples.realisation();
    assertRejected(
        () -> Samples.report().withRealisations(r, r.withSpent(BigDecimal.ZERO)),
        "ProgressReport",
        "realisations[1]");
  }

  @Test
  void theToleranceIsFromZeroToAHundredPoints() {
    assertThat(HealthThresholds.defaults().absorptionTolerance()).isEqualTo(25);
    assertRejected(
        () -> HealthThresholds.builder().absorptionTolerance(-1).build(),
        "HealthThresholds",
        "absorptionTolerance");
    assertRejected(
        () -> HealthThresholds.builder().absorptionTolerance(Double.NaN).build(),
        "HealthThresholds",
        "absorptionTolerance");
    double zero =
        HealthThresholds.builder().absorptionTolerance(-0.0).build().absorptionTolerance();
    assertThat(Double.doubleToRawLongBits(zero)).isZero();
  }
}
