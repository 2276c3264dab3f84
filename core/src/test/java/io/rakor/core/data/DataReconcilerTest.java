package io.rakor.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorException;
import io.rakor.core.RakorValidationException;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataReconcilerTest {
  static final IndicatorId STUNTED = IndicatorId.of("stunted-children");
  static final IndicatorId RATE = IndicatorId.of("stunting-rate");
  static final UnitId DINKES = UnitId.of("dinkes");
  static final UnitId BPS = UnitId.of("bps");
  static final UnitId DP3A = UnitId.of("dp3a");
  static final ObservationPeriod Y2025 = ObservationPeriod.year(2025);
  static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");

  static Observation obs(
      String id, IndicatorId indicator, String code, double value, UnitId producer, Instant at) {
    return Observation.builder()
        .id(ObservationId.of(id))
        .indicator(indicator)
        .jurisdiction(JurisdictionCode.of(code))
        .period(Y2025)
        .value(value)
        .producer(producer)
        .collectedAt(at)
        .method(CollectionMethod.ADMINISTRATIVE)
        .build();
  }

  static Observation obs(String id, String code, double value, UnitId producer) {
    return obs(id, STUNTED, code, value, producer, T0);
  }

  // tag::rules-example[]
  static final IndicatorRules STUNTED_RULES =
      IndicatorRules.builder()
          .indicator(STUNTED)
          .steward(DINKES)
          .tolerance(Tolerance.relative(0.05))
          .aggregation(Aggregation.SUM)
          .build();

  // end::rules-example[]

  @Test
  void theStewardsFigureWinsAndTheDiscrepancyIsReported() {
    // tag::steward-example[]
    ReconciliationConfig config =
        ReconciliationConfig.builder().addIndicator(STUNTED_RULES).build();
    Observation health = obs("dinkes-2025-0101", "18.03.01", 356, DINKES);
    Observation statistics = obs("bps-2025-0101", "18.03.01", 412, BPS);

    ReconciliationReport report = DataReconciler.of(config).reconcile(List.of(statistics, health));

    Reconciliation r = report.reconciliations().get(0);
    assertThat(r.resolution()).isEqualTo(Resolution.STEWARD);
    assertThat(r.value()).hasValue(356);
    assertThat(r.sources()).containsExactly(statistics, health); // provenance kept, id order
    assertThat(report.discrepancies().get(0).explanation())
        .isEqualTo(
            "stunted-children@18.03.01[2025-01-01, 2026-01-01): bps says 412, dinkes says 356"
                + " (spread 56, tolerance ±5%)");
    // end::steward-example[]
    assertThat(r.chosen()).contains(health.id());
    assertThat(r.discrepancy()).contains(report.discrepancies().get(0));
  }

  @Test
  void anAgreedValueWinsOverTheStewardAndKeepsItsJustification() {
    Observation health = obs("dinkes-1", "18.03.01", 356, DINKES);
    Observation statistics = obs("bps-1", "18.03.01", 412, BPS);
    // tag::agreed-example[]
    AgreedValue agreed =
        AgreedValue.builder()
            .key(health.key())
            .value(398)
            .justification("Posyandu registers re-counted after the e-PPGBM backlog was entered")
            .addAgreedBy(DINKES)
            .addAgreedBy(BPS)
            .agreedOn(LocalDate.of(2026, 2, 9))
            .meeting(MeetingId.of("rakor-2026-02"))
            .build();
    ReconciliationConfig config =
        ReconciliationConfig.builder().addIndicator(STUNTED_RULES).addAgreedValue(agreed).build();
    Reconciliation r =
        DataReconciler.of(config).reconcile(List.of(health, statistics)).reconciliations().get(0);
    assertThat(r.resolution()).isEqualTo(Resolution.AGREED);
    assertThat(r.value()).hasValue(398);
    assertThat(r.agreement()).contains(agreed);
    assertThat(r.sources()).containsExactlyInAnyOrder(health, statistics);
    // end::agreed-example[]
    assertThat(r.discrepancy()).isPresent();
  }

  @Test
  void withoutAStewardAgreeingSourcesGiveTheirMedianAndDisagreeingOnesGiveNoFigure() {
    ReconciliationConfig config =
        ReconciliationConfig.builder().defaultTolerance(Tolerance.absolute(1.0)).build();
    DataReconciler reconciler = DataReconciler.of(config);
    Reconciliation consistent =
        reconciler.reconcileKey(
            obs("a", "18", 1, BPS).key(),
            List.of(
                obs("a", "18", 10, BPS), obs("b", "18", 11, DP3A), obs("c", "18", 10.5, DINKES)));
    assertThat(consistent.resolution()).isEqualTo(Resolution.CONSISTENT);
    assertThat(consistent.value()).hasValue(10.5);
    assertThat(consistent.chosen()).isEmpty();

    Reconciliation single =
        reconciler.reconcileKey(obs("a", "18", 1, BPS).key(), List.of(obs("a", "18", 7, BPS)));
    assertThat(single.resolution()).isEqualTo(Resolution.SINGLE_SOURCE);
    assertThat(single.value()).hasValue(7);

    Reconciliation unresolved =
        reconciler.reconcileKey(
            obs("a", "18", 1, BPS).key(),
            List.of(obs("a", "18", 10, BPS), obs("b", "18", 12, DP3A)));
    assertThat(unresolved.resolution()).isEqualTo(Resolution.UNRESOLVED);
    assertThat(unresolved.value()).isEmpty();
    assertThat(unresolved.isResolved()).isFalse();
  }

  @Test
  void aProducersLatestRevisionIsItsFigureAndItsRevisionsDoNotConflict() {
    Observation first = obs("bps-1", STUNTED, "18.03", 300, BPS, T0);
    Observation revised = obs("bps-2", STUNTED, "18.03", 340, BPS, T0.plusSeconds(3600));
    Reconciliation r =
        DataReconciler.of(ReconciliationConfig.builder().build())
            .reconcileKey(first.key(), List.of(revised, first));
    assertThat(r.resolution()).isEqualTo(Resolution.SINGLE_SOURCE);
    assertThat(r.chosen()).contains(revised.id());
    assertThat(r.discrepancy()).isEmpty();
    assertThat(r.sources()).containsExactly(first, revised);
  }

  @Test
  void expectedFiguresThatNoSourceReportedAreGaps() {
    ObservationPeriod y2024 = ObservationPeriod.year(2024);
    ReconciliationConfig config =
        ReconciliationConfig.builder()
            .addExpectation(
                CoverageExpectation.builder()
                    .indicator(STUNTED)
                    .addJurisdictions(
                        JurisdictionCode.of("18.03.01"), JurisdictionCode.of("18.03.02"))
                    .addPeriods(y2024, Y2025)
                    .build())
            .build();
    ReconciliationReport report =
        DataReconciler.of(config)
            .reconcile(List.of(obs("a", "18.03.01", 5, BPS), obs("b", "18.03.09", 5, BPS)));
    assertThat(report.gaps())
        .extracting(g -> g.key().jurisdiction() + " " + g.key().period().startInclusive().getYear())
        .containsExactly("18.03.01 2024", "18.03.02 2024", "18.03.02 2025");
    assertThat(report.gaps().get(2).explanation())
        .isEqualTo("no figure for stunted-children in 18.03.02 for [2025-01-01, 2026-01-01)");
  }

  @Test
  void villagesThatDoNotSumToTheirKecamatanAreAMismatch() {
    ReconciliationConfig config =
        ReconciliationConfig.builder().addIndicator(STUNTED_RULES).build();
    List<Observation> input =
        List.of(
            obs("k1", "18.03.01", 100, DINKES),
            obs("v1", "18.03.01.2001", 40, DINKES),
            obs("v2", "18.03.01.2002", 50, DINKES),
            obs("k2", "18.03.02", 100, DINKES),
            obs("w1", "18.03.02.2001", 60, DINKES),
            obs("w2", "18.03.02.2002", 41, DINKES));
    ReconciliationReport report = DataReconciler.of(config).reconcile(input);
    assertThat(report.rollUpMismatches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.parent().jurisdiction()).isEqualTo(JurisdictionCode.of("18.03.01"));
              assertThat(m.childrenSum()).isEqualTo(90);
              assertThat(m.childrenCounted()).isEqualTo(2);
              assertThat(m.explanation())
                  .isEqualTo(
                      "stunted-children in 18.03.01 for [2025-01-01, 2026-01-01) is 100, but its 2"
                          + " sub-jurisdictions sum to 90 (tolerance ±5%)");
            });
    // the rate is not additive: no roll-up check
    ReconciliationConfig rates =
        ReconciliationConfig.builder()
            .addIndicator(
                IndicatorRules.builder()
                    .from(STUNTED_RULES)
                    .indicator(RATE)
                    .aggregation(Aggregation.NONE)
                    .build())
            .build();
    List<Observation> rateInput = new ArrayList<>();
    for (Observation o : input) {
      rateInput.add(Observation.builder().from(o).indicator(RATE).build());
    }
    assertThat(DataReconciler.of(rates).reconcile(rateInput).rollUpMismatches()).isEmpty();
  }

  @Test
  void onlyDirectChildrenWithAFigureAreSummed() {
    ReconciliationConfig config =
        ReconciliationConfig.builder().addIndicator(STUNTED_RULES).build();
    ReconciliationReport report =
        DataReconciler.of(config)
            .reconcile(
                List.of(
                    obs("r", "18.03", 100, DINKES),
                    obs("k", "18.03.01", 100, DINKES),
                    obs("v", "18.03.01.2001", 100, DINKES),
                    obs("x", "18.04", 7, DINKES)));
    assertThat(report.rollUpMismatches()).isEmpty();
  }

  @Test
  void unsortedStreamsAreRejectedNamingTheObservation() {
    DataReconciler reconciler = DataReconciler.of(ReconciliationConfig.builder().build());
    List<Observation> unsorted =
        List.of(obs("b", "18.03.02", 1, BPS), obs("a", "18.03.01", 1, BPS));
    assertThatThrownBy(
            () -> reconciler.reconcileSorted(unsorted.iterator(), new ReconciliationSink() {}))
        .isInstanceOf(RakorException.class)
        .hasMessageContaining("a for stunted-children@18.03.01")
        .hasMessageContaining("came after stunted-children@18.03.02");
  }

  @Test
  void streamingReportsEachKeyOnceInKeyOrder() {
    DataReconciler reconciler = DataReconciler.of(ReconciliationConfig.builder().build());
    List<ObservationKey> seen = new ArrayList<>();
    long read =
        reconciler.reconcileSorted(
            List.of(
                obs("a", "18.03", 1, BPS),
                obs("b", "18.03", 1, DP3A),
                obs("c", "18.03.01", 1, BPS),
                obs("d", "18.03.10", 1, BPS),
                obs("e", "18.03.10", 1, DINKES))
                .stream(),
            new ReconciliationSink() {
              @Override
              public void reconciled(Reconciliation r) {
                seen.add(r.key());
              }
            });
    assertThat(read).isEqualTo(5);
    assertThat(seen)
        .extracting(k -> k.jurisdiction().value())
        .containsExactly("18.03", "18.03.01", "18.03.10");
  }

  @Test
  void tolerancesAreSymmetric() {
    assertThat(Tolerance.relative(0.05).isExceededBy(20.0, 21.0)).isFalse();
    assertThat(Tolerance.relative(0.05).isExceededBy(21.0, 20.0)).isFalse();
    assertThat(Tolerance.relative(0.05).isExceededBy(20.0, 21.2)).isTrue();
    assertThat(Tolerance.absolute(0.5).isExceededBy(1.0, 1.5)).isFalse();
    assertThat(Tolerance.absolute(0.5).isExceededBy(1.0, 1.6)).isTrue();
    assertThat(Tolerance.exact().isExceededBy(0, 0)).isFalse();
    assertThat(Tolerance.relative(0.05)).hasToString("±5%");
    assertThatThrownBy(() -> Tolerance.absolute(-1))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("Tolerance.amount = -1.0");
  }

  @Test
  void periodsAreHalfOpenAndValidated() {
    assertThat(Y2025.contains(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(Y2025.contains(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(ObservationPeriod.month(java.time.YearMonth.of(2025, 2)).endExclusive())
        .isEqualTo(LocalDate.of(2025, 3, 1));
    assertThatThrownBy(
            () -> ObservationPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("ObservationPeriod.endExclusive");
  }

  @Test
  void aReconciliationCannotClaimAFigureItDoesNotHave() {
    Observation o = obs("a", "18", 1, BPS);
    assertThatThrownBy(
            () ->
                Reconciliation.builder()
                    .key(o.key())
                    .resolution(Resolution.UNRESOLVED)
                    .value(3)
                    .addSource(o)
                    .build())
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("Reconciliation.value");
  }

  @Test
  void keysOrderJurisdictionsLikeJurisdictionCodes() {
    String[] codes = {
      "18", "18.03", "18.09", "18.03.01", "18.03.10", "18.10", "21", "18.03.01.2001"
    };
    for (String a : codes) {
      for (String b : codes) {
        ObservationKey ka = ObservationKey.of(STUNTED, JurisdictionCode.of(a), Y2025);
        ObservationKey kb = ObservationKey.of(STUNTED, JurisdictionCode.of(b), Y2025);
        assertThat(Integer.signum(ka.compareTo(kb)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(JurisdictionCode.of(a).compareTo(JurisdictionCode.of(b))));
      }
    }
  }
}
