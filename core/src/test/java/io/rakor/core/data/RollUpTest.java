package io.rakor.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.RakorValidationException;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Roll-up totals, rates, figures across several levels, disaggregations and stewards per level. */
class RollUpTest {
  static final IndicatorId STUNTED = IndicatorId.of("stunted-children");
  static final IndicatorId PREVALENCE = IndicatorId.of("stunting-prevalence");
  static final UnitId DINKES = UnitId.of("dinkes");
  static final UnitId BPS = UnitId.of("bps");
  static final UnitId BPS_PROVINCE = UnitId.of("bps-lampung");
  static final UnitId DISKOMINFO = UnitId.of("diskominfo-lampura");
  static final ObservationPeriod Y2025 = ObservationPeriod.year(2025);
  static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

  static final IndicatorRules COUNT =
      IndicatorRules.builder()
          .indicator(STUNTED)
          .steward(DINKES)
          .tolerance(Tolerance.relative(0.02))
          .aggregation(Aggregation.SUM)
          .build();

  static Observation count(String code, double value) {
    return Observation.builder()
        .id(ObservationId.of("n-" + code))
        .indicator(STUNTED)
        .jurisdiction(JurisdictionCode.of(code))
        .period(Y2025)
        .value(value)
        .producer(DINKES)
        .collectedAt(T0)
        .method(CollectionMethod.ADMINISTRATIVE)
        .build();
  }

  static JurisdictionCode code(String code) {
    return JurisdictionCode.of(code);
  }

  @Test
  void theProvincesFigureIsBuiltFromItsRegenciesWithTheMissingOnesNamed() {
    // tag::province-roll-up[]
    ReconciliationConfig config =
        ReconciliationConfig.builder()
            .addIndicator(COUNT)
            .addExpectation(
                CoverageExpectation.builder()
                    .indicator(STUNTED)
                    .addJurisdictions(code("18.01"), code("18.02"), code("18.03"))
                    .addPeriods(Y2025)
                    .build())
            .build();
    ReconciliationReport report =
        DataReconciler.of(config).reconcile(List.of(count("18.01", 1200), count("18.03", 1875)));

    RollUp province = report.rollUps().get(0);
    assertThat(province.parent().jurisdiction()).isEqualTo(code("18"));
    assertThat(province.value()).hasValue(3075);
    assertThat(province.contributors()).containsExactly(code("18.01"), code("18.03"));
    assertThat(province.missing()).containsExactly(code("18.02"));
    assertThat(province.coverage()).isEqualTo(2.0 / 3);
    assertThat(province.builtFromDepths()).containsExactly(2); // from regencies
    assertThat(province.reported()).isEmpty(); // the province reported no figure of its own
    assertThat(province.explanation())
        .isEqualTo(
            "stunted-children in 18 for [2025-01-01, 2026-01-01) is 3075, the sum of 2 of 3"
                + " sub-jurisdictions (67%), built from depth 2; missing 18.02");
    // end::province-roll-up[]
    assertThat(province.steward()).contains(DINKES);
    assertThat(report.gaps())
        .extracting(g -> g.key().jurisdiction())
        .containsExactly(code("18.02"));
  }

