package io.rakor.core;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Small valid values that example tests change one field at a time. */
public final class Samples {
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  public static final JurisdictionCode REGENCY = JurisdictionCode.of("18.03");
  public static final UnitId PEMKAB = UnitId.of("pemkab");
  public static final UnitId DINKES = UnitId.of("dinkes");
  public static final UnitId BAPPEDA = UnitId.of("bappeda");
  public static final MeetingId RAKOR = MeetingId.of("rakor-2026-01-12");
  public static final IndicatorId STUNTING = IndicatorId.of("stunting-prevalence");
  public static final LocalDate START = LocalDate.of(2026, 2, 1);
  public static final LocalDate DUE = LocalDate.of(2026, 12, 31);

  private Samples() {}

  /** A valid commitment builder: Dinkes, stunting, one target at the due date. */
  public static Commitment.Builder commitment() {
    return Commitment.builder()
        .id(CommitmentId.of("rtl-1"))
        .originMeeting(RAKOR)
        .action("Menurunkan prevalensi stunting")
        .lead(DINKES)
        .addSupporters(BAPPEDA)
        .priority(PriorityId.of("stunting"))
        .area(PriorityArea.STUNTING)
        .addScope(REGENCY)
        .addTargets(Target.of(STUNTING, 14.0, DUE))
        .addMilestones(Milestone.of(MilestoneId.of("m1"), "Kick-off", START.plusMonths(1)))
        .start(START)
        .due(DUE);
  }

  /** A valid meeting builder: two participants, two agenda items. */
  public static Meeting.Builder meeting() {
    ZonedDateTime start = ZonedDateTime.of(2026, 1, 12, 9, 0, 0, 0, WIB);
    return Meeting.builder()
        .id(RAKOR)
        .title("Rakor Lintas Sektor")
        .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
        .jurisdiction(REGENCY)
        .convener(PEMKAB)
        .chair(OfficialId.of("bupati"))
        .venue("Gedung Pusiban")
        .start(start)
        .end(start.plusHours(3))
        .addParticipants(
            Participant.builder()
                .unit(PEMKAB)
                .official(OfficialId.of("bupati"))
                .role(ParticipantRole.CHAIR)
                .build(),
            Participant.builder().unit(DINKES).role(ParticipantRole.PRESENTER).build())
        .addAgenda(
            AgendaItem.builder().position(1).title("Opening").build(),
            AgendaItem.builder().position(2).title("Stunting").build());
  }
}
