package io.rakor.core.overlaps;

import static io.rakor.core.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overlaps that see money: the health office's community-led total sanitation (STBM) and the
 * village-development office's latrines in the same villages, the same year, from two budgets. The
 * region tagged {@code double-funding} is shown in docs/overlaps.md.
 */
class DoubleFundingTest {
  private static final Currency IDR = Currency.getInstance("IDR");
  private static final PriorityArea HEALTH_SANITATION = PriorityArea.HEALTH.sub("sanitation");
  private static final JurisdictionCode DESA_1 = JurisdictionCode.of("18.03.01.2001");
  private static final JurisdictionCode DESA_2 = JurisdictionCode.of("18.03.01.2002");

  private static Commitment commitment(
      String id, String lead, PriorityArea area, String action, FundingLine... lines) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .originMeeting(MeetingId.of("rakor-2026-01-12"))
        .action(action)
        .lead(UnitId.of(lead))
        .priority(PriorityId.of("stunting"))
        .area(area)
        .scope(List.of(DESA_1, DESA_2))
        .addMilestones(Milestone.of(MilestoneId.of("m1"), "Selesai", LocalDate.of(2026, 11, 30)))
        .start(LocalDate.of(2026, 2, 1))
        .due(LocalDate.of(2026, 11, 30))
        .addFundingLines(lines)
        .build();
  }

  private static final Commitment STBM =
      commitment(
          "rtl-dinkes-stbm",
          "dinkes",
          HEALTH_SANITATION,
          "Pemicuan STBM di desa lokus",
          FundingLine.of(FundingSource.REGIONAL_BUDGET, 2026, new BigDecimal("350000000"), IDR));
  private static final Commitment JAMBAN =
      commitment(
          "rtl-dpmd-jamban",
          "dpmd",
          PriorityArea.SANITATION,
          "Pembangunan jamban sehat",
          FundingLine.of(FundingSource.VILLAGE_FUND, 2026, new BigDecimal("700000000"), IDR));

  @Test
  void theDefaultRulesFindStbmBesideTheLatrinesAsPossibleDoubleFunding() {
    // tag::double-funding[]
    OverlapReport report = OverlapFinder.defaults().find(List.of(STBM, JAMBAN));

    Overlap overlap = report.pairs().get(0);
    assertThat(overlap.commonArea()).isEqualTo(PriorityArea.SANITATION); // related by default
    assertThat(overlap.possibleDoubleFunding()).isTrue();
    FundingOverlap money = overlap.fundingOverlaps().get(0);
    assertThat(money.firstAmount()).isEqualByComparingTo("350000000"); // rtl-dinkes-stbm
    assertThat(money.secondAmount()).isEqualByComparingTo("700000000"); // rtl-dpmd-jamban
    assertThat(money.share()).isEqualTo(0.5);
    assertThat(overlap.explanation())
        .endsWith(
            "; possible double funding, rtl-dinkes-stbm and rtl-dpmd-jamban allocated"
                + " 2026: 350000000 IDR (REGIONAL_BUDGET) and 700000000 IDR (VILLAGE_FUND);"
                + " strength 0.63");
    // end::double-funding[]
    // without money: 0.3 (time) + 0.2 (place) = 0.5; the funding raises it by (1 - 0.5) * 0.5 / 2
    assertThat(overlap.strength()).isEqualTo(0.625);
  }

  @Test
  void withoutTheRelationTheTwoAreasAreApart() {
    OverlapRules exactAreas = OverlapRules.builder().relatedAreas(List.of()).build();
    assertThat(OverlapFinder.of(exactAreas).find(List.of(STBM, JAMBAN)).pairs()).isEmpty();
    assertThat(OverlapFinder.of(exactAreas).compare(STBM, JAMBAN)).isEmpty();
    assertThat(OverlapFinder.defaults().compare(STBM, JAMBAN)).isPresent();
  }

  @Test
  void relatedAreasAreConfigurableAndFoundAcrossBucketsUnderExactMatching() {
    OverlapRules rules =
        OverlapRules.builder()
            .areaMatching(AreaMatching.EXACT)
            .relatedAreas(List.of(AreaRelation.of(PriorityArea.STUNTING, PriorityArea.SANITATION)))
            .build();
    Commitment stuntingStbm = STBM.withArea(PriorityArea.STUNTING);
    Commitment villageLatrines = JAMBAN.withArea(PriorityArea.SANITATION.sub("latrines"));
    OverlapReport report = OverlapFinder.of(rules).find(List.of(stuntingStbm, villageLatrines));
    assertThat(report.pairs())
        .singleElement()
        .satisfies(o -> assertThat(o.commonArea()).isEqualTo(PriorityArea.SANITATION));
    assertThat(OverlapFinder.of(rules).compare(villageLatrines, stuntingStbm)).isPresent();
    assertThat(rules.sameWork(PriorityArea.STUNTING, PriorityArea.HEALTH)).isFalse();
    assertRejected(
        () -> AreaRelation.of(PriorityArea.SANITATION, PriorityArea.SANITATION),
        "AreaRelation",
        "relatedArea");
  }

  @Test
  void fundingForAnotherYearOrWithoutAnyIsNoDoubleFunding() {
    Commitment nextYear =
        JAMBAN
            .withDue(LocalDate.of(2027, 11, 30))
            .withFundingLines(
                FundingLine.of(FundingSource.VILLAGE_FUND, 2027, BigDecimal.TEN, IDR));
    Overlap o = OverlapFinder.defaults().compare(STBM, nextYear).orElseThrow();
    assertThat(o.possibleDoubleFunding()).isFalse();
    assertThat(o.explanation()).doesNotContain("double funding");

    Overlap unfunded =
        OverlapFinder.defaults().compare(STBM, JAMBAN.withFundingLines(List.of())).orElseThrow();
    assertThat(unfunded.fundingOverlaps()).isEmpty();
    assertThat(unfunded.strength()).isEqualTo(0.5);
  }

  @Test
  void aPerfectOverlapWithTheSameBudgetsStaysAtExactlyOne() {
    Target odf = Target.of(IndicatorId.of("villages-odf"), 12, LocalDate.of(2026, 11, 30));
    Commitment stbm = STBM.withTargets(odf);
    Commitment twin =
        stbm.withId(CommitmentId.of("rtl-puskesmas-stbm")).withLead(UnitId.of("puskesmas"));
    Overlap o = OverlapFinder.defaults().compare(stbm, twin).orElseThrow();
    assertThat(o.possibleDoubleFunding()).isTrue();
    assertThat(o.fundingOverlaps().get(0).share()).isEqualTo(1.0);
    assertThat(o.strength()).isEqualTo(1.0);
  }

  @Test
  void findingsWithMoneySurviveJson() {
    Overlap o = OverlapFinder.defaults().compare(STBM, JAMBAN).orElseThrow();
    assertThat(RakorJson.mapper().convertValue(o, Overlap.class)).isEqualTo(o);
    OverlapRules rules = OverlapRules.defaults();
    assertThat(RakorJson.mapper().convertValue(rules, OverlapRules.class)).isEqualTo(rules);
    assertThat(rules.relatedAreas())
        .containsExactly(AreaRelation.of(HEALTH_SANITATION, PriorityArea.SANITATION));
  }
}
