package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.Gens.cached;
import static io.rakor.testkit.internal.gen.Gens.dates;
import static io.rakor.testkit.internal.gen.Gens.distinctListOf;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.listOf;
import static io.rakor.testkit.internal.gen.Gens.optional;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.realistic;
import static io.rakor.testkit.internal.gen.Gens.subsetOf;
import static io.rakor.testkit.internal.gen.Gens.texts;
import static io.rakor.testkit.internal.gen.Gens.unicode;
import static io.rakor.testkit.internal.gen.Gens.unicodeText;
import static io.rakor.testkit.internal.gen.Gens.weighted;
import static io.rakor.testkit.internal.gen.Gens.zones;
import static io.rakor.testkit.internal.gen.IdGens.forumIds;
import static io.rakor.testkit.internal.gen.IdGens.meetingIds;
import static io.rakor.testkit.internal.gen.IdGens.officialIds;
import static io.rakor.testkit.internal.gen.IdGens.priorityIds;
import static io.rakor.testkit.internal.gen.IdGens.unitIds;
import static io.rakor.testkit.internal.gen.JurisdictionGens.jurisdictionCodes;

import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Attendance;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.ObstacleCategory;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.Words;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of meetings and their parts: participants, agenda items, obstacles, unit reports and
 * decisions. Stateless and thread-safe.
 */
public final class MeetingGens {
  private MeetingGens() {}

  /** The generator behind {@code RakorGen.participants()}. */
  public static Gen<Participant> participants() {
    return unitIds()
        .zip(
            optional(officialIds()),
            Generate.enumValues(ParticipantRole.class),
            Generate.enumValues(Attendance.class),
            (unit, official, role, attendance) ->
                Participant.builder()
                    .unit(unit)
                    .official(official)
                    .role(role)
                    .attendance(attendance)
                    .build())
        .zip(Generate.booleans(), (p, signed) -> p.withSigned(signed && p.attendance().attended()));
  }

  /** The generator behind {@code RakorGen.agendaItems()}. */
  public static Gen<AgendaItem> agendaItems() {
    return ints(1, 50)
        .zip(
            agendaTitles(),
            optional(priorityIds()),
            optional(unitIds()),
            (position, title, priority, presenter) ->
                AgendaItem.builder()
                    .position(position)
                    .title(title)
                    .priority(priority)
                    .presenter(presenter)
                    .build());
  }

  private static Gen<String> agendaTitles() {
    return realistic(Words.PRIORITIES.stream().map(Words.PriorityTemplate::title).toList());
  }

  /** The generator behind {@code RakorGen.obstacles()}. */
  public static Gen<Obstacle> obstacles() {
    return obstacles(TextMix.MIXED);
  }

  public static Gen<Obstacle> obstacles(TextMix mix) {
    return cached(List.of("obstacles", mix), () -> buildObstacles(mix));
  }

  private static Gen<Obstacle> buildObstacles(TextMix mix) {
    Gen<Obstacle> realistic =
        pick(Words.OBSTACLES).map(t -> Obstacle.of(t.category(), t.description()));
    Gen<Obstacle> arbitrary =
        Generate.enumValues(ObstacleCategory.class).zip(unicodeText(1, 80), Obstacle::of);
    return mix == TextMix.MIXED ? weighted(4, realistic, 1, arbitrary) : realistic;
  }

  /** The generator behind {@code RakorGen.unitReports()}. */
  public static Gen<UnitReport> unitReports() {
    return unitIds().flatMap(unit -> unitReports(unit, List.of(), TextMix.MIXED));
  }

  /**
   * Reports by the given unit, on one of the given agenda positions (or none).
   *
   * @param unit the reporting unit
   * @param agendaPositions positions the report may refer to; if empty, any position 1 to 20
   * @param mix whether text mixes in arbitrary Unicode
   * @return a generator of valid {@link UnitReport}s
   */
  public static Gen<UnitReport> unitReports(
      UnitId unit, List<Integer> agendaPositions, TextMix mix) {
    Gen<Integer> position = agendaPositions.isEmpty() ? ints(1, 20) : pick(agendaPositions);
    return src -> {
      List<String> achievements = listOf(texts(Words.ACHIEVEMENTS, 5, 30, mix), 0, 3).generate(src);
      List<Obstacle> obstacles = listOf(obstacles(mix), 0, 3).generate(src);
      List<String> plans = listOf(texts(Words.PLANS, 5, 30, mix), 0, 2).generate(src);
      if (achievements.isEmpty() && obstacles.isEmpty() && plans.isEmpty()) {
        achievements = List.of(Words.ACHIEVEMENTS.get(0));
      }
      return UnitReport.builder()
          .unit(unit)
          .agendaPosition(optional(position).generate(src))
          .achievements(achievements)
          .obstacles(obstacles)
          .plans(plans)
          .build();
    };
  }

  /** The generator behind {@code RakorGen.decisions()}. */
  public static Gen<Decision> decisions() {
    return ints(1, 30)
        .zip(
            optional(ints(1, 20)),
            decisionTexts(),
            (number, position, text) ->
                Decision.builder().number(number).agendaPosition(position).text(text).build());
  }

