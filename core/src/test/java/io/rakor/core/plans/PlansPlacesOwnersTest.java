package io.rakor.core.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.RakorValidationException;
import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.commitments.lifecycle.CommitmentLifecycle;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Attendance;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.MilestoneState;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Outcome;
import io.rakor.core.workflow.Role;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plans and legal instruments, priority locations, meeting kinds and minutes, co-leads and partners
 * (issue 12 §2, §4, §5); the code shown in docs/domain.md and docs/workflows.md.
 */
class PlansPlacesOwnersTest {
  private static final JurisdictionCode REGENCY = Samples.REGENCY;
  private static final UnitId PEMKAB = Samples.PEMKAB;
  private static final UnitId DINKES = Samples.DINKES;
  private static final UnitId DPMD = UnitId.of("dpmd");
  private static final UnitId BKKBN = UnitId.of("perwakilan-bkkbn");
  private static final UnitId YAYASAN = UnitId.of("yayasan-gizi-nusantara");

  @Test
  void plansAndInstruments() {
    // tag::plans-instruments[]
    PlanReference rpjmd =
        PlanReference.builder()
            .document(PlanningDocument.RPJMD)
            .title("RPJMD Kabupaten Lampung Utara 2025-2029")
            .years(2025, 2029)
            .goal("Misi 2, Tujuan 2.1")
            .target("Sasaran 2.1.3: turunnya prevalensi stunting")
            .keyIndicator("IKU 7: prevalensi stunting balita")
            .build();
    LegalInstrument tpps =
        LegalInstrument.builder()
            .id(LegalInstrumentId.of("sk-tpps-2026"))
            .kind(InstrumentKind.HEAD_DECREE)
            .title("Pembentukan Tim Percepatan Penurunan Stunting Kabupaten Lampung Utara")
            .issuer(PEMKAB)
            .jurisdiction(REGENCY)
            .enacted("188.45/12/34-LU/2026", LocalDate.of(2026, 1, 20))
            .forms(ForumId.of("tpps-lampura"))
            .build();
    Commitment perbup =
        Commitment.builder()
            .from(Samples.commitmentInProgress())
            .action("Menerbitkan Perbup tentang konvergensi percepatan penurunan stunting")
            .addPlanReference(rpjmd)
            .addLegalBasis(tpps.id())
            .output(LegalInstrumentId.of("perbup-konvergensi-2026"))
            .build();
    // end::plans-instruments[]
    assertThat(tpps.inForce()).isTrue();
    assertThat(rpjmd.covers(2027)).isTrue();
    assertThat(rpjmd.covers(2030)).isFalse();
    assertThat(RakorJson.read(RakorJson.write(perbup), Commitment.class)).isEqualTo(perbup);
    assertThat(RakorJson.read(RakorJson.write(tpps), LegalInstrument.class)).isEqualTo(tpps);
    assertThatThrownBy(() -> perbup.withLegalBasis(perbup.output().orElseThrow()))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("output");
    assertThatThrownBy(() -> tpps.withKind(InstrumentKind.HEAD_REGULATION))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("forms");
    assertThatThrownBy(
            () -> LegalInstrument.builder().from(tpps).number(java.util.Optional.empty()).build())
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("number");
    assertThat(tpps.withStatus(InstrumentStatus.DRAFT).withNumber(java.util.Optional.empty()))
        .extracting(LegalInstrument::status)
        .isEqualTo(InstrumentStatus.DRAFT);
  }

  @Test
  void planReferencesOfAnnualDocumentsCoverOneYear() {
    assertThatThrownBy(
            () ->
                PlanReference.builder()
                    .document(PlanningDocument.RENJA)
                    .title("Renja Dinas Kesehatan 2026")
                    .years(2026, 2027)
                    .build())
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("lastYear");
    PlanReference renja = PlanReference.of(PlanningDocument.RENJA, "Renja Dinas Kesehatan 2026");
    assertThat(renja.covers(1999)).isTrue();
    assertThat(renja.withFirstYear(2026).covers(2026)).isTrue();
    assertThat(renja.withFirstYear(2026).covers(2027)).isFalse();
  }

