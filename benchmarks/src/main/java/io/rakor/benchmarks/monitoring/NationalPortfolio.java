package io.rakor.benchmarks.monitoring;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The national-scale portfolio the monitoring benchmarks share, drawn from a {@link
 * SplittableRandom}: 20 indicators of both directions, 500 lead units, 50 priorities, villages
 * across 38 provinces; 1 or 2 targets and 0 to 3 milestones per commitment; mostly in progress; one
 * commitment in ten a child of an earlier one.
 */
final class NationalPortfolio {
  private NationalPortfolio() {}

  /**
   * The monthly national plan, from January 2026.
   *
   * @return the plan
   */
  static MonitoringPlan plan() {
    return MonitoringPlan.builder()
        .id(MonitoringPlanId.of("monev-nasional"))
        .name("Monev nasional")
        .owner(UnitId.of("bappenas"))
        // Codes start at the province (there is no national code): the plan is held in one.
        .jurisdiction(JurisdictionCode.of("31"))
        .cadence(Cadence.MONTHLY)
        .zone(ZoneId.of("Asia/Jakarta"))
        .firstPeriodStart(LocalDate.of(2026, 1, 1))
        .reportingWindowDays(10)
        .build();
  }

  /**
   * The 20 indicators, {@code ind-0} to {@code ind-19}; the even ones lower-is-better.
   *
   * @return the indicators
   */
  static List<Indicator> indicators() {
    List<Indicator> indicators = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      boolean lower = k % 2 == 0;
      indicators.add(
          Indicator.builder()
              .id(IndicatorId.of("ind-" + k))
              .name("Indikator " + k)
              .unitOfMeasure("%")
              .direction(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
              .baseline(DatedValue.of(lower ? 30 : 40, LocalDate.of(2025, 12, 31)))
              .dataSteward(UnitId.of("bps"))
              .build());
    }
    return indicators;
  }

  /**
   * Draws the commitments {@code rtl-0} to {@code rtl-(count - 1)}.
   *
   * @param random the source, advanced by the draws
   * @param count how many
   * @param indicators {@link #indicators()}
   * @return the commitments
   */
  static List<Commitment> commitments(
      SplittableRandom random, int count, List<Indicator> indicators) {
    UnitId[] units = new UnitId[500];
    for (int u = 0; u < units.length; u++) {
      units[u] = UnitId.of("opd-" + u);
    }
    PriorityId[] priorities = new PriorityId[50];
    for (int p = 0; p < priorities.length; p++) {
      priorities[p] = PriorityId.of("prioritas-" + p);
    }
    LocalDate first = LocalDate.of(2026, 1, 1);
    List<Commitment> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate s = first.plusDays(random.nextInt(365));
      LocalDate d = s.plusDays(90 + random.nextInt(640));
      int r = random.nextInt(100);
      CommitmentStatus st =
          r < 80
              ? CommitmentStatus.IN_PROGRESS
              : r < 90
                  ? CommitmentStatus.AGREED
                  : r < 95 ? CommitmentStatus.COMPLETED : CommitmentStatus.PROPOSED;
      var b =
          Commitment.builder()
              .id(CommitmentId.of("rtl-" + i))
              .originMeeting(MeetingId.of("rakor-" + (i % 514)))
              .action("Rencana tindak lanjut " + i)
              .lead(units[random.nextInt(units.length)])
              .priority(priorities[random.nextInt(priorities.length)])
              .area(PriorityArea.STUNTING)
              .addScope(
                  JurisdictionCode.of(
                      String.format(
                          Locale.ROOT,
                          "%02d.%02d.%02d.%04d",
                          11 + random.nextInt(38),
                          1 + random.nextInt(20),
                          1 + random.nextInt(30),
                          2001 + random.nextInt(20))))
              .start(s)
              .due(d)
              .status(st);
      int targets = 1 + random.nextInt(2);
      int firstIndicator = random.nextInt(indicators.size());
      for (int t = 0; t < targets; t++) {
        Indicator ind = indicators.get((firstIndicator + t) % indicators.size());
        boolean lower = ind.direction() == Direction.LOWER_IS_BETTER;
        b.addTarget(
            Target.of(ind.id(), lower ? 14 + random.nextInt(6) : 60 + random.nextInt(30), d));
      }
      int milestones = random.nextInt(4);
      for (int m = 0; m < milestones; m++) {
        b.addMilestone(
            Milestone.of(
                MilestoneId.of("m" + m),
                "Tahap " + (m + 1),
                s.plusDays((d.toEpochDay() - s.toEpochDay()) * (m + 1) / (milestones + 1))));
      }
      if (i > 0 && random.nextInt(10) == 0) {
        b.parent(CommitmentId.of("rtl-" + random.nextInt(i))).weight(1 + random.nextInt(3));
      }
      list.add(b.build());
    }
    return list;
  }
}
