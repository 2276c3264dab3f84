package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.rakor.core.RakorValidationException;
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
import io.rakor.core.indicators.Rates;
import io.rakor.core.indicators.SumMismatch;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.IndicatorCheck;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "for all" rules of indicators as results frameworks define them (issue 12 §3). */
class IndicatorsProperties {
  private static final UnitId DINKES = UnitId.of("dinkes");
  private static final IndicatorId WEIGHED = IndicatorId.of("weighed");
  private static final Indicator COUNTED =
      Indicator.builder()
          .id(WEIGHED)
          .name("Balita ditimbang")
          .unitOfMeasure("children")
          .direction(Direction.HIGHER_IS_BETTER)
          .baseline(DatedValue.of(0, LocalDate.of(2024, 12, 31)))
          .dataSteward(DINKES)
          .build();

  @Test
  void disaggregationsAreOrderedConsistentlyWithEquality() {
    qt().forAll(RakorGen.disaggregations(), RakorGen.disaggregations())
        .checkAssert(
            (a, b) -> {
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Disaggregation.TOTAL.compareTo(a)).isLessThanOrEqualTo(0);
              assertThat(Disaggregation.of(a.categories())).isEqualTo(a);
            });
  }

  @Test
  void aPartIsPartOfEveryCoarserGroup() {
    qt().forAll(RakorGen.disaggregations())
        .checkAssert(
            d -> {
              assertThat(d.isPartOf(Disaggregation.TOTAL)).isTrue();
              for (String dimension : d.dimensions()) {
                Disaggregation coarser = d.without(dimension);
                assertThat(d.isPartOf(coarser)).isTrue();
                assertThat(coarser.isPartOf(d)).isFalse();
                assertThat(coarser.and(dimension, d.category(dimension).orElseThrow()))
                    .isEqualTo(d);
              }
            });
  }

  @Test
  void aRateBuiltFromItsPartsIsValidAndAFarValueIsRefused() {
    qt().forAll(integers().between(1, 1_000_000), integers().between(0, 1000))
        .checkAssert(
            (denominator, perMille) -> {
              int numerator = (int) ((long) denominator * perMille / 1000);
              for (long base : List.of(1L, 100L, 1000L, 100_000L)) {
                MeasuredValue v =
                    MeasuredValue.builder()
                        .indicator(WEIGHED)
                        .rate(numerator, denominator, base)
                        .asOf(LocalDate.of(2026, 6, 30))
                        .build();
                assertThat(v.value()).isEqualTo(Rates.rate(numerator, denominator, base));
                double far = v.value() + 2 * Rates.TOLERANCE * base;
                RakorValidationException e =
                    catchThrowableOfType(RakorValidationException.class, () -> v.withValue(far));
                assertThat(e).isNotNull();
                assertThat(e.violations())
                    .anySatisfy(x -> assertThat(x.field()).isEqualTo("value"));
              }
            });
  }

  @Test
  void partsThatAddUpAreNeverFlaggedAndAnyPartOffIsNamedWithItsTotal() {
    qt().forAll(
            integers().between(0, 1_000_000),
            integers().between(0, 1_000_000),
            integers().between(-1000, 1000))
        .checkAssert(
            (girls, boys, error) -> {
              ObservationPeriod year = ObservationPeriod.year(2026);
              MeasuredValue total =
                  MeasuredValue.builder()
                      .indicator(WEIGHED)
                      .value(girls + boys)
                      .asOf(LocalDate.of(2026, 12, 31))
                      .period(year)
                      .build();
              Disaggregation female = Disaggregation.of(Disaggregation.SEX, "female");
              Disaggregation male = Disaggregation.of(Disaggregation.SEX, "male");
              List<MeasuredValue> values = new ArrayList<>();
              values.add(total);
              values.add(total.withValue(girls).withDisaggregation(female));
              values.add(total.withValue(boys + error).withDisaggregation(male));
              List<SumMismatch> found = MeasuredValue.sumMismatches(COUNTED, values);
              if (error == 0) {
                assertThat(found).isEmpty();
              } else {
                assertThat(found).hasSize(1);
                SumMismatch m = found.get(0);
                assertThat(m.total()).isEqualTo(Disaggregation.TOTAL);
                assertThat(m.parts()).containsOnlyKeys(female, male);
                assertThat(m.partsSum() - m.totalValue()).isEqualTo((double) error);
                assertThat(m.explanation()).contains("sex=female", "sex=male", "total");
              }
              // another period's parts are never compared with this total
              List<MeasuredValue> otherYear = new ArrayList<>(values.subList(0, 1));
              otherYear.add(values.get(2).withPeriod(ObservationPeriod.year(2025)));
              assertThat(MeasuredValue.sumMismatches(COUNTED, otherYear)).isEmpty();
            });
  }

  @Test
  void eachPeriodsTargetIsJudgedByThatPeriodsActual() {
    MonitoringPlan plan =
        MonitoringPlan.builder()
            .id(MonitoringPlanId.of("monev"))
            .name("Monev")
            .owner(DINKES)
            .jurisdiction(JurisdictionCode.of("18.03"))
            .cadence(Cadence.MONTHLY)
            .zone(ZoneId.of("Asia/Jakarta"))
            .firstPeriodStart(LocalDate.of(2026, 1, 1))
            .reportingWindowDays(10)
            .build();
    qt().forAll(
            integers().between(0, 5000),
            integers().between(0, 5000),
            integers().between(0, 5000),
            integers().between(1, 11))
        .checkAssert(
            (actual2025, actual2026, latest, month) -> {
              Commitment c =
                  Commitment.builder()
                      .id(CommitmentId.of("c"))
                      .originMeeting(MeetingId.of("m"))
                      .action("Menimbang balita")
                      .lead(DINKES)
                      .priority(PriorityId.of("p"))
                      .area(PriorityArea.STUNTING)
                      .addScope(JurisdictionCode.of("18.03"))
                      .addTarget(
                          Target.forPeriod(
                              WEIGHED, 3000, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                      .addTarget(
                          Target.forPeriod(
                              WEIGHED, 4000, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                      .start(LocalDate.of(2025, 1, 1))
                      .due(LocalDate.of(2026, 12, 31))
                      .status(CommitmentStatus.IN_PROGRESS)
                      .build();
              MonitoringCycle cycle = CycleSchedule.cycle(plan, month);
              LocalDate asOf = cycle.periodEnd().minusDays(1);
              ProgressReport report =
                  ProgressReport.builder()
                      .id(ProgressReportId.of("r"))
                      .commitment(c.id())
                      .cycle(cycle.id())
                      .reportingUnit(DINKES)
                      .submittedAt(Instant.parse("2026-01-01T00:00:00Z"))
                      .progressPercent(50)
                      .addValues(MeasuredValue.of(WEIGHED, latest, asOf))
                      .addValues(
                          MeasuredValue.builder()
                              .indicator(WEIGHED)
                              .value(actual2025)
                              .asOf(LocalDate.of(2025, 12, 31))
                              .period(ObservationPeriod.year(2025))
                              .build())
                      .addValues(
                          MeasuredValue.builder()
                              .indicator(WEIGHED)
                              .value(actual2026)
                              .asOf(asOf)
                              .period(ObservationPeriod.year(2026))
                              .build())
                      .build();
              CommitmentAssessment a =
                  MonitoringEvaluator.defaults()
                      .evaluate(Portfolio.of(List.of(c), List.of(COUNTED)), cycle, List.of(report))
                      .assessment(0)
                      .orElseThrow();
              IndicatorCheck target2025 = a.indicators().get(0);
              IndicatorCheck target2026 = a.indicators().get(1);
              assertThat(target2025.actual()).hasValue(actual2025);
              assertThat(target2026.actual()).hasValue(actual2026);
              assertThat(target2025.attainmentPercent().getAsDouble() == 100)
                  .isEqualTo(actual2025 >= 3000);
              assertThat(target2026.attainmentPercent().getAsDouble() == 100)
                  .isEqualTo(actual2026 >= 4000);
            });
  }
}
