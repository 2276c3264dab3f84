package io.rakor.core.monitoring;

import static io.rakor.core.Samples.M1;
import static io.rakor.core.Samples.M2;
import static io.rakor.core.Samples.STUNTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rakor.core.Samples;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.Limits;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evaluation at its edges: what counts in roll-ups, a previous cycle on a rebuilt portfolio,
 * gaps exactly at a threshold, parents, checkpoints and what is carried to the next meeting.
 */
class EvaluationEdgesTest {
  private static final MonitoringEvaluator DEFAULTS = MonitoringEvaluator.defaults();
  private static final List<io.rakor.core.indicators.Indicator> INDICATORS =
      List.of(Samples.stuntingIndicator());

  /**
   * The fixture commitment from 1 January 2026 to {@code due}, without milestones, its one target
   * due with it (and never measured here).
   */
  private static Commitment plain(String id, LocalDate due) {
    return Commitment.builder()
        .from(Samples.commitmentInProgress())
        .id(CommitmentId.of(id))
        .due(due)
        .targets(List.of(Target.of(STUNTING, 14, due)))
        .milestones(List.of())
        .build();
  }

  private static Commitment plain(String id) {
    return plain(id, Samples.DUE);
  }

  private static MonitoringCycle cycle(int n) {
    return CycleSchedule.cycle(Samples.monthlyPlan(), n);
  }

  /** A report submitted on time. */
  private static ProgressReport report(String commitment, int cycle, double percent) {
    MonitoringCycle c = cycle(cycle);
    return Samples.progressReport(CommitmentId.of(commitment), c.id(), percent)
        .withSubmittedAt(c.reportDue().toInstant().minusSeconds(60));
  }

  private static CycleEvaluation evaluate(
      MonitoringEvaluator evaluator, List<Commitment> commitments, int cycle, ProgressReport... r) {
    return evaluator.evaluate(Portfolio.of(commitments, INDICATORS), cycle(cycle), List.of(r));
  }

