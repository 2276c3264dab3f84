package io.rakor.core.indicators;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.monitoring.MeasuredValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/domain.md, "Indicators and results" (issue 12 §3). */
class IndicatorsAndResultsTest {
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

  @Test
  void aRateIndicatorAsResultsFrameworksDefineIt() {
    // tag::rate-indicator[]
    Indicator stunting =
        Indicator.builder()
            .id(IndicatorId.of("stunting"))
            .name("Prevalensi stunting balita")
            .unitOfMeasure("%")
            .direction(Direction.LOWER_IS_BETTER)
            .type(IndicatorType.IMPACT)
            .dataSource(DataSource.of(DataSourceKind.SURVEY, "SSGI"))
            .collectionFrequency(CollectionFrequency.ANNUAL)
            .rateBase(100L) // a percent: numerator / denominator x 100
            .baseline(DatedValue.ofRate(2470, 10000, 100, END_2025)) // 24.7 %
            .addJurisdictionBaselines(
                JurisdictionBaseline.of(
                    JurisdictionCode.of("18.03.01"), DatedValue.of(26.1, END_2025)))
            .dataSteward(Samples.DINKES)
            .build();

    assertThat(stunting.baseline().value()).isEqualTo(24.7);
    assertThat(stunting.baselineFor(JurisdictionCode.of("18.03.01.2001")).value()).isEqualTo(26.1);
    assertThat(stunting.baselineFor(JurisdictionCode.of("18.03.02")).value()).isEqualTo(24.7);
    // end::rate-indicator[]
    assertThat(stunting.minimumServiceStandard()).isFalse();
    assertThat(RakorJson.read(RakorJson.write(stunting), Indicator.class)).isEqualTo(stunting);
  }

  @Test
  void aRateCarriesANumeratorAndDenominatorThatAgreeWithItsValue() {
    // tag::rate-values[]
    MeasuredValue measured =
        MeasuredValue.builder()
            .indicator(IndicatorId.of("stunting"))
            .rate(1195, 5000, 100) // 23.9 %
            .asOf(LocalDate.of(2026, 8, 31))
            .build();
    assertThat(measured.value()).isEqualTo(23.9);

    // 23.9 % rounded to a tenth agrees; 25 % does not
    assertThat(measured.withValue(23.9).numerator()).contains(1195.0);
    assertRejected(() -> measured.withValue(25.0), "MeasuredValue", "value");
    // end::rate-values[]
    assertRejected(
        () -> DatedValue.builder().value(1).date(END_2025).numerator(1.0).build(),
        "DatedValue",
        "denominator");
    assertRejected(
        () ->
            DatedValue.builder()
                .value(1)
                .date(END_2025)
                .numerator(1.0)
                .denominator(0.0)
                .rateBase(1L)
                .build(),
        "DatedValue",
        "denominator");
    assertRejected(
        () ->
            DatedValue.builder()
                .value(1)
                .date(END_2025)
                .numerator(1.0)
                .denominator(1.0)
                .rateBase(50L)
                .build(),
        "DatedValue",
        "rateBase");
    assertRejected(
        () ->
            DatedValue.builder()
                .value(-1)
                .date(END_2025)
                .numerator(-1.0)
                .denominator(1.0)
                .rateBase(1L)
                .build(),
        "DatedValue",
        "numerator");
  }

  @Test
  void anIndicatorsValuesHaveItsRateBase() {
    Indicator.Builder count =
        Indicator.builder()
            .id(IndicatorId.of("weighed"))
            .name("Balita ditimbang")
            .unitOfMeasure("children")
            .direction(Direction.HIGHER_IS_BETTER)
            .dataSteward(Samples.DINKES);
    assertRejected(
        () -> count.baseline(DatedValue.ofRate(1, 2, 100, END_2025)).build(),
        "Indicator",
        "baseline.rateBase");
    assertRejected(
        () -> count.rateBase(1000L).baseline(DatedValue.ofRate(1, 2, 100, END_2025)).build(),
        "Indicator",
        "baseline.rateBase");
    assertRejected(
        () -> count.rateBase(7L).baseline(DatedValue.of(1, END_2025)).build(),
        "Indicator",
        "rateBase");
    JurisdictionBaseline twice =
        JurisdictionBaseline.of(JurisdictionCode.of("18.03"), DatedValue.of(1, END_2025));
    assertRejected(
        () ->
            count
                .rateBase(1L)
                .baseline(DatedValue.of(1, END_2025))
                .addJurisdictionBaselines(twice, twice)
                .build(),
        "Indicator",
        "jurisdictionBaselines[1]");
    assertThat(Rates.isBase(1)).isTrue();
    assertThat(Rates.isBase(100_000)).isTrue();
    assertThat(Rates.isBase(Rates.MAX_BASE)).isTrue();
    assertThat(Rates.isBase(Rates.MAX_BASE * 10)).isFalse();
    assertThat(Rates.isBase(0)).isFalse();
    assertThat(Rates.isBase(-10)).isFalse();
    assertThat(DataSource.of(DataSourceKind.REGISTER, "e-PPGBM").name()).contains("e-PPGBM");
    assertRejected(() -> DataSource.of(DataSourceKind.OTHER, " "), "DataSource", "name");
  }

  @Test
  void thePartsOfACountedIndicatorAddUpToTheTotal() {
    Indicator weighed =
        Indicator.builder()
            .id(IndicatorId.of("weighed"))
            .name("Balita ditimbang")
            .unitOfMeasure("children")
            .direction(Direction.HIGHER_IS_BETTER)
            .baseline(DatedValue.of(9000, END_2025))
            .dataSteward(Samples.DINKES)
            .build();
    // tag::disaggregated-sums[]
    ObservationPeriod year = ObservationPeriod.year(2026);
    LocalDate asOf = LocalDate.of(2026, 12, 31);
    Disaggregation girls = Disaggregation.of(Disaggregation.SEX, "female");
    Disaggregation boys = Disaggregation.of(Disaggregation.SEX, "male");
    MeasuredValue total =
        MeasuredValue.builder()
            .indicator(weighed.id())
            .value(10000)
            .asOf(asOf)
            .period(year)
            .build();
    List<MeasuredValue> values =
        List.of(
            total,
            total.withValue(5100).withDisaggregation(girls),
            total.withValue(4800).withDisaggregation(boys));

    List<SumMismatch> found = MeasuredValue.sumMismatches(weighed, values);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).explanation())
        .isEqualTo(
            "weighed [2026-01-01, 2027-01-01): the parts by sex (sex=female 5100, sex=male 4800)"
                + " add up to 9900, not to the total 10000 (off by -100)");
    // end::disaggregated-sums[]
    assertThat(
            MeasuredValue.sumMismatches(
                weighed, List.of(values.get(0), values.get(1), values.get(2).withValue(4900))))
        .isEmpty();
    Target t2026 = Target.forPeriod(weighed.id(), 10000, year.startInclusive(), asOf);
    assertThat(
            Target.sumMismatches(
                weighed,
                List.of(
                    t2026,
                    t2026.withValue(5000).withDisaggregation(girls),
                    t2026.withValue(4000).withDisaggregation(boys))))
        .singleElement()
        .satisfies(m -> assertThat(m.partsSum()).isEqualTo(9000));
    Indicator rate = weighed.withRateBase(100L);
    assertThat(MeasuredValue.sumMismatches(rate, values)).isEmpty();
  }
}
