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
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators of identifiers: mostly readable ({@code unit-12}), sometimes any valid identifier
 * shape (one to three {@code /}-separated segments). Stateless and thread-safe.
 */
public final class IdGens {
  private IdGens() {}

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String SEGMENT_CHARS = ALNUM + "._-";
  private static final Set<String> RESERVED =
      Set.of("con", "prn", "aux", "nul", "com", "lpt"); // com0-9 and lpt0-9 start with these

  /** The generator behind {@code RakorGen.idTexts(String prefix)}. */
  public static Gen<String> idTexts(String prefix) {
    return cached(List.of("id", prefix), () -> buildIdTexts(prefix));
  }

  private static Gen<String> buildIdTexts(String prefix) {
    Gen<String> readable = ints(1, 9999).map(n -> prefix + "-" + n);
    Gen<String> arbitrary = listOf(segments(), 1, 3).map(segments -> String.join("/", segments));
    return weighted(4, readable, 1, arbitrary);
  }

  /**
   * Segments of an identifier: letters, digits, {@code .}, {@code _} and {@code -}, starting and
   * ending with a letter or digit, never a device name Windows reserves.
   */
  private static Gen<String> segments() {
    return cached(
        "id-segments",
        () ->
            pick(chars(ALNUM))
                .zip(
                    listOf(pick(chars(SEGMENT_CHARS)), 0, 10),
                    pick(chars(ALNUM)),
                    (first, middle, last) -> {
                      StringBuilder s = new StringBuilder().append(first);
                      middle.forEach(s::append);
                      String segment = middle.isEmpty() ? s.toString() : s.append(last).toString();
                      int dot = segment.indexOf('.');
                      String stem = dot < 0 ? segment : segment.substring(0, dot);
                      boolean reserved =
                          (stem.length() == 3 || stem.length() == 4)
                              && RESERVED.contains(stem.substring(0, 3).toLowerCase(Locale.ROOT))
                              && (stem.length() == 3 || Character.isDigit(stem.charAt(3)));
                      return reserved ? "x" + segment : segment;
                    }));
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
