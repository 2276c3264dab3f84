package io.rakor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
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
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.RecordedAssessment;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.units.Forum;
import io.rakor.core.units.Official;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every type survives a JSON round trip: {@code read(write(x), X.class)} equals {@code x}. */
class JsonRoundTripProperties {

  private static <T> void roundTrips(Gen<T> gen, Class<T> type) {
    qt().withExamples(100)
        .forAll(gen)
        .checkAssert(
            value -> {
              String json = RakorJson.write(value);
              assertThat(RakorJson.read(json, type)).as(json).isEqualTo(value);
            });
  }

  @Test
  void identifiersAndCodes() {
    roundTrips(RakorGen.unitIds(), UnitId.class);
    roundTrips(RakorGen.commitmentIds(), CommitmentId.class);
    roundTrips(RakorGen.cycleIds(), CycleId.class);
    roundTrips(RakorGen.jurisdictionCodes(), JurisdictionCode.class);
    roundTrips(RakorGen.priorityAreas(), PriorityArea.class);
  }

  @Test
  void jurisdictionsAndUnits() {
    roundTrips(RakorGen.jurisdictions(), Jurisdiction.class);
    roundTrips(RakorGen.personNames(), PersonName.class);
    roundTrips(RakorGen.units(), ResponsibleUnit.class);
    roundTrips(RakorGen.forums(), Forum.class);
    roundTrips(RakorGen.officials(), Official.class);
  }

  @Test
  void meetings() {
    roundTrips(RakorGen.participants(), Participant.class);
    roundTrips(RakorGen.agendaItems(), AgendaItem.class);
    roundTrips(RakorGen.obstacles(), Obstacle.class);
    roundTrips(RakorGen.unitReports(), UnitReport.class);
    roundTrips(RakorGen.decisions(), Decision.class);
    roundTrips(RakorGen.meetings(), Meeting.class);
  }

  @Test
  void prioritiesIndicatorsAndCommitments() {
    roundTrips(RakorGen.datedValues(), DatedValue.class);
    roundTrips(RakorGen.indicators(), Indicator.class);
    roundTrips(RakorGen.priorities(), Priority.class);
    roundTrips(RakorGen.targets(), Target.class);
    roundTrips(RakorGen.milestones(), Milestone.class);
    roundTrips(RakorGen.fundingLines(), FundingLine.class);
    roundTrips(RakorGen.fundingLineRefs(), FundingLineRef.class);
    roundTrips(RakorGen.commitments(), Commitment.class);
  }

  @Test
  void monitoring() {
    roundTrips(RakorGen.monitoringPlans(), MonitoringPlan.class);
    roundTrips(RakorGen.monitoringCycles(), MonitoringCycle.class);
    roundTrips(RakorGen.measuredValues(), MeasuredValue.class);
    roundTrips(RakorGen.milestoneCompletions(), MilestoneCompletion.class);
    roundTrips(RakorGen.evidenceRefs(), EvidenceRef.class);
    roundTrips(RakorGen.milestoneAchievements(), MilestoneAchievement.class);
    roundTrips(RakorGen.progressReports(), ProgressReport.class);
    roundTrips(RakorGen.healthThresholds(), HealthThresholds.class);
    roundTrips(RakorGen.recordedAssessments(), RecordedAssessment.class);
    roundTrips(RakorGen.evaluationRecords(), EvaluationRecord.class);
  }

  @Test
  void everyValueOfAScenario() {
    qt().withExamples(30)
        .forAll(RakorGen.scenarios())
        .checkAssert(
            s -> {
              assertThat(RakorJson.read(RakorJson.write(s.meeting()), Meeting.class))
                  .isEqualTo(s.meeting());
              s.commitments()
                  .forEach(
                      c ->
                          assertThat(RakorJson.read(RakorJson.write(c), Commitment.class))
                              .isEqualTo(c));
              s.reports()
                  .forEach(
                      r ->
                          assertThat(RakorJson.read(RakorJson.write(r), ProgressReport.class))
                              .isEqualTo(r));
              s.cycles()
                  .forEach(
                      c ->
                          assertThat(RakorJson.read(RakorJson.write(c), MonitoringCycle.class))
                              .isEqualTo(c));
            });
  }
}
