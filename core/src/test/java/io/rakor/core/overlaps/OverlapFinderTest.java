package io.rakor.core.overlaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorException;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapFinderTest {
  static final IndicatorId STUNTING_RATE = IndicatorId.of("stunting-rate");
  static final IndicatorId ANC_VISITS = IndicatorId.of("anc-visits");
  static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  static Commitment commitment(
      String id,
      String lead,
      PriorityArea area,
      LocalDate start,
      LocalDate due,
      List<IndicatorId> indicators,
      String... scope) {
    var b =
        Commitment.builder()
            .id(CommitmentId.of(id))
            .originMeeting(MeetingId.of("rakor-2026-01"))
            .action("Action " + id)
            .lead(UnitId.of(lead))
            .priority(PriorityId.of("p-" + area.root()))
            .area(area)
            .start(start)
            .due(due);
    for (String s : scope) {
      b.addScope(JurisdictionCode.of(s));
    }
    for (IndicatorId i : indicators) {
      b.addTarget(Target.of(i, 10, due));
    }
    if (indicators.isEmpty()) {
      b.addMilestone(Milestone.of(MilestoneId.of("m1"), "Done", due));
    }
    return b.build();
  }

  static Commitment simple(String id, String lead, PriorityArea area, String... scope) {
    return commitment(id, lead, area, JAN, JAN.plusMonths(6), List.of(STUNTING_RATE), scope);
  }

  @Test
  void aPerfectOverlapHasStrengthExactlyOne() {
    // the same area, window, places and indicators under two leads
    Commitment a = simple("rtl-a", "dinkes", PriorityArea.STUNTING, "18.03.01");
    Commitment b = simple("rtl-b", "dp3a", PriorityArea.STUNTING, "18.03.01");

    Overlap overlap = OverlapFinder.defaults().find(List.of(a, b)).pairs().get(0);

    assertThat(overlap.strength()).isEqualTo(1.0);
    assertThat(overlap.explanation()).endsWith("strength 1.00");
  }

  @Test
  void findsTwoUnitsWorkingOnStuntingInTheSameKecamatanAndExplainsIt() {
    // tag::overlap-example[]
    Commitment health =
        commitment(
            "rtl-dinkes-1",
            "dinkes",
            PriorityArea.STUNTING,
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 12, 31),
            List.of(STUNTING_RATE),
            "18.03.01");
    Commitment family =
        commitment(
            "rtl-dp3a-1",
            "dp3a",
            PriorityArea.STUNTING,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30),
            List.of(STUNTING_RATE, ANC_VISITS),
            "18.03.01.2001",
            "18.03.01.2002");

    OverlapReport report = OverlapFinder.defaults().find(List.of(health, family));

    Overlap overlap = report.pairs().get(0);
    assertThat(overlap.places())
        .containsExactly(
            JurisdictionCode.of("18.03.01.2001"), JurisdictionCode.of("18.03.01.2002"));
    assertThat(overlap.windowStart()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(overlap.windowEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(overlap.sharedIndicators()).containsExactly(STUNTING_RATE);
    assertThat(overlap.explanation())
        .isEqualTo(
            "rtl-dinkes-1 (lead dinkes, area stunting) and rtl-dp3a-1 (lead dp3a, area stunting)"
                + " overlap on stunting in 18.03.01.2001, 18.03.01.2002 from 2026-02-01 to"
                + " 2026-06-30 (150 days); both target stunting-rate; strength 0.75");
    // end::overlap-example[]
    // 0.4 * 1/2 (shared indicators) + 0.3 * 150/181 + 0.2 * 3/3 + 0.1 (same area)
    assertThat(overlap.strength()).isCloseTo(0.2 + 0.3 * 150 / 181.0 + 0.2 + 0.1, within());
    assertThat(report.totalPairs()).isEqualTo(1);
    assertThat(report.clusters()).hasSize(1);
    assertThat(report.clusters().get(0).leads())
        .containsExactly(UnitId.of("dinkes"), UnitId.of("dp3a"));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void theSameLeadUnitNeverOverlapsItself() {
    OverlapReport report =
        OverlapFinder.defaults()
            .find(
                List.of(
                    simple("a", "dinkes", PriorityArea.STUNTING, "18.03"),
                    simple("b", "dinkes", PriorityArea.STUNTING, "18.03.01")));
    assertThat(report.pairs()).isEmpty();
    assertThat(report.clusters()).isEmpty();
  }

  @Test
  void siblingPlacesDoNotIntersectButAncestorsDo() {
    Commitment village1 = simple("a", "dinkes", PriorityArea.STUNTING, "18.03.01.2001");
    Commitment village2 = simple("b", "dp3a", PriorityArea.STUNTING, "18.03.01.2002");
    Commitment regency = simple("c", "bappeda", PriorityArea.STUNTING, "18.03");
    Commitment otherRegency = simple("d", "dpmd", PriorityArea.STUNTING, "18.04");
    OverlapReport report =
        OverlapFinder.defaults().find(List.of(village1, village2, regency, otherRegency));
    assertThat(report.pairs())
        .extracting(o -> o.first().value() + "-" + o.second().value())
        .containsExactlyInAnyOrder("a-c", "b-c");
    assertThat(report.pairs())
        .filteredOn(o -> o.first().value().equals("a"))
        .singleElement()
        .satisfies(
            o -> assertThat(o.places()).containsExactly(JurisdictionCode.of("18.03.01.2001")));
    assertThat(report.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.commitments()).hasSize(3));
  }

  @Test
  void windowsAreInclusiveOnBothEnds() {
    LocalDate june30 = LocalDate.of(2026, 6, 30);
    Commitment a = commitment("a", "u1", PriorityArea.STUNTING, JAN, june30, List.of(), "18");
    Commitment touching =
        commitment("b", "u2", PriorityArea.STUNTING, june30, june30.plusDays(9), List.of(), "18");
    Commitment after =
        commitment(
            "c",
            "u3",
            PriorityArea.STUNTING,
            june30.plusDays(1),
            june30.plusDays(9),
            List.of(),
            "18.01");
    OverlapFinder finder = OverlapFinder.defaults();
    assertThat(finder.compare(a, touching))
        .hasValueSatisfying(o -> assertThat(o.days()).isEqualTo(1));
    assertThat(finder.compare(a, after)).isEmpty();
    assertThat(finder.find(List.of(a, touching, after)).totalPairs()).isEqualTo(2); // a-b, b-c
  }

  @Test
  void aSubSectorMatchesItsParentButNotItsSiblingUnderTheDefaultRule() {
    Commitment whole = simple("a", "u1", PriorityArea.BASIC_SERVICES, "18.03");
    Commitment health = simple("b", "u2", PriorityArea.HEALTH, "18.03");
    Commitment school = simple("c", "u3", PriorityArea.EDUCATION, "18.03");
    List<Commitment> all = List.of(whole, health, school);

    assertThat(OverlapFinder.defaults().find(all).pairs())
        .extracting(o -> o.second().value() + ":" + o.commonArea())
        .containsExactlyInAnyOrder("b:basic-services", "c:basic-services");
    assertThat(
            OverlapFinder.of(OverlapRules.builder().areaMatching(AreaMatching.EXACT).build())
                .find(all)
                .totalPairs())
        .isZero();
    assertThat(
            OverlapFinder.of(OverlapRules.builder().areaMatching(AreaMatching.SAME_ROOT).build())
                .find(all)
                .totalPairs())
        .isEqualTo(3);
    assertThat(AreaMatching.SAME_ROOT.common(PriorityArea.HEALTH, PriorityArea.EDUCATION))
        .contains(PriorityArea.BASIC_SERVICES);
    assertThat(AreaMatching.NESTED.matches(PriorityArea.STUNTING, PriorityArea.SANITATION))
        .isFalse();
  }

  @Test
  void cancelledAndSupersededCommitmentsAreLeftOut() {
    Commitment a = simple("a", "u1", PriorityArea.STUNTING, "18");
    Commitment b =
        Commitment.builder()
            .from(simple("b", "u2", PriorityArea.STUNTING, "18"))
            .status(CommitmentStatus.CANCELLED)
            .build();
    OverlapReport report = OverlapFinder.defaults().find(List.of(a, b));
    assertThat(report.commitmentsExamined()).isEqualTo(1);
    assertThat(report.totalPairs()).isZero();
    assertThat(
            OverlapFinder.of(OverlapRules.builder().excludedStatuses(List.of()).build())
                .find(List.of(a, b))
                .totalPairs())
        .isEqualTo(1);
  }

  @Test
  void aRepeatedIdIsRejected() {
    Commitment a = simple("a", "u1", PriorityArea.STUNTING, "18");
    assertThatThrownBy(() -> OverlapFinder.defaults().find(List.of(a, a)))
        .isInstanceOf(RakorException.class)
        .hasMessageContaining("commitment id a appears more than once");
  }

  @Test
  void aCommitmentWithSeveralPlacesIsPairedOnceAndNamesEveryPlaceInCommon() {
    Commitment a = simple("a", "u1", PriorityArea.STUNTING, "18.03", "18.03.01", "18.04");
    Commitment b = simple("b", "u2", PriorityArea.STUNTING, "18.03.01.2001", "18.04.02");
    OverlapReport report = OverlapFinder.defaults().find(List.of(a, b));
    assertThat(report.totalPairs()).isEqualTo(1);
    assertThat(report.pairs().get(0).places())
        .containsExactly(JurisdictionCode.of("18.03.01.2001"), JurisdictionCode.of("18.04.02"));
  }

  @Test
  void aProvinceWideCommitmentOverlapsEveryVillageCommitmentBelowIt() {
    List<Commitment> portfolio = new ArrayList<>();
    portfolio.add(simple("province", "bappeda", PriorityArea.STUNTING, "18"));
    for (int i = 1; i <= 50; i++) {
      portfolio.add(
          simple(
              String.format("v%03d", i),
              "desa-" + i,
              PriorityArea.STUNTING,
              "18.03.01." + (2000 + i)));
    }
    OverlapReport report = OverlapFinder.defaults().find(portfolio);
    assertThat(report.totalPairs()).isEqualTo(50);
    assertThat(report.clusters())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.commitments()).hasSize(51);
              assertThat(c.pairs()).isEqualTo(50);
            });
  }

  @Test
  void theCapKeepsTheStrongestPairsWhileTotalsAndClustersCoverAll() {
    Commitment anchor =
        commitment(
            "a", "u0", PriorityArea.STUNTING, JAN, JAN.plusDays(99), List.of(STUNTING_RATE), "18");
    List<Commitment> portfolio = new ArrayList<>(List.of(anchor));
    for (int i = 1; i <= 9; i++) {
      // longer shared windows make stronger overlaps
      portfolio.add(
          commitment(
              "b" + i,
              "u" + i,
              PriorityArea.STUNTING,
              JAN,
              JAN.plusDays(9L * i),
              List.of(STUNTING_RATE),
              "18.0" + i));
    }
    OverlapReport all = OverlapFinder.defaults().find(portfolio);
    OverlapReport capped =
        OverlapFinder.of(OverlapRules.builder().maxReportedPairs(3).build()).find(portfolio);
    assertThat(capped.totalPairs()).isEqualTo(all.totalPairs()).isEqualTo(9);
    assertThat(capped.isTruncated()).isTrue();
    assertThat(capped.pairs()).containsExactlyElementsOf(all.pairs().subList(0, 3));
    assertThat(capped.clusters()).isEqualTo(all.clusters());
    assertThat(all.pairs()).isSortedAccordingTo(Overlap.STRONGEST_FIRST);
  }

  @Test
  void rulesRejectANonPositiveCap() {
    assertThatThrownBy(() -> OverlapRules.builder().maxReportedPairs(0).build())
        .hasMessageContaining("OverlapRules.maxReportedPairs = 0: must be at least 1");
  }
}
