package io.rakor.core.workflow;

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
import io.rakor.core.meetings.Attendance;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Small, fixed values for the workflow and monitoring tests. */
public final class WorkflowFixtures {
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  public static final Instant NOW = Instant.parse("2026-01-12T02:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, WIB);

  public static final UnitId PEMKAB = UnitId.of("pemkab-lampura");
  public static final UnitId BAPPEDA = UnitId.of("bappeda");
  public static final UnitId DINKES = UnitId.of("dinkes");
  public static final UnitId BPBD = UnitId.of("bpbd");
  public static final UnitId KOMINFO = UnitId.of("kominfo");
  public static final OfficialId BUPATI = OfficialId.of("bupati");

  public static final Actor CHAIR = Actor.of(PEMKAB, BUPATI, Role.CHAIR);
  public static final Actor SECRETARIAT = Actor.of(BAPPEDA, Role.SECRETARIAT);
  public static final Actor LEAD = Actor.of(DINKES, Role.LEAD_UNIT);
  public static final Actor SUPPORTER = Actor.of(BPBD, Role.SUPPORTING_UNIT);
  public static final Actor OBSERVER = Actor.of(KOMINFO, Role.OBSERVER);

  public static final IndicatorId STUNTING = IndicatorId.of("stunting-prevalence");
  public static final IndicatorId WATER = IndicatorId.of("households-clean-water");
  public static final MilestoneId M1 = MilestoneId.of("m1");
  public static final MilestoneId M2 = MilestoneId.of("m2");

  private WorkflowFixtures() {}

  public static Meeting meeting() {
    return Meeting.builder()
        .id(MeetingId.of("rakor-2026-01"))
        .title("Rapat Koordinasi Lintas Sektor")
        .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
        .jurisdiction(JurisdictionCode.of("18.03"))
        .convener(PEMKAB)
        .chair(BUPATI)
        .venue("Gedung Pusiban, Kotabumi")
        .start(ZonedDateTime.of(2026, 1, 12, 9, 0, 0, 0, WIB))
        .end(ZonedDateTime.of(2026, 1, 12, 12, 0, 0, 0, WIB))
        .addParticipant(participant(PEMKAB, ParticipantRole.CHAIR))
        .addParticipant(participant(BAPPEDA, ParticipantRole.SECRETARIAT))
        .addParticipant(participant(DINKES, ParticipantRole.MEMBER))
        .addParticipant(participant(BPBD, ParticipantRole.MEMBER))
        .addParticipant(participant(KOMINFO, ParticipantRole.OBSERVER))
        .build();
  }

  private static Participant participant(UnitId unit, ParticipantRole role) {
    return Participant.builder().unit(unit).role(role).attendance(Attendance.PRESENT).build();
  }

  public static Indicator stunting() {
    return Indicator.builder()
        .id(STUNTING)
        .name("Prevalensi stunting balita")
        .unitOfMeasure("%")
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(DatedValue.of(27.0, LocalDate.of(2025, 12, 31)))
        .dataSteward(DINKES)
        .build();
  }

  public static Indicator water() {
    return Indicator.builder()
        .id(WATER)
        .name("Rumah tangga dengan air bersih")
        .unitOfMeasure("households")
        .direction(Direction.HIGHER_IS_BETTER)
        .baseline(DatedValue.of(1000, LocalDate.of(2025, 12, 31)))
        .dataSteward(DINKES)
        .build();
  }

  /**
   * A commitment in progress from 1 Jan to 31 Dec 2026, with a stunting target of 14% by the end of
   * the year and milestones at the end of March and June.
   */
  public static Commitment commitment() {
    return Commitment.builder()
        .id(CommitmentId.of("rtl-01"))
        .originMeeting(MeetingId.of("rakor-2026-01"))
        .action("Menurunkan prevalensi stunting")
        .lead(DINKES)
        .addSupporter(BPBD)
        .priority(PriorityId.of("p-stunting"))
        .area(PriorityArea.STUNTING)
        .addScope(JurisdictionCode.of("18.03.01.2001"))
        .addTarget(Target.of(STUNTING, 14.0, LocalDate.of(2026, 12, 31)))
        .addMilestone(Milestone.of(M1, "Data balita terverifikasi", LocalDate.of(2026, 3, 31)))
        .addMilestone(Milestone.of(M2, "Posyandu aktif", LocalDate.of(2026, 6, 30)))
        .start(LocalDate.of(2026, 1, 1))
        .due(LocalDate.of(2026, 12, 31))
        .status(CommitmentStatus.IN_PROGRESS)
        .build();
  }

  public static MonitoringPlan plan() {
    return MonitoringPlan.builder()
        .id(MonitoringPlanId.of("monev-2026"))
        .name("Monev RTL Rakor 2026")
        .owner(BAPPEDA)
        .jurisdiction(JurisdictionCode.of("18.03"))
        .cadence(Cadence.MONTHLY)
        .zone(WIB)
        .firstPeriodStart(LocalDate.of(2026, 1, 1))
        .reportingWindowDays(10)
        .build();
  }

  public static ProgressReport report(CommitmentId commitment, CycleId cycle, double percent) {
    return ProgressReport.builder()
        .id(ProgressReportId.of(commitment + "-" + cycle.value().replace('/', '-')))
        .commitment(commitment)
        .cycle(cycle)
        .reportingUnit(DINKES)
        .submittedAt(NOW)
        .progressPercent(percent)
        .build();
  }
}
