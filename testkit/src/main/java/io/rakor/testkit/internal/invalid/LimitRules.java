package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.ObstacleCategory;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.Forum;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Limits;
import io.rakor.testkit.internal.gen.CommitmentGens;
import io.rakor.testkit.internal.gen.IndicatorGens;
import io.rakor.testkit.internal.gen.MeetingGens;
import io.rakor.testkit.internal.gen.MonitoringGens;
import io.rakor.testkit.internal.gen.UnitGens;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;

/**
 * The invalid-input rules of the limits table (issue 10, section 2): lists one element too long,
 * texts that together pass a record's limit, decimals too precise (the poison row and the CPU
 * burns), dates and instants outside the years, measures beyond their magnitudes, null elements in
 * builder collections, and cycle numbers that would overflow a date.
 */
final class LimitRules {
  private LimitRules() {}

  private static final String LONG_TEXT = "t".repeat(Limits.TEXT_LENGTH);

  private static <T> List<T> many(int count, IntFunction<T> element) {
    return IntStream.range(0, count).mapToObj(element).toList();
  }

  private static <T> List<T> withNullAt(List<T> items, int at) {
    List<T> copy = new ArrayList<>(items);
    copy.add(Math.min(at, copy.size()), null);
    return copy;
  }

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    Gen<Commitment> commitments = CommitmentGens.commitments();
    Gen<Meeting> meetings = MeetingGens.meetings();
    Gen<ProgressReport> reports = MonitoringGens.progressReports();

    // Lists one element over their limit.
    r.add(
        rule(
            Commitment.class,
            "supporters",
            "more supporters than Limits.REFERENCE_LIST_SIZE",
            commitments.map(
                c ->
                    attempt(
                        () ->
                            c.withSupporters(
                                many(
                                    Limits.REFERENCE_LIST_SIZE + 1,
                                    i -> UnitId.of("limit-supporter-" + i)))))));
    r.add(
        rule(
            Commitment.class,
            "scope",
            "a scope of more jurisdictions than Limits.REFERENCE_LIST_SIZE",
            commitments.map(
                c ->
                    attempt(
                        () ->
                            c.withScope(
                                many(
                                    Limits.REFERENCE_LIST_SIZE + 1,
                                    i ->
                                        JurisdictionCode.of("18.03")
                                            .child(1 + i / 9999)
                                            .child(1 + i % 9999)))))));
    r.add(
        rule(
            Commitment.class,
            "targets",
            "more targets than Limits.ENTRY_LIST_SIZE",
            commitments.map(
                c ->
                    attempt(
                        () ->
                            c.withTargets(
                                many(
                                    Limits.ENTRY_LIST_SIZE + 1,
                                    i ->
                                        Target.of(
                                            io.rakor.core.indicators.IndicatorId.of("limit-" + i),
                                            1.0,
                                            c.due())))))));
    r.add(
        rule(
            Meeting.class,
            "participants",
            "more participants than Limits.REFERENCE_LIST_SIZE",
            meetings.map(
                m ->
                    attempt(
                        () ->
                            m.withParticipants(
                                many(
                                    Limits.REFERENCE_LIST_SIZE + 1,
                                    i ->
                                        Participant.builder()
                                            .unit(UnitId.of("limit-participant-" + i))
                                            .role(ParticipantRole.MEMBER)
                                            .build()))))));
    r.add(
        rule(
            Meeting.class,
            "agenda",
            "more agenda items than Limits.ENTRY_LIST_SIZE",
            meetings.map(
                m ->
                    attempt(
                        () ->
                            m.withAgenda(
                                many(
                                    Limits.ENTRY_LIST_SIZE + 1,
                                    i ->
                                        AgendaItem.builder()
                                            .position(i + 1)
                                            .title("A")
                                            .build()))))));
    r.add(
        rule(
            UnitReport.class,
            "achievements",
            "more achievements than Limits.ENTRY_LIST_SIZE",
            MeetingGens.unitReports()
                .map(
                    u ->
                        attempt(
                            () ->
                                u.withAchievements(many(Limits.ENTRY_LIST_SIZE + 1, i -> "a"))))));
    r.add(
        rule(
            Forum.class,
            "members",
            "more members than Limits.REFERENCE_LIST_SIZE",
            UnitGens.forums()
                .map(
                    f ->
                        attempt(
                            () ->
                                f.withMembers(
                                    many(
                                        Limits.REFERENCE_LIST_SIZE + 1,
                                        i -> UnitId.of("limit-member-" + i)))))));
    r.add(
        rule(
            ProgressReport.class,
            "obstacles",
            "more obstacles than Limits.ENTRY_LIST_SIZE",
            reports.map(
                p ->
                    attempt(
                        () ->
                            p.withObstacles(
                                many(
                                    Limits.ENTRY_LIST_SIZE + 1,
                                    i -> Obstacle.of(ObstacleCategory.BUDGET, "o")))))));