  @Test
  void villagesRollUpToTheRegencyWhenTheSubDistrictFiguresAreMissing() {
    // tag::multi-level[]
    ReconciliationConfig config = ReconciliationConfig.builder().addIndicator(COUNT).build();
    ReconciliationReport report =
        DataReconciler.of(config)
            .reconcile(
                List.of(
                    count("18.03", 130), // the regency's own figure
                    count("18.03.01", 50), // one sub-district reported
                    count("18.03.02.2001", 30), // the other one did not: its villages did
                    count("18.03.02.2002", 20)));

    RollUp regency =
        report.rollUps().stream()
            .filter(r -> r.parent().jurisdiction().equals(code("18.03")))
            .findFirst()
            .orElseThrow();
    assertThat(regency.value()).hasValue(100);
    assertThat(regency.contributors()).containsExactly(code("18.03.01"), code("18.03.02"));
    assertThat(regency.builtFromDepths()).containsExactly(3, 4); // sub-districts, and villages
    assertThat(report.rollUpMismatches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.parent()).isEqualTo(regency.parent());
              assertThat(m.parentValue()).isEqualTo(130);
              assertThat(m.childrenSum()).isEqualTo(100);
            });
    // end::multi-level[]
  }

  static Observation rate(String code, double stunted, double measured) {
    return Observation.builder()
        .id(ObservationId.of("p-" + code))
        .indicator(PREVALENCE)
        .jurisdiction(JurisdictionCode.of(code))
        .period(Y2025)
        .value(100 * stunted / measured)
        .numerator(stunted)
        .denominator(measured)
        .producer(DINKES)
        .collectedAt(T0)
        .method(CollectionMethod.ADMINISTRATIVE)
        .build();
  }

  @Test
  void ratesRollUpWeightedByTheirDenominatorsNeverSummed() {
    // tag::rate-roll-up[]
    IndicatorRules prevalence =
        IndicatorRules.builder()
            .indicator(PREVALENCE)
            .steward(DINKES)
            .tolerance(Tolerance.absolute(0.5))
            .aggregation(Aggregation.RATE)
            .rateBase(100) // a percentage
            .build();
    Observation noDenominator = // a rate read without its numerator and denominator
        Observation.builder()
            .from(rate("18.04", 1, 4))
            .numerator(OptionalDouble.empty())
            .denominator(OptionalDouble.empty())
            .build();
    ReconciliationReport report =
        DataReconciler.of(ReconciliationConfig.builder().addIndicator(prevalence).build())
            .reconcile(
                List.of(
                    rate("18.01", 300, 1000), // 30 %
                    rate("18.02", 100, 4000), // 2.5 %
                    noDenominator));

    RollUp province = report.rollUps().get(0);
    assertThat(province.value().getAsDouble()).isCloseTo(8.0, within(1e-9)); // 400 / 5000
    assertThat(province.denominator()).hasValue(5000);
    assertThat(province.withoutDenominator()).containsExactly(code("18.04"));
    assertThat(province.explanation())
        .isEqualTo(
            "stunting-prevalence in 18 for [2025-01-01, 2026-01-01) is 8, the weighted rate of 2"
                + " of 3 sub-jurisdictions (67%), built from depth 2; without a denominator 18.04");
    // end::rate-roll-up[]
  }

  @Test
  void aRateObservationForAPartOfThePopulation() {
    // tag::rate-observation[]
    Observation girls =
        Observation.builder()
            .id(ObservationId.of("dinkes-2025-18.03-female"))
            .indicator(PREVALENCE)
            .jurisdiction(JurisdictionCode.of("18.03"))
            .period(Y2025)
            .disaggregation(Disaggregation.of(Disaggregation.SEX, "female"))
            .numerator(312) // stunted girls
            .denominator(1450) // girls measured
            .value(100 * 312 / 1450.0) // per cent: the indicator's rate base is 100
            .producer(DINKES)
            .collectedAt(T0)
            .method(CollectionMethod.ADMINISTRATIVE)
            .build();
    assertThat(girls.key().toString())
        .isEqualTo("stunting-prevalence@18.03[2025-01-01, 2026-01-01){sex=female}");
    assertThat(girls.key()).isNotEqualTo(girls.key().with(Disaggregation.TOTAL));
    // end::rate-observation[]
  }

  @Test
  void aRateObservationHasBothNumeratorAndDenominatorOrNeither() {
    Observation valid = rate("18.01", 3, 10);
    assertThatThrownBy(() -> valid.withDenominator(OptionalDouble.empty()))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("denominator")
        .hasMessageContaining("must be given with the numerator");
    assertThatThrownBy(() -> valid.withDenominator(0))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("denominator")
        .hasMessageContaining("must be above 0");
    assertThatThrownBy(() -> valid.withNumerator(Double.NaN))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("numerator");
    assertThatThrownBy(() -> IndicatorRules.builder().from(COUNT).rateBase(0).build())
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("rateBase");
  }

  @Test
  void eachLevelHasItsStewardWhoWinsAndIsNamedInWhatIsFound() {
    // tag::stewards[]
    ReconciliationConfig config =
        ReconciliationConfig.builder()
            .addIndicator(COUNT) // the indicator's own steward: dinkes
            .addSteward(StewardAssignment.at(JurisdictionLevel.PROVINCE, BPS_PROVINCE))
            .addSteward(StewardAssignment.at(code("18.03"), DISKOMINFO))
            .build();
    assertThat(config.stewardFor(STUNTED, code("18"))).contains(BPS_PROVINCE);
    assertThat(config.stewardFor(STUNTED, code("18.03"))).contains(DISKOMINFO);
    assertThat(config.stewardFor(STUNTED, code("18.04"))).contains(DINKES); // falls back
    // end::stewards[]
    Observation diskominfo =
        Observation.builder()
            .from(count("18.03", 100))
            .id(ObservationId.of("d"))
            .producer(DISKOMINFO)
            .build();
    ReconciliationReport report =
        DataReconciler.of(config)
            .reconcile(List.of(count("18", 150), count("18.03", 90), diskominfo));
    Reconciliation regency = report.reconciliations().get(1);
    assertThat(regency.resolution()).isEqualTo(Resolution.STEWARD);
    assertThat(regency.value()).hasValue(100);
    assertThat(report.discrepancies().get(0).steward()).contains(DISKOMINFO);
    assertThat(report.rollUps().get(0).steward()).contains(BPS_PROVINCE);
    assertThat(report.rollUpMismatches().get(0).steward()).contains(BPS_PROVINCE);
    assertThatThrownBy(
            () ->
                ReconciliationConfig.builder()
                    .addSteward(StewardAssignment.at(JurisdictionLevel.REGENCY, BPS))
                    .addSteward(StewardAssignment.at(JurisdictionLevel.CITY, DINKES))
                    .build())
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("stewards");
    assertThatThrownBy(() -> StewardAssignment.builder().steward(BPS).build())
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("jurisdiction");
  }

  static Observation part(String id, double value, Disaggregation d) {
    return Observation.builder()
        .from(count("18.03", value))
        .id(ObservationId.of(id))
        .disaggregation(d)
        .build();
  }

  @Test
  void partsAlongOneDimensionAreCheckedAgainstTheTotal() {
    // tag::disaggregation[]
    Disaggregation women = Disaggregation.of(Disaggregation.SEX, "female");
    Disaggregation men = Disaggregation.of(Disaggregation.SEX, "male");
    List<Observation> input =
        List.of(count("18.03", 412), part("f", 200, women), part("m", 190, men));
    ReconciliationReport report =
        DataReconciler.of(ReconciliationConfig.builder().addIndicator(COUNT).build())
            .reconcile(input);

    assertThat(report.reconciliations()).hasSize(3); // the total and each part: three keys
    DisaggregationMismatch m = report.disaggregationMismatches().get(0);
    assertThat(m.dimension()).isEqualTo(Disaggregation.SEX);
    assertThat(m.categories()).containsExactly("female", "male");
    assertThat(m.explanation())
        .isEqualTo(
            "stunted-children@18.03[2025-01-01, 2026-01-01) is 412, but its parts by sex"
                + " (female, male) sum to 390 (tolerance ±2%)");
    // end::disaggregation[]
    assertThat(m.steward()).contains(DINKES);
    List<Observation> adding = new ArrayList<>(input);
    adding.set(2, part("m", 212, men));
    assertThat(
            DataReconciler.of(ReconciliationConfig.builder().addIndicator(COUNT).build())
                .reconcile(adding)
                .disaggregationMismatches())
        .isEmpty();
  }

  @Test
  void partsOfPartsAreCheckedAgainstTheCoarserPart() {
    Disaggregation women = Disaggregation.of(Disaggregation.SEX, "female");
    ReconciliationReport report =
        DataReconciler.of(ReconciliationConfig.builder().addIndicator(COUNT).build())
            .reconcile(
                List.of(
                    part("f", 200, women),
                    part("fr", 150, women.and(Disaggregation.PLACE, "rural")),
                    part("fu", 20, women.and(Disaggregation.PLACE, "urban"))));
    assertThat(report.disaggregationMismatches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.group().disaggregation()).isEqualTo(women);
              assertThat(m.dimension()).isEqualTo(Disaggregation.PLACE);
              assertThat(m.partsValue()).isEqualTo(170);
            });
  }

  @Test
  void newFieldsSurviveJsonAndVersionOneDocumentsStillRead() {
    Observation o =
        Observation.builder()
            .from(rate("18.01", 3, 10))
            .disaggregation(Disaggregation.of(Disaggregation.SEX, "female"))
            .build();
    assertThat(RakorJson.read(RakorJson.write(o), Observation.class)).isEqualTo(o);
    Observation total = count("18.01", 5);
    String json = RakorJson.write(total);
    assertThat(json).doesNotContain("disaggregation").doesNotContain("numerator");
    assertThat(RakorJson.read(json, Observation.class)).isEqualTo(total);

    ObservationKey key = total.key();
    assertThat(RakorJson.write(key)).doesNotContain("disaggregation");
    assertThat(RakorJson.read(RakorJson.write(key), ObservationKey.class)).isEqualTo(key);
    assertThat(RakorJson.read(RakorJson.write(o.key()), ObservationKey.class)).isEqualTo(o.key());
    ReconciliationConfig config =
        ReconciliationConfig.builder()
            .addIndicator(
                IndicatorRules.builder()
                    .from(COUNT)
                    .aggregation(Aggregation.RATE)
                    .rateBase(100)
                    .build())
            .addSteward(StewardAssignment.at(JurisdictionLevel.PROVINCE, BPS_PROVINCE))
            .build();
    assertThat(RakorJson.read(RakorJson.write(config), ReconciliationConfig.class))
        .isEqualTo(config);
    ReconciliationReport report =
        DataReconciler.of(ReconciliationConfig.builder().addIndicator(COUNT).build())
            .reconcile(
                List.of(
                    count("18.03", 412),
                    part("f", 200, Disaggregation.of(Disaggregation.SEX, "female")),
                    count("18.03.01", 7)));
    assertThat(report.rollUps()).isNotEmpty();
    assertThat(report.disaggregationMismatches()).isNotEmpty();
    assertThat(RakorJson.read(RakorJson.write(report), ReconciliationReport.class))
        .isEqualTo(report);
  }
}
