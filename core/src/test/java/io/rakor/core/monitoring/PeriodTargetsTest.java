package io.rakor.core.monitoring;

import static io.rakor.core.Rejections.assertRejected;
import static io.rakor.core.Samples.monthlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets per period are judged against the actual of their own period (issue 12 §3). */
class PeriodTargetsTest {
  private static final IndicatorId STUNTING = IndicatorId.of("stunting");
  private static final Indicator STUNTING_RATE =
      Indicator.builder()
          .id(STUNTING)
          .name("Prevalensi stunting balita")
          .unitOfMeasure("%")
          .rateBase(100L)
          .direction(Direction.LOWER_IS_BETTER)
          .baseline(DatedValue.of(27.0, LocalDate.of(2024, 12, 31)))
          .dataSteward(Samples.DINKES)
          .build();

  // tag::period-targets[]
  // Two yearly targets: 24 % over 2025, 21 % over 2026.
  Commitment twoYears =
      Commitment.builder()
          .id(CommitmentId.of("rtl-stunting-2025-2026"))
          .originMeeting(MeetingId.of("rakor-2025-01"))
          .action("Menurunkan prevalensi stunting")
          .lead(Samples.DINKES)
          .priority(PriorityId.of("p-stunting"))
          .area(PriorityArea.STUNTING)
          .addScope(JurisdictionCode.of("18.03"))
          .addTarget(
              Target.forPeriod(
                  STUNTING, 24.0, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
          .addTarget(
              Target.forPeriod(
                  STUNTING, 21.0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
          .start(LocalDate.of(2025, 1, 1))
          .due(LocalDate.of(2026, 12, 31))
          .status(CommitmentStatus.IN_PROGRESS)
          .build();

  // The June 2026 report gives the actual of each year: 2025 closed at 23.5 %, 2026 stands at 22.5.
  MeasuredValue actual2025 =
      MeasuredValue.builder()
          .indicator(STUNTING)
          .value(23.5)
          .asOf(LocalDate.of(2025, 12, 31))
          .period(ObservationPeriod.year(2025))
          .build();
  MeasuredValue actual2026 =
      MeasuredValue.builder()
          .indicator(STUNTING)
          .value(22.5)
          .asOf(LocalDate.of(2026, 6, 30))
          .period(ObservationPeriod.year(2026))
          .build();

  // end::period-targets[]

  private static MonitoringCycle june2026() {
    return CycleSchedule.cycle(monthlyPlan(), 6);
  }

  private ProgressReport report(MeasuredValue... values) {
    return ProgressReport.builder()
        .id(ProgressReportId.of("r-2026-06"))
        .commitment(twoYears.id())
        .cycle(june2026().id())
        .reportingUnit(Samples.DINKES)
        .submittedAt(Instant.parse("2026-07-03T03:00:00Z"))
        .progressPercent(75)
        .addValues(values)
        .build();
  }

  private CommitmentAssessment assess(ProgressReport report) {
    Portfolio portfolio = Portfolio.of(List.of(twoYears), List.of(STUNTING_RATE));
    return MonitoringEvaluator.defaults()
        .evaluate(portfolio, june2026(), List.of(report))
        .assessment(0)
        .orElseThrow();
  }

  @Test
  void eachTargetIsJudgedByTheActualOfItsOwnPeriod() {
    // tag::judged-per-period[]
    CommitmentAssessment june = assess(report(actual2025, actual2026));
    IndicatorCheck target2025 = june.indicators().get(0);
    IndicatorCheck target2026 = june.indicators().get(1);
    assertThat(target2025.actual()).hasValue(23.5); // the 2025 actual: target 24 met
    assertThat(target2025.attainmentPercent()).hasValue(100.0);
    assertThat(target2026.actual()).hasValue(22.5); // the 2026 actual, half way from 24 to 21
    assertThat(target2026.attainmentPercent().getAsDouble()).isCloseTo(50.0, within(1e-9));
    assertThat(target2026.describe())
        .startsWith("stunting 22.50 vs target 21 for 1 January 2026 to 31 December 2026");
    // end::judged-per-period[]
    assertThat(target2025.targetStart()).contains(LocalDate.of(2025, 1, 1));
    // the 2026 stretch starts on 1 January 2026, from the 2025 target: 181 of 365 days expected
    assertThat(target2026.expectedPercent()).isCloseTo(181 * 100.0 / 365, within(1e-9));
    assertThat(june.health()).isEqualTo(Health.ON_TRACK);
  }

  @Test
  void aMissed2025TargetIsMissedWhateverTheLatestValueSays() {
    MeasuredValue missed2025 = actual2025.withValue(25.5);
    CommitmentAssessment june = assess(report(missed2025, actual2026));
    assertThat(june.indicators().get(0).actual()).hasValue(25.5);
    assertThat(june.indicators().get(0).attainmentPercent().getAsDouble())
        .isCloseTo(50.0, within(1e-9));
    assertThat(june.indicators().get(1).actual()).hasValue(22.5);
    assertThat(june.health()).isEqualTo(Health.OFF_TRACK);
  }

  @Test
  void aValueWithoutAPeriodJudgesTheTargetsNoPeriodValueMatches() {
    MeasuredValue latest = MeasuredValue.of(STUNTING, 22.5, LocalDate.of(2026, 6, 30));
    CommitmentAssessment onlyLatest = assess(report(latest));
    assertThat(onlyLatest.indicators())
        .allSatisfy(check -> assertThat(check.actual()).hasValue(22.5));
    CommitmentAssessment both = assess(report(latest, actual2025.withValue(25.5)));
    assertThat(both.indicators().get(0).actual()).hasValue(25.5);
    assertThat(both.indicators().get(1).actual()).hasValue(22.5);
  }

  @Test
  void aValueOfAnotherPeriodOrPartJudgesNothing() {
    MeasuredValue firstHalf =
        actual2026.withPeriod(
            ObservationPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)));
    MeasuredValue girls =
        actual2025.withDisaggregation(Disaggregation.of(Disaggregation.SEX, "female"));
    CommitmentAssessment june = assess(report(firstHalf, girls));
    assertThat(june.indicators()).allSatisfy(check -> assertThat(check.actual()).isEmpty());
  }

  @Test
  void aCommitmentRepeatsNoTargetOfTheSameIndicatorDateAndPart() {
    Target total = Target.of(STUNTING, 21.0, LocalDate.of(2026, 12, 31));
    Target girls = total.withDisaggregation(Disaggregation.of(Disaggregation.SEX, "female"));
    assertThat(twoYears.withTargets(total, girls).targets()).hasSize(2);
    assertRejected(() -> twoYears.withTargets(total, girls, total), "Commitment", "targets[2]");
    assertRejected(
        () ->
            Target.forPeriod(STUNTING, 21.0, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31)),
        "Target",
        "by");
    assertRejected(
        () -> report(actual2025, actual2025.withAsOf(LocalDate.of(2026, 1, 15))),
        "ProgressReport",
        "values[1]");
  }
}