    // Texts that together pass Limits.RECORD_TEXT_LENGTH.
    r.add(
        rule(
            Meeting.class,
            "decisions",
            "decisions whose texts pass the meeting's Limits.RECORD_TEXT_LENGTH",
            meetings.map(
                m ->
                    attempt(
                        () ->
                            m.withDecisions(
                                many(
                                    Limits.RECORD_TEXT_LENGTH / Limits.TEXT_LENGTH + 1,
                                    i ->
                                        Decision.builder()
                                            .number(1_000 + i)
                                            .text(LONG_TEXT)
                                            .build()))))));
    r.add(
        rule(
            Commitment.class,
            "milestones",
            "milestones whose descriptions pass the commitment's Limits.RECORD_TEXT_LENGTH",
            commitments.map(
                c ->
                    attempt(
                        () ->
                            c.withMilestones(
                                many(
                                    Limits.RECORD_TEXT_LENGTH / Limits.TEXT_LENGTH + 1,
                                    i ->
                                        Milestone.of(
                                            MilestoneId.of("limit-" + i), LONG_TEXT, c.due())))))));
    r.add(
        rule(
            UnitReport.class,
            "plans",
            "plans whose texts pass the report's Limits.RECORD_TEXT_LENGTH",
            MeetingGens.unitReports()
                .map(
                    u ->
                        attempt(
                            () ->
                                u.withPlans(
                                    many(
                                        Limits.RECORD_TEXT_LENGTH / Limits.TEXT_LENGTH + 1,
                                        i -> LONG_TEXT))))));

    r.add(
        rule(
            Meeting.class,
            "reports",
            "reports whose lists together pass the meeting's Limits.RECORD_ELEMENTS",
            meetings.map(
                m ->
                    attempt(
                        () -> {
                          List<Participant> participants = new ArrayList<>(m.participants());
                          List<UnitReport> unitReports = new ArrayList<>();
                          for (int i = 0;
                              i <= Limits.RECORD_ELEMENTS / Limits.ENTRY_LIST_SIZE;
                              i++) {
                            UnitId unit = UnitId.of("limit-reporter-" + i);
                            participants.add(
                                Participant.builder()
                                    .unit(unit)
                                    .role(ParticipantRole.MEMBER)
                                    .build());
                            unitReports.add(
                                UnitReport.builder()
                                    .unit(unit)
                                    .achievements(many(Limits.ENTRY_LIST_SIZE, k -> "a"))
                                    .build());
                          }
                          return Meeting.builder()
                              .from(m)
                              .participants(participants)
                              .reports(unitReports)
                              .build();
                        }))));

    // Decimals: the poison row, the CPU burns, scales out of range.
    Gen<BigDecimal> hostileAmounts =
        pick(
            List.of(
                new BigDecimal("9".repeat(101)),
                new BigDecimal("1" + "0".repeat(Limits.DECIMAL_PRECISION)),
                new BigDecimal("1E+9999999"),
                new BigDecimal("1E+999999999"),
                new BigDecimal("1E+" + Limits.DECIMAL_PRECISION),
                new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
                new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
                new BigDecimal(BigInteger.TEN.pow(1_000)),
                new BigDecimal("0.00001"),
                new BigDecimal("1E-2147483647")));
    r.add(
        rule(
            FundingLine.class,
            "allocation",
            "an allocation beyond Limits.DECIMAL_PRECISION or Limits.DECIMAL_SCALE",
            CommitmentGens.fundingLines()
                .zip(hostileAmounts, (b, amount) -> attempt(() -> b.withAllocation(amount)))));