  @Test
  void completedCommitmentsCountInEveryRollUpAndUnevaluatedOnesInNone() {
    Commitment done = plain("done").withStatus(CommitmentStatus.COMPLETED);
    Commitment open = plain("open");
    Commitment later =
        plain("later")
            .withStart(LocalDate.of(2026, 6, 1))
            .withLead(UnitId.of("dinas-pu"))
            .withPriority(PriorityId.of("p-water"))
            .withScope(JurisdictionCode.of("18.04.01.2001"));
    CycleEvaluation e = evaluate(DEFAULTS, List.of(done, open, later), 3);

    HealthSummary doneAndUnreported = new HealthSummary(1, 0, 0, 1, 0, 0);
    assertThat(e.byPriority()).containsOnlyKeys(PriorityId.of("p-stunting"));
    assertThat(e.byPriority().get(PriorityId.of("p-stunting"))).isEqualTo(doneAndUnreported);
    assertThat(e.byLeadUnit()).containsOnlyKeys(UnitId.of("dinkes"));
    assertThat(e.byLeadUnit().get(UnitId.of("dinkes"))).isEqualTo(doneAndUnreported);
    assertThat(e.forJurisdiction(JurisdictionCode.of("18.03.01.2001")))
        .isEqualTo(doneAndUnreported);
    assertThat(e.byJurisdiction()).doesNotContainKey(JurisdictionCode.of("18.04.01.2001"));
    assertThat(e.subtree(CommitmentId.of("done"))).isEqualTo(new HealthSummary(1, 0, 0, 0, 0, 0));

    assertThat(e.assessments())
        .extracting(CommitmentAssessment::commitment)
        .containsExactly(CommitmentId.of("done"), CommitmentId.of("open"));
    assertThat(e.escalations(Set.of(Health.COMPLETED)))
        .extracting(CommitmentAssessment::commitment)
        .containsExactly(CommitmentId.of("done"));
    assertThat(e.rolledUpProgress(CommitmentId.of("done"))).hasValue(100);
    assertThat(e.rolledUpProgress(CommitmentId.of("nowhere"))).isEmpty();

    Ranking ranking = e.whoIsBehind(Directory.empty());
    assertThat(ranking.byUnit())
        .singleElement()
        .satisfies(s -> assertThat(s.evaluated()).isEqualTo(2));
    assertThat(ranking.byPriority())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.evaluated()).isEqualTo(2);
              assertThat(s.behind()).isEqualTo(1);
            });
    assertThat(e.portfolio().commitments()).containsExactly(done, open, later);
    assertThat(e.portfolio().indicators()).isEqualTo(INDICATORS);
    assertThat(e.portfolio().indicator(STUNTING)).contains(INDICATORS.get(0));
    assertThat(e.portfolio().indicator(Samples.WATER)).isEmpty();
    assertThat(e.thresholds()).isEqualTo(HealthThresholds.defaults());
    assertThat(e).hasToString("Evaluation of " + cycle(3).id() + ": " + e.summary());
  }

  @Test
  void escalationsAndTheRankingListTheWorstFirstWhateverTheDueDate() {
    Commitment soonButOnTrack = plain("a-soon", LocalDate.of(2026, 10, 31));
    Commitment laterAndUnreported = plain("b-later");
    Commitment laterAndBehind = plain("c-later");
    CycleEvaluation e =
        evaluate(
            DEFAULTS,
            List.of(soonButOnTrack, laterAndUnreported, laterAndBehind),
            3,
            report("a-soon", 3, 25),
            report("c-later", 3, 5));

    assertThat(e.escalations(Set.of(Health.ON_TRACK, Health.AT_RISK, Health.NOT_REPORTED)))
        .extracting(CommitmentAssessment::commitment)
        .containsExactly(
            CommitmentId.of("b-later"), CommitmentId.of("c-later"), CommitmentId.of("a-soon"));
    assertThat(e.whoIsBehind(Directory.empty()).byUnit().get(0).commitments())
        .extracting(CommitmentAssessment::commitment)
        .containsExactly(CommitmentId.of("b-later"), CommitmentId.of("c-later"));
  }

  @Test
  void thePreviousCycleIsFoundByIdInARebuiltPortfolio() {
    Commitment x = plain("x");
    Commitment y = plain("y");
    CycleEvaluation february =
        evaluate(DEFAULTS, List.of(x, y), 2, report("x", 2, 10), report("y", 2, 30));
    assertThat(february.assessment(0).orElseThrow().previousReportedPercent()).isEmpty();
    assertThat(february.health(0)).contains(Health.ON_TRACK);

    Portfolio rebuilt = Portfolio.of(List.of(y, x), INDICATORS);
    CycleEvaluation march =
        DEFAULTS.evaluate(
            CycleReports.of(rebuilt, cycle(3), List.of(report("x", 3, 2), report("y", 3, 30))),
            Optional.of(february));

    CommitmentAssessment xNow = march.assessment(CommitmentId.of("x")).orElseThrow();
    CommitmentAssessment yNow = march.assessment(CommitmentId.of("y")).orElseThrow();
    assertThat(xNow.previousReportedPercent()).hasValue(10);
    assertThat(yNow.previousReportedPercent()).hasValue(30);
    assertThat(xNow.progressDropped()).isTrue();
    assertThat(yNow.progressDropped()).isFalse();
    assertThat(xNow.healthWorsened()).isTrue();
    assertThat(yNow.health()).isEqualTo(Health.ON_TRACK);
    assertThat(yNow.healthWorsened()).isFalse();

    EscalationRules none = EscalationRules.only(Set.of());
    assertThat(
            march.escalations(EscalationRules.builder().from(none).progressDropped(true).build()))
        .extracting(CommitmentAssessment::commitment)
        .containsExactly(CommitmentId.of("x"));
    assertThat(march.escalations(EscalationRules.builder().from(none).healthWorsened(true).build()))
        .extracting(CommitmentAssessment::commitment)
        .containsExactly(CommitmentId.of("x"));
  }

  private static MonitoringEvaluator gaps(double atRisk, double offTrack) {
    return MonitoringEvaluator.of(
        HealthThresholds.builder().atRiskGap(atRisk).offTrackGap(offTrack).build());
  }

  @Test
  void aGapExactlyAtAThresholdIsNotBeyondIt() {
    List<Commitment> one = List.of(plain("x"));
    double gap =
        evaluate(DEFAULTS, one, 3, report("x", 3, 5))
            .assessment(0)
            .orElseThrow()
            .pointsBehind()
            .getAsDouble();
    assertThat(gap).isPositive();
    assertThat(evaluate(gaps(gap, 50), one, 3, report("x", 3, 5)).health(0))
        .contains(Health.ON_TRACK);
    assertThat(evaluate(gaps(1, gap), one, 3, report("x", 3, 5)).health(0))
        .contains(Health.AT_RISK);

    // the same for a parent judged by its child
    List<Commitment> family =
        List.of(plain("parent"), plain("child").withParent(CommitmentId.of("parent")));
    double childrenGap =
        evaluate(DEFAULTS, family, 3, report("child", 3, 5))
            .assessment(0)
            .orElseThrow()
            .pointsBehind()
            .getAsDouble();
    assertThat(childrenGap).isPositive();
    assertThat(evaluate(gaps(childrenGap, 50), family, 3, report("child", 3, 5)).health(0))
        .contains(Health.ON_TRACK);
    assertThat(evaluate(gaps(1, childrenGap), family, 3, report("child", 3, 5)).health(0))
        .contains(Health.AT_RISK);
  }

  @Test
  void aCompletedChildCountsAsFullProgressForItsParent() {
    CycleEvaluation e =
        evaluate(
            DEFAULTS,
            List.of(
                plain("other"),
                plain("parent"),
                plain("done")
                    .withParent(CommitmentId.of("parent"))
                    .withStatus(CommitmentStatus.COMPLETED),
                plain("open").withParent(CommitmentId.of("parent"))),
            3,
            report("open", 3, 50));
    assertThat(e.assessment(CommitmentId.of("parent")).orElseThrow().childrenProgressPercent())
        .hasValue(75);
    assertThat(e.assessment(CommitmentId.of("other")).orElseThrow().childrenProgressPercent())
        .isEmpty();
  }

  @Test
  void aParentPastItsDueDateIsOverdueOnlyWhileAChildIsUnfinished() {
    LocalDate february = LocalDate.of(2026, 2, 28);
    Commitment parent = plain("parent", february);
    Commitment child = plain("child", february).withParent(CommitmentId.of("parent"));
    assertThat(evaluate(DEFAULTS, List.of(parent, child), 3, report("child", 3, 100)).health(0))
        .contains(Health.ON_TRACK);
    assertThat(evaluate(DEFAULTS, List.of(parent, child), 3, report("child", 3, 90)).health(0))
        .contains(Health.OVERDUE);

    // due on 1 April, the day after March: not past due in March's cycle
    LocalDate april = LocalDate.of(2026, 4, 1);
    Commitment dueAfter = plain("parent", april);
    Commitment itsChild = plain("child", april).withParent(CommitmentId.of("parent"));
    assertThat(evaluate(DEFAULTS, List.of(dueAfter, itsChild), 3, report("child", 3, 98)).health(0))
        .contains(Health.ON_TRACK);
  }

  @Test
  void aParentWithoutAReportIsOffTrackFromTheConfiguredNumberOfMissedMilestones() {
    Commitment parent =
        plain("parent")
            .withMilestones(
                Milestone.of(M1, "Data balita terverifikasi", LocalDate.of(2026, 2, 27)),
                Milestone.of(M2, "Posyandu aktif", LocalDate.of(2026, 2, 28)));
    Commitment child = plain("child").withParent(CommitmentId.of("parent"));
    CycleEvaluation e = evaluate(DEFAULTS, List.of(parent, child), 3, report("child", 3, 30));
    assertThat(e.health(1)).contains(Health.ON_TRACK);
    assertThat(e.health(0)).contains(Health.OFF_TRACK);
  }

  @Test
  void checkpointsAverageTheMilestonesStepsAndTheStepAfterTheLast() {
    // m1 from 1 January to 31 March is done by 1 April, m2 from 1 April to 31 December not begun
    Commitment lastOnDue =
        plain("x")
            .withMilestones(
                Milestone.of(M1, "Data balita terverifikasi", LocalDate.of(2026, 3, 31)),
                Milestone.of(M2, "Posyandu aktif", LocalDate.of(2026, 12, 31)));
    assertThat(
            evaluate(DEFAULTS, List.of(lastOnDue), 3).assessment(0).orElseThrow().expectedPercent())
        .isEqualTo(50);

    // the fixture: m1 by 31 March, m2 by 30 June, then 1 July to 31 December; as of 1 September
    Commitment fixture = Samples.commitmentInProgress();
    double expected = (100 + 100 + 100 * 62 / 184.0) / 3;
    assertThat(
            evaluate(DEFAULTS, List.of(fixture), 8).assessment(0).orElseThrow().expectedPercent())
        .isCloseTo(expected, within(1e-9));
    // the same with another commitment's milestones before it in the portfolio
    assertThat(
            evaluate(DEFAULTS, List.of(lastOnDue, fixture), 8)
                .assessment(1)
                .orElseThrow()
                .expectedPercent())
        .isCloseTo(expected, within(1e-9));
  }

  @Test
  void aMilestoneDueOnTheDayAfterTheCycleIsNotMissedInIt() {
    Commitment x =
        plain("x").withMilestones(Milestone.of(M1, "Data balita", LocalDate.of(2026, 4, 1)));
    CommitmentAssessment a =
        evaluate(DEFAULTS, List.of(x), 3, report("x", 3, 60)).assessment(0).orElseThrow();
    assertThat(a.milestones().get(0).state()).isEqualTo(MilestoneState.DUE_SOON);
    assertThat(a.health()).isEqualTo(Health.ON_TRACK);
  }

  @Test
  void aReportOnAMilestoneTheCommitmentDoesNotHaveChangesNothing() {
    ProgressReport r =
        report("rtl-01", 3, 30)
            .withMilestones(
                MilestoneCompletion.done(MilestoneId.of("m9"), LocalDate.of(2026, 3, 1)));
    CommitmentAssessment a =
        evaluate(DEFAULTS, List.of(Samples.commitmentInProgress()), 3, r)
            .assessment(0)
            .orElseThrow();
    assertThat(a.milestones()).noneMatch(m -> m.state().isDone());
  }

  @Test
  void anIndicatorWithSeveralDatedTargetsIsJudgedFromTheLatestEarlierOne() {
    Commitment x =
        plain("x")
            .withTargets(
                Target.of(STUNTING, 20, LocalDate.of(2026, 6, 30)),
                Target.of(STUNTING, 14, LocalDate.of(2026, 12, 31)),
                Target.of(STUNTING, 17, LocalDate.of(2026, 9, 30)));
    CommitmentAssessment a =
        evaluate(DEFAULTS, List.of(x), 10, report("x", 10, 80)).assessment(0).orElseThrow();
    assertThat(a.indicators())
        .extracting(IndicatorCheck::startValue)
        .containsExactly(27.0, 17.0, 20.0);
  }

  @Test
  void onlyActiveCommitmentsAreCarriedOverWorstFirst() {
    Commitment soonButOnTrack = plain("a-soon", LocalDate.of(2026, 10, 31));
    Commitment unreported = plain("b-later");
    Commitment done = plain("c-done").withStatus(CommitmentStatus.COMPLETED);
    Commitment cancelled =
        plain("d-cancelled")
            .withStatus(CommitmentStatus.CANCELLED)
            .withStatusReason("Merged into b-later");
    CycleEvaluation e =
        evaluate(
            DEFAULTS,
            List.of(soonButOnTrack, unreported, done, cancelled),
            3,
            report("a-soon", 3, 25));
    Meeting next = Samples.meetingWithEveryRole();

    List<AgendaItem> carried = AgendaCarryOver.carryInto(next, e).agenda();

    assertThat(carried.subList(next.agenda().size(), carried.size()))
        .extracting(AgendaItem::title)
        .containsExactly(
            "Follow-up b-later [NOT_REPORTED]: Menurunkan prevalensi stunting",
            "Follow-up a-soon [ON_TRACK]: Menurunkan prevalensi stunting");
  }

  @Test
  void aCarriedOverTitleIsCutOnlyBeyondTheLongestName() {
    String head = "Follow-up x [NOT_REPORTED]: ";
    String fits = "a".repeat(Limits.NAME_LENGTH - head.length());
    CycleEvaluation e = evaluate(DEFAULTS, List.of(plain("x").withAction(fits)), 3);
    List<AgendaItem> agenda = AgendaCarryOver.carryInto(Samples.meetingWithEveryRole(), e).agenda();
    assertThat(agenda.get(agenda.size() - 1).title()).isEqualTo(head + fits);

    CycleEvaluation longer = evaluate(DEFAULTS, List.of(plain("x").withAction(fits + "b")), 3);
    List<AgendaItem> cut =
        AgendaCarryOver.carryInto(Samples.meetingWithEveryRole(), longer).agenda();
    assertThat(cut.get(cut.size() - 1).title()).hasSize(Limits.NAME_LENGTH).endsWith("a…");
  }
}
