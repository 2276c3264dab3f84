package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneAchievement;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.RecordedAssessment;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.Forum;
import io.rakor.core.units.Official;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The equals/hashCode contract for every type: reflexive, symmetric, equal copies with equal hash
 * codes, a changed field makes an unequal value, nothing equals null or another type.
 */
class EqualsHashCodeProperties {

  private static <T> void contract(Gen<T> gen, UnaryOperator<T> copy, UnaryOperator<T> change) {
    qt().withExamples(100)
        .forAll(gen)
        .checkAssert(
            x -> {
              T same = copy.apply(x);
              T other = change.apply(x);
              assertThat(x.equals(x)).as("reflexive").isTrue(); // isEqualTo(x) stops at ==
              assertThat(same).isNotSameAs(x).isEqualTo(x);
              assertThat(x).isEqualTo(same);
              assertThat(same.hashCode()).isEqualTo(x.hashCode());
              assertThat(x.hashCode()).isEqualTo(x.hashCode());
              assertThat(other).isNotEqualTo(x);
              assertThat(x).isNotEqualTo(other);
              assertThat(x.equals(null)).isFalse();
              assertThat(x.equals("not a rakor value")).isFalse();
            });
  }

  private static <T> List<T> plus(List<T> list, T extra) {
    List<T> copy = new ArrayList<>(list);
    copy.add(extra);
    return copy;
  }

  @Test
  void identifiersAndCodes() {
    contract(
        RakorGen.unitIds(), id -> UnitId.of(new String(id.value())), id -> UnitId.of(id + "x"));
    contract(
        RakorGen.commitmentIds(),
        id -> CommitmentId.of(new String(id.value())),
        id -> CommitmentId.of(id + "x"));
    contract(
        RakorGen.jurisdictionCodes(),
        c -> JurisdictionCode.of(new String(c.value())),
        c -> c.depth() < JurisdictionCode.MAX_DEPTH ? c.child(99) : c.parent().orElseThrow());
    contract(
        RakorGen.priorityAreas(),
        a -> PriorityArea.of(new String(a.code())),
        a ->
            a.code().length() < 90 && a.code().split("\\.").length < 4
                ? a.sub("x")
                : a.root().sub("y"));
  }

  @Test
  void jurisdictionsAndUnits() {
    contract(
        RakorGen.jurisdictions(),
        j -> Jurisdiction.builder().from(j).build(),
        j -> j.withName(j.name() + " Baru"));
    contract(
        RakorGen.personNames(),
        n -> PersonName.builder().from(n).build(),
        n -> n.withName(n.name() + "x"));
    contract(
        RakorGen.units(),
        u -> ResponsibleUnit.builder().from(u).build(),
        u -> u.withName(u.name() + " Baru"));
    contract(
        RakorGen.forums(),
        f -> Forum.builder().from(f).build(),
        f -> f.withName(f.name() + " Baru"));
    contract(
        RakorGen.officials(),
        o -> Official.builder().from(o).build(),
        o -> o.withPosition("Plt. " + o.position()));
  }

  @Test
  void meetings() {
    contract(
        RakorGen.participants(),
        p -> Participant.builder().from(p).build(),
        p ->
            p.withRole(
                ParticipantRole.values()[
                    (p.role().ordinal() + 1) % ParticipantRole.values().length]));
    contract(
        RakorGen.agendaItems(),
        a -> AgendaItem.builder().from(a).build(),
        a -> a.withPosition(a.position() + 1));
    contract(
        RakorGen.obstacles(),
        o -> Obstacle.builder().from(o).build(),
        o -> o.withDescription(o.description() + "."));
    contract(
        RakorGen.unitReports(),
        r -> UnitReport.builder().from(r).build(),
        r -> r.withPlans(plus(r.plans(), "Rencana baru")));
    contract(
        RakorGen.decisions(),
        d -> Decision.builder().from(d).build(),
        d -> d.withNumber(d.number() + 1));
    contract(
        RakorGen.meetings(),
        m -> Meeting.builder().from(m).build(),
        m -> m.withVenue(m.venue() + " 2"));
  }

  @Test
  void prioritiesIndicatorsAndCommitments() {
    contract(
        RakorGen.datedValues(),
        v -> DatedValue.builder().from(v).build(),
        v -> v.withDate(v.date().plusDays(1)));
    contract(
        RakorGen.indicators(),
        i -> Indicator.builder().from(i).build(),
        i -> i.withName(i.name() + " (revisi)"));
    contract(
        RakorGen.priorities(),
        p -> Priority.builder().from(p).build(),
        p -> p.withTitle(p.title() + " (revisi)"));
    contract(
        RakorGen.targets(),
        t -> Target.builder().from(t).build(),
        t -> t.withBy(t.by().plusDays(1)));
    contract(
        RakorGen.milestones(),
        m -> Milestone.builder().from(m).build(),
        m -> m.withDue(m.due().plusDays(1)));
    contract(
        RakorGen.fundingLines(),
        b -> FundingLine.builder().from(b).build(),
        b -> b.withAllocation(b.allocation().add(java.math.BigDecimal.ONE)));
    contract(
        RakorGen.commitments(),
        c -> Commitment.builder().from(c).build(),
        c -> c.withAction(c.action() + " (revisi)"));
  }

  @Test
  void monitoring() {
    contract(
        RakorGen.monitoringPlans(),
        p -> MonitoringPlan.builder().from(p).build(),
        p -> p.withName(p.name() + " (revisi)"));
    contract(
        RakorGen.monitoringCycles(),
        c -> MonitoringCycle.builder().from(c).build(),
        c -> c.withSequence(c.sequence() + 1));
    contract(
        RakorGen.measuredValues(),
        v -> MeasuredValue.builder().from(v).build(),
        v -> v.withAsOf(v.asOf().plusDays(1)));
    contract(
        RakorGen.milestoneCompletions(),
        c -> MilestoneCompletion.builder().from(c).build(),
        c -> c.withMilestone(MilestoneId.of(c.milestone() + "x")));
    contract(
        RakorGen.milestoneAchievements(),
        a -> MilestoneAchievement.builder().from(a).build(),
        a -> a.withCompletedOn(a.completedOn().plusDays(1)));
    contract(
        RakorGen.recordedAssessments(),
        a -> RecordedAssessment.builder().from(a).build(),
        a -> a.withExpectedPercent(a.expectedPercent() == 0 ? 1 : 0));
    contract(
        RakorGen.evaluationRecords(),
        e -> EvaluationRecord.builder().from(e).build(),
        e -> e.withSequence(e.sequence() + 1));
    contract(
        RakorGen.evidenceRefs(),
        e -> EvidenceRef.builder().from(e).build(),
        e -> e.withDescription(e.description().orElse("Bukti") + "!"));
    contract(
        RakorGen.progressReports(),
        r -> ProgressReport.builder().from(r).build(),
        r ->
            r.withProgressPercent(
                r.progressPercent() >= 50 ? r.progressPercent() - 1 : r.progressPercent() + 1));
  }

  @Test
  void scenarios() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios())
        .checkAssert(
            s -> {
              assertThat(s.equals(s)).as("reflexive").isTrue(); // isEqualTo(s) stops at ==
              assertThat(s.equals(null)).isFalse();
              assertThat(s.hashCode()).isEqualTo(s.hashCode());
            });
  }
}
