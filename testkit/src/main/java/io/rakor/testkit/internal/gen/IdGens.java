package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.cached;
import static io.rakor.testkit.internal.gen.Gens.chars;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.listOf;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.weighted;

import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of identifiers: mostly readable ({@code unit-12}), sometimes any valid identifier
 * shape. Stateless and thread-safe.
 */
public final class IdGens {
  private IdGens() {}

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_CHARS = ALNUM + "._:/-";

  /** The generator behind {@code RakorGen.idTexts(String prefix)}. */
  public static Gen<String> idTexts(String prefix) {
    return cached(List.of("id", prefix), () -> buildIdTexts(prefix));
  }

  private static Gen<String> buildIdTexts(String prefix) {
    Gen<String> readable = ints(1, 9999).map(n -> prefix + "-" + n);
    Gen<String> arbitrary =
        pick(chars(ALNUM))
            .zip(
                listOf(pick(chars(ID_CHARS)), 0, 24),
                (first, rest) -> {
                  StringBuilder s = new StringBuilder().append(first);
                  rest.forEach(s::append);
                  return s.toString();
                });
    return weighted(4, readable, 1, arbitrary);
  }

  /** The generator behind {@code RakorGen.unitIds()}. */
  public static Gen<UnitId> unitIds() {
    return idTexts("unit").map(UnitId::of).describedAs(UnitId::value);
  }

  /** The generator behind {@code RakorGen.forumIds()}. */
  public static Gen<ForumId> forumIds() {
    return idTexts("forum").map(ForumId::of).describedAs(ForumId::value);
  }

  /** The generator behind {@code RakorGen.officialIds()}. */
  public static Gen<OfficialId> officialIds() {
    return idTexts("official").map(OfficialId::of).describedAs(OfficialId::value);
  }

  /** The generator behind {@code RakorGen.meetingIds()}. */
  public static Gen<MeetingId> meetingIds() {
    return idTexts("rakor").map(MeetingId::of).describedAs(MeetingId::value);
  }

  /** The generator behind {@code RakorGen.priorityIds()}. */
  public static Gen<PriorityId> priorityIds() {
    return idTexts("priority").map(PriorityId::of).describedAs(PriorityId::value);
  }

  /** The generator behind {@code RakorGen.indicatorIds()}. */
  public static Gen<IndicatorId> indicatorIds() {
    return idTexts("indicator").map(IndicatorId::of).describedAs(IndicatorId::value);
  }

  /** The generator behind {@code RakorGen.commitmentIds()}. */
  public static Gen<CommitmentId> commitmentIds() {
    return idTexts("rtl").map(CommitmentId::of).describedAs(CommitmentId::value);
  }

  /** The generator behind {@code RakorGen.milestoneIds()}. */
  public static Gen<MilestoneId> milestoneIds() {
    return idTexts("milestone").map(MilestoneId::of).describedAs(MilestoneId::value);
  }

  /** The generator behind {@code RakorGen.monitoringPlanIds()}. */
  public static Gen<MonitoringPlanId> monitoringPlanIds() {
    return idTexts("monev").map(MonitoringPlanId::of).describedAs(MonitoringPlanId::value);
  }

  /** The generator behind {@code RakorGen.cycleIds()}. */
  public static Gen<CycleId> cycleIds() {
    return idTexts("cycle").map(CycleId::of).describedAs(CycleId::value);
  }

  /** The generator behind {@code RakorGen.progressReportIds()}. */
  public static Gen<ProgressReportId> progressReportIds() {
    return idTexts("report").map(ProgressReportId::of).describedAs(ProgressReportId::value);
  }
}