  @Test
  void priorityLocations() {
    // tag::priority-locations[]
    JurisdictionCode abungSelatan = JurisdictionCode.of("18.03.05");
    Priority stunting =
        Priority.builder()
            .id(PriorityId.of("p-stunting"))
            .title("Pencegahan dan penurunan stunting")
            .area(PriorityArea.STUNTING)
            .jurisdiction(REGENCY)
            .lead(Samples.BAPPEDA)
            .addContributors(DINKES, DPMD, BKKBN)
            .addLocations(abungSelatan.child(2001), abungSelatan.child(2004))
            .locationsDesignatedBy(LegalInstrumentId.of("sk-lokus-stunting-2026"))
            .build();
    ResponsibleUnit partner =
        ResponsibleUnit.partner(YAYASAN, "Yayasan Gizi Nusantara", UnitKind.CIVIL_SOCIETY);
    // end::priority-locations[]
    assertThat(stunting.locations()).allMatch(REGENCY::isAncestorOf);
    assertThat(partner.jurisdiction()).isEmpty();
    assertThatThrownBy(() -> stunting.withLocations(JurisdictionCode.of("18.04.01.2001")))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("locations[0]");
    assertThatThrownBy(() -> stunting.withLocations(List.of()))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("locationsDesignatedBy");
    assertThatThrownBy(
            () -> ResponsibleUnit.partner(UnitId.of("dinkes-x"), "Dinas", UnitKind.AGENCY))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("jurisdiction");
    assertThat(UnitKind.DEVELOPMENT_PARTNER.isPartner()).isTrue();
    assertThat(UnitKind.VILLAGE_GOVERNMENT.isPartner()).isFalse();
    assertThat(RakorJson.read(RakorJson.write(partner), ResponsibleUnit.class)).isEqualTo(partner);
    assertThat(RakorJson.read(RakorJson.write(stunting), Priority.class)).isEqualTo(stunting);
  }

  @Test
  void meetingKindsAndMinutes() {
    ZonedDateTime start = ZonedDateTime.of(2026, 2, 3, 9, 0, 0, 0, Samples.WIB);
    // tag::minutes[]
    Meeting musrenbang =
        Meeting.builder()
            .id(MeetingId.of("musrenbang-desa-2001-2026"))
            .title("Musrenbang Desa Kalicinta 2026")
            .kind(MeetingKind.VILLAGE_MUSRENBANG)
            .jurisdiction(JurisdictionCode.of("18.03.01.2001"))
            .convener(UnitId.of("pemdes-kalicinta"))
            .chair(OfficialId.of("kades-kalicinta"))
            .venue("Balai Desa Kalicinta")
            .held(start, start.plusHours(3))
            .addParticipants(
                Participant.builder()
                    .unit(UnitId.of("pemdes-kalicinta"))
                    .official(OfficialId.of("kades-kalicinta"))
                    .role(ParticipantRole.CHAIR)
                    .attendance(Attendance.PRESENT)
                    .signed(true)
                    .build(),
                Participant.builder()
                    .unit(DPMD)
                    .role(ParticipantRole.MEMBER)
                    .attendance(Attendance.EXCUSED)
                    .build())
            .addAgenda(AgendaItem.builder().position(1).title("Usulan RKPDes 2027").build())
            .addDecisions(
                Decision.builder()
                    .number(1)
                    .agendaPosition(1)
                    .text("Jamban sehat untuk 40 KK masuk prioritas RKPDes 2027")
                    .build())
            .build();
    List<Decision> onTheRkpdes = musrenbang.decisionsOn(1);
    List<Participant> signed = musrenbang.signatories();
    // end::minutes[]
    assertThat(onTheRkpdes).extracting(Decision::number).containsExactly(1);
    assertThat(signed).extracting(Participant::unit).containsExactly(UnitId.of("pemdes-kalicinta"));
    assertThatThrownBy(() -> musrenbang.withJurisdiction(REGENCY))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("jurisdiction");
    assertThat(musrenbang.withKind(MeetingKind.REMBUK_STUNTING).withJurisdiction(REGENCY).kind())
        .isEqualTo(MeetingKind.REMBUK_STUNTING);
    assertThatThrownBy(() -> musrenbang.participants().get(1).withSigned(true))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("signed");
    assertThat(RakorJson.read(RakorJson.write(musrenbang), Meeting.class)).isEqualTo(musrenbang);
  }