  private static Gen<String> decisionTexts() {
    return weighted(
        4,
        pick(Words.ACTIONS).map(a -> "Menyepakati rencana tindak lanjut: " + a),
        1,
        unicodeText(1, 200));
  }

  /** The generator behind {@code RakorGen.meetings()}. */
  public static Gen<Meeting> meetings() {
    Gen<Meeting> gen =
        src -> {
          MeetingId id = meetingIds().generate(src);
          List<UnitId> units = distinctListOf(unitIds(), 1, 6).generate(src);
          OfficialId chair = officialIds().generate(src);
          List<Participant> participants = new ArrayList<>();
          for (int i = 0; i < units.size(); i++) {
            participants.add(
                Participant.builder()
                    .unit(units.get(i))
                    .official(i == 0 ? Optional.of(chair) : optional(officialIds()).generate(src))
                    .role(
                        i == 0
                            ? ParticipantRole.CHAIR
                            : pick(List.of(
                                    ParticipantRole.MEMBER,
                                    ParticipantRole.PRESENTER,
                                    ParticipantRole.SECRETARIAT,
                                    ParticipantRole.OBSERVER))
                                .generate(src))
                    .attendance(Generate.enumValues(Attendance.class).generate(src))
                    .build());
          }
          List<AgendaItem> agenda = new ArrayList<>();
          int count = ints(0, 5).generate(src);
          int position = 0;
          for (int i = 0; i < count; i++) {
            position += ints(1, 3).generate(src);
            agenda.add(
                AgendaItem.builder()
                    .position(position)
                    .title(agendaTitles().generate(src))
                    .priority(optional(priorityIds()).generate(src))
                    .presenter(optional(pick(units)).generate(src))
                    .build());
          }
          List<Integer> positions = agenda.stream().map(AgendaItem::position).toList();
          List<UnitReport> reports = new ArrayList<>();
          for (UnitId unit : subsetOf(units, 0, 4).generate(src)) {
            reports.add(reportOn(unit, positions).generate(src));
          }
          List<Decision> decisions = new ArrayList<>();
          int decisionCount = ints(0, 4).generate(src);
          for (int n = 1; n <= decisionCount; n++) {
            decisions.add(
                Decision.builder()
                    .number(n)
                    .agendaPosition(
                        positions.isEmpty()
                            ? Optional.empty()
                            : optional(pick(positions)).generate(src))
                    .text(decisionTexts().generate(src))
                    .build());
          }
          ZonedDateTime start = meetingStarts().generate(src);
          String title = meetingTitles().generate(src);
          MeetingKind kind = Generate.enumValues(MeetingKind.class).generate(src);
          JurisdictionCode place = jurisdictionCodes().generate(src);
          if (kind.jurisdictionDepth().isPresent()
              && place.depth() != kind.jurisdictionDepth().getAsInt()) {
            place = jurisdictionCodes(kind.jurisdictionDepth().getAsInt()).generate(src);
          }
          return Meeting.builder()
              .id(id)
              .title(title)
              .kind(kind)
              .jurisdiction(place)
              .convener(units.get(0))
              .coConveners(distinctListOf(forumIds(), 0, 2).generate(src))
              .chair(chair)
              .venue(realistic(Words.VENUES).generate(src))
              .start(start)
              .end(start.plusMinutes(ints(15, 600).generate(src)))
              .participants(participants)
              .agenda(agenda)
              .reports(reports)
              .decisions(decisions)
              .minutes(optional(unicodeText(1, 200)).generate(src))
              .status(Generate.enumValues(MeetingStatus.class).generate(src))
              .build();
        };
    return gen.describedAs(MeetingGens::describe);
  }

  private static Gen<UnitReport> reportOn(UnitId unit, List<Integer> positions) {
    if (positions.isEmpty()) {
      return unitReports(unit, List.of(), TextMix.MIXED).map(r -> copyWithoutPosition(r));
    }
    return unitReports(unit, positions, TextMix.MIXED);
  }

  private static UnitReport copyWithoutPosition(UnitReport report) {
    return UnitReport.builder().from(report).agendaPosition(Optional.empty()).build();
  }

  public static Gen<String> meetingTitles() {
    return weighted(
        4,
        realistic(Words.REGENCIES).map(r -> "Rapat Koordinasi Lintas Sektor Kabupaten " + r),
        1,
        unicode(1, 80));
  }

  public static Gen<ZonedDateTime> meetingStarts() {
    return dates()
        .zip(
            ints(7 * 60, 16 * 60),
            zones(),
            (date, minute, zone) ->
                ZonedDateTime.of(date, LocalTime.of(minute / 60, minute % 60), zone));
  }

  public static String describe(Meeting m) {
    return "Meeting "
        + m.id()
        + " \""
        + m.title()
        + "\" "
        + m.start()
        + ", "
        + m.participants().size()
        + " participants, agenda "
        + m.agenda().stream().map(AgendaItem::position).toList()
        + ", "
        + m.reports().size()
        + " reports, "
        + m.decisions().size()
        + " decisions";
  }
}
