package io.rakor.core.meetings;

import static io.rakor.core.Rejections.assertRejected;
import static io.rakor.core.Samples.DINKES;
import static io.rakor.core.Samples.meetingBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.core.units.UnitId;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MeetingTest {
  @Test
  void heldSetsTheTimesAndConcludesTheMeeting() {
    Meeting given = meetingBuilder().build();
    Meeting held = meetingBuilder().held(given.start(), given.end().plusHours(1)).build();
    assertThat(held.status()).isEqualTo(MeetingStatus.CONCLUDED);
    assertThat(held.start()).isEqualTo(given.start());
    assertThat(held.end()).isEqualTo(given.end().plusHours(1));
    assertRejected(
        () -> meetingBuilder().held(given.end(), given.start()).build(), "Meeting", "end");
  }

  @Test
  void aValidMeetingIsBuiltScheduledByDefault() {
    Meeting m = meetingBuilder().build();
    assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(m.agendaItem(2)).map(AgendaItem::title).contains("Stunting");
    assertThat(m.agendaItem(3)).isEmpty();
    assertThat(m.participantUnits()).contains(DINKES);
  }

  @Test
  void aMeetingEndsAfterItStarts() {
    Meeting m = meetingBuilder().build();
    assertRejected(() -> meetingBuilder().end(m.start()).build(), "Meeting", "end");
    assertRejected(() -> meetingBuilder().end(m.start().minusMinutes(1)).build(), "Meeting", "end");
  }

  @Test
  void startAndEndShareTheirZone() {
    Meeting m = meetingBuilder().build();
    assertRejected(
        () ->
            meetingBuilder()
                .end(m.start().plusHours(3).withZoneSameInstant(ZoneId.of("Asia/Makassar")))
                .build(),
        "Meeting",
        "end");
  }

  @Test
  void agendaPositionsAreUniqueAndInOrder() {
    assertRejected(
        () ->
            meetingBuilder()
                .addAgenda(AgendaItem.builder().position(2).title("Again").build())
                .build(),
        "Meeting",
        "agenda[2]");
    assertRejected(
        () ->
            meetingBuilder()
                .addAgenda(AgendaItem.builder().position(0).title("Zero").build())
                .build(),
        "AgendaItem",
        "position");
    Meeting m = meetingBuilder().build();
    assertRejected(
        () ->
            meetingBuilder()
                .agenda(java.util.List.of(m.agenda().get(1), m.agenda().get(0)))
                .build(),
        "Meeting",
        "agenda[1].position");
  }

  @Test
  void reportsComeFromParticipantsUnderAgendaItems() {
    UnitReport outsider =
        UnitReport.builder().unit(UnitId.of("stranger")).addPlans("Something").build();
    assertRejected(
        () -> meetingBuilder().addReports(outsider).build(), "Meeting", "reports[0].unit");
    UnitReport offAgenda =
        UnitReport.builder().unit(DINKES).agendaPosition(9).addPlans("Something").build();
    assertRejected(
        () -> meetingBuilder().addReports(offAgenda).build(),
        "Meeting",
        "reports[0].agendaPosition");
  }

  @Test
  void aReportSaysSomething() {
    assertRejected(() -> UnitReport.builder().unit(DINKES).build(), "UnitReport", "achievements");
    assertRejected(
        () -> UnitReport.builder().unit(DINKES).addPlans(" ").build(), "UnitReport", "plans[0]");
    assertRejected(() -> Obstacle.of(ObstacleCategory.BUDGET, ""), "Obstacle", "description");
  }

  @Test
  void decisionsAreNumberedUniquelyAndReferToTheAgenda() {
    Decision one = Decision.builder().number(1).text("Share data monthly").build();
    assertRejected(
        () -> meetingBuilder().addDecisions(one, one).build(), "Meeting", "decisions[1]");
    assertRejected(
        () ->
            meetingBuilder()
                .addDecisions(Decision.builder().from(one).agendaPosition(5).build())
                .build(),
        "Meeting",
        "decisions[0].agendaPosition");
    assertRejected(() -> Decision.builder().number(0).text("x").build(), "Decision", "number");
  }

  @Test
  void participantsAreListedOnceAndThereIsOneChair() {
    Participant again = Participant.builder().unit(DINKES).role(ParticipantRole.MEMBER).build();
    assertRejected(
        () -> meetingBuilder().addParticipants(again).build(), "Meeting", "participants[2]");
    Participant secondChair =
        Participant.builder().unit(UnitId.of("dprd")).role(ParticipantRole.CHAIR).build();
    assertRejected(
        () -> meetingBuilder().addParticipants(secondChair).build(), "Meeting", "participants");
  }

  @Test
  void titleVenueAndMinutesMustNotBeBlank() {
    assertRejected(() -> meetingBuilder().title("").build(), "Meeting", "title");
    assertRejected(() -> meetingBuilder().venue(" ").build(), "Meeting", "venue");
    assertRejected(() -> meetingBuilder().minutes("").build(), "Meeting", "minutes");
  }

  @Test
  void attendanceSaysWhetherTheUnitWasThere() {
    assertThat(Attendance.PRESENT.attended()).isTrue();
    assertThat(Attendance.REPRESENTED.attended()).isTrue();
    assertThat(Attendance.EXCUSED.attended()).isFalse();
    assertThat(
            Participant.builder().unit(DINKES).role(ParticipantRole.OBSERVER).build().attendance())
        .isEqualTo(Attendance.INVITED);
  }

  @Test
  void aMeetingIsACrossSectorCoordinationMeetingUnlessItSaysOtherwise() throws Exception {
    Meeting given = meetingBuilder().build();
    Meeting m =
        Meeting.builder()
            .id(given.id())
            .title(given.title())
            .jurisdiction(given.jurisdiction())
            .convener(given.convener())
            .chair(given.chair())
            .venue(given.venue())
            .start(given.start())
            .end(given.end())
            .build();
    assertThat(m.kind()).isEqualTo(MeetingKind.CROSS_SECTOR_COORDINATION);
    assertThat(meetingBuilder().kind(MeetingKind.TECHNICAL).build().kind())
        .isEqualTo(MeetingKind.TECHNICAL);
    // A document without a kind reads as the default; one with a kind keeps it.
    com.fasterxml.jackson.databind.node.ObjectNode json =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            io.rakor.core.json.RakorJson.mapper()
                .readTree(io.rakor.core.json.RakorJson.write(m.withKind(MeetingKind.FORUM)));
    assertThat(io.rakor.core.json.RakorJson.read(json.toString(), Meeting.class).kind())
        .isEqualTo(MeetingKind.FORUM);
    json.remove("kind");
    assertThat(io.rakor.core.json.RakorJson.read(json.toString(), Meeting.class).kind())
        .isEqualTo(MeetingKind.CROSS_SECTOR_COORDINATION);
  }
}
