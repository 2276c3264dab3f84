package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.TOO_LONG_TEXT;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;
import static io.rakor.testkit.internal.invalid.Ingredients.withDuplicate;

import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.gen.Gens;
import io.rakor.testkit.internal.gen.IdGens;
import io.rakor.testkit.internal.gen.MeetingGens;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * The invalid-input rules of meetings and their parts: agenda items, decisions, obstacles, unit
 * reports.
 */
final class MeetingRules {
  private MeetingRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            AgendaItem.class,
            "position",
            "a position below 1",
            MeetingGens.agendaItems()
                .zip(ints(-100, 0), (a, p) -> attempt(() -> a.withPosition(p)))));
    r.add(
        rule(
            AgendaItem.class,
            "title",
            "a blank title",
            MeetingGens.agendaItems().zip(blanks(), (a, b) -> attempt(() -> a.withTitle(b)))));
    r.add(
        rule(
            Decision.class,
            "number",
            "a number below 1",
            MeetingGens.decisions().zip(ints(-100, 0), (d, n) -> attempt(() -> d.withNumber(n)))));
    r.add(
        rule(
            Decision.class,
            "text",
            "a blank text",
            MeetingGens.decisions().zip(blanks(), (d, b) -> attempt(() -> d.withText(b)))));
    r.add(
        rule(
            Decision.class,
            "agendaPosition",
            "an agenda position below 1",
            MeetingGens.decisions()
                .zip(ints(-100, 0), (d, p) -> attempt(() -> d.withAgendaPosition(p)))));
    r.add(
        rule(
            Obstacle.class,
            "description",
            "a blank description",
            MeetingGens.obstacles().zip(blanks(), (o, b) -> attempt(() -> o.withDescription(b)))));
    r.add(
        rule(
            Obstacle.class,
            "description",
            "a description longer than 100,000 characters",
            MeetingGens.obstacles().map(o -> attempt(() -> o.withDescription(TOO_LONG_TEXT)))));
    r.add(
        rule(
            UnitReport.class,
            "agendaPosition",
            "an agenda position below 1",
            MeetingGens.unitReports()
                .zip(ints(-100, 0), (u, p) -> attempt(() -> u.withAgendaPosition(p)))));
    r.add(
        rule(
            UnitReport.class,
            "achievements",
            "a report with no achievement, obstacle or plan",
            MeetingGens.unitReports()
                .map(
                    u ->
                        attempt(
                            () ->
                                u.withAchievements(List.of())
                                    .withObstacles(List.of())
                                    .withPlans(List.of())))));
    r.add(
        rule(
            UnitReport.class,
            "achievements",
            "a blank achievement",
            MeetingGens.unitReports()
                .zip(
                    blanks(),
                    (u, b) -> attempt(() -> u.withAchievements(plus(u.achievements(), b))))));
    r.add(
        rule(
            UnitReport.class,
            "plans",
            "a blank plan",
            MeetingGens.unitReports()
                .zip(blanks(), (u, b) -> attempt(() -> u.withPlans(plus(u.plans(), b))))));
    Gen<Meeting> meetings = MeetingGens.meetings();
    r.add(
        rule(
            Meeting.class,
            "title",
            "a blank title",
            meetings.zip(blanks(), (m, b) -> attempt(() -> m.withTitle(b)))));
    r.add(
        rule(
            Meeting.class,
            "venue",
            "a blank venue",
            meetings.zip(blanks(), (m, b) -> attempt(() -> m.withVenue(b)))));
    r.add(
        rule(
            Meeting.class,
            "end",
            "an end that is not after the start",
            meetings.zip(
                ints(0, 600),
                (m, minutes) -> attempt(() -> m.withEnd(m.start().minusMinutes(minutes))))));
    r.add(
        rule(
            Meeting.class,
            "end",
            "an end in another zone than the start",
            meetings.zip(
                pick(Gens.ZONES),
                (m, zone) -> {
                  ZoneId other =
                      zone.equals(m.start().getZone()) ? ZoneId.of("Asia/Singapore") : zone;
                  return attempt(() -> m.withEnd(m.end().withZoneSameInstant(other)));
                })));
    r.add(
        rule(
            Meeting.class,
            "coConveners",
            "a co-convening forum listed twice",
            meetings.zip(
                IdGens.forumIds(),
                (m, f) -> {
                  List<ForumId> forums = withDuplicate(m.coConveners(), f);
                  return attempt(() -> m.withCoConveners(forums));
                })));
    r.add(
        rule(
            Meeting.class,
            "participants",
            "a participant listed twice",
            meetings.map(
                m -> {
                  Participant again = m.participants().get(m.participants().size() - 1);
                  Participant twice =
                      again.role() == ParticipantRole.CHAIR
                          ? Participant.builder().from(again).role(ParticipantRole.MEMBER).build()
                          : again;
                  return attempt(() -> m.withParticipants(plus(m.participants(), twice)));
                })));
    r.add(
        rule(
            Meeting.class,
            "participants",
            "two participants in the role of chair",
            meetings.map(
                m -> {
                  Participant second =
                      Participant.builder()
                          .unit(UnitId.of("second-chair-unit-not-generated"))
                          .role(ParticipantRole.CHAIR)
                          .build();
                  return attempt(() -> m.withParticipants(plus(m.participants(), second)));
                })));
    r.add(
        rule(
            Meeting.class,
            "agenda",
            "two agenda items at the same position",
            meetings.map(
                m -> {
                  List<AgendaItem> agenda = new ArrayList<>(m.agenda());
                  int position = agenda.isEmpty() ? 1 : agenda.get(agenda.size() - 1).position();
                  AgendaItem item =
                      AgendaItem.builder().position(position).title("Lain-lain").build();
                  if (agenda.isEmpty()) {
                    agenda.add(item);
                  }
                  agenda.add(item);
                  return attempt(() -> m.withAgenda(agenda));
                })));
    r.add(
        rule(
            Meeting.class,
            "agenda",
            "agenda items out of order",
            meetings.map(
                m -> {
                  List<AgendaItem> agenda = new ArrayList<>(m.agenda());
                  int last = agenda.isEmpty() ? 0 : agenda.get(agenda.size() - 1).position();
                  agenda.add(AgendaItem.builder().position(last + 2).title("Penutup").build());
                  agenda.add(AgendaItem.builder().position(last + 1).title("Lain-lain").build());
                  return attempt(() -> m.withAgenda(agenda));
                })));
    r.add(
        rule(
            Meeting.class,
            "reports",
            "a report by a unit that does not take part",
            meetings.map(
                m -> {
                  UnitReport report =
                      UnitReport.builder()
                          .unit(UnitId.of("absent-unit-not-generated"))
                          .addAchievement("Capaian")
                          .build();
                  return attempt(() -> m.withReports(plus(m.reports(), report)));
                })));
    r.add(
        rule(
            Meeting.class,
            "reports",
            "a report on a position that is not on the agenda",
            meetings.map(
                m -> {
                  UnitReport report =
                      UnitReport.builder()
                          .unit(m.participants().get(0).unit())
                          .agendaPosition(lastPosition(m) + 1)
                          .addAchievement("Capaian")
                          .build();
                  return attempt(() -> m.withReports(plus(m.reports(), report)));
                })));
    r.add(
        rule(
            Meeting.class,
            "decisions",
            "a decision on a position that is not on the agenda",
            meetings.map(
                m -> {
                  Decision decision =
                      Decision.builder()
                          .number(m.decisions().size() + 100)
                          .agendaPosition(lastPosition(m) + 1)
                          .text("Keputusan")
                          .build();
                  return attempt(() -> m.withDecisions(plus(m.decisions(), decision)));
                })));
    r.add(
        rule(
            Meeting.class,
            "decisions",
            "two decisions with the same number",
            meetings.map(
                m -> {
                  List<Decision> decisions = new ArrayList<>(m.decisions());
                  Decision twice =
                      decisions.isEmpty()
                          ? Decision.builder().number(1).text("Keputusan").build()
                          : decisions.get(0).withAgendaPosition(Optional.empty());
                  if (decisions.isEmpty()) {
                    decisions.add(twice);
                  }
                  decisions.add(twice);
                  return attempt(() -> m.withDecisions(decisions));
                })));
    r.add(
        rule(
            Meeting.class,
            "minutes",
            "blank minutes",
            meetings.zip(blanks(), (m, b) -> attempt(() -> m.withMinutes(b)))));
    return r;
  }

  private static int lastPosition(Meeting m) {
    return m.agenda().isEmpty() ? 0 : m.agenda().get(m.agenda().size() - 1).position();
  }
}
