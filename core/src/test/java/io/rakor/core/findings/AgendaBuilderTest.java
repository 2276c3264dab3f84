package io.rakor.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.RakorValidationException;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.Aggregation;
import io.rakor.core.data.CollectionMethod;
import io.rakor.core.data.CoverageExpectation;
import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.Discrepancy;
import io.rakor.core.data.Gap;
import io.rakor.core.data.IndicatorRules;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.ObservationKey;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.core.data.RollUpMismatch;
import io.rakor.core.data.Tolerance;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.overlaps.Overlap;
import io.rakor.core.overlaps.OverlapFinder;
import io.rakor.core.overlaps.OverlapReport;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
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
    assertThat(overlap.score()).isCloseTo(1.0, Offset.offset(1e-9));

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

  static Finding finding(String title, double score, String explanation) {
    return Finding.builder()
        .kind(FindingKind.DATA_GAP)
        .title(title)
        .explanation(explanation)
        .suggestedAction("a")
        .score(score)
        .build();
  }

  @Test
  void aClusterIsExplainedByItsStrongestPair() {
    IndicatorId other = IndicatorId.of("anaemic-mothers");
    // c1 and c2 share everything; bkkbn's c3 targets another indicator, so its pairs are weaker
    Commitment weaker =
        Commitment.builder()
            .from(commitment("c3", "bkkbn", "18.03.01"))
            .targets(List.of(Target.of(other, 10, LocalDate.of(2026, 6, 30))))
            .build();
    OverlapReport overlaps =
        OverlapFinder.defaults()
            .find(
                List.of(
                    commitment("c1", "dinkes", "18.03.01"),
                    commitment("c2", "dp3a", "18.03.01"),
                    weaker,
                    commitment("c4", "bappeda", "18.04.01"),
                    commitment("c5", "disdik", "18.04.01")));
    assertThat(overlaps.clusters()).hasSize(2);
    Overlap strongest = pair(overlaps, "c1", "c2");
    assertThat(strongest.strength()).isGreaterThan(pair(overlaps, "c2", "c3").strength());

    AgendaMaterial material = AgendaBuilder.of(10).addOverlaps(overlaps).build();

    // both clusters score 1 (their strongest pair); the tie is broken by title
    assertThat(material.findings()).hasSize(2);
    Finding three = material.findings().get(1);
    assertThat(three.title()).isEqualTo("Overlap on stunting: bkkbn, dinkes, dp3a (3 commitments)");
    assertThat(three.explanation())
        .isEqualTo(
            "3 commitments of 3 lead units overlap in 3 pairs. Strongest: "
                + strongest.explanation());
    assertThat(three.commitments()).hasSize(3);
    assertThat(material.findings().get(0).explanation())
        .isEqualTo(
            "2 commitments of 2 lead units overlap in 1 pair. Strongest: "
                + pair(overlaps, "c4", "c5").explanation());
  }

  static Overlap pair(OverlapReport report, String first, String second) {
    return report.pairs().stream()
        .filter(o -> o.first().value().equals(first) && o.second().value().equals(second))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTitleNamesThreeUnitsAndCountsTheOthers() {
    OverlapReport overlaps =
        OverlapFinder.defaults()
            .find(
                List.of(
                    commitment("c1", "dinkes", "18.03.01"),
                    commitment("c2", "dp3a", "18.03.01"),
                    commitment("c3", "bkkbn", "18.03.01"),
                    commitment("c4", "bappeda", "18.03.01"),
                    commitment("c5", "disdik", "18.03.01")));

    Finding f = AgendaBuilder.of(10).addOverlaps(overlaps).build().findings().get(0);

    assertThat(f.title())
        .isEqualTo("Overlap on stunting: bappeda, bkkbn, dinkes and 2 more (5 commitments)");
    assertThat(f.units()).hasSize(5);
    assertThat(f.suggestedAction()).contains("between bappeda, bkkbn, dinkes, disdik, dp3a;");
  }

  @Test
  void aDiscrepancyScoresByItsRelativeSpread() {
    ReconciliationReport unresolved = reconciliation(false);
    Discrepancy d = unresolved.discrepancies().get(0);
    double spread = d.relativeSpread(); // 56 / 412
    assertThat(spread).isCloseTo(56.0 / 412, within(1e-12));

    Finding open = AgendaBuilder.of(10).addReconciliation(unresolved).build().findings().get(0);
    Finding toConfirm =
        AgendaBuilder.of(10).addReconciliation(reconciliation(true)).build().findings().get(0);

    assertThat(open.score()).isCloseTo(0.5 + 0.5 * spread, within(1e-12));
    assertThat(toConfirm.score()).isCloseTo(0.2 + 0.3 * spread, within(1e-12));
    assertThat(open.explanation()).isEqualTo(d.explanation() + "; UNRESOLVED");
    assertThat(open.suggestedAction())
        .isEqualTo(
            "Agree one figure for "
                + d.key()
                + " and record it with its justification and who agreed");
    assertThat(open.units()).extracting(UnitId::value).containsExactly("bps", "dinkes");
    assertThat(open.key()).contains(d.key());
  }

  @Test
  void partsThatDoNotSumAreAFindingScoredByTheirDifference() {
    ReconciliationConfig config =
        ReconciliationConfig.builder()
            .addIndicator(
                IndicatorRules.builder()
                    .indicator(STUNTED)
                    .steward(UnitId.of("dinkes"))
                    .tolerance(Tolerance.relative(0.05))
                    .aggregation(Aggregation.SUM)
                    .build())
            .build();
    ReconciliationReport report =
        DataReconciler.of(config)
            .reconcile(
                List.of(
                    obs("k1", "18.03.01", 100, "dinkes"),
                    obs("v1", "18.03.01.2001", 40, "dinkes"),
                    obs("v2", "18.03.01.2002", 50, "dinkes")));
    RollUpMismatch m = report.rollUpMismatches().get(0);

    Finding f = AgendaBuilder.of(10).addReconciliation(report).build().findings().get(0);

    assertThat(f.kind()).isEqualTo(FindingKind.ROLL_UP_MISMATCH);
    assertThat(f.title())
        .isEqualTo("Parts do not sum: stunted-children in 18.03.01 for [2025-01-01, 2026-01-01)");
    assertThat(f.explanation()).isEqualTo(m.explanation());
    assertThat(f.suggestedAction())
        .isEqualTo(
            "Check the figures of 18.03.01 and its sub-jurisdictions; correct the wrong ones or"
                + " agree the total");
    // relative difference 10 / 100
    assertThat(f.score()).isCloseTo(0.2 + 0.5 * 0.1, within(1e-12));
    assertThat(f.key()).contains(m.parent());
  }

  @Test
  void gapsAreTalliedWithFiveSamplesAndScoredByCount() {
    List<JurisdictionCode> expected = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      expected.add(JurisdictionCode.of("18.03.0" + i));
    }
    ReconciliationConfig config =
        ReconciliationConfig.builder()
            .addExpectation(
                CoverageExpectation.builder()
                    .indicator(STUNTED)
                    .addAllJurisdictions(expected)
                    .addPeriods(Y2025)
                    .build())
            .build();
    ReconciliationReport report =
        DataReconciler.of(config).reconcile(List.of(obs("a", "18.03.01", 356, "dinkes")));

    Finding f = AgendaBuilder.of(10).addReconciliation(report).build().findings().get(0);

    assertThat(f.title())
        .isEqualTo("Missing figures: stunted-children for [2025-01-01, 2026-01-01) (7)");
    assertThat(f.explanation())
        .isEqualTo(
            "No source reported stunted-children for [2025-01-01, 2026-01-01) in 18.03.02,"
                + " 18.03.03, 18.03.04, 18.03.05, 18.03.06 and 2 more");
    assertThat(f.score()).isCloseTo(0.1 + 0.01 * 7, within(1e-12));
  }

  @Test
  void aGapScoreGrowsWithTheMissingFiguresUpToAFixedCeiling() {
    AgendaBuilder builder = AgendaBuilder.of(10);
    for (int i = 0; i < 25; i++) {
      builder
          .dataSink()
          .gap(Gap.of(ObservationKey.of(STUNTED, JurisdictionCode.of("18.03." + (10 + i)), Y2025)));
    }
    Finding f = builder.build().findings().get(0);
    assertThat(f.title()).endsWith("(25)");
    assertThat(f.score()).isEqualTo(0.3);
  }

  @Test
  void theSmallestLimitIsOneAndItKeepsTheBestFinding() {
    AgendaMaterial material =
        AgendaBuilder.of(1)
            .add(finding("low", 0.1, "e"))
            .add(finding("high", 0.9, "e"))
            .add(finding("middle", 0.5, "e"))
            .build();

    assertThat(material.findings()).extracting(Finding::title).containsExactly("high");
    assertThat(material.omitted()).isEqualTo(2);
    assertThatThrownBy(() -> AgendaBuilder.of(0))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("AgendaBuilder.maxFindings = 0")
        .hasMessageContaining("must be at least 1");
  }

  @Test
  void ofTwoFindingsThatRankEqualTheFirstAddedIsKept() {
    AgendaMaterial material =
        AgendaBuilder.of(1)
            .add(finding("same", 0.5, "first"))
            .add(finding("same", 0.5, "second"))
            .build();

    assertThat(material.findings()).extracting(Finding::explanation).containsExactly("first");
    assertThat(material.omitted()).isEqualTo(1);
  }

  @Test
  void buildingAgainGivesTheSameMaterial() {
    AgendaBuilder builder = AgendaBuilder.of(10).addReconciliation(reconciliation(false));

    AgendaMaterial first = builder.build();

    assertThat(builder.build()).isEqualTo(first);
    assertThat(first.of(FindingKind.DATA_GAP)).hasSize(1);
  }
}
