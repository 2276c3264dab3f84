package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.MilestoneState;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.plans.InstrumentStatus;
import io.rakor.core.plans.LegalInstrument;
import io.rakor.core.plans.PlanReference;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.MissingReferenceException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.service.CommandResult;
import io.rakor.persistence.service.CoordinationService;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Plans and legal instruments, priority locations, meeting kinds and minutes, co-leads and partners
 * (issue 12 §2, §4, §5): every "for all" rule over generated values, JSON round trips, and the
 * coordination service's co-reporting and meeting-fulfilled milestones.
 */
class PlansPlacesOwnersProperties {

  private static <T> void roundTrips(Gen<T> gen, Class<T> type) {
    qt().withExamples(100)
        .forAll(gen)
        .checkAssert(v -> assertThat(RakorJson.read(RakorJson.write(v), type)).isEqualTo(v));
  }

  @Test
  void newValuesSurviveAJsonRoundTrip() {
    roundTrips(RakorGen.planReferences(), PlanReference.class);
    roundTrips(RakorGen.legalInstruments(), LegalInstrument.class);
    roundTrips(RakorGen.priorities(), Priority.class);
    roundTrips(RakorGen.commitments(), Commitment.class);
    roundTrips(RakorGen.participants(), Participant.class);
    roundTrips(RakorGen.units(), ResponsibleUnit.class);
  }

  @Test
  void forAllPlanReferencesAnAnnualDocumentCoversOneYear() {
    qt().forAll(RakorGen.planReferences())
        .checkAssert(
            r -> {
              if (r.document().isAnnual() && r.firstYear().isPresent()) {
                assertThat(r.covers(r.firstYear().get() + 1)).isFalse();
              }
              r.lastYear()
                  .ifPresent(
                      l ->
                          assertThat(r.firstYear())
                              .hasValueSatisfying(f -> assertThat(f).isLessThanOrEqualTo(l)));
            });
  }

  @Test
  void forAllLegalInstrumentsOnlyADraftLacksNumberOrDate() {
    qt().forAll(RakorGen.legalInstruments())
        .checkAssert(
            l -> {
              if (l.status() != InstrumentStatus.DRAFT) {
                assertThat(l.number()).isPresent();
                assertThat(l.date()).isPresent();
              }
              assertThat(l.amends()).doesNotContain(l.id());
              assertThat(l.amends()).allMatch(a -> !l.revokes().contains(a));
              assertThat(l.revokes()).doesNotContain(l.id());
              if (l.forms().isPresent()) {
                assertThat(l.kind().isDecree()).isTrue();
              }
            });
  }

  @Test
  void forAllCommitmentsEachUnitHoldsOnePart() {
    qt().forAll(RakorGen.commitments())
        .checkAssert(
            c -> {
              List<UnitId> parts = new ArrayList<>();
              parts.add(c.lead());
              parts.addAll(c.coLeads());
              parts.addAll(c.supporters());
              parts.addAll(c.partners());
              assertThat(new HashSet<>(parts)).hasSameSizeAs(parts);
              c.output().ifPresent(o -> assertThat(c.legalBasis()).doesNotContain(o));
            });
  }

  @Test
  void forAllPrioritiesTheLocationsLieInsideTheJurisdiction() {
    qt().forAll(RakorGen.priorities())
        .checkAssert(
            p -> {
              assertThat(p.locations()).allMatch(p.jurisdiction()::isAncestorOf);
              assertThat(Set.copyOf(p.locations())).hasSameSizeAs(p.locations());
              if (p.locationsDesignatedBy().isPresent()) {
                assertThat(p.locations()).isNotEmpty();
              }
            });
  }

  @Test
  void forAllMeetingsMusrenbangIsHeldAtItsLevelAndOnlyAttendeesSign() {
    qt().forAll(RakorGen.meetings())
        .checkAssert(
            m -> {
              m.kind()
                  .jurisdictionDepth()
                  .ifPresent(d -> assertThat(m.jurisdiction().depth()).isEqualTo(d));
              assertThat(m.signatories()).allMatch(p -> p.attendance().attended());
              for (var item : m.agenda()) {
                assertThat(m.decisionsOn(item.position()))
                    .allMatch(d -> d.agendaPosition().orElseThrow() == item.position());
              }
            });
  }

  @Test
  void forAllUnitsOnlyAPartnerLacksAJurisdiction() {
    qt().forAll(RakorGen.units())
        .checkAssert(
            u -> {
              if (u.jurisdiction().isEmpty()) {
                assertThat(u.kind().isPartner()).isTrue();
              }
            });
  }

  // ---------------------------------------------------------------- through the service

  private record World(InMemoryStore store, CoordinationService service, Scenario scenario) {}

  private static World world(long seed) {
    Scenario s = Fixtures.scenario(seed);
    InMemoryStore store = new InMemoryStore();
    Fixtures.writeWithLog(store, s);
    CoordinationService service = CoordinationService.builder(store).build();
    return new World(store, service, s);
  }

