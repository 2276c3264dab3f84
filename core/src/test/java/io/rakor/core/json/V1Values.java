package io.rakor.core.json;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.CollectionMethod;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.data.ObservationPeriod;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The values of the golden version-1 documents ({@link JsonCorpus#v1(String)}), built in Java, as
 * they read under the current version. Kept apart from the test samples, which follow the current
 * types: these follow the frozen documents.
 */
public final class V1Values {
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final JurisdictionCode REGENCY = JurisdictionCode.of("18.03");
  private static final UnitId BAPPEDA = UnitId.of("lu-bappeda");
  private static final UnitId DINKES = UnitId.of("lu-dinkes");
  private static final UnitId DPMD = UnitId.of("lu-dpmd");
  private static final MeetingId MEETING = MeetingId.of("lu-rakor-2026-01");
  private static final PriorityId STUNTING = PriorityId.of("lu-p-stunting");
  private static final IndicatorId STUNTING_RATE = IndicatorId.of("lu-i-stunting-rate");
  private static final CommitmentId COMMITMENT = CommitmentId.of("lu-c-2026-001");
  private static final MilestoneId MAPPING = MilestoneId.of("m1-mapping");
  private static final MonitoringPlanId PLAN = MonitoringPlanId.of("lu-plan-2026");
  private static final CycleId CYCLE = CycleId.of("lu-plan-2026-q1");
  private static final String OBSTACLE = "Jalan ke tiga desa terputus saat hujan";

  private V1Values() {}

  /**
   * The value of every golden version-1 document, by type name ({@code budget}, a type of version 1
   * only, has none: a budget is a commitment's funding line from version 2 on).
   *
   * @return the values
   */
  public static Map<String, Object> byType() {
    return Map.ofEntries(
        Map.entry("commitment", commitment(milestoneDueOnly())),
        Map.entry("jurisdiction", jurisdiction()),
        Map.entry("responsible-unit", unit()),
        Map.entry("forum", forum()),
        Map.entry("official", official()),
        Map.entry("meeting", meeting()),
        Map.entry("priority", priority()),
        Map.entry("indicator", indicator()),
        Map.entry("monitoring-plan", plan()),
        Map.entry("monitoring-cycle", cycle()),
        Map.entry("progress-report", report()),
        Map.entry("evaluation-record", evaluationRecord()),
        Map.entry("person-name", personName()),
        Map.entry("participant", participant()),
        Map.entry(
            "agenda-item",
            AgendaItem.builder()
                .position(2)
                .title("Konvergensi penurunan stunting")
                .priority(STUNTING)
                .presenter(DINKES)
                .build()),
        Map.entry(
            "unit-report",
            UnitReport.builder()
                .unit(DINKES)
                .agendaPosition(2)
                .achievements(
                    List.of("42 posyandu aktif kembali", "Kader terlatih: 118 orang (↑ 37 %)"))
                .obstacles(List.of(obstacle()))
                .plans(List.of("Pelatihan kader di 12 desa"))
                .build()),
        Map.entry(
            "obstacle",
            Obstacle.of(
                ObstacleCategory.GEOGRAPHY,
                "Jalan ke tiga desa terputus saat hujan; jembatan Way Rarem rusak (± 40 m)")),
        Map.entry(
            "decision",
            Decision.builder()
                .number(1)
                .agendaPosition(2)
                .text(
                    "Dinkes memimpin pemetaan ulang balita berisiko (“by name, by address”) di 12"
                        + " desa lokus")
                .build()),
        Map.entry("dated-value", DatedValue.of(1.0E-7, LocalDate.of(2025, 12, 31))),
        Map.entry("target", Target.of(STUNTING_RATE, 1.25E17, LocalDate.of(2026, 12, 31))),
        Map.entry("milestone", milestone()),
        Map.entry(
            "measured-value",
            MeasuredValue.of(STUNTING_RATE, 123456.789, LocalDate.of(2026, 3, 31))),
        Map.entry(
            "milestone-completion",
            MilestoneCompletion.done(MAPPING, LocalDate.of(2026, 3, 27))
                .withGrade(CompletionGrade.COMPLETE)
                .withEvidence(evidence())),
        Map.entry(
            "evidence-ref",
            EvidenceRef.of(
                URI.create(
                    "https://lampungutarakab.go.id/dokumen/stunting-q1.pdf?versi=2&bagian=lampiran#hal-3"),
                "Laporan TPPS Triwulan I — foto & berita acara")),
        Map.entry(
            "milestone-achievement",
            MilestoneAchievement.builder()
                .commitment(COMMITMENT)
                .milestone(MAPPING)
                .completedOn(LocalDate.of(2026, 3, 27))
                .recordedBy(DINKES)
                .report(ProgressReportId.of("lu-r-2026-q1-001"))
                .cycle(CYCLE)
                .evidence(List.of(evidence()))
                .build()),
        Map.entry("recorded-assessment", assessment()),
        Map.entry("health-thresholds", thresholds()));
  }

  /**
   * The commitment of {@code v1/commitment.json} and {@code v1/commitment-indented.json}: its
   * version-1 budget is its one funding line, of the fiscal year of its start.
   *
   * @param milestone its milestone (the indented document's has every field)
   * @return the commitment
   */
  public static Commitment commitment(Milestone milestone) {
    return Commitment.builder()
        .id(COMMITMENT)
        .originMeeting(MEETING)
        .agendaPosition(2)
        .action("Memetakan ulang dan mendampingi semua balita berisiko stunting di 12 desa lokus")
        .lead(DINKES)
        .supporters(List.of(DPMD, BAPPEDA))
        .priority(STUNTING)
        .area(PriorityArea.STUNTING)
        .scope(List.of(JurisdictionCode.of("18.03.01"), JurisdictionCode.of("18.03.02")))
        .targets(List.of(Target.of(STUNTING_RATE, 21.5, LocalDate.of(2026, 12, 31))))
        .milestones(List.of(milestone))
        .start(LocalDate.of(2026, 1, 13))
        .due(LocalDate.of(2026, 12, 31))
        .fundingLines(
            List.of(
                FundingLine.of(
                    FundingSource.REGIONAL_BUDGET,
                    2026,
                    new BigDecimal("1250000000.50"),
                    Currency.getInstance("IDR"))))
        .parent(CommitmentId.of("lu-c-2025-017"))
        .weight(2.5)
        .status(CommitmentStatus.SUPERSEDED)
        .statusReason("Digabung ke rencana aksi konvergensi stunting kabupaten")
        .successor(CommitmentId.of("lu-c-2026-031"))
        .build();
  }

  /**
   * The milestone of the compact version-1 commitments: id, description and due date.
   *
   * @return the milestone
   */
  public static Milestone milestoneDueOnly() {
    return Milestone.of(MAPPING, "Pemetaan balita berisiko selesai", LocalDate.of(2026, 3, 31));
  }

  /**
   * The commitments of {@code v1/commitment-list.json}: the first with a budget, the second
   * without.
   *
   * @return the commitments, in order
   */
  public static List<Commitment> commitments() {
    return List.of(
        commitment(milestoneDueOnly()),
        Commitment.builder()
            .id(CommitmentId.of("rtl-1"))
            .originMeeting(MeetingId.of("rakor-2026-01-12"))
            .action("Menurunkan prevalensi stunting")
            .lead(UnitId.of("dinkes"))
            .supporters(List.of(UnitId.of("bappeda")))
            .priority(PriorityId.of("stunting"))
            .area(PriorityArea.STUNTING)
            .scope(List.of(REGENCY))
            .targets(
                List.of(
                    Target.of(
                        IndicatorId.of("stunting-prevalence"), 14.0, LocalDate.of(2026, 12, 31))))
            .milestones(
                List.of(Milestone.of(MilestoneId.of("m1"), "Kick-off", LocalDate.of(2026, 3, 1))))
            .start(LocalDate.of(2026, 2, 1))
            .due(LocalDate.of(2026, 12, 31))
            .build());
  }

  public static Jurisdiction jurisdiction() {
    return Jurisdiction.builder()
        .code(REGENCY)
        .name("Kabupaten Lampung Utara (Lampura) — ibu kota Kotabumi, ± 2.725,63 km²")
        .level(JurisdictionLevel.REGENCY)
        .parent(JurisdictionCode.of("18"))
        .build();
  }

  public static ResponsibleUnit unit() {
    return ResponsibleUnit.builder()
        .id(DINKES)
        .name("Dinas Kesehatan Kabupaten Lampung Utara")
        .shortName("Dinkes Lampura")
        .kind(UnitKind.AGENCY)
        .jurisdiction(REGENCY)
        .parent(UnitId.of("lu-pemkab"))
        .build();
  }

  public static Forum forum() {
    return Forum.builder()
        .id(ForumId.of("lu-forkopimda"))
        .name("Forkopimda Lampung Utara — Forum Koordinasi Pimpinan Daerah")
        .kind(ForumKind.LEADERSHIP_FORUM)
        .jurisdiction(REGENCY)
        .members(List.of(UnitId.of("lu-pemkab"), UnitId.of("lu-polres"), UnitId.of("lu-kodim")))
        .build();
  }

  public static PersonName personName() {
    return PersonName.builder()
        .titlesBefore(List.of("Dr.", "Ir.", "Hj."))
        .name("Siti Nur’aini Rahmawati")
        .titlesAfter(List.of("M.Kes."))
        .build();
  }

  public static Official official() {
    return Official.builder()
        .id(OfficialId.of("lu-o-kadinkes"))
        .name(personName())
        .position("Kepala Dinas Kesehatan")
        .unit(DINKES)
        .build();
  }

  public static Participant participant() {
    return Participant.builder()
        .unit(DINKES)
        .official(OfficialId.of("lu-o-kadinkes"))
        .role(ParticipantRole.PRESENTER)
        .attendance(Attendance.PRESENT)
        .build();
  }

  public static Obstacle obstacle() {
    return Obstacle.of(ObstacleCategory.GEOGRAPHY, OBSTACLE);
  }

  public static EvidenceRef evidence() {
    return EvidenceRef.of(
        URI.create("https://lampungutarakab.go.id/dokumen/stunting-q1.pdf"), "Laporan TPPS Q1");
  }

  public static Meeting meeting() {
    return Meeting.builder()
        .id(MEETING)
        .title("Rakor Lintas Sektor Triwulan I 2026")
        .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
        .jurisdiction(REGENCY)
        .convener(BAPPEDA)
        .coConveners(List.of(ForumId.of("lu-forkopimda")))
        .chair(OfficialId.of("lu-o-sekda"))
        .venue("Aula Siger — Bappeda, Jl. Jend. Sudirman № 1, Kotabumi")
        .start(ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 9, 0), WIB))
        .end(ZonedDateTime.of(LocalDateTime.of(2026, 1, 12, 12, 30), WIB))
        .participants(
            List.of(
                Participant.builder()
                    .unit(BAPPEDA)
                    .official(OfficialId.of("lu-o-sekda"))
                    .role(ParticipantRole.CHAIR)
                    .attendance(Attendance.PRESENT)
                    .build(),
                Participant.builder()
                    .unit(DINKES)
                    .official(OfficialId.of("lu-o-kadinkes"))
                    .role(ParticipantRole.PRESENTER)
                    .attendance(Attendance.PRESENT)
                    .build(),
                Participant.builder().unit(DPMD).role(ParticipantRole.MEMBER).build()))
        .agenda(
            List.of(
                AgendaItem.builder().position(1).title("Pembukaan & sambutan Bupati").build(),
                AgendaItem.builder()
                    .position(2)
                    .title("Konvergensi penurunan stunting")
                    .priority(STUNTING)
                    .presenter(DINKES)
                    .build()))
        .reports(
            List.of(
                UnitReport.builder()
                    .unit(DINKES)
                    .agendaPosition(2)
                    .achievements(List.of("42 posyandu aktif kembali"))
                    .obstacles(List.of(obstacle()))
                    .plans(List.of("Pelatihan kader di 12 desa"))
                    .build(),
                UnitReport.builder().unit(DPMD).addPlan("Data desa diperbarui").build()))
        .decisions(
            List.of(
                Decision.builder()
                    .number(1)
                    .agendaPosition(2)
                    .text("Dinkes memimpin pemetaan ulang balita berisiko")
                    .build(),
                Decision.builder().number(2).text("Rapat berikutnya April 2026").build()))
        .minutes(
            "Rapat dibuka pukul 09.00 WIB oleh Sekda.\nPeserta:\t14 OPD dan 23 camat; notulen"
                + " \"disepakati\" bersama — lihat C:\\arsip\\2026.")
        .status(MeetingStatus.MINUTES_APPROVED)
        .build();
  }

  public static Priority priority() {
    return Priority.builder()
        .id(STUNTING)
        .title("Penurunan stunting")
        .area(PriorityArea.STUNTING)
        .jurisdiction(REGENCY)
        .originMeeting(MEETING)
        .lead(BAPPEDA)
        .contributors(List.of(DINKES, DPMD))
        .indicators(List.of(STUNTING_RATE, IndicatorId.of("lu-i-posyandu-active")))
        .build();
  }

  public static Indicator indicator() {
    return Indicator.builder()
        .id(STUNTING_RATE)
        .name("Prevalensi stunting balita")
        .definition("Persentase balita dengan tinggi badan menurut umur < −2 SD (standar WHO)")
        .unitOfMeasure("% balita (0–59 bulan)")
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(DatedValue.of(24.7, LocalDate.of(2025, 12, 31)))
        .targets(
            List.of(
                DatedValue.of(21.5, LocalDate.of(2026, 12, 31)),
                DatedValue.of(14.0000001, LocalDate.of(2027, 12, 31))))
        .dataSteward(DINKES)
        .measuredIn(List.of(Month.FEBRUARY, Month.AUGUST))
        .build();
  }

  public static Milestone milestone() {
    return Milestone.builder()
        .id(MAPPING)
        .description("Pemetaan balita berisiko selesai")
        .due(LocalDate.of(2026, 3, 31))
        .start(LocalDate.of(2026, 2, 1))
        .place(JurisdictionCode.of("18.03.01.2001"))
        .responsible(DPMD)
        .build();
  }

  public static MonitoringPlan plan() {
    return MonitoringPlan.builder()
        .id(PLAN)
        .name("Pemantauan komitmen rakor 2026")
        .owner(BAPPEDA)
        .jurisdiction(REGENCY)
        .originMeeting(MEETING)
        .cadence(Cadence.QUARTERLY)
        .zone(WIB)
        .firstPeriodStart(LocalDate.of(2026, 1, 1))
        .reportingWindowDays(10)
        .build();
  }

  public static MonitoringCycle cycle() {
    return MonitoringCycle.builder()
        .id(CYCLE)
        .plan(PLAN)
        .sequence(1)
        .periodStart(LocalDate.of(2026, 1, 1))
        .periodEnd(LocalDate.of(2026, 4, 1))
        .reportDue(ZonedDateTime.of(LocalDateTime.of(2026, 4, 10, 23, 59, 59, 500_000_000), WIB))
        .status(CycleStatus.CLOSED)
        .build();
  }

  public static ProgressReport report() {
    return ProgressReport.builder()
        .id(ProgressReportId.of("lu-r-2026-q1-001"))
        .commitment(COMMITMENT)
        .cycle(CYCLE)
        .reportingUnit(DINKES)
        .submittedAt(Instant.parse("2026-04-08T02:15:30.250Z"))
        .values(List.of(MeasuredValue.of(STUNTING_RATE, 23.875, LocalDate.of(2026, 3, 31))))
        .milestones(
            List.of(
                MilestoneCompletion.done(MAPPING, LocalDate.of(2026, 3, 27)),
                MilestoneCompletion.notDone(MilestoneId.of("m2"))))
        .progressPercent(35.25)
        .narrative(
            "Pemetaan selesai di 11 dari 12 desa (91,7 %); target ≥ 95 % — sisa 1 desa di Abung"
                + " Tinggi \uD83C\uDF27 menunggu akses jalan.")
        .obstacles(List.of(obstacle()))
        .evidence(
            List.of(
                evidence(), EvidenceRef.builder().uri(URI.create("https://example.org/x")).build()))
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

  public static RecordedAssessment assessment() {
    return RecordedAssessment.builder()
        .commitment(COMMITMENT)
        .lead(DINKES)
        .priority(STUNTING)
        .health(Health.AT_RISK)
        .expectedPercent(24.7)
        .reportedPercent(12.0)
        .progressPercent(12.0)
        .pointsBehind(12.7)
        .atRiskCycles(2)
        .trend(Trend.WORSENING)
        .build();
  }

  public static EvaluationRecord evaluationRecord() {
    return EvaluationRecord.builder()
        .cycle(CYCLE)
        .plan(PLAN)
        .sequence(1)
        .asOf(LocalDate.of(2026, 4, 1))
        .evaluatedAt(Instant.parse("2026-04-11T01:00:00Z"))
        .thresholds(thresholds())
        .assessments(
            List.of(
                assessment(),
                RecordedAssessment.builder()
                    .commitment(CommitmentId.of("lu-c-2026-002"))
                    .lead(DPMD)
                    .priority(STUNTING)
                    .health(Health.ON_TRACK)
                    .expectedPercent(0)
                    .build()))
        .build();
  }

  /**
   * The observation whose version-1 body is {@code v1/observation-body.json} (observations are
   * stored, not documents).
   *
   * @return the observation
   */
  public static Observation observation() {
    return Observation.builder()
        .id(ObservationId.of("lu-obs-stunting-2025-kotabumi"))
        .indicator(STUNTING_RATE)
        .jurisdiction(JurisdictionCode.of("18.03.01"))
        .period(ObservationPeriod.year(2025))
        .value(24.7)
        .producer(DINKES)
        .collectedAt(Instant.parse("2026-01-20T03:00:00Z"))
        .method(CollectionMethod.SURVEY)
        .source("SSGI 2025, tabel 18.03")
        .build();
  }
}
