package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;
import static io.rakor.testkit.internal.invalid.Ingredients.withDuplicate;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.Attendance;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.Priority;
import io.rakor.core.plans.InstrumentKind;
import io.rakor.core.plans.InstrumentStatus;
import io.rakor.core.plans.LegalInstrument;
import io.rakor.core.plans.LegalInstrumentId;
import io.rakor.core.plans.PlanReference;
import io.rakor.core.plans.PlanningDocument;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import io.rakor.testkit.internal.gen.CommitmentGens;
import io.rakor.testkit.internal.gen.IdGens;
import io.rakor.testkit.internal.gen.MeetingGens;
import io.rakor.testkit.internal.gen.PlanGens;
import io.rakor.testkit.internal.gen.PriorityGens;
import io.rakor.testkit.internal.gen.UnitGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.generators.Generate;

/**
 * The invalid-input rules of plans, legal instruments, priority locations, meeting kinds, minutes
 * and joint ownership (issue 12 §2, §4, §5).
 */
final class PlanRules {
  private PlanRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            PlanReference.class,
            "title",
            "a blank title",
            PlanGens.planReferences().zip(blanks(), (p, b) -> attempt(() -> p.withTitle(b)))));
    r.add(
        rule(
            PlanReference.class,
            "lastYear",
            "a last year before the first",
            PlanGens.planReferences()
                .map(
                    p ->
                        attempt(
                            () ->
                                p.withDocument(PlanningDocument.RPJMD)
                                    .withFirstYear(2026)
                                    .withLastYear(2025)))));
    r.add(
        rule(
            PlanReference.class,
            "lastYear",
            "an annual document that covers several years",
            PlanGens.planReferences()
                .map(
                    p ->
                        attempt(
                            () ->
                                p.withDocument(PlanningDocument.RKPD)
                                    .withFirstYear(2026)
                                    .withLastYear(2027)))));
    r.add(
        rule(
            PlanReference.class,
            "lastYear",
            "a last year without a first",
            PlanGens.planReferences()
                .map(
                    p ->
                        attempt(
                            () ->
                                PlanReference.builder()
                                    .from(p)
                                    .firstYear(Optional.empty())
                                    .lastYear(2030)
                                    .build()))));
    r.add(
        rule(
            LegalInstrument.class,
            "title",
            "a blank title",
            PlanGens.legalInstruments().zip(blanks(), (l, b) -> attempt(() -> l.withTitle(b)))));
    r.add(
        rule(
            LegalInstrument.class,
            "number",
            "an enacted instrument without a number",
            PlanGens.legalInstruments()
                .map(
                    l ->
                        attempt(
                            () ->
                                LegalInstrument.builder()
                                    .from(l)
                                    .status(InstrumentStatus.ENACTED)
                                    .date(l.date().orElse(LocalDate.of(2026, 1, 12)))
                                    .number(Optional.empty())
                                    .build()))));
    r.add(
        rule(
            LegalInstrument.class,
            "date",
            "a revoked instrument without a date",
            PlanGens.legalInstruments()
                .map(
                    l ->
                        attempt(
                            () ->
                                LegalInstrument.builder()
                                    .from(l)
                                    .status(InstrumentStatus.REVOKED)
                                    .number(l.number().orElse("1/2026"))
                                    .date(Optional.empty())
                                    .build()))));
    r.add(
        rule(
            LegalInstrument.class,
            "amends",
            "an instrument that amends itself",
            PlanGens.legalInstruments()
                .map(l -> attempt(() -> l.withRevokes().withAmends(l.id())))));
    r.add(
        rule(
            LegalInstrument.class,
            "revokes",
            "an instrument both amended and revoked",
            PlanGens.legalInstruments()
                .zip(
                    PlanGens.legalInstrumentIds(),
                    (l, other) -> {
                      LegalInstrumentId both =
                          other.equals(l.id()) ? LegalInstrumentId.of(other.value() + "x") : other;
                      return attempt(() -> l.withRevokes().withAmends(both).withRevokes(both));
                    })));
    r.add(
        rule(
            LegalInstrument.class,
            "forms",
            "a regulation that forms a team",
            PlanGens.legalInstruments()
                .zip(
                    IdGens.forumIds(),
                    (l, f) ->
                        attempt(() -> l.withKind(InstrumentKind.HEAD_REGULATION).withForms(f)))));
    r.add(
        rule(
            Commitment.class,
            "coLeads",
            "the lead unit listed as a co-lead",
            CommitmentGens.commitments()
                .map(c -> attempt(() -> c.withPartners().withCoLeads(c.lead())))));
    r.add(
        rule(
            Commitment.class,
            "coLeads",
            "a supporter also listed as a co-lead",
            CommitmentGens.commitments()
                .zip(
                    IdGens.unitIds(),
                    (c, u) -> {
                      UnitId s = u.equals(c.lead()) ? UnitId.of(u.value() + "x") : u;
                      return attempt(
                          () -> c.withPartners().withCoLeads(s).withSupporters(plus(List.of(), s)));
                    })));
    r.add(
        rule(
            Commitment.class,
            "partners",
            "a co-lead also listed as a partner",
            CommitmentGens.commitments()
                .zip(
                    IdGens.unitIds(),
                    (c, u) -> {
                      UnitId s = u.equals(c.lead()) ? UnitId.of(u.value() + "x") : u;
                      return attempt(() -> c.withSupporters().withCoLeads(s).withPartners(s));
                    })));
    r.add(
        rule(
            Commitment.class,
            "legalBasis",
            "a legal basis listed twice",
            CommitmentGens.commitments()
                .zip(
                    PlanGens.legalInstrumentIds(),
                    (c, i) ->
                        attempt(
                            () ->
                                c.withOutput(Optional.empty())
                                    .withLegalBasis(withDuplicate(c.legalBasis(), i))))));
    r.add(
        rule(
            Commitment.class,
            "output",
            "an output that is also a legal basis",
            CommitmentGens.commitments()
                .zip(
                    PlanGens.legalInstrumentIds(),
                    (c, i) -> attempt(() -> c.withLegalBasis(i).withOutput(i)))));
    r.add(
        rule(
            Commitment.class,
            "planReferences",
            "a plan reference listed twice",
            CommitmentGens.commitments()
                .zip(
                    PlanGens.planReferences(),
                    (c, p) ->
                        attempt(
                            () -> c.withPlanReferences(withDuplicate(c.planReferences(), p))))));
    r.add(
        rule(
            Priority.class,
            "locations",
            "a location outside the priority's jurisdiction",
            PriorityGens.priorities()
                .map(
                    p ->
                        attempt(
                            () ->
                                p.withLocations(
                                    plus(
                                        p.locations(),
                                        JurisdictionCode.of(
                                            p.jurisdiction().value().startsWith("99")
                                                ? "98"
                                                : "99")))))));
    r.add(
        rule(
            Priority.class,
            "locations",
            "the priority's own jurisdiction as a location",
            PriorityGens.priorities()
                .map(p -> attempt(() -> p.withLocations(plus(List.of(), p.jurisdiction()))))));
    r.add(
        rule(
            Priority.class,
            "locationsDesignatedBy",
            "a designating instrument without locations",
            PriorityGens.priorities()
                .zip(
                    PlanGens.legalInstrumentIds(),
                    (p, i) -> attempt(() -> p.withLocations().withLocationsDesignatedBy(i)))));
    r.add(
        rule(
            Participant.class,
            "signed",
            "a signature of a participant who did not attend",
            MeetingGens.participants()
                .zip(
                    Generate.pick(
                        List.of(Attendance.INVITED, Attendance.EXCUSED, Attendance.ABSENT)),
                    (p, a) ->
                        attempt(() -> p.withSigned(false).withAttendance(a).withSigned(true)))));
    r.add(
        rule(
            Meeting.class,
            "jurisdiction",
            "a village musrenbang held for a regency",
            MeetingGens.meetings()
                .map(
                    m ->
                        attempt(
                            () ->
                                m.withJurisdiction(JurisdictionCode.of("18.03"))
                                    .withKind(MeetingKind.VILLAGE_MUSRENBANG)))));
    r.add(
        rule(
            ResponsibleUnit.class,
            "jurisdiction",
            "a government unit without a jurisdiction",
            UnitGens.units()
                .zip(
                    Generate.pick(
                        List.of(UnitKind.AGENCY, UnitKind.SUB_DISTRICT_OFFICE, UnitKind.POLICE)),
                    (u, k) ->
                        attempt(
                            () ->
                                ResponsibleUnit.builder()
                                    .from(u)
                                    .kind(k)
                                    .jurisdiction(Optional.empty())
                                    .build()))));
    return r;
  }
}
