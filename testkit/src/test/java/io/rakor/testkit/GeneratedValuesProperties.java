package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.BudgetCode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneAchievement;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.monitoring.RecordedAssessment;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
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
    rebuilds(RakorGen.forumIds(), id -> ForumId.of(id.value()));
    rebuilds(RakorGen.officialIds(), id -> OfficialId.of(id.value()));
    rebuilds(RakorGen.meetingIds(), id -> MeetingId.of(id.value()));
    rebuilds(RakorGen.priorityIds(), id -> PriorityId.of(id.value()));
    rebuilds(RakorGen.indicatorIds(), id -> IndicatorId.of(id.value()));
    rebuilds(RakorGen.commitmentIds(), id -> CommitmentId.of(id.value()));
    rebuilds(RakorGen.milestoneIds(), id -> MilestoneId.of(id.value()));
    rebuilds(RakorGen.monitoringPlanIds(), id -> MonitoringPlanId.of(id.value()));
    rebuilds(RakorGen.cycleIds(), id -> CycleId.of(id.value()));
    rebuilds(RakorGen.progressReportIds(), id -> ProgressReportId.of(id.value()));
  }

  @Test
  void jurisdictionsAndUnits() {
    rebuilds(RakorGen.jurisdictions(), j -> Jurisdiction.builder().from(j).build());
    rebuilds(RakorGen.personNames(), n -> PersonName.builder().from(n).build());
    rebuilds(RakorGen.units(), u -> ResponsibleUnit.builder().from(u).build());
    rebuilds(RakorGen.forums(), f -> Forum.builder().from(f).build());
    rebuilds(RakorGen.officials(), o -> Official.builder().from(o).build());
  }

  @Test
  void meetings() {
    rebuilds(RakorGen.participants(), p -> Participant.builder().from(p).build());
    rebuilds(RakorGen.agendaItems(), a -> AgendaItem.builder().from(a).build());
    rebuilds(RakorGen.obstacles(), o -> Obstacle.builder().from(o).build());
    rebuilds(RakorGen.unitReports(), r -> UnitReport.builder().from(r).build());
    rebuilds(RakorGen.decisions(), d -> Decision.builder().from(d).build());
    rebuilds(RakorGen.meetings(), m -> Meeting.builder().from(m).build());
  }

  @Test
  void prioritiesIndicatorsAndCommitments() {
    rebuilds(RakorGen.datedValues(), v -> DatedValue.builder().from(v).build());
    rebuilds(RakorGen.indicators(), i -> Indicator.builder().from(i).build());
    rebuilds(RakorGen.priorities(), p -> Priority.builder().from(p).build());
    rebuilds(RakorGen.targets(), t -> Target.builder().from(t).build());
    rebuilds(RakorGen.milestones(), m -> Milestone.builder().from(m).build());
    rebuilds(RakorGen.fundingLines(), b -> FundingLine.builder().from(b).build());
    rebuilds(RakorGen.fundingLineRefs(), r -> FundingLineRef.builder().from(r).build());
    rebuilds(RakorGen.budgetCodes(), code -> BudgetCode.of(code.value()));
    rebuilds(RakorGen.commitments(), c -> Commitment.builder().from(c).build());
  }

  @Test
  void monitoring() {
    rebuilds(RakorGen.monitoringPlans(), p -> MonitoringPlan.builder().from(p).build());
    rebuilds(RakorGen.monitoringCycles(), c -> MonitoringCycle.builder().from(c).build());
    rebuilds(RakorGen.measuredValues(), v -> MeasuredValue.builder().from(v).build());
    rebuilds(RakorGen.milestoneCompletions(), c -> MilestoneCompletion.builder().from(c).build());
    rebuilds(RakorGen.evidenceRefs(), e -> EvidenceRef.builder().from(e).build());
    rebuilds(RakorGen.milestoneAchievements(), a -> MilestoneAchievement.builder().from(a).build());
    rebuilds(RakorGen.progressReports(), r -> ProgressReport.builder().from(r).build());
    rebuilds(RakorGen.healthThresholds(), t -> HealthThresholds.builder().from(t).build());
    rebuilds(RakorGen.recordedAssessments(), a -> RecordedAssessment.builder().from(a).build());
    rebuilds(RakorGen.evaluationRecords(), e -> EvaluationRecord.builder().from(e).build());
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