    // Dates and instants outside the years.
    Gen<LocalDate> badDates =
        pick(
            List.of(
                LocalDate.MIN,
                LocalDate.MAX,
                LocalDate.of(1, 1, 1),
                LocalDate.of(Limits.YEAR_MIN - 1, 12, 31),
                LocalDate.of(Limits.YEAR_MAX + 1, 1, 1),
                LocalDate.of(-5, 6, 1),
                LocalDate.of(275_760, 9, 13)));
    r.add(
        rule(
            Milestone.class,
            "due",
            "a milestone due outside the years of Limits",
            CommitmentGens.milestones().zip(badDates, (m, d) -> attempt(() -> m.withDue(d)))));
    r.add(
        rule(
            DatedValue.class,
            "date",
            "a dated value outside the years of Limits",
            IndicatorGens.datedValues().zip(badDates, (v, d) -> attempt(() -> v.withDate(d)))));
    r.add(
        rule(
            MeasuredValue.class,
            "asOf",
            "a measured value as of a date outside the years of Limits",
            MonitoringGens.measuredValues().zip(badDates, (v, d) -> attempt(() -> v.withAsOf(d)))));
    r.add(
        rule(
            ProgressReport.class,
            "submittedAt",
            "a report submitted outside the years of Limits",
            reports.zip(
                pick(
                    List.of(
                        Instant.MIN,
                        Instant.MAX,
                        Instant.EPOCH.minusSeconds(3_000_000_000L),
                        Year.of(Limits.YEAR_MAX + 1)
                            .atDay(1)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant())),
                (p, t) -> attempt(() -> p.withSubmittedAt(t)))));
    r.add(
        rule(
            ObservationPeriod.class,
            "year",
            "a calendar year outside the years of Limits",
            pick(List.of(
                    1_000_000_000,
                    -1_000_000_000,
                    Integer.MIN_VALUE,
                    Integer.MAX_VALUE,
                    Limits.YEAR_MIN - 1,
                    Limits.YEAR_MAX,
                    0))
                .map(year -> attempt(() -> ObservationPeriod.year(year)))));
    r.add(
        rule(
            MonitoringCycle.class,
            "periodEnd",
            "a cycle ending after the years of Limits",
            MonitoringGens.monitoringCycles()
                .map(
                    c -> attempt(() -> c.withPeriodEnd(LocalDate.of(Limits.YEAR_MAX + 1, 1, 1))))));
    r.add(
        rule(
            CycleSchedule.class,
            "sequence",
            "a cycle number whose period would end after the years of Limits",
            MonitoringGens.monitoringPlans()
                .zip(
                    pick(List.of(Integer.MAX_VALUE, 1_000_000_000, 12_000_000, 13_000)),
                    (p, n) -> attempt(() -> CycleSchedule.cycle(p, n)))));

    // Measures beyond their magnitudes.
    Gen<Double> badMeasures =
        pick(
            List.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.MIN_VALUE,
                -Double.MIN_NORMAL,
                1e300,
                1e-300,
                1.000001e18,
                -2e18,
                9.9e-31));
    r.add(
        rule(
            Target.class,
            "value",
            "a target beyond the magnitudes of Limits",
            CommitmentGens.targets().zip(badMeasures, (t, v) -> attempt(() -> t.withValue(v)))));
    r.add(
        rule(
            MeasuredValue.class,
            "value",
            "a measured value beyond the magnitudes of Limits",
            MonitoringGens.measuredValues()
                .zip(badMeasures, (m, v) -> attempt(() -> m.withValue(v)))));

    // Null elements in builder collections, reported at their index.
    r.add(
        rule(
            Commitment.class,
            "supporters",
            "a null supporter",
            commitments.zip(
                ints(0, 5),
                (c, at) ->
                    attempt(
                        () ->
                            Commitment.builder()
                                .from(c)
                                .supporters(withNullAt(c.supporters(), at))
                                .build()))));
    r.add(
        rule(
            Commitment.class,
            "scope",
            "a null jurisdiction in the scope",
            commitments.zip(
                ints(0, 5), (c, at) -> attempt(() -> c.withScope(withNullAt(c.scope(), at))))));
    r.add(
        rule(
            PersonName.class,
            "titlesBefore",
            "a null title",
            UnitGens.personNames()
                .zip(
                    ints(0, 3),
                    (n, at) ->
                        attempt(
                            () ->
                                PersonName.builder()
                                    .from(n)
                                    .titlesBefore(withNullAt(n.titlesBefore(), at))
                                    .build()))));
    r.add(
        rule(
            Meeting.class,
            "agenda",
            "a null agenda item",
            meetings.zip(
                ints(0, 5), (m, at) -> attempt(() -> m.withAgenda(withNullAt(m.agenda(), at))))));
    r.add(
        rule(
            ProgressReport.class,
            "evidence",
            "a null piece of evidence",
            reports.zip(
                ints(0, 5),
                (p, at) -> attempt(() -> p.withEvidence(withNullAt(p.evidence(), at))))));
    r.add(
        rule(
            UnitReport.class,
            "plans",
            "a null plan",
            MeetingGens.unitReports().map(u -> attempt(() -> u.withPlans(plus(u.plans(), null))))));
    r.add(
        rule(
            Meeting.class,
            "title",
            "a null title given to the builder",
            meetings.map(m -> attempt(() -> Meeting.builder().from(m).title(null).build()))));
    return r;
  }
}
