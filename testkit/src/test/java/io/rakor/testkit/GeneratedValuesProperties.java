package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.ImmutableBudget;
import io.rakor.core.commitments.ImmutableCommitment;
import io.rakor.core.commitments.ImmutableMilestone;
import io.rakor.core.commitments.ImmutableTarget;
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
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every generated value is valid: rebuilding it through its builder re-runs every invariant check,
 * succeeds, and gives an equal value.
 */
class GeneratedValuesProperties {
  private static <T> void rebuilds(Gen<T> gen, UnaryOperator<T> rebuild) {
    qt().withExamples(200).forAll(gen).checkAssert(v -> assertThat(rebuild.apply(v)).isEqualTo(v));
  }

  @Test
  void ids() {
    rebuilds(RakorGen.unitIds(), id -> UnitId.of(id.value()));
    rebuilds(RakorGen.jurisdictionCodes(), c -> JurisdictionCode.of(c.value()));
    rebuilds(RakorGen.priorityAreas(), a -> PriorityArea.of(a.code()));
    qt().withExamples(200)
        .forAll(
            RakorGen.forumIds(),
            RakorGen.officialIds(),
            RakorGen.meetingIds(),
            RakorGen.priorityIds())
        .checkAssert((a, b, c, d) -> assertThat(a.value() + b + c + d).isNotBlank());
    qt().withExamples(200)
        .forAll(
            RakorGen.indicatorIds(),
            RakorGen.commitmentIds(),
            RakorGen.milestoneIds(),
            RakorGen.monitoringPlanIds())
        .checkAssert((a, b, c, d) -> assertThat(a.value() + b + c + d).isNotBlank());
    qt().withExamples(200)
        .forAll(RakorGen.cycleIds(), RakorGen.progressReportIds())
        .checkAssert((a, b) -> assertThat(a.value() + b).isNotBlank());
  }

  @Test
  void jurisdictionsAndUnits() {
    rebuilds(RakorGen.jurisdictions(), j -> ImmutableJurisdiction.builder().from(j).build());
    rebuilds(RakorGen.personNames(), n -> ImmutablePersonName.builder().from(n).build());
    rebuilds(RakorGen.units(), u -> ImmutableResponsibleUnit.builder().from(u).build());
    rebuilds(RakorGen.forums(), f -> ImmutableForum.builder().from(f).build());
    rebuilds(RakorGen.officials(), o -> ImmutableOfficial.builder().from(o).build());
  }

  @Test
  void meetings() {
    rebuilds(RakorGen.participants(), p -> ImmutableParticipant.builder().from(p).build());
    rebuilds(RakorGen.agendaItems(), a -> ImmutableAgendaItem.builder().from(a).build());
    rebuilds(RakorGen.obstacles(), o -> ImmutableObstacle.builder().from(o).build());
    rebuilds(RakorGen.unitReports(), r -> ImmutableUnitReport.builder().from(r).build());
    rebuilds(RakorGen.decisions(), d -> ImmutableDecision.builder().from(d).build());
    rebuilds(RakorGen.meetings(), m -> ImmutableMeeting.builder().from(m).build());
  }

  @Test
  void prioritiesIndicatorsAndCommitments() {
    rebuilds(RakorGen.datedValues(), v -> ImmutableDatedValue.builder().from(v).build());
    rebuilds(RakorGen.indicators(), i -> ImmutableIndicator.builder().from(i).build());
    rebuilds(RakorGen.priorities(), p -> ImmutablePriority.builder().from(p).build());
    rebuilds(RakorGen.targets(), t -> ImmutableTarget.builder().from(t).build());
    rebuilds(RakorGen.milestones(), m -> ImmutableMilestone.builder().from(m).build());
    rebuilds(RakorGen.budgets(), b -> ImmutableBudget.builder().from(b).build());
    rebuilds(RakorGen.commitments(), c -> ImmutableCommitment.builder().from(c).build());
  }

  @Test
  void monitoring() {
    rebuilds(RakorGen.monitoringPlans(), p -> ImmutableMonitoringPlan.builder().from(p).build());
    rebuilds(RakorGen.monitoringCycles(), c -> ImmutableMonitoringCycle.builder().from(c).build());
    rebuilds(RakorGen.measuredValues(), v -> ImmutableMeasuredValue.builder().from(v).build());
    rebuilds(
        RakorGen.milestoneCompletions(),
        c -> ImmutableMilestoneCompletion.builder().from(c).build());
    rebuilds(RakorGen.evidenceRefs(), e -> ImmutableEvidenceRef.builder().from(e).build());
    rebuilds(RakorGen.progressReports(), r -> ImmutableProgressReport.builder().from(r).build());
  }

  @Test
  void scenarios() {
    qt().withExamples(50)
        .forAll(RakorGen.scenarios())
        .checkAssert(
            s -> {
              assertThat(s.commitments()).isNotEmpty();
              assertThat(s.cycles()).isNotEmpty();
            });
  }
}
