package io.rakor.persistence;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.service.Batch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Small valid values for the module's tests. */
public final class Examples {
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  public static final JurisdictionCode PROVINCE = JurisdictionCode.of("18");
  public static final JurisdictionCode REGENCY = JurisdictionCode.of("18.03");
  public static final UnitId PEMKAB = UnitId.of("pemkab");
  public static final UnitId DINKES = UnitId.of("dinkes");
  public static final UnitId BAPPEDA = UnitId.of("bappeda");
  public static final MeetingId RAKOR = MeetingId.of("rakor-2026-01-12");
  public static final IndicatorId STUNTING = IndicatorId.of("stunting-prevalence");
  public static final PriorityId STUNTING_PRIORITY = PriorityId.of("stunting");
  public static final OfficialId BUPATI = OfficialId.of("bupati");
  public static final LocalDate START = LocalDate.of(2026, 2, 1);
  public static final LocalDate DUE = LocalDate.of(2026, 12, 31);
  public static final Actor CHAIR = Actor.of(PEMKAB, BUPATI, Role.CHAIR);
  public static final Actor LEAD = Actor.of(DINKES, Role.LEAD_UNIT);
  public static final Actor SUPPORTER = Actor.of(BAPPEDA, Role.SUPPORTING_UNIT);
  public static final Actor SECRETARIAT = Actor.of(BAPPEDA, Role.SECRETARIAT);

  private Examples() {}

  /**
   * What the meeting, the commitments and the plan name: the province and the regency, the three
   * units, the regent, the indicator and the priority.
   */
  public static Batch masterData() {
    return Batch.builder()
        .add(
            AggregateKind.JURISDICTION,
            Jurisdiction.builder()
                .code(PROVINCE)
                .name("Lampung")
                .level(JurisdictionLevel.PROVINCE)
                .build())
        .add(
            AggregateKind.JURISDICTION,
            Jurisdiction.builder()
                .code(REGENCY)
                .name("Lampung Utara")
                .level(JurisdictionLevel.REGENCY)
                .parent(PROVINCE)
                .build())
        .add(AggregateKind.UNIT, unit(PEMKAB, "Pemerintah Kabupaten Lampung Utara"))
        .add(AggregateKind.UNIT, unit(DINKES, "Dinas Kesehatan"))
        .add(AggregateKind.UNIT, unit(BAPPEDA, "Bappeda"))
        .add(
            AggregateKind.OFFICIAL,
            Official.builder()
                .id(BUPATI)
                .name(PersonName.of("Hamartoni Ahadis"))
                .position("Bupati Lampung Utara")
                .unit(PEMKAB)
                .build())
        .add(AggregateKind.INDICATOR, indicator())
        .add(AggregateKind.PRIORITY, priority())
        .build();
  }

  public static ResponsibleUnit unit(UnitId id, String name) {
    return ResponsibleUnit.builder()
        .id(id)
        .name(name)
        .kind(id.equals(PEMKAB) ? UnitKind.REGIONAL_GOVERNMENT : UnitKind.AGENCY)
        .jurisdiction(REGENCY)
        .build();
  }

  public static Priority priority() {
    return Priority.builder()
        .id(STUNTING_PRIORITY)
        .title("Percepatan penurunan stunting")
        .area(PriorityArea.STUNTING)
        .jurisdiction(REGENCY)
        .lead(DINKES)
        .addIndicators(STUNTING)
        .build();
  }

  public static Commitment commitment(String id) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .originMeeting(RAKOR)
        .action("Menurunkan prevalensi stunting")
        .lead(DINKES)
        .addSupporters(BAPPEDA)
        .priority(STUNTING_PRIORITY)
        .area(PriorityArea.STUNTING)
        .addScope(REGENCY)
        .addTargets(Target.of(STUNTING, 14.0, DUE))
        .addMilestones(Milestone.of(MilestoneId.of("m1"), "Kick-off", START.plusMonths(1)))
        .start(START)
        .due(DUE)
        .build();
  }

  public static Commitment withDue(Commitment c, LocalDate due) {
    return c.withDue(due);
  }

  public static Meeting meeting() {
    ZonedDateTime start = ZonedDateTime.of(2026, 1, 12, 9, 0, 0, 0, WIB);
    return Meeting.builder()
        .id(RAKOR)
        .title("Rakor Lintas Sektor")
        .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
        .jurisdiction(REGENCY)
        .convener(PEMKAB)
        .chair(BUPATI)
        .venue("Gedung Pusiban")
        .start(start)
        .end(start.plusHours(3))
        .addParticipants(
            Participant.builder().unit(PEMKAB).official(BUPATI).role(ParticipantRole.CHAIR).build(),
            Participant.builder().unit(DINKES).role(ParticipantRole.PRESENTER).build())
        .addAgenda(
            AgendaItem.builder().position(1).title("Opening").build(),
            AgendaItem.builder().position(2).title("Stunting").build())
        .build();
  }

  public static Indicator indicator() {
    return Indicator.builder()
        .id(STUNTING)
        .name("Prevalensi stunting")
        .unitOfMeasure("%")
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(DatedValue.of(24.0, LocalDate.of(2025, 12, 31)))
        .dataSteward(DINKES)
        .build();
  }

  public static MonitoringPlan plan() {
    return MonitoringPlan.builder()
        .id(MonitoringPlanId.of("monev-2026"))
        .name("Monev RTL Rakor 2026")
        .owner(BAPPEDA)
        .jurisdiction(REGENCY)
        .originMeeting(RAKOR)
        .cadence(Cadence.MONTHLY)
        .zone(WIB)
        .firstPeriodStart(LocalDate.of(2026, 2, 1))
        .reportingWindowDays(10)
        .build();
  }

  public static MonitoringCycle cycle() {
    return MonitoringCycle.builder()
        .id(CycleId.of("monev-2026-03"))
        .plan(plan().id())
        .sequence(2)
        .periodStart(LocalDate.of(2026, 3, 1))
        .periodEnd(LocalDate.of(2026, 4, 1))
        .reportDue(ZonedDateTime.of(2026, 4, 10, 23, 59, 0, 0, WIB))
        .build();
  }

  public static ProgressReport report(String id, Commitment c, double percent) {
    return ProgressReport.builder()
        .id(ProgressReportId.of(id))
        .commitment(c.id())
        .cycle(cycle().id())
        .reportingUnit(c.lead())
        .submittedAt(Instant.parse("2026-04-05T03:00:00Z"))
        .progressPercent(percent)
        .build();
  }
}
