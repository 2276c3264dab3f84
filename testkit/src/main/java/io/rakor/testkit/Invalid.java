package io.rakor.testkit;

import static io.rakor.testkit.RakorGen.ints;
import static io.rakor.testkit.RakorGen.pick;

import io.rakor.core.commitments.Budget;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.UnitId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * Generators of invalid input for negative tests: each {@link InvalidCase} takes a valid generated
 * value and breaks exactly one invariant of one type, naming the type and field a rejection must
 * report. Every rule of every core type's validation is covered: identifiers and codes of the wrong
 * shape, blank and over-long texts, dates out of order, negative amounts, progress outside 0 to
 * 100, repeated agenda positions, a lead unit listed as its own supporter, a target dated after the
 * due date, a jurisdiction whose parent is not its code's parent, and so on.
 *
 * <pre>{@code
 * qt().forAll(Invalid.cases())
 *     .checkAssert(c -> assertThat(c.rejection().concerns(c.field())).isTrue());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Invalid {
  private static final List<Gen<InvalidCase>> RULES = List.copyOf(buildRules());

  private Invalid() {}

  /**
   * Invalid cases for every rule of every type, each rule about equally likely.
   *
   * @return a generator of cases that each break one invariant
   */
  public static Gen<InvalidCase> cases() {
    return pick(RULES).flatMap(rule -> rule);
  }

  /**
   * One generator per rule, so that a test can check every rule rather than a random sample.
   *
   * @return the generators, one for each rule
   */
  public static List<Gen<InvalidCase>> rules() {
    return RULES;
  }

  /**
   * Invalid cases for one type.
   *
   * @param type the simple name of the type, for example {@code "Commitment"}
   * @return a generator of the cases that break that type's invariants
   * @throws IllegalArgumentException if no rule concerns that type
   */
  public static Gen<InvalidCase> casesOf(String type) {
    List<Gen<InvalidCase>> ofType =
        RULES.stream()
            .filter(rule -> Fixtures.sample(rule, 0).type().equals(type))
            .collect(Collectors.toList());
    if (ofType.isEmpty()) {
      throw new IllegalArgumentException("no invalid cases for type " + type);
    }
    return pick(ofType).flatMap(rule -> rule);
  }

  // ---------------------------------------------------------------- bad ingredients

  private static Gen<String> blanks() {
    return pick(List.of("", " ", "\t", "\n  ", "\u2003", "   \r\n"));
  }

  private static final String TOO_LONG_NAME = "n".repeat(501);
  private static final String TOO_LONG_TEXT = "t".repeat(100_001);

  private static Gen<String> badIds() {
    return pick(
        List.of(
            "",
            " unit",
            "unit id",
            "-unit",
            ".unit",
            "unit#1",
            "unit\u00e9",
            "x".repeat(129),
            "rtl?1",
            "a b"));
  }

  private static Gen<Double> nonFinite() {
    return pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  private static <T> List<T> plus(List<T> list, T extra) {
    List<T> copy = new ArrayList<>(list);
    copy.add(extra);
    return copy;
  }

  private static Supplier<?> attempt(Supplier<?> attempt) {
    return attempt;
  }

  private static Gen<InvalidCase> rule(
      String type, String field, String description, Gen<Supplier<?>> attempts) {
    return rule(type, field, description, Set.of(), attempts);
  }

  private static Gen<InvalidCase> rule(
      String type,
      String field,
      String description,
      Set<String> alsoReported,
      Gen<Supplier<?>> attempts) {
    return attempts
        .map(a -> new InvalidCase(type, field, description, alsoReported, a))
        .describedAs(InvalidCase::toString);
  }

  private static Gen<InvalidCase> badId(String type, Function<String, ?> of) {
    return rule(
        type,
        "value",
        "an identifier with a character outside [A-Za-z0-9._:/-], empty or too long",
        badIds().map(text -> attempt(() -> of.apply(text))));
  }

  // ---------------------------------------------------------------- the rules

  private static List<Gen<InvalidCase>> buildRules() {
    List<Gen<InvalidCase>> r = new ArrayList<>();

    // Identifiers and codes
    r.add(badId("UnitId", UnitId::of));
    r.add(badId("ForumId", ForumId::of));
    r.add(badId("OfficialId", OfficialId::of));
    r.add(badId("MeetingId", MeetingId::of));
    r.add(badId("PriorityId", PriorityId::of));
    r.add(badId("IndicatorId", IndicatorId::of));
    r.add(badId("CommitmentId", CommitmentId::of));
    r.add(badId("MilestoneId", MilestoneId::of));
    r.add(badId("MonitoringPlanId", MonitoringPlanId::of));
    r.add(badId("CycleId", CycleId::of));
    r.add(badId("ProgressReportId", ProgressReportId::of));
    r.add(
        rule(
            "JurisdictionCode",
            "value",
            "a code that is not 1 to 8 dot-separated segments of 1 to 6 digits",
            pick(List.of(
                    "",
                    "18.",
                    ".18",
                    "18..03",
                    "1234567",
                    "18.a3",
                    "1.2.3.4.5.6.7.8.9",
                    "18 03",
                    "18-03"))
                .map(text -> attempt(() -> JurisdictionCode.of(text)))));
    r.add(
        rule(
            "PriorityArea",
            "code",
            "an area code that is not 1 to 4 dot-separated lower-case segments",
            pick(List.of(
                    "",
                    "Health",
                    "1abc",
                    "a..b",
                    "a.b.c.d.e",
                    "a_b",
                    "-a",
                    "stunting.",
                    "a" + "-b".repeat(60)))
                .map(text -> attempt(() -> PriorityArea.of(text)))));

    // Jurisdictions
    r.add(
        rule(
            "Jurisdiction",
            "name",
            "a blank name",
            RakorGen.jurisdictions()
                .zip(blanks(), (j, blank) -> attempt(() -> j.withName(blank)))));
    r.add(
        rule(
            "Jurisdiction",
            "name",
            "a name longer than 500 characters",
            RakorGen.jurisdictions().map(j -> attempt(() -> j.withName(TOO_LONG_NAME)))));
    r.add(
        rule(
            "Jurisdiction",
            "code",
            "a code whose depth is not the level's depth",
            RakorGen.jurisdictions()
                .zip(
                    RakorGen.jurisdictions().map(other -> other.level()),
                    (j, level) -> {
                      JurisdictionLevel other =
                          level.depth() != j.level().depth()
                              ? level
                              : j.level().depth() == 1
                                  ? JurisdictionLevel.VILLAGE
                                  : JurisdictionLevel.PROVINCE;
                      return attempt(() -> j.withLevel(other));
                    })));
    r.add(
        rule(
            "Jurisdiction",
            "parent",
            "a parent that is not the code's parent (or a parent for a top-level code)",
            RakorGen.jurisdictions()
                .map(
                    j -> {
                      JurisdictionCode wrong =
                          j.code()
                              .parent()
                              .map(p -> p.child("0"))
                              .orElse(JurisdictionCode.of("99"));
                      return attempt(() -> j.withParent(wrong));
                    })));
    r.add(
        rule(
            "Jurisdiction",
            "parent",
            "no parent below the top level",
            RakorGen.jurisdictions()
                .map(
                    j ->
                        j.code().depth() > 1
                            ? j
                            : Jurisdiction.builder()
                                .from(j)
                                .code(j.code().child("01"))
                                .level(JurisdictionLevel.REGENCY)
                                .parent(j.code())
                                .build())
                .map(j -> attempt(() -> j.withParent(Optional.empty())))));

    // Units, forums, officials, names
    r.add(
        rule(
            "ResponsibleUnit",
            "name",
            "a blank name",
            RakorGen.units().zip(blanks(), (u, b) -> attempt(() -> u.withName(b)))));
    r.add(
        rule(
            "ResponsibleUnit",
            "shortName",
            "a blank short name",
            RakorGen.units().zip(blanks(), (u, b) -> attempt(() -> u.withShortName(b)))));
    r.add(
        rule(
            "ResponsibleUnit",
            "parent",
            "a unit that is its own parent",
            RakorGen.units().map(u -> attempt(() -> u.withParent(u.id())))));
    r.add(
        rule(
            "Forum",
            "name",
            "a blank name",
            RakorGen.forums().zip(blanks(), (f, b) -> attempt(() -> f.withName(b)))));
    r.add(
        rule(
            "Forum",
            "members",
            "no members",
            RakorGen.forums().map(f -> attempt(() -> f.withMembers(List.of())))));
    r.add(
        rule(
            "Forum",
            "members",
            "a member listed twice",
            RakorGen.forums()
                .zip(
                    ints(0, 7),
                    (f, i) -> {
                      UnitId again = f.members().get(i % f.members().size());
                      return attempt(() -> f.withMembers(plus(f.members(), again)));
                    })));
    r.add(
        rule(
            "Official",
            "position",
            "a blank position",
            RakorGen.officials().zip(blanks(), (o, b) -> attempt(() -> o.withPosition(b)))));
    r.add(
        rule(
            "PersonName",
            "name",
            "a blank name",
            RakorGen.personNames().zip(blanks(), (n, b) -> attempt(() -> n.withName(b)))));
    r.add(
        rule(
            "PersonName",
            "titlesBefore",
            "a blank title before the name",
            RakorGen.personNames()
                .zip(
                    blanks(),
                    (n, b) -> attempt(() -> n.withTitlesBefore(plus(n.titlesBefore(), b))))));
    r.add(
        rule(
            "PersonName",
            "titlesAfter",
            "a blank title after the name",
            RakorGen.personNames()
                .zip(
                    blanks(),
                    (n, b) -> attempt(() -> n.withTitlesAfter(plus(n.titlesAfter(), b))))));

    // Meetings and their parts
    r.add(
        rule(
            "AgendaItem",
            "position",
            "a position below 1",
            RakorGen.agendaItems().zip(ints(-100, 0), (a, p) -> attempt(() -> a.withPosition(p)))));
    r.add(
        rule(
            "AgendaItem",
            "title",
            "a blank title",
            RakorGen.agendaItems().zip(blanks(), (a, b) -> attempt(() -> a.withTitle(b)))));
    r.add(
        rule(
            "Decision",
            "number",
            "a number below 1",
            RakorGen.decisions().zip(ints(-100, 0), (d, n) -> attempt(() -> d.withNumber(n)))));
    r.add(
        rule(
            "Decision",
            "text",
            "a blank text",
            RakorGen.decisions().zip(blanks(), (d, b) -> attempt(() -> d.withText(b)))));
    r.add(
        rule(
            "Decision",
            "agendaPosition",
            "an agenda position below 1",
            RakorGen.decisions()
                .zip(ints(-100, 0), (d, p) -> attempt(() -> d.withAgendaPosition(p)))));
    r.add(
        rule(
            "Obstacle",
            "description",
            "a blank description",
            RakorGen.obstacles().zip(blanks(), (o, b) -> attempt(() -> o.withDescription(b)))));
    r.add(
        rule(
            "Obstacle",
            "description",
            "a description longer than 100,000 characters",
            RakorGen.obstacles().map(o -> attempt(() -> o.withDescription(TOO_LONG_TEXT)))));
    r.add(
        rule(
            "UnitReport",
            "agendaPosition",
            "an agenda position below 1",
            RakorGen.unitReports()
                .zip(ints(-100, 0), (u, p) -> attempt(() -> u.withAgendaPosition(p)))));
    r.add(
        rule(
            "UnitReport",
            "achievements",
            "a report with no achievement, obstacle or plan",
            RakorGen.unitReports()
                .map(
                    u ->
                        attempt(
                            () ->
                                u.withAchievements(List.of())
                                    .withObstacles(List.of())
                                    .withPlans(List.of())))));
    r.add(
        rule(
            "UnitReport",
            "achievements",
            "a blank achievement",
            RakorGen.unitReports()
                .zip(
                    blanks(),
                    (u, b) -> attempt(() -> u.withAchievements(plus(u.achievements(), b))))));
    r.add(
        rule(
            "UnitReport",
            "plans",
            "a blank plan",
            RakorGen.unitReports()
                .zip(blanks(), (u, b) -> attempt(() -> u.withPlans(plus(u.plans(), b))))));
    meetingRules(r);

    // Priorities and indicators
    r.add(
        rule(
            "Priority",
            "title",
            "a blank title",
            RakorGen.priorities().zip(blanks(), (p, b) -> attempt(() -> p.withTitle(b)))));
    r.add(
        rule(
            "Priority",
            "contributors",
            "a contributor listed twice",
            RakorGen.priorities()
                .zip(
                    RakorGen.unitIds(),
                    (p, u) -> {
                      UnitId twice =
                          p.contributors().isEmpty()
                              ? (u.equals(p.lead()) ? UnitId.of(u.value() + "x") : u)
                              : p.contributors().get(0);
                      List<UnitId> contributors = new ArrayList<>(p.contributors());
                      if (contributors.isEmpty()) {
                        contributors.add(twice);
                      }
                      contributors.add(twice);
                      return attempt(() -> p.withContributors(contributors));
                    })));
    r.add(
        rule(
            "Priority",
            "contributors",
            "the lead unit listed as a contributor",
            RakorGen.priorities()
                .map(p -> attempt(() -> p.withContributors(plus(p.contributors(), p.lead()))))));
    r.add(
        rule(
            "Priority",
            "indicators",
            "an indicator listed twice",
            RakorGen.priorities()
                .zip(
                    RakorGen.indicatorIds(),
                    (p, i) -> {
                      List<IndicatorId> indicators = withDuplicate(p.indicators(), i);
                      return attempt(() -> p.withIndicators(indicators));
                    })));
    r.add(
        rule(
            "Indicator",
            "name",
            "a blank name",
            RakorGen.indicators().zip(blanks(), (i, b) -> attempt(() -> i.withName(b)))));
    r.add(
        rule(
            "Indicator",
            "unitOfMeasure",
            "a blank unit of measure",
            RakorGen.indicators().zip(blanks(), (i, b) -> attempt(() -> i.withUnitOfMeasure(b)))));
    r.add(
        rule(
            "Indicator",
            "definition",
            "a blank definition",
            RakorGen.indicators().zip(blanks(), (i, b) -> attempt(() -> i.withDefinition(b)))));
    r.add(
        rule(
            "Indicator",
            "targets",
            "a first target not dated after the baseline",
            RakorGen.indicators()
                .zip(
                    ints(0, 400),
                    (i, days) -> {
                      List<DatedValue> targets =
                          i.targets().isEmpty()
                              ? List.of(DatedValue.of(1, i.baseline().date()))
                              : i.targets();
                      DatedValue baseline =
                          i.baseline().withDate(targets.get(0).date().plusDays(days));
                      return attempt(() -> i.withBaseline(baseline).withTargets(targets));
                    })));
    r.add(
        rule(
            "Indicator",
            "targets",
            "a target not dated after the one before it",
            RakorGen.indicators()
                .zip(
                    ints(0, 400),
                    (i, days) -> {
                      DatedValue last =
                          i.targets().isEmpty()
                              ? DatedValue.of(1, i.baseline().date().plusDays(1))
                              : i.targets().get(i.targets().size() - 1);
                      List<DatedValue> targets = new ArrayList<>(i.targets());
                      if (targets.isEmpty()) {
                        targets.add(last);
                      }
                      targets.add(DatedValue.of(2, last.date().minusDays(days)));
                      return attempt(() -> i.withTargets(targets));
                    })));
    r.add(
        rule(
            "DatedValue",
            "value",
            "a value that is not a finite number",
            RakorGen.datedValues().zip(nonFinite(), (d, v) -> attempt(() -> d.withValue(v)))));

    commitmentRules(r);
    monitoringRules(r);
    return r;
  }

  private static void meetingRules(List<Gen<InvalidCase>> r) {
    Gen<Meeting> meetings = RakorGen.meetings();
    r.add(
        rule(
            "Meeting",
            "title",
            "a blank title",
            meetings.zip(blanks(), (m, b) -> attempt(() -> m.withTitle(b)))));
    r.add(
        rule(
            "Meeting",
            "venue",
            "a blank venue",
            meetings.zip(blanks(), (m, b) -> attempt(() -> m.withVenue(b)))));
    r.add(
        rule(
            "Meeting",
            "end",
            "an end that is not after the start",
            meetings.zip(
                ints(0, 600),
                (m, minutes) -> attempt(() -> m.withEnd(m.start().minusMinutes(minutes))))));
    r.add(
        rule(
            "Meeting",
            "end",
            "an end in another zone than the start",
            meetings.zip(
                pick(RakorGen.ZONES),
                (m, zone) -> {
                  ZoneId other =
                      zone.equals(m.start().getZone()) ? ZoneId.of("Asia/Singapore") : zone;
                  return attempt(() -> m.withEnd(m.end().withZoneSameInstant(other)));
                })));
    r.add(
        rule(
            "Meeting",
            "coConveners",
            "a co-convening forum listed twice",
            meetings.zip(
                RakorGen.forumIds(),
                (m, f) -> {
                  List<ForumId> forums = withDuplicate(m.coConveners(), f);
                  return attempt(() -> m.withCoConveners(forums));
                })));
    r.add(
        rule(
            "Meeting",
            "participants",
            "a participant listed twice",
            meetings.map(
                m -> {
                  Participant again = m.participants().get(m.participants().size() - 1);
                  Participant twice =
                      again.role() == ParticipantRole.CHAIR
                          ? Participant.builder().from(again).role(ParticipantRole.MEMBER).build()
                          : again;
                  return attempt(() -> m.withParticipants(plus(m.participants(), twice)));
                })));
    r.add(
        rule(
            "Meeting",
            "participants",
            "two participants in the role of chair",
            meetings.map(
                m -> {
                  Participant second =
                      Participant.builder()
                          .unit(UnitId.of("second-chair-unit-not-generated"))
                          .role(ParticipantRole.CHAIR)
                          .build();
                  return attempt(() -> m.withParticipants(plus(m.participants(), second)));
                })));
    r.add(
        rule(
            "Meeting",
            "agenda",
            "two agenda items at the same position",
            meetings.map(
                m -> {
                  List<AgendaItem> agenda = new ArrayList<>(m.agenda());
                  int position = agenda.isEmpty() ? 1 : agenda.get(agenda.size() - 1).position();
                  AgendaItem item =
                      AgendaItem.builder().position(position).title("Lain-lain").build();
                  if (agenda.isEmpty()) {
                    agenda.add(item);
                  }
                  agenda.add(item);
                  return attempt(() -> m.withAgenda(agenda));
                })));
    r.add(
        rule(
            "Meeting",
            "agenda",
            "agenda items out of order",
            meetings.map(
                m -> {
                  List<AgendaItem> agenda = new ArrayList<>(m.agenda());
                  int last = agenda.isEmpty() ? 0 : agenda.get(agenda.size() - 1).position();
                  agenda.add(AgendaItem.builder().position(last + 2).title("Penutup").build());
                  agenda.add(AgendaItem.builder().position(last + 1).title("Lain-lain").build());
                  return attempt(() -> m.withAgenda(agenda));
                })));
    r.add(
        rule(
            "Meeting",
            "reports",
            "a report by a unit that does not take part",
            meetings.map(
                m -> {
                  UnitReport report =
                      UnitReport.builder()
                          .unit(UnitId.of("absent-unit-not-generated"))
                          .addAchievement("Capaian")
                          .build();
                  return attempt(() -> m.withReports(plus(m.reports(), report)));
                })));
    r.add(
        rule(
            "Meeting",
            "reports",
            "a report on a position that is not on the agenda",
            meetings.map(
                m -> {
                  UnitReport report =
                      UnitReport.builder()
                          .unit(m.participants().get(0).unit())
                          .agendaPosition(lastPosition(m) + 1)
                          .addAchievement("Capaian")
                          .build();
                  return attempt(() -> m.withReports(plus(m.reports(), report)));
                })));
    r.add(
        rule(
            "Meeting",
            "decisions",
            "a decision on a position that is not on the agenda",
            meetings.map(
                m -> {
                  Decision decision =
                      Decision.builder()
                          .number(m.decisions().size() + 100)
                          .agendaPosition(lastPosition(m) + 1)
                          .text("Keputusan")
                          .build();
                  return attempt(() -> m.withDecisions(plus(m.decisions(), decision)));
                })));
    r.add(
        rule(
            "Meeting",
            "decisions",
            "two decisions with the same number",
            meetings.map(
                m -> {
                  List<Decision> decisions = new ArrayList<>(m.decisions());
                  Decision twice =
                      decisions.isEmpty()
                          ? Decision.builder().number(1).text("Keputusan").build()
                          : decisions.get(0).withAgendaPosition(Optional.empty());
                  if (decisions.isEmpty()) {
                    decisions.add(twice);
                  }
                  decisions.add(twice);
                  return attempt(() -> m.withDecisions(decisions));
                })));
    r.add(
        rule(
            "Meeting",
            "minutes",
            "blank minutes",
            meetings.zip(blanks(), (m, b) -> attempt(() -> m.withMinutes(b)))));
  }

  private static int lastPosition(Meeting m) {
    return m.agenda().isEmpty() ? 0 : m.agenda().get(m.agenda().size() - 1).position();
  }

  private static void commitmentRules(List<Gen<InvalidCase>> r) {
    var commitments = RakorGen.commitments();
    r.add(
        rule(
            "Commitment",
            "action",
            "a blank action",
            commitments.zip(blanks(), (c, b) -> attempt(() -> c.withAction(b)))));
    r.add(
        rule(
            "Commitment",
            "action",
            "an action longer than 100,000 characters",
            commitments.map(c -> attempt(() -> c.withAction(TOO_LONG_TEXT)))));
    r.add(
        rule(
            "Commitment",
            "due",
            "a due date before the start",
            Set.of("targets", "milestones"),
            commitments.zip(
                ints(1, 400), (c, days) -> attempt(() -> c.withDue(c.start().minusDays(days))))));
    r.add(
        rule(
            "Commitment",
            "targets",
            "neither a target nor a milestone",
            commitments.map(
                c -> attempt(() -> c.withTargets(List.of()).withMilestones(List.of())))));
    r.add(
        rule(
            "Commitment",
            "supporters",
            "a supporter listed twice",
            commitments.zip(
                RakorGen.unitIds(),
                (c, u) -> {
                  List<UnitId> supporters = new ArrayList<>(c.supporters());
                  UnitId twice =
                      supporters.isEmpty()
                          ? (u.equals(c.lead()) ? UnitId.of(u.value() + "x") : u)
                          : supporters.get(0);
                  if (supporters.isEmpty()) {
                    supporters.add(twice);
                  }
                  supporters.add(twice);
                  return attempt(() -> c.withSupporters(supporters));
                })));
    r.add(
        rule(
            "Commitment",
            "supporters",
            "the lead unit listed as its own supporter",
            commitments.map(c -> attempt(() -> c.withSupporters(plus(c.supporters(), c.lead()))))));
    r.add(
        rule(
            "Commitment",
            "scope",
            "an empty scope",
            commitments.map(c -> attempt(() -> c.withScope(List.of())))));
    r.add(
        rule(
            "Commitment",
            "scope",
            "a jurisdiction listed twice in the scope",
            commitments.map(c -> attempt(() -> c.withScope(plus(c.scope(), c.scope().get(0)))))));
    r.add(
        rule(
            "Commitment",
            "targets",
            "two targets on the same indicator and date",
            commitments.zip(
                RakorGen.indicatorIds(),
                (c, i) -> {
                  List<Target> targets = new ArrayList<>(c.targets());
                  Target twice = targets.isEmpty() ? Target.of(i, 1, c.start()) : targets.get(0);
                  if (targets.isEmpty()) {
                    targets.add(twice);
                  }
                  targets.add(twice.withValue(twice.value() + 1));
                  return attempt(() -> c.withTargets(targets));
                })));
    r.add(
        rule(
            "Commitment",
            "milestones",
            "two milestones with the same id",
            commitments.map(
                c -> {
                  List<Milestone> milestones = new ArrayList<>(c.milestones());
                  Milestone twice =
                      milestones.isEmpty()
                          ? Milestone.of(MilestoneId.of("m1"), "Tahap", c.start())
                          : milestones.get(0);
                  if (milestones.isEmpty()) {
                    milestones.add(twice);
                  }
                  milestones.add(twice.withDescription("Tahap ulang"));
                  return attempt(() -> c.withMilestones(milestones));
                })));
    r.add(
        rule(
            "Commitment",
            "parent",
            "a commitment that is its own parent",
            commitments.map(c -> attempt(() -> c.withParent(c.id())))));
    r.add(
        rule(
            "Commitment",
            "statusReason",
            "a status reason on a commitment that is neither cancelled nor superseded",
            commitments.map(
                c -> {
                  Commitment open = endedAs(c, CommitmentStatus.IN_PROGRESS);
                  return attempt(() -> open.withStatusReason("Tidak ada anggaran"));
                })));
    r.add(
        rule(
            "Commitment",
            "statusReason",
            "a blank status reason",
            commitments.map(
                c -> {
                  Commitment cancelled = endedAs(c, CommitmentStatus.CANCELLED);
                  return attempt(() -> cancelled.withStatusReason(" "));
                })));
    r.add(
        rule(
            "Commitment",
            "successor",
            "a successor of a commitment that is not superseded",
            commitments.map(
                c -> {
                  Commitment cancelled = endedAs(c, CommitmentStatus.CANCELLED);
                  return attempt(() -> cancelled.withSuccessor(CommitmentId.of("rtl-pengganti")));
                })));
    r.add(
        rule(
            "Commitment",
            "successor",
            "a commitment superseded by itself",
            commitments.map(
                c -> {
                  Commitment superseded = endedAs(c, CommitmentStatus.SUPERSEDED);
                  return attempt(() -> superseded.withSuccessor(c.id()));
                })));
    r.add(
        rule(
            "Commitment",
            "weight",
            "a weight that is not a finite number above zero",
            commitments.zip(
                pick(List.of(0.0, -0.0, -1.0, -1e9, Double.NaN, Double.POSITIVE_INFINITY)),
                (c, w) -> attempt(() -> c.withWeight(w)))));
    r.add(
        rule(
            "Commitment",
            "agendaPosition",
            "an agenda position below 1",
            commitments.zip(ints(-100, 0), (c, p) -> attempt(() -> c.withAgendaPosition(p)))));
    r.add(
        rule(
            "Commitment",
            "targets",
            "a target dated after the due date",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withTargets(
                                plus(
                                    c.targets(),
                                    Target.of(
                                        IndicatorId.of("late-indicator-not-generated"),
                                        1,
                                        c.due().plusDays(days))))))));
    r.add(
        rule(
            "Commitment",
            "targets",
            "a target dated before the start",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withTargets(
                                plus(
                                    c.targets(),
                                    Target.of(
                                        IndicatorId.of("early-indicator-not-generated"),
                                        1,
                                        c.start().minusDays(days))))))));
    r.add(
        rule(
            "Commitment",
            "milestones",
            "a milestone due after the commitment",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withMilestones(
                                plus(
                                    c.milestones(),
                                    Milestone.of(
                                        MilestoneId.of("late-milestone-not-generated"),
                                        "Tahap akhir",
                                        c.due().plusDays(days))))))));
    r.add(
        rule(
            "Commitment",
            "milestones",
            "a milestone due before the commitment starts",
            commitments.zip(
                ints(1, 400),
                (c, days) ->
                    attempt(
                        () ->
                            c.withMilestones(
                                plus(
                                    c.milestones(),
                                    Milestone.of(
                                        MilestoneId.of("early-milestone-not-generated"),
                                        "Tahap awal",
                                        c.start().minusDays(days))))))));
    r.add(
        rule(
            "Milestone",
            "description",
            "a blank description",
            RakorGen.milestones().zip(blanks(), (m, b) -> attempt(() -> m.withDescription(b)))));
    r.add(
        rule(
            "Target",
            "value",
            "a value that is not a finite number",
            RakorGen.targets().zip(nonFinite(), (t, v) -> attempt(() -> t.withValue(v)))));
    r.add(
        rule(
            "Budget",
            "amount",
            "a negative amount",
            RakorGen.budgets()
                .zip(
                    RakorGen.ints(1, 1_000_000),
                    (b, n) ->
                        attempt(
                            () -> Budget.of(BigDecimal.valueOf(-n), b.currency(), b.source())))));
    r.add(
        rule(
            "Budget",
            "amount",
            "more decimal places than the currency has",
            pick(List.of("IDR", "USD", "JPY", "KWD"))
                .zip(
                    RakorGen.ints(1, 1_000_000),
                    (code, n) -> {
                      Currency currency = Currency.getInstance(code);
                      int scale = Math.max(0, currency.getDefaultFractionDigits()) + 1;
                      BigDecimal amount = BigDecimal.valueOf(n * 10L + 1, scale);
                      return attempt(
                          () -> Budget.of(amount, currency, FundingSource.REGIONAL_BUDGET));
                    })));
  }

  private static void monitoringRules(List<Gen<InvalidCase>> r) {
    r.add(
        rule(
            "MonitoringPlan",
            "name",
            "a blank name",
            RakorGen.monitoringPlans().zip(blanks(), (p, b) -> attempt(() -> p.withName(b)))));
    r.add(
        rule(
            "MonitoringPlan",
            "firstPeriodStart",
            "a first period that does not start on the first of a month",
            RakorGen.monitoringPlans()
                .zip(
                    ints(1, 27),
                    (p, d) ->
                        attempt(() -> p.withFirstPeriodStart(p.firstPeriodStart().plusDays(d))))));
    r.add(
        rule(
            "MonitoringPlan",
            "reportingWindowDays",
            "a reporting window below 0 or above 366 days",
            RakorGen.monitoringPlans()
                .zip(
                    pick(List.of(-1, -30, 367, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE)),
                    (p, d) -> attempt(() -> p.withReportingWindowDays(d)))));
    r.add(
        rule(
            "MonitoringCycle",
            "sequence",
            "a sequence number below 1",
            RakorGen.monitoringCycles()
                .zip(ints(-100, 0), (c, s) -> attempt(() -> c.withSequence(s)))));
    r.add(
        rule(
            "MonitoringCycle",
            "periodEnd",
            "a period that ends on or before its start",
            RakorGen.monitoringCycles()
                .zip(
                    ints(0, 60),
                    (c, d) -> attempt(() -> c.withPeriodEnd(c.periodStart().minusDays(d))))));
    r.add(
        rule(
            "MonitoringCycle",
            "reportDue",
            "reports due before the period ends",
            RakorGen.monitoringCycles()
                .zip(
                    ints(1, 100_000),
                    (c, minutes) ->
                        attempt(
                            () ->
                                c.withReportDue(
                                    c.periodEnd()
                                        .atStartOfDay(c.reportDue().getZone())
                                        .minusMinutes(minutes))))));
    r.add(
        rule(
            "MeasuredValue",
            "value",
            "a value that is not a finite number",
            RakorGen.measuredValues().zip(nonFinite(), (m, v) -> attempt(() -> m.withValue(v)))));
    r.add(
        rule(
            "MilestoneCompletion",
            "completedOn",
            "a milestone done without a completion date",
            RakorGen.milestoneIds()
                .map(
                    id ->
                        attempt(
                            () ->
                                MilestoneCompletion.builder().milestone(id).done(true).build()))));
    r.add(
        rule(
            "MilestoneCompletion",
            "completedOn",
            "a completion date for a milestone not done",
            RakorGen.milestoneCompletions()
                .map(
                    m ->
                        attempt(
                            () ->
                                MilestoneCompletion.builder()
                                    .milestone(m.milestone())
                                    .done(false)
                                    .completedOn(
                                        m.completedOn().orElse(java.time.LocalDate.of(2026, 1, 12)))
                                    .build()))));
    r.add(
        rule(
            "EvidenceRef",
            "uri",
            "a relative URI",
            RakorGen.evidenceRefs()
                .zip(
                    pick(
                        List.of(
                            "bukti/foto-1.jpg", "/rakor/berita-acara.pdf", "laporan.pdf", "#x")),
                    (e, u) -> attempt(() -> e.withUri(URI.create(u))))));
    r.add(
        rule(
            "EvidenceRef",
            "uri",
            "a URI longer than 2,000 characters",
            RakorGen.evidenceRefs()
                .map(
                    e ->
                        attempt(
                            () ->
                                e.withUri(URI.create("https://data.go.id/" + "a".repeat(2000)))))));
    r.add(
        rule(
            "EvidenceRef",
            "description",
            "a blank description",
            RakorGen.evidenceRefs().zip(blanks(), (e, b) -> attempt(() -> e.withDescription(b)))));
    var reports = RakorGen.progressReports();
    r.add(
        rule(
            "ProgressReport",
            "progressPercent",
            "progress outside 0 to 100",
            reports.zip(
                pick(
                    List.of(
                        -0.5, -1.0, 100.5, 101.0, 1e9, -1e9, Double.NaN, Double.POSITIVE_INFINITY)),
                (p, v) -> attempt(() -> p.withProgressPercent(v)))));
    r.add(
        rule(
            "ProgressReport",
            "values",
            "two values for the same indicator",
            reports.zip(
                RakorGen.measuredValues(),
                (p, v) -> {
                  List<MeasuredValue> values = new ArrayList<>(p.values());
                  MeasuredValue twice = values.isEmpty() ? v : values.get(0);
                  if (values.isEmpty()) {
                    values.add(twice);
                  }
                  values.add(twice.withValue(twice.value() + 1));
                  return attempt(() -> p.withValues(values));
                })));
    r.add(
        rule(
            "ProgressReport",
            "milestones",
            "two completions of the same milestone",
            reports.zip(
                RakorGen.milestoneIds(),
                (p, id) -> {
                  List<MilestoneCompletion> completions = new ArrayList<>(p.milestones());
                  MilestoneId twice = completions.isEmpty() ? id : completions.get(0).milestone();
                  if (completions.isEmpty()) {
                    completions.add(MilestoneCompletion.notDone(twice));
                  }
                  completions.add(MilestoneCompletion.notDone(twice));
                  return attempt(() -> p.withMilestones(completions));
                })));
    r.add(
        rule(
            "ProgressReport",
            "narrative",
            "a blank narrative",
            reports.zip(blanks(), (p, b) -> attempt(() -> p.withNarrative(b)))));

    // Required attributes left out of a builder
    r.add(
        rule(
            "Participant",
            "unit",
            "a participant built without its unit",
            RakorGen.participants()
                .map(
                    p ->
                        attempt(
                            () ->
                                Participant.builder()
                                    .role(p.role())
                                    .official(p.official())
                                    .build()))));
    r.add(
        rule(
            "MonitoringCycle",
            "reportDue",
            "a cycle built without its report deadline",
            RakorGen.monitoringCycles()
                .map(
                    c ->
                        attempt(
                            () ->
                                MonitoringCycle.builder()
                                    .id(c.id())
                                    .plan(c.plan())
                                    .sequence(c.sequence())
                                    .periodStart(c.periodStart())
                                    .periodEnd(c.periodEnd())
                                    .build()))));
  }

  /** A valid copy of a commitment in a status, without a status reason or successor. */
  private static Commitment endedAs(Commitment c, CommitmentStatus status) {
    return c.withStatusReason(Optional.empty()).withSuccessor(Optional.empty()).withStatus(status);
  }

  /** A copy of a list in which its first element (or {@code fallback}, if it is empty) repeats. */
  private static <T> List<T> withDuplicate(List<T> items, T fallback) {
    List<T> out = new ArrayList<>(items);
    T twice = out.isEmpty() ? fallback : out.get(0);
    if (out.isEmpty()) {
      out.add(twice);
    }
    out.add(twice);
    return out;
  }
}