  @Test
  void aMilestoneIsDoneWhenItsMeetingIsHeld() {
    MonitoringPlan plan = Samples.monthlyPlan();
    // tag::milestone-meeting[]
    MeetingId rembuk = MeetingId.of("rembuk-stunting-2026");
    Commitment hold =
        Commitment.builder()
            .from(Samples.commitmentInProgress())
            .targets(List.of())
            .milestones(
                List.of(
                    Milestone.builder()
                        .id(MilestoneId.of("rembuk"))
                        .description("Menyelenggarakan rembuk stunting kabupaten")
                        .due(LocalDate.of(2026, 3, 31))
                        .fulfilledBy(rembuk)
                        .build()))
            .build();
    // end::milestone-meeting[]
    Portfolio portfolio = Portfolio.of(List.of(hold), List.of());
    assertThat(portfolio.fulfillingMeetings()).containsExactly(rembuk);
    List<MonitoringCycle> cycles = CycleSchedule.cycles(plan, 4);
    MonitoringEvaluator evaluator = MonitoringEvaluator.defaults();
    List<CycleEvaluation> held =
        evaluator.evaluateAll(
            portfolio, cycles, List.of(), Map.of(rembuk, LocalDate.of(2026, 3, 10)));
    List<CycleEvaluation> notHeld = evaluator.evaluateAll(portfolio, cycles, List.of());
    // February: not yet held; March (period ends 1 April): held on 10 March, on time
    assertThat(held.get(1).assessments().get(0).milestones().get(0).state())
        .isNotIn(MilestoneState.DONE_ON_TIME, MilestoneState.DONE_LATE);
    assertThat(held.get(2).assessments().get(0).milestones().get(0).state())
        .isEqualTo(MilestoneState.DONE_ON_TIME);
    assertThat(held.get(3).assessments().get(0).milestones().get(0).state())
        .isEqualTo(MilestoneState.DONE_ON_TIME);
    assertThat(notHeld.get(3).assessments().get(0).milestones().get(0).state())
        .isEqualTo(MilestoneState.MISSED);
  }

  @Test
  void coLeadsReportAndPartnersWhereThePlanAllows() {
    Commitment commitment = Samples.commitmentInProgress().withCoLeads(BKKBN).withPartners(YAYASAN);
    MonitoringPlan plan = Samples.monthlyPlan();
    MonitoringCycle january = CycleSchedule.cycle(plan, 1);
    // tag::co-report[]
    MonitoringPlan coReporting = plan.withPartnersMayReport(true);
    ProgressReport byTheFoundation =
        ProgressReport.builder()
            .id(ProgressReportId.of("2026-01/rtl-01/yayasan"))
            .commitment(commitment.id())
            .cycle(january.id())
            .reportingUnit(YAYASAN)
            .submittedAt(Samples.NOW)
            .progressPercent(20)
            .build();
    Actor partner = Actor.of(YAYASAN, Role.PARTNER);
    CommitmentLifecycle lifecycle = CommitmentLifecycle.of(Samples.CLOCK);
    Outcome<Commitment> allowed =
        lifecycle
            .under(coReporting)
            .apply(commitment, CommitmentCommand.reportProgress(byTheFoundation), partner);
    Outcome<Commitment> refused =
        lifecycle
            .under(plan) // partnersMayReport() is false unless set
            .apply(commitment, CommitmentCommand.reportProgress(byTheFoundation), partner);
    // end::co-report[]
    assertThat(allowed.isAccepted()).isTrue();
    assertThat(refused.rejection().orElseThrow().rule()).isEqualTo("role-may-not-act");
    ProgressReport byTheCoLead = byTheFoundation.withReportingUnit(BKKBN);
    assertThat(
            lifecycle
                .under(plan)
                .apply(
                    commitment,
                    CommitmentCommand.reportProgress(byTheCoLead),
                    Actor.of(BKKBN, Role.CO_LEAD))
                .isAccepted())
        .isTrue();
    assertThat(
            lifecycle
                .under(coReporting)
                .apply(
                    commitment,
                    CommitmentCommand.reportProgress(byTheFoundation),
                    Actor.of(YAYASAN, Role.CO_LEAD))
                .rejection()
                .orElseThrow()
                .rule())
        .isEqualTo("role-not-held");
    assertThatThrownBy(() -> commitment.withSupporters(BKKBN))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("coLeads[0]");
    assertThatThrownBy(() -> commitment.withPartners(BKKBN))
        .isInstanceOf(RakorValidationException.class)
        .hasMessageContaining("partners[0]");
    assertThat(RakorJson.read(RakorJson.write(coReporting), MonitoringPlan.class))
        .isEqualTo(coReporting);
  }
}
