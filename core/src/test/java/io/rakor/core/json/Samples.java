package io.rakor.core.json;

import io.rakor.core.commitments.Budget;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
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
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Hand-built values of every document type: one with every optional field set and every list
 * non-empty ({@link #full()}), one with every optional field absent and every list empty that may
 * be ({@link #minimal()}). Set in Lampung Utara (kode wilayah 18.03).
 */
final class Samples {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final JurisdictionCode LAMPUNG = JurisdictionCode.of("18");
  static final JurisdictionCode LAMPUNG_UTARA = JurisdictionCode.of("18.03");
  static final JurisdictionCode KOTABUMI = JurisdictionCode.of("18.03.01");
  static final UnitId BAPPEDA = UnitId.of("lu-bappeda");
  static final UnitId DINKES = UnitId.of("lu-dinkes");
  static final UnitId DPMD = UnitId.of("lu-dpmd");
  static final MeetingId MEETING = MeetingId.of("lu-rakor-2026-01");
  static final PriorityId STUNTING = PriorityId.of("lu-p-stunting");
  static final IndicatorId STUNTING_RATE = IndicatorId.of("lu-i-stunting-rate");
  static final IndicatorId POSYANDU = IndicatorId.of("lu-i-posyandu-active");
  static final CommitmentId COMMITMENT = CommitmentId.of("lu-c-2026-001");
  static final MilestoneId MAPPING = MilestoneId.of("m1-mapping");
  static final MonitoringPlanId PLAN = MonitoringPlanId.of("lu-plan-2026");
  static final CycleId CYCLE = CycleId.of("lu-plan-2026-q1");

  private Samples() {}

  static Jurisdiction jurisdiction() {
    return Jurisdiction.builder()
        .code(LAMPUNG_UTARA)
        .name("Kabupaten Lampung Utara")
        .level(JurisdictionLevel.REGENCY)
        .parent(LAMPUNG)
        .build();
  }

  static Jurisdiction minimalJurisdiction() {
    return Jurisdiction.builder()
        .code(LAMPUNG)
        .name("Provinsi Lampung")
        .level(JurisdictionLevel.PROVINCE)
        .build();
  }

  static ResponsibleUnit unit() {
    return ResponsibleUnit.builder()
        .id(DINKES)
        .name("Dinas Kesehatan Kabupaten Lampung Utara")
        .shortName("Dinkes")
        .kind(UnitKind.AGENCY)
        .jurisdiction(LAMPUNG_UTARA)
        .parent(UnitId.of("lu-pemkab"))
        .build();
  }

  static ResponsibleUnit minimalUnit() {
    return ResponsibleUnit.builder()
        .id(UnitId.of("lu-pemkab"))
        .name("Pemerintah Kabupaten Lampung Utara")
        .kind(UnitKind.REGIONAL_GOVERNMENT)
        .jurisdiction(LAMPUNG_UTARA)
        .build();
  }

  static Forum forum() {
    return Forum.builder()
        .id(ForumId.of("lu-forkopimda"))
        .name("Forkopimda Lampung Utara")
        .kind(ForumKind.LEADERSHIP_FORUM)
        .jurisdiction(LAMPUNG_UTARA)
        .members(List.of(UnitId.of("lu-pemkab"), UnitId.of("lu-polres"), UnitId.of("lu-kodim")))
        .build();
  }

  static Forum minimalForum() {
    return Forum.builder()
        .id(ForumId.of("lu-tpps"))
        .name("Tim Percepatan Penurunan Stunting")
        .kind(ForumKind.TASK_FORCE)
        .jurisdiction(LAMPUNG_UTARA)
        .addMember(BAPPEDA)
        .build();
  }

  static PersonName personName() {
    return PersonName.builder()
        .titlesBefore(List.of("Dr.", "Ir."))
        .name("Siti Rahmawati")
        .titlesAfter(List.of("M.Kes."))
        .build();
  }

  static PersonName minimalPersonName() {
    return PersonName.of("Budi");
  }

  static Official official() {
    return Official.builder()
        .id(OfficialId.of("lu-o-kadinkes"))
        .name(personName())
        .position("Kepala Dinas Kesehatan")
        .unit(DINKES)
        .build();
  }

  static Official minimalOfficial() {
    return Official.builder()
        .id(OfficialId.of("lu-o-sekda"))
        .name(minimalPersonName())
        .position("Sekretaris Daerah")
        .unit(UnitId.of("lu-pemkab"))
        .build();
  }

  static Participant participant() {
    return Participant.builder()
        .unit(DINKES)
        .official(OfficialId.of("lu-o-kadinkes"))
        .role(ParticipantRole.PRESENTER)
        .attendance(Attendance.PRESENT)
        .build();
  }

  static Participant minimalParticipant() {
    return Participant.builder().unit(DPMD).role(ParticipantRole.MEMBER).build();
  }

  static AgendaItem agendaItem() {
    return AgendaItem.builder()
        .position(2)
        .title("Konvergensi penurunan stunting")
        .priority(STUNTING)
        .presenter(DINKES)
        .build();
  }

  static AgendaItem minimalAgendaItem() {
    return AgendaItem.builder().position(1).title("Pembukaan").build();
  }

  static Obstacle obstacle() {
    return Obstacle.of(ObstacleCategory.GEOGRAPHY, "Jalan ke tiga desa terputus saat hujan");
  }

  static UnitReport unitReport() {
    return UnitReport.builder()
        .unit(DINKES)
        .agendaPosition(2)
        .achievements(List.of("42 posyandu aktif kembali"))
        .obstacles(List.of(obstacle()))
        .plans(List.of("Pelatihan kader di 12 desa"))
        .build();
  }

  static UnitReport minimalUnitReport() {
    return UnitReport.builder().unit(DPMD).addPlan("Data desa diperbarui").build();
  }

  static Decision decision() {
    return Decision.builder()
        .number(1)
        .agendaPosition(2)
        .text("Dinkes memimpin pemetaan ulang balita berisiko")
        .build();
  }

  static Decision minimalDecision() {
    return Decision.builder().number(2).text("Rapat berikutnya April 2026").build();
  }

  static Meeting meeting() {
    return Meeting.builder()
        .id(MEETING)
        .title("Rakor Lintas Sektor Triwulan I 2026")
        .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
        .jurisdiction(LAMPUNG_UTARA)
        .convener(BAPPEDA)
        .coConveners(List.of(ForumId.of("lu-forkopimda")))
        .chair(OfficialId.of("lu-o-sekda"))
        .venue("Aula Bappeda, Kotabumi")
        .start(ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 9, 0), JAKARTA))
        .end(ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 12, 30), JAKARTA))
        .participants(
            List.of(
                Participant.builder()
                    .unit(BAPPEDA)
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

  static Meeting minimalMeeting() {
    return Meeting.builder()
        .id(MeetingId.of("lu-rakor-2026-04"))
        .title("Rakor Triwulan II")
        .kind(MeetingKind.OTHER)
        .jurisdiction(LAMPUNG_UTARA)
        .convener(BAPPEDA)
        .chair(OfficialId.of("lu-o-sekda"))
        .venue("Aula Bappeda")
        .start(ZonedDateTime.of(LocalDateTime.of(2026, 4, 6, 9, 0), JAKARTA))
        .end(ZonedDateTime.of(LocalDateTime.of(2026, 4, 6, 11, 0), JAKARTA))
        .build();
  }

  static Priority priority() {
    return Priority.builder()
        .id(STUNTING)
        .title("Penurunan stunting")
        .area(PriorityArea.STUNTING)
        .jurisdiction(LAMPUNG_UTARA)
        .originMeeting(MEETING)
        .lead(BAPPEDA)
        .contributors(List.of(DINKES, DPMD))
        .indicators(List.of(STUNTING_RATE, POSYANDU))
        .build();
  }

  static Priority minimalPriority() {
    return Priority.builder()
        .id(PriorityId.of("lu-p-water"))
        .title("Air bersih")
        .area(PriorityArea.CLEAN_WATER)
        .jurisdiction(LAMPUNG_UTARA)
        .lead(UnitId.of("lu-pupr"))
        .build();
  }

  static DatedValue datedValue() {
    return DatedValue.of(24.7, LocalDate.of(2025, 12, 31));
  }

  static Indicator indicator() {
    return Indicator.builder()
        .id(STUNTING_RATE)
        .name("Prevalensi stunting balita")
        .definition("Persentase balita dengan tinggi badan menurut umur di bawah -2 SD")
        .unitOfMeasure("%")
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(datedValue())
        .targets(
            List.of(
                DatedValue.of(21.5, LocalDate.of(2026, 12, 31)),
                DatedValue.of(14, LocalDate.of(2027, 12, 31))))
        .dataSteward(DINKES)
        .build();
  }

  static Indicator minimalIndicator() {
    return Indicator.builder()
        .id(POSYANDU)
        .name("Posyandu aktif")
        .unitOfMeasure("posyandu")
        .direction(Direction.HIGHER_IS_BETTER)
        .baseline(DatedValue.of(180, LocalDate.of(2025, 12, 31)))
        .dataSteward(DPMD)
        .build();
  }

  static Target target() {
    return Target.of(STUNTING_RATE, 21.5, LocalDate.of(2026, 12, 31));
  }

  static Milestone milestone() {
    return Milestone.of(MAPPING, "Pemetaan balita berisiko selesai", LocalDate.of(2026, 3, 31));
  }

  static Budget budget() {
    return Budget.of(
        new BigDecimal("1250000000.50"),
        Currency.getInstance("IDR"),
        FundingSource.REGIONAL_BUDGET);
  }

  static Commitment commitment() {
    return Commitment.builder()
        .id(COMMITMENT)
        .originMeeting(MEETING)
        .agendaPosition(2)
        .action("Memetakan ulang dan mendampingi semua balita berisiko stunting di 12 desa lokus")
        .lead(DINKES)
        .supporters(List.of(DPMD, BAPPEDA))
        .priority(STUNTING)
        .area(PriorityArea.STUNTING)
        .scope(List.of(KOTABUMI, JurisdictionCode.of("18.03.02")))
        .targets(List.of(target()))
        .milestones(List.of(milestone()))
        .start(LocalDate.of(2026, 1, 13))
        .due(LocalDate.of(2026, 12, 31))
        .budget(budget())
        .parent(CommitmentId.of("lu-c-2025-017"))
        .weight(2.5)
        .status(CommitmentStatus.SUPERSEDED)
        .statusReason("Digabung ke rencana aksi konvergensi stunting kabupaten")
        .successor(CommitmentId.of("lu-c-2026-031"))
        .build();
  }

  static Commitment minimalCommitment() {
    return Commitment.builder()
        .id(CommitmentId.of("lu-c-2026-002"))
        .originMeeting(MEETING)
        .action("Menerbitkan SK tim desa")
        .lead(DPMD)
        .priority(STUNTING)
        .area(PriorityArea.STUNTING)
        .addScope(LAMPUNG_UTARA)
        .addMilestone(Milestone.of(MilestoneId.of("m1"), "SK terbit", LocalDate.of(2026, 2, 28)))
        .start(LocalDate.of(2026, 1, 13))
        .due(LocalDate.of(2026, 2, 28))
        .build();
  }

  static MonitoringPlan plan() {
    return MonitoringPlan.builder()
        .id(PLAN)
        .name("Pemantauan komitmen rakor 2026")
        .owner(BAPPEDA)
        .jurisdiction(LAMPUNG_UTARA)
        .originMeeting(MEETING)
        .cadence(Cadence.QUARTERLY)
        .zone(JAKARTA)
        .firstPeriodStart(LocalDate.of(2026, 1, 1))
        .reportingWindowDays(10)
        .build();
  }

  static MonitoringPlan minimalPlan() {
    return MonitoringPlan.builder()
        .id(MonitoringPlanId.of("lu-plan-monthly"))
        .name("Pemantauan bulanan")
        .owner(BAPPEDA)
        .jurisdiction(LAMPUNG_UTARA)
        .cadence(Cadence.MONTHLY)
        .zone(ZoneId.of("Asia/Makassar"))
        .firstPeriodStart(LocalDate.of(2026, 2, 1))
        .reportingWindowDays(0)
        .build();
  }

  static MonitoringCycle cycle() {
    return MonitoringCycle.builder()
        .id(CYCLE)
        .plan(PLAN)
        .sequence(1)
        .periodStart(LocalDate.of(2026, 1, 1))
        .periodEnd(LocalDate.of(2026, 4, 1))
        .reportDue(ZonedDateTime.of(LocalDateTime.of(2026, 4, 10, 23, 59, 59), JAKARTA))
        .status(CycleStatus.CLOSED)
        .build();
  }

  static MonitoringCycle minimalCycle() {
    return MonitoringCycle.builder()
        .id(CycleId.of("lu-plan-monthly-1"))
        .plan(MonitoringPlanId.of("lu-plan-monthly"))
        .sequence(1)
        .periodStart(LocalDate.of(2026, 2, 1))
        .periodEnd(LocalDate.of(2026, 3, 1))
        .reportDue(ZonedDateTime.of(LocalDateTime.of(2026, 3, 1, 0, 0), ZoneId.of("Asia/Makassar")))
        .build();
  }

  static MeasuredValue measuredValue() {
    return MeasuredValue.of(STUNTING_RATE, 23.9, LocalDate.of(2026, 3, 31));
  }

  static MilestoneCompletion milestoneCompletion() {
    return MilestoneCompletion.done(MAPPING, LocalDate.of(2026, 3, 27));
  }

  static MilestoneCompletion minimalMilestoneCompletion() {
    return MilestoneCompletion.notDone(MilestoneId.of("m2"));
  }

  static EvidenceRef evidence() {
    return EvidenceRef.of(
        URI.create("https://lampungutarakab.go.id/dokumen/stunting-q1.pdf"), "Laporan TPPS Q1");
  }

  static EvidenceRef minimalEvidence() {
    return io.rakor.core.monitoring.EvidenceRef.builder()
        .uri(URI.create("https://example.org/x"))
        .build();
  }

  static ProgressReport report() {
    return ProgressReport.builder()
        .id(ProgressReportId.of("lu-r-2026-q1-001"))
        .commitment(COMMITMENT)
        .cycle(CYCLE)
        .reportingUnit(DINKES)
        .submittedAt(Instant.parse("2026-04-08T02:15:30.250Z"))
        .values(List.of(measuredValue()))
        .milestones(List.of(milestoneCompletion(), minimalMilestoneCompletion()))
        .progressPercent(35.5)
        .narrative("Pemetaan selesai di 11 dari 12 desa.")
        .obstacles(List.of(obstacle()))
        .evidence(List.of(evidence(), minimalEvidence()))
        .build();
  }

  static ProgressReport minimalReport() {
    return ProgressReport.builder()
        .id(ProgressReportId.of("lu-r-2026-q1-002"))
        .commitment(CommitmentId.of("lu-c-2026-002"))
        .cycle(CYCLE)
        .reportingUnit(DPMD)
        .submittedAt(Instant.parse("2026-04-09T00:00:00Z"))
        .progressPercent(0)
        .build();
  }

  /** A value of every document type with every optional field set, by type name. */
  static Map<String, Object> full() {
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
        Map.entry("budget", budget()),
        Map.entry("measured-value", measuredValue()),
        Map.entry("milestone-completion", milestoneCompletion()),
        Map.entry("evidence-ref", evidence()));
  }

  /** A value of every document type with every optional field absent, by type name. */
  static Map<String, Object> minimal() {
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
        Map.entry("target", Target.of(POSYANDU, 200, LocalDate.of(2026, 12, 31))),
        Map.entry(
            "milestone",
            Milestone.of(MilestoneId.of("m1"), "SK terbit", LocalDate.of(2026, 2, 28))),
        Map.entry(
            "budget", Budget.of(BigDecimal.ZERO, Currency.getInstance("IDR"), FundingSource.OTHER)),
        Map.entry("measured-value", MeasuredValue.of(POSYANDU, 1e-9, LocalDate.of(2026, 3, 31))),
        Map.entry("milestone-completion", minimalMilestoneCompletion()),
        Map.entry("evidence-ref", minimalEvidence()));
  }
}
