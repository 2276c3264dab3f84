package io.rakor.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.Aggregation;
import io.rakor.core.data.CollectionMethod;
import io.rakor.core.data.CoverageExpectation;
import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.core.data.Tolerance;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.overlaps.OverlapFinder;
import io.rakor.core.overlaps.OverlapReport;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaBuilderTest {
  static final IndicatorId STUNTED = IndicatorId.of("stunted-children");
  static final ObservationPeriod Y2025 = ObservationPeriod.year(2025);

  static Commitment commitment(String id, String lead, String scope) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .originMeeting(MeetingId.of("rakor-2026-01"))
        .action("Action " + id)
        .lead(UnitId.of(lead))
        .priority(PriorityId.of("stunting"))
        .area(PriorityArea.STUNTING)
        .addScope(JurisdictionCode.of(scope))
        .addTarget(Target.of(STUNTED, 10, LocalDate.of(2026, 6, 30)))
        .start(LocalDate.of(2026, 1, 1))
        .due(LocalDate.of(2026, 6, 30))
        .build();
  }

  static Observation obs(String id, String code, double value, String producer) {
    return Observation.builder()
        .id(ObservationId.of(id))
        .indicator(STUNTED)
        .jurisdiction(JurisdictionCode.of(code))
        .period(Y2025)
        .value(value)
        .producer(UnitId.of(producer))
        .collectedAt(Instant.parse("2026-01-05T02:00:00Z"))
        .method(CollectionMethod.SURVEY)
        .build();
  }

  ReconciliationReport reconciliation(boolean withSteward) {
    io.rakor.core.data.ReconciliationConfig.Builder config =
        ReconciliationConfig.builder()
            .defaultTolerance(Tolerance.relative(0.05))
            .addExpectation(
                CoverageExpectation.builder()
                    .indicator(STUNTED)
                    .addJurisdictions(
                        JurisdictionCode.of("18.03.01"),
                        JurisdictionCode.of("18.03.02"),
                        JurisdictionCode.of("18.03.03"))
                    .addPeriods(Y2025)
                    .build());
    if (withSteward) {
      config.addIndicator(
          IndicatorRules.builder()
              .indicator(STUNTED)
              .steward(UnitId.of("dinkes"))
              .tolerance(Tolerance.relative(0.05))
              .aggregation(Aggregation.SUM)
              .build());
    }
    return DataReconciler.of(config.build())
        .reconcile(List.of(obs("a", "18.03.01", 356, "dinkes"), obs("b", "18.03.01", 412, "bps")));
  }

  @Test
  void rankAFullOverlapAboveAnUnresolvedDiscrepancyAboveGaps() {
    OverlapReport overlaps =
        OverlapFinder.defaults()
            .find(
                List.of(
                    commitment("c1", "dinkes", "18.03.01"),
                    commitment("c2", "dp3a", "18.03.01"),
                    commitment("c3", "bkkbn", "18.03.01.2001")));
    AgendaMaterial material =
        AgendaBuilder.of(10).addOverlaps(overlaps).addReconciliation(reconciliation(false)).build();

    assertThat(material.findings())
        .extracting(Finding::kind)
        .containsExactly(FindingKind.OVERLAP, FindingKind.DATA_DISCREPANCY, FindingKind.DATA_GAP);
    Finding overlap = material.findings().get(0);
    assertThat(overlap.title())
        .isEqualTo("Overlap on stunting: bkkbn, dinkes, dp3a (3 commitments)");
    assertThat(overlap.units()).hasSize(3);
    assertThat(overlap.explanation()).contains("3 commitments of 3 lead units overlap in 3 pairs");
    assertThat(overlap.score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));

    Finding discrepancy = material.findings().get(1);
    assertThat(discrepancy.title())
        .isEqualTo(
            "Reconcile stunted-children in 18.03.01 for [2025-01-01, 2026-01-01): bps, dinkes");
    assertThat(discrepancy.score()).isBetween(0.5, 1.0);
    assertThat(discrepancy.observations()).hasSize(2);

    Finding gaps = material.findings().get(2);
    assertThat(gaps.title())
        .isEqualTo("Missing figures: stunted-children for [2025-01-01, 2026-01-01) (2)");
    assertThat(gaps.explanation()).endsWith("in 18.03.02, 18.03.03");

    List<AgendaItem> items = material.toAgendaItems(4);
    assertThat(items).extracting(AgendaItem::position).containsExactly(4, 5, 6);
    assertThat(items.get(0).title()).isEqualTo(overlap.title());
  }

  @Test
  void aDiscrepancySettledByTheStewardIsOnlyToBeConfirmed() {
    AgendaMaterial material = AgendaBuilder.of(10).addReconciliation(reconciliation(true)).build();
    Finding f = material.of(FindingKind.DATA_DISCREPANCY).get(0);
    assertThat(f.title()).startsWith("Confirm stunted-children");
    assertThat(f.suggestedAction()).startsWith("Confirm the data steward's figure 356");
    assertThat(f.score()).isLessThan(0.5);
  }

  @Test
  void theLimitKeepsTheHighestScoredAndCountsTheRest() {
    AgendaBuilder builder = AgendaBuilder.of(2);
    for (int i = 0; i < 5; i++) {
      builder.add(
          Finding.builder()
              .kind(FindingKind.DATA_GAP)
              .title("gap " + i)
              .explanation("e")
              .suggestedAction("a")
              .score(i / 10.0)
              .build());
    }
    AgendaMaterial material = builder.build();
    assertThat(material.findings()).extracting(Finding::title).containsExactly("gap 4", "gap 3");
    assertThat(material.omitted()).isEqualTo(3);
    assertThatThrownBy(() -> AgendaBuilder.of(0)).isInstanceOf(RakorValidationException.class);
  }
}
