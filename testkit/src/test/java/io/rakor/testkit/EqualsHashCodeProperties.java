package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Budget;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.ImmutableCommitment;
import io.rakor.core.commitments.ImmutableMilestone;
import io.rakor.core.commitments.ImmutableTarget;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.indicators.ImmutableDatedValue;
import io.rakor.core.indicators.ImmutableIndicator;
import io.rakor.core.jurisdictions.ImmutableJurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.ImmutableAgendaItem;
import io.rakor.core.meetings.ImmutableDecision;
import io.rakor.core.meetings.ImmutableMeeting;
import io.rakor.core.meetings.ImmutableObstacle;
import io.rakor.core.meetings.ImmutableParticipant;
import io.rakor.core.meetings.ImmutablePriority;
import io.rakor.core.meetings.ImmutableUnitReport;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.monitoring.ImmutableEvidenceRef;
import io.rakor.core.monitoring.ImmutableMeasuredValue;
import io.rakor.core.monitoring.ImmutableMilestoneCompletion;
import io.rakor.core.monitoring.ImmutableMonitoringCycle;
import io.rakor.core.monitoring.ImmutableMonitoringPlan;
import io.rakor.core.monitoring.ImmutableProgressReport;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.ImmutableForum;
import io.rakor.core.units.ImmutableOfficial;
import io.rakor.core.units.ImmutablePersonName;
import io.rakor.core.units.ImmutableResponsibleUnit;
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
              assertThat(x).isEqualTo(x);
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
        c -> c.depth() < JurisdictionCode.MAX_DEPTH ? c.child("1") : c.parent().orElseThrow());
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
        j -> ImmutableJurisdiction.builder().from(j).build(),
        j -> ImmutableJurisdiction.copyOf(j).withName(j.name() + " Baru"));
    contract(
        RakorGen.personNames(),
        n -> ImmutablePersonName.builder().from(n).build(),
        n -> ImmutablePersonName.copyOf(n).withName(n.name() + "x"));
    contract(
        RakorGen.units(),
        u -> ImmutableResponsibleUnit.builder().from(u).build(),
        u -> ImmutableResponsibleUnit.copyOf(u).withName(u.name() + " Baru"));
    contract(
        RakorGen.forums(),
        f -> ImmutableForum.builder().from(f).build(),
        f -> ImmutableForum.copyOf(f).withName(f.name() + " Baru"));
    contract(
        RakorGen.officials(),
        o -> ImmutableOfficial.builder().from(o).build(),
        o -> ImmutableOfficial.copyOf(o).withPosition("Plt. " + o.position()));
  }

  @Test
  void meetings() {
    contract(
        RakorGen.participants(),
        p -> ImmutableParticipant.builder().from(p).build(),
        p ->
            ImmutableParticipant.copyOf(p)
                .withRole(
                    ParticipantRole.values()[
                        (p.role().ordinal() + 1) % ParticipantRole.values().length]));
    contract(
        RakorGen.agendaItems(),
        a -> ImmutableAgendaItem.builder().from(a).build(),
        a -> ImmutableAgendaItem.copyOf(a).withPosition(a.position() + 1));
    contract(
        RakorGen.obstacles(),
        o -> ImmutableObstacle.builder().from(o).build(),
        o -> ImmutableObstacle.copyOf(o).withDescription(o.description() + "."));
    contract(
        RakorGen.unitReports(),
        r -> ImmutableUnitReport.builder().from(r).build(),
        r -> ImmutableUnitReport.copyOf(r).withPlans(plus(r.plans(), "Rencana baru")));
    contract(
        RakorGen.decisions(),
        d -> ImmutableDecision.builder().from(d).build(),
        d -> ImmutableDecision.copyOf(d).withNumber(d.number() + 1));
    contract(
        RakorGen.meetings(),
        m -> ImmutableMeeting.builder().from(m).build(),
        m -> ImmutableMeeting.copyOf(m).withVenue(m.venue() + " 2"));
  }

  @Test
  void prioritiesIndicatorsAndCommitments() {
    contract(
        RakorGen.datedValues(),
        v -> ImmutableDatedValue.builder().from(v).build(),
        v -> ImmutableDatedValue.copyOf(v).withDate(v.date().plusDays(1)));
    contract(
        RakorGen.indicators(),
        i -> ImmutableIndicator.builder().from(i).build(),
        i -> ImmutableIndicator.copyOf(i).withName(i.name() + " (revisi)"));
    contract(
        RakorGen.priorities(),
        p -> ImmutablePriority.builder().from(p).build(),
        p -> ImmutablePriority.copyOf(p).withTitle(p.title() + " (revisi)"));
    contract(
        RakorGen.targets(),
        t -> ImmutableTarget.builder().from(t).build(),
        t -> ImmutableTarget.copyOf(t).withBy(t.by().plusDays(1)));
    contract(
        RakorGen.milestones(),
        m -> ImmutableMilestone.builder().from(m).build(),
        m -> ImmutableMilestone.copyOf(m).withDue(m.due().plusDays(1)));
    contract(
        RakorGen.budgets(),
        b -> Budget.of(b.amount(), b.currency(), b.source()),
        b -> Budget.of(b.amount().add(java.math.BigDecimal.ONE), b.currency(), b.source()));
    contract(
        RakorGen.commitments(),
        c -> ImmutableCommitment.builder().from(c).build(),
        c -> ImmutableCommitment.copyOf(c).withAction(c.action() + " (revisi)"));
  }

  @Test
  void monitoring() {
    contract(
        RakorGen.monitoringPlans(),
        p -> ImmutableMonitoringPlan.builder().from(p).build(),
        p -> ImmutableMonitoringPlan.copyOf(p).withName(p.name() + " (revisi)"));
    contract(
        RakorGen.monitoringCycles(),
        c -> ImmutableMonitoringCycle.builder().from(c).build(),
        c -> ImmutableMonitoringCycle.copyOf(c).withSequence(c.sequence() + 1));
    contract(
        RakorGen.measuredValues(),
        v -> ImmutableMeasuredValue.builder().from(v).build(),
        v -> ImmutableMeasuredValue.copyOf(v).withAsOf(v.asOf().plusDays(1)));
    contract(
        RakorGen.milestoneCompletions(),
        c -> ImmutableMilestoneCompletion.builder().from(c).build(),
        c ->
            ImmutableMilestoneCompletion.copyOf(c)
                .withMilestone(MilestoneId.of(c.milestone() + "x")));
    contract(
        RakorGen.evidenceRefs(),
        e -> ImmutableEvidenceRef.builder().from(e).build(),
        e -> ImmutableEvidenceRef.copyOf(e).withDescription(e.description().orElse("Bukti") + "!"));
    contract(
        RakorGen.progressReports(),
        r -> ImmutableProgressReport.builder().from(r).build(),
        r ->
            ImmutableProgressReport.copyOf(r)
                .withProgressPercent(
                    r.progressPercent() >= 50 ? r.progressPercent() - 1 : r.progressPercent() + 1));
  }

  @Test
  void scenarios() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios())
        .checkAssert(
            s -> {
              assertThat(s).isEqualTo(s);
              assertThat(s.equals(null)).isFalse();
              assertThat(s.hashCode()).isEqualTo(s.hashCode());
            });
  }
}
