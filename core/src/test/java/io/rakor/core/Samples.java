package io.rakor.core;

import io.rakor.core.commitments.BudgetCode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.commitments.FundingSource;
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
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CompletionGrade;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.Expectation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneAchievement;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ParentFloor;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.monitoring.RecordedAssessment;
import io.rakor.core.monitoring.Trend;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.ForumKind;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The sample data of core's tests, in one place: fixed ids, actors and a clock; valid builders that
 * a test changes one field at a time; the values of the workflow and monitoring tests; and
 * hand-built values of every JSON document type, with every optional field set ({@link #full()}) or
 * absent ({@link #minimal()}). Set in Lampung Utara (kode wilayah 18.03).
 */
public final class Samples {
  // ---------------------------------------------------------------- time, places, units, actors

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  public static final Instant NOW = Instant.parse("2026-01-12T02:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, WIB);

  public static final JurisdictionCode PROVINCE = JurisdictionCode.of("18");
  public static final JurisdictionCode REGENCY = JurisdictionCode.of("18.03");
  public static final JurisdictionCode KOTABUMI = JurisdictionCode.of("18.03.01");

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

  public static final MeetingId RAKOR = MeetingId.of("rakor-2026-01-12");
  public static final LocalDate START = LocalDate.of(2026, 2, 1);
  public static final LocalDate DUE = LocalDate.of(2026, 12, 31);

  // The ids of the JSON samples, all of Lampung Utara ("lu-").
  private static final UnitId LU_BAPPEDA = UnitId.of("lu-bappeda");
  private static final UnitId LU_DINKES = UnitId.of("lu-dinkes");
  private static final UnitId LU_DPMD = UnitId.of("lu-dpmd");
  private static final MeetingId LU_MEETING = MeetingId.of("lu-rakor-2026-01");
  private static final PriorityId LU_STUNTING = PriorityId.of("lu-p-stunting");
  private static final IndicatorId LU_STUNTING_RATE = IndicatorId.of("lu-i-stunting-rate");
  private static final IndicatorId LU_POSYANDU = IndicatorId.of("lu-i-posyandu-active");
  private static final CommitmentId LU_COMMITMENT = CommitmentId.of("lu-c-2026-001");
  private static final MilestoneId LU_MAPPING = MilestoneId.of("m1-mapping");
  private static final MonitoringPlanId LU_PLAN = MonitoringPlanId.of("lu-plan-2026");
  private static final CycleId LU_CYCLE = CycleId.of("lu-plan-2026-q1");

  private Samples() {}

  // ---------------------------------------------------------------- builders to change

  /** A valid commitment builder: Dinkes, stunting, one target at the due date. */
  public static Commitment.Builder commitmentBuilder() {
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
  public static Meeting.Builder meetingBuilder() {
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
            AgendaItem.builder().position(2).title("Stunting").build());
  }

  // ---------------------------------------------------------------- workflows and monitoring

  /** The January rakor, scheduled, with a participant in each role of the default policy. */
  public static Meeting meetingWithEveryRole() {
    return Meeting.builder()
        .id(MeetingId.of("rakor-2026-01"))
        .title("Rapat Koordinasi Lintas Sektor")
        .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
        .jurisdiction(REGENCY)
        .convener(PEMKAB)
        .chair(BUPATI)
        .venue("Gedung Pusiban, Kotabumi")
        .start(ZonedDateTime.of(2026, 1, 12, 9, 0, 0, 0, WIB))
        .end(ZonedDateTime.of(2026, 1, 12, 12, 0, 0, 0, WIB))
        .addParticipant(presentAs(PEMKAB, ParticipantRole.CHAIR))
        .addParticipant(presentAs(BAPPEDA, ParticipantRole.SECRETARIAT))
        .addParticipant(presentAs(DINKES, ParticipantRole.MEMBER))
        .addParticipant(presentAs(BPBD, ParticipantRole.MEMBER))
        .addParticipant(presentAs(KOMINFO, ParticipantRole.OBSERVER))
        .build();
  }

  private static Participant presentAs(UnitId unit, ParticipantRole role) {
    return Participant.builder().unit(unit).role(role).attendance(Attendance.PRESENT).build();
  }

  /** The stunting prevalence indicator: 27% at the end of 2025, lower is better. */
  public static Indicator stuntingIndicator() {
    return Indicator.builder()
        .id(STUNTING)
        .name("Prevalensi stunting balita")
        .unitOfMeasure("%")
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(DatedValue.of(27.0, LocalDate.of(2025, 12, 31)))
        .dataSteward(DINKES)
        .build();
  }

  /** The clean water indicator: 1,000 households at the end of 2025, higher is better. */
  public static Indicator waterIndicator() {
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
  public static Commitment commitmentInProgress() {
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

  /** A monthly monitoring plan from January 2026, reports due ten days after each month. */
  public static MonitoringPlan monthlyPlan() {
    return MonitoringPlan.builder()
        .id(MonitoringPlanId.of("monev-2026"))
        .name("Monev RTL Rakor 2026")
        .owner(BAPPEDA)
        .jurisdiction(REGENCY)
        .cadence(Cadence.MONTHLY)
        .zone(WIB)
        .firstPeriodStart(LocalDate.of(2026, 1, 1))
        .reportingWindowDays(10)
        .build();
  }

  /** A report by Dinkes, submitted {@link #NOW}, of the progress of a commitment in a cycle. */
  public static ProgressReport progressReport(
      CommitmentId commitment, CycleId cycle, double percent) {
    return ProgressReport.builder()
        .id(ProgressReportId.of(commitment + "-" + cycle.value().replace('/', '-')))
        .commitment(commitment)
        .cycle(cycle)
        .reportingUnit(DINKES)
        .submittedAt(NOW)
        .progressPercent(percent)
        .build();
  }

  // ---------------------------------------------------------------- every JSON document type

  public static Jurisdiction jurisdiction() {
    return Jurisdiction.builder()
        .code(REGENCY)
        .name("Kabupaten Lampung Utara")
        .level(JurisdictionLevel.REGENCY)
        .parent(PROVINCE)
        .build();
  }

  public static Jurisdiction minimalJurisdiction() {
    return Jurisdiction.builder()
        .code(PROVINCE)
        .name("Provinsi Lampung")
        .level(JurisdictionLevel.PROVINCE)
        .build();
  }

  public static ResponsibleUnit unit() {
    return ResponsibleUnit.builder()
        .id(LU_DINKES)
        .name("Dinas Kesehatan Kabupaten Lampung Utara")
        .shortName("Dinkes")
        .kind(UnitKind.AGENCY)
        .jurisdiction(REGENCY)
        .parent(UnitId.of("lu-pemkab"))
        .build();
  }

  public static ResponsibleUnit minimalUnit() {
    return ResponsibleUnit.builder()
        .id(UnitId.of("lu-pemkab"))
        .name("Pemerintah Kabupaten Lampung Utara")
        .kind(UnitKind.REGIONAL_GOVERNMENT)
        .jurisdiction(REGENCY)
        .build();
  }

  public static Forum forum() {
    return Forum.builder()
        .id(ForumId.of("lu-forkopimda"))
        .name("Forkopimda Lampung Utara")
        .kind(ForumKind.LEADERSHIP_FORUM)
        .jurisdiction(REGENCY)
        .members(List.of(UnitId.of("lu-pemkab"), UnitId.of("lu-polres"), UnitId.of("lu-kodim")))
        .build();
  }

  public static Forum minimalForum() {
    return Forum.builder()
        .id(ForumId.of("lu-tpps"))
        .name("Tim Percepatan Penurunan Stunting")
        .kind(ForumKind.TASK_FORCE)
        .jurisdiction(REGENCY)
        .addMember(LU_BAPPEDA)
        .build();
  }

  public static PersonName personName() {
    return PersonName.builder()
        .titlesBefore(List.of("Dr.", "Ir."))
        .name("Siti Rahmawati")
        .titlesAfter(List.of("M.Kes."))
        .build();
  }

  public static PersonName minimalPersonName() {
    return PersonName.of("Budi");
  }

  public static Official official() {
    return Official.builder()
        .id(OfficialId.of("lu-o-kadinkes"))
        .name(personName())
        .position("Kepala Dinas Kesehatan")
        .unit(LU_DINKES)
        .build();
  }

  public static Official minimalOfficial() {
    return Official.builder()
        .id(OfficialId.of("lu-o-sekda"))
        .name(minimalPersonName())
        .position("Sekretaris Daerah")
        .unit(UnitId.of("lu-pemkab"))
        .build();
  }

  public static Participant participant() {
    return Participant.builder()
        .unit(LU_DINKES)
        .official(OfficialId.of("lu-o-kadinkes"))
        .role(ParticipantRole.PRESENTER)
        .attendance(Attendance.PRESENT)
        .build();
  }

  public static Participant minimalParticipant() {
    return Participant.builder().unit(LU_DPMD).role(ParticipantRole.MEMBER).build();
  }

  public static AgendaItem agendaItem() {
    return AgendaItem.builder()
        .position(2)
        .title("Konvergensi penurunan stunting")
        .priority(LU_STUNTING)
        .presenter(LU_DINKES)
        .build();
  }

  public static AgendaItem minimalAgendaItem() {
    return AgendaItem.builder().position(1).title("Pembukaan").build();
  }

  public static Obstacle obstacle() {
    return Obstacle.of(ObstacleCategory.GEOGRAPHY, "Jalan ke tiga desa terputus saat hujan");
  }

  public static UnitReport unitReport() {
    return UnitReport.builder()
        .unit(LU_DINKES)
        .agendaPosition(2)
        .achievements(List.of("42 posyandu aktif kembali"))
        .obstacles(List.of(obstacle()))
        .plans(List.of("Pelatihan kader di 12 desa"))
        .build();
  }

  public static UnitReport minimalUnitReport() {
    return UnitReport.builder().unit(LU_DPMD).addPlan("Data desa diperbarui").build();
  }

  public static Decision decision() {
    return Decision.builder()
        .number(1)
        .agendaPosition(2)
        .text("Dinkes memimpin pemetaan ulang balita berisiko")
        .build();
  }

  public static Decision minimalDecision() {
    return Decision.builder().number(2).text("Rapat berikutnya April 2026").build();
  }

  public static Meeting meeting() {
    return Meeting.builder()
        .id(LU_MEETING)
        .title("Rakor Lintas Sektor Triwulan I 2026")
        .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
        .jurisdiction(REGENCY)
        .convener(LU_BAPPEDA)
        .coConveners(List.of(ForumId.of("lu-forkopimda")))
        .chair(OfficialId.of("lu-o-sekda"))
        .venue("Aula Bappeda, Kotabumi")
        .start(ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 9, 0), WIB))
        .end(ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 12, 30), WIB))
        .participants(
            List.of(
                Participant.builder()
                    .unit(LU_BAPPEDA)
                    .official(OfficialId.of("lu-o-sekda"))
                    .role(ParticipantRole.CHAIR)
                    .attendance(Attendance.PRESENT)
                    .build(),
                participant(),
                minimalParticipant()))
        .agenda(List.of(minimalAgendaItem(), agendaItem()))
        .reports(List.of(unitReport(), minimalUnitReport()))
        .decisions(List.of(decision(), minimalDecision()))
        .minutes("Rapat dibuka pukul 09.00 WIB oleh Sekda.")
        .status(MeetingStatus.MINUTES_APPROVED)
        .build();
  }

  public static Meeting minimalMeeting() {
    return Meeting.builder()
        .id(MeetingId.of("lu-rakor-2026-04"))
        .title("Rakor Triwulan II")
        .kind(MeetingKind.OTHER)
        .jurisdiction(REGENCY)
        .convener(LU_BAPPEDA)
        .chair(OfficialId.of("lu-o-sekda"))
        .venue("Aula Bappeda")
        .start(ZonedDateTime.of(LocalDateTime.of(2026, 4, 6, 9, 0), WIB))
        .end(ZonedDateTime.of(LocalDateTime.of(2026, 4, 6, 11, 0), WIB))
        .build();
  }

  public static Priority priority() {
    return Priority.builder()
        .id(LU_STUNTING)
        .title("Penurunan stunting")
        .area(PriorityArea.STUNTING)
        .jurisdiction(REGENCY)
        .originMeeting(LU_MEETING)
        .lead(LU_BAPPEDA)
        .contributors(List.of(LU_DINKES, LU_DPMD))
        .indicators(List.of(LU_STUNTING_RATE, LU_POSYANDU))
        .build();
  }

  public static Priority minimalPriority() {
    return Priority.builder()
        .id(PriorityId.of("lu-p-water"))
        .title("Air bersih")
        .area(PriorityArea.CLEAN_WATER)
        .jurisdiction(REGENCY)
        .lead(UnitId.of("lu-pupr"))
        .build();
  }

  public static DatedValue datedValue() {
    return DatedValue.of(24.7, LocalDate.of(2025, 12, 31));
  }

  public static Indicator indicator() {
    return Indicator.builder()
        .id(LU_STUNTING_RATE)
        .name("Prevalensi stunting balita")
        .definition("Persentase balita dengan tinggi badan menurut umur di bawah -2 SD")
        .unitOfMeasure("%")
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(datedValue())
        .targets(
            List.of(
                DatedValue.of(21.5, LocalDate.of(2026, 12, 31)),
                DatedValue.of(14, LocalDate.of(2027, 12, 31))))
        .dataSteward(LU_DINKES)
        .measuredIn(List.of(java.time.Month.FEBRUARY, java.time.Month.AUGUST))
        .build();
  }

  public static Indicator minimalIndicator() {
    return Indicator.builder()
        .id(LU_POSYANDU)
        .name("Posyandu aktif")
        .unitOfMeasure("posyandu")
        .direction(Direction.HIGHER_IS_BETTER)
        .baseline(DatedValue.of(180, LocalDate.of(2025, 12, 31)))
        .dataSteward(LU_DPMD)
        .build();
  }

  public static Target target() {
    return Target.of(LU_STUNTING_RATE, 21.5, LocalDate.of(2026, 12, 31));
  }

  public static Milestone milestone() {
    return Milestone.builder()
        .id(LU_MAPPING)
        .description("Pemetaan balita berisiko selesai")
        .due(LocalDate.of(2026, 3, 31))
        .start(LocalDate.of(2026, 2, 1))
        .place(JurisdictionCode.of("18.03.01.2001"))
        .responsible(LU_DPMD)
        .build();
  }

  public static FundingLine fundingLine() {
    return FundingLine.builder()
        .source(FundingSource.REGIONAL_BUDGET)
        .fiscalYear(2026)
        .allocation(new BigDecimal("1250000000.50"))
        .currency(Currency.getInstance("IDR"))
        .code(BudgetCode.of("1.02.02.2.02.0024"))
        .funder(LU_DINKES)
        .label("APBD Dinas Kesehatan 2026 (kode ilustratif)")
        .build();
  }

  public static FundingLineRef fundingLineRef() {
    return fundingLine().ref();
  }

  public static Commitment commitment() {
    return Commitment.builder()
        .id(LU_COMMITMENT)
        .originMeeting(LU_MEETING)
        .agendaPosition(2)
        .action("Memetakan ulang dan mendampingi semua balita berisiko stunting di 12 desa lokus")
        .lead(LU_DINKES)
        .supporters(List.of(LU_DPMD, LU_BAPPEDA))
        .priority(LU_STUNTING)
        .area(PriorityArea.STUNTING)
        .scope(List.of(KOTABUMI, JurisdictionCode.of("18.03.02")))
        .targets(List.of(target()))
        .milestones(List.of(milestone()))
        .start(LocalDate.of(2026, 1, 13))
        .due(LocalDate.of(2026, 12, 31))
        .fundingLines(
            List.of(
                fundingLine(),
                FundingLine.of(
                    FundingSource.VILLAGE_FUND,
                    2026,
                    new BigDecimal("300000000"),
                    Currency.getInstance("IDR"))))
        .parent(CommitmentId.of("lu-c-2025-017"))
        .weight(2.5)
        .status(CommitmentStatus.SUPERSEDED)
        .statusReason("Digabung ke rencana aksi konvergensi stunting kabupaten")
        .successor(CommitmentId.of("lu-c-2026-031"))
        .build();
  }

  public static Commitment minimalCommitment() {
    return Commitment.builder()
        .id(CommitmentId.of("lu-c-2026-002"))
        .originMeeting(LU_MEETING)
        .action("Menerbitkan SK tim desa")
        .lead(LU_DPMD)
        .priority(LU_STUNTING)
        .area(PriorityArea.STUNTING)
        .addScope(REGENCY)
        .addMilestone(Milestone.of(MilestoneId.of("m1"), "SK terbit", LocalDate.of(2026, 2, 28)))
        .start(LocalDate.of(2026, 1, 13))
        .due(LocalDate.of(2026, 2, 28))
        .build();
  }

  public static MonitoringPlan plan() {
    return MonitoringPlan.builder()
        .id(LU_PLAN)
        .name("Pemantauan komitmen rakor 2026")
        .owner(LU_BAPPEDA)
        .jurisdiction(REGENCY)
        .originMeeting(LU_MEETING)
        .cadence(Cadence.QUARTERLY)
        .zone(WIB)
        .firstPeriodStart(LocalDate.of(2026, 1, 1))
        .reportingWindowDays(10)
        .build();
  }

  public static MonitoringPlan minimalPlan() {
    return MonitoringPlan.builder()
        .id(MonitoringPlanId.of("lu-plan-monthly"))
        .name("Pemantauan bulanan")
        .owner(LU_BAPPEDA)
        .jurisdiction(REGENCY)
        .cadence(Cadence.MONTHLY)
        .zone(ZoneId.of("Asia/Makassar"))
        .firstPeriodStart(LocalDate.of(2026, 2, 1))
        .reportingWindowDays(0)
        .build();
  }

  public static MonitoringCycle cycle() {
    return MonitoringCycle.builder()
        .id(LU_CYCLE)
        .plan(LU_PLAN)
        .sequence(1)
        .periodStart(LocalDate.of(2026, 1, 1))
        .periodEnd(LocalDate.of(2026, 4, 1))
        .reportDue(ZonedDateTime.of(LocalDateTime.of(2026, 4, 10, 23, 59, 59), WIB))
        .status(CycleStatus.CLOSED)
        .build();
  }

  public static MonitoringCycle minimalCycle() {
    return MonitoringCycle.builder()
        .id(CycleId.of("lu-plan-monthly-1"))
        .plan(MonitoringPlanId.of("lu-plan-monthly"))
        .sequence(1)
        .periodStart(LocalDate.of(2026, 2, 1))
        .periodEnd(LocalDate.of(2026, 3, 1))
        .reportDue(ZonedDateTime.of(LocalDateTime.of(2026, 3, 1, 0, 0), ZoneId.of("Asia/Makassar")))
        .build();
  }

  public static MeasuredValue measuredValue() {
    return MeasuredValue.of(LU_STUNTING_RATE, 23.9, LocalDate.of(2026, 3, 31));
  }

  public static MilestoneCompletion milestoneCompletion() {
    return MilestoneCompletion.done(LU_MAPPING, LocalDate.of(2026, 3, 27))
        .withGrade(CompletionGrade.COMPLETE)
        .withEvidence(evidence());
  }

  public static MilestoneAchievement milestoneAchievement() {
    return MilestoneAchievement.builder()
        .commitment(LU_COMMITMENT)
        .milestone(LU_MAPPING)
        .completedOn(LocalDate.of(2026, 3, 27))
        .recordedBy(LU_DINKES)
        .report(ProgressReportId.of("lu-r-2026-q1-001"))
        .cycle(LU_CYCLE)
        .evidence(List.of(evidence()))
        .build();
  }

  public static HealthThresholds thresholds() {
    return HealthThresholds.builder()
        .atRiskGap(12.5)
        .offTrackGap(30)
        .missedMilestonesOffTrack(3)
        .lateReportAtRisk(false)
        .dueSoonDays(21)
        .expectation(Expectation.STRAIGHT_LINE)
        .parentFloor(ParentFloor.WORST_CHILD)
        .build();
  }

  public static RecordedAssessment recordedAssessment() {
    return RecordedAssessment.builder()
        .commitment(LU_COMMITMENT)
        .lead(LU_DINKES)
        .priority(LU_STUNTING)
        .health(Health.AT_RISK)
        .expectedPercent(24.7)
        .reportedPercent(12.0)
        .progressPercent(12.0)
        .pointsBehind(12.7)
        .atRiskCycles(2)
        .trend(Trend.WORSENING)
        .build();
  }

  public static RecordedAssessment minimalRecordedAssessment() {
    return RecordedAssessment.builder()
        .commitment(CommitmentId.of("lu-c-2026-002"))
        .lead(LU_DPMD)
        .priority(LU_STUNTING)
        .health(Health.ON_TRACK)
        .expectedPercent(0)
        .build();
  }

  public static EvaluationRecord evaluationRecord() {
    return EvaluationRecord.builder()
        .cycle(LU_CYCLE)
        .plan(LU_PLAN)
        .sequence(1)
        .asOf(LocalDate.of(2026, 4, 1))
        .evaluatedAt(Instant.parse("2026-04-11T01:00:00Z"))
        .thresholds(thresholds())
        .assessments(List.of(recordedAssessment(), minimalRecordedAssessment()))
        .build();
  }

  public static MilestoneCompletion minimalMilestoneCompletion() {
    return MilestoneCompletion.notDone(MilestoneId.of("m2"));
  }

  public static EvidenceRef evidence() {
    return EvidenceRef.of(
        URI.create("https://lampungutarakab.go.id/dokumen/stunting-q1.pdf"), "Laporan TPPS Q1");
  }

  public static EvidenceRef minimalEvidence() {
    return EvidenceRef.builder().uri(URI.create("https://example.org/x")).build();
  }

  public static ProgressReport report() {
    return ProgressReport.builder()
        .id(ProgressReportId.of("lu-r-2026-q1-001"))
        .commitment(LU_COMMITMENT)
        .cycle(LU_CYCLE)
        .reportingUnit(LU_DINKES)
        .submittedAt(Instant.parse("2026-04-08T02:15:30.250Z"))
        .values(List.of(measuredValue()))
        .milestones(List.of(milestoneCompletion(), minimalMilestoneCompletion()))
        .progressPercent(35.5)
        .narrative("Pemetaan selesai di 11 dari 12 desa.")
        .obstacles(List.of(obstacle()))
        .evidence(List.of(evidence(), minimalEvidence()))
        .build();
  }

  public static ProgressReport minimalReport() {
    return ProgressReport.builder()
        .id(ProgressReportId.of("lu-r-2026-q1-002"))
        .commitment(CommitmentId.of("lu-c-2026-002"))
        .cycle(LU_CYCLE)
        .reportingUnit(LU_DPMD)
        .submittedAt(Instant.parse("2026-04-09T00:00:00Z"))
        .progressPercent(0)
        .build();
  }

  /** A value of every document type with every optional field set, by type name. */
  public static Map<String, Object> full() {
    return Map.ofEntries(
        Map.entry("jurisdiction", jurisdiction()),
        Map.entry("responsible-unit", unit()),
        Map.entry("forum", forum()),
        Map.entry("official", official()),
        Map.entry("meeting", meeting()),
        Map.entry("priority", priority()),
        Map.entry("indicator", indicator()),
        Map.entry("commitment", commitment()),
        Map.entry("monitoring-plan", plan()),
        Map.entry("monitoring-cycle", cycle()),
        Map.entry("progress-report", report()),
        Map.entry("person-name", personName()),
        Map.entry("participant", participant()),
        Map.entry("agenda-item", agendaItem()),
        Map.entry("unit-report", unitReport()),
        Map.entry("obstacle", obstacle()),
        Map.entry("decision", decision()),
        Map.entry("dated-value", datedValue()),
        Map.entry("target", target()),
        Map.entry("milestone", milestone()),
        Map.entry("funding-line", fundingLine()),
        Map.entry("funding-line-ref", fundingLineRef()),
        Map.entry("measured-value", measuredValue()),
        Map.entry("milestone-completion", milestoneCompletion()),
        Map.entry("evidence-ref", evidence()),
        Map.entry("milestone-achievement", milestoneAchievement()),
        Map.entry("evaluation-record", evaluationRecord()),
        Map.entry("recorded-assessment", recordedAssessment()),
        Map.entry("health-thresholds", thresholds()));
  }

  /** A value of every document type with every optional field absent, by type name. */
  public static Map<String, Object> minimal() {
    return Map.ofEntries(
        Map.entry("jurisdiction", minimalJurisdiction()),
        Map.entry("responsible-unit", minimalUnit()),
        Map.entry("forum", minimalForum()),
        Map.entry("official", minimalOfficial()),
        Map.entry("meeting", minimalMeeting()),
        Map.entry("priority", minimalPriority()),
        Map.entry("indicator", minimalIndicator()),
        Map.entry("commitment", minimalCommitment()),
        Map.entry("monitoring-plan", minimalPlan()),
        Map.entry("monitoring-cycle", minimalCycle()),
        Map.entry("progress-report", minimalReport()),
        Map.entry("person-name", minimalPersonName()),
        Map.entry("participant", minimalParticipant()),
        Map.entry("agenda-item", minimalAgendaItem()),
        Map.entry("unit-report", minimalUnitReport()),
        Map.entry("obstacle", Obstacle.of(ObstacleCategory.OTHER, "Lain-lain")),
        Map.entry("decision", minimalDecision()),
        Map.entry("dated-value", DatedValue.of(-0.0, LocalDate.of(2000, 1, 1))),
        Map.entry("target", Target.of(LU_POSYANDU, 200, LocalDate.of(2026, 12, 31))),
        Map.entry(
            "milestone",
            Milestone.of(MilestoneId.of("m1"), "SK terbit", LocalDate.of(2026, 2, 28))),
        Map.entry(
            "funding-line",
            FundingLine.of(
                FundingSource.OTHER, 1900, BigDecimal.ZERO, Currency.getInstance("IDR"))),
        Map.entry("funding-line-ref", FundingLineRef.of(FundingSource.OTHER, 2999)),
        Map.entry("measured-value", MeasuredValue.of(LU_POSYANDU, 1e-9, LocalDate.of(2026, 3, 31))),
        Map.entry("milestone-completion", minimalMilestoneCompletion()),
        Map.entry("evidence-ref", minimalEvidence()),
        Map.entry("milestone-achievement", milestoneAchievement().withEvidence()),
        Map.entry("evaluation-record", evaluationRecord().withAssessments()),
        Map.entry("recorded-assessment", minimalRecordedAssessment()),
        Map.entry("health-thresholds", HealthThresholds.defaults()));
  }
}