  private static Commitment active(Scenario s, MonitoringCycle cycle) {
    return s.commitments().stream()
        .filter(
            c ->
                (c.status() == CommitmentStatus.AGREED
                        || c.status() == CommitmentStatus.IN_PROGRESS)
                    && c.start().isBefore(cycle.periodEnd()))
        .findFirst()
        .orElseThrow();
  }

  private static <T, K> void resave(InMemoryStore store, AggregateKind<T, K> kind, T value) {
    long version =
        store.load(kind, kind.idOf(value)).map(Versioned::version).orElse(Versioned.NONE);
    store.save(kind, value, version);
  }

  @Test
  void aPartnerCoReportsOnlyWhereThePlanAllows() {
    for (boolean allowed : List.of(true, false)) {
      World w = world(12);
      MonitoringCycle cycle = w.scenario().cycles().get(0);
      Commitment c = active(w.scenario(), cycle);
      UnitId foundation = UnitId.of("yayasan-gizi-nusantara");
      resave(
          w.store(),
          AggregateKind.UNIT,
          ResponsibleUnit.partner(foundation, "Yayasan Gizi Nusantara", UnitKind.CIVIL_SOCIETY));
      resave(w.store(), AggregateKind.COMMITMENT, c.withPartners(foundation));
      MonitoringPlan plan = w.scenario().plan().withPartnersMayReport(allowed);
      resave(w.store(), AggregateKind.MONITORING_PLAN, plan);

      CommandResult<Commitment> result =
          w.service()
              .reportProgress(
                  c.id(), cycle.id(), 30, List.of(), Actor.of(foundation, Role.PARTNER));

      assertThat(result.isApplied()).as("plan allows partners: %s", allowed).isEqualTo(allowed);
      if (!allowed) {
        assertThat(((CommandResult.Rejected<Commitment>) result).rejection().rule())
            .isEqualTo("role-may-not-act");
      }
    }
  }

  @Test
  void aMilestoneIsDoneWhenTheMeetingThatCarriesItOutIsHeld() {
    for (MeetingStatus status : List.of(MeetingStatus.CONCLUDED, MeetingStatus.SCHEDULED)) {
      World w = world(7);
      List<MonitoringCycle> cycles = w.scenario().cycles();
      MonitoringCycle last = cycles.get(cycles.size() - 1);
      Commitment c = active(w.scenario(), last);
      LocalDate day =
          c.start().isBefore(cycles.get(0).periodStart()) ? cycles.get(0).periodStart() : c.start();
      ZonedDateTime start = day.atTime(9, 0).atZone(w.scenario().plan().zone());
      Meeting rembuk =
          w.scenario()
              .meeting()
              .withId(MeetingId.of("rembuk-stunting"))
              .withKind(MeetingKind.REMBUK_STUNTING)
              .withJurisdiction(w.scenario().regency().code())
              .withStatus(status);
      rembuk = Meeting.builder().from(rembuk).start(start).end(start.plusHours(4)).build();
      resave(w.store(), AggregateKind.MEETING, rembuk);
      Milestone hold =
          Milestone.builder()
              .id(MilestoneId.of("rembuk"))
              .description("Menyelenggarakan rembuk stunting")
              .due(c.due())
              .fulfilledBy(rembuk.id())
              .build();
      resave(
          w.store(),
          AggregateKind.COMMITMENT,
          c.withMilestones(List.of(hold)).withTargets(List.of()));

      CommitmentAssessment a =
          w.service().assessHealth(last.id()).assessments().stream()
              .filter(x -> x.commitment().equals(c.id()))
              .findFirst()
              .orElseThrow();

      MilestoneState state = a.milestones().get(0).state();
      if (status == MeetingStatus.CONCLUDED) {
        assertThat(state).isEqualTo(MilestoneState.DONE_ON_TIME);
      } else {
        assertThat(state).isNotIn(MilestoneState.DONE_ON_TIME, MilestoneState.DONE_LATE);
      }
    }
  }

  @Test
  void theServiceSavesAndFindsLegalInstrumentsAndChecksTheirReferences() {
    World w = world(3);
    Actor secretariat = Actor.of(w.scenario().plan().owner(), Role.SECRETARIAT);
    LegalInstrument tpps =
        Fixtures.sample(RakorGen.legalInstruments(), 5)
            .withIssuer(w.scenario().units().get(0).id())
            .withJurisdiction(w.scenario().regency().code())
            .withAmends()
            .withRevokes()
            .withForms(java.util.Optional.empty());

    w.service().create(AggregateKind.LEGAL_INSTRUMENT, tpps, secretariat);

    assertThat(w.store().load(AggregateKind.LEGAL_INSTRUMENT, tpps.id()).orElseThrow().value())
        .isEqualTo(tpps);
    LegalInstrument dangling =
        tpps.withId(io.rakor.core.plans.LegalInstrumentId.of("perbup-2"))
            .withIssuer(UnitId.of("no-such-unit"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> w.service().create(AggregateKind.LEGAL_INSTRUMENT, dangling, secretariat))
        .isInstanceOf(MissingReferenceException.class)
        .hasMessageContaining("no-such-unit");
  }
}
