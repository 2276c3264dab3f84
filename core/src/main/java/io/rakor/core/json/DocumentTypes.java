package io.rakor.core.json;

import com.google.common.collect.ImmutableBiMap;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
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
import io.rakor.core.units.Forum;
import io.rakor.core.units.Official;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import java.util.Optional;

/** The stable name of every Rakor type that can be the data of a document. */
final class DocumentTypes {
  /** The suffix of the type name of a document whose data is a list. */
  static final String LIST_SUFFIX = "[]";

  /** Type names, in the order of docs/json-format.md. Names never change once released. */
  static final ImmutableBiMap<String, Class<?>> BY_NAME =
      ImmutableBiMap.<String, Class<?>>builder()
          // aggregates
          .put("jurisdiction", Jurisdiction.class)
          .put("responsible-unit", ResponsibleUnit.class)
          .put("forum", Forum.class)
          .put("official", Official.class)
          .put("meeting", Meeting.class)
          .put("priority", Priority.class)
          .put("indicator", Indicator.class)
          .put("commitment", Commitment.class)
          .put("monitoring-plan", MonitoringPlan.class)
          .put("monitoring-cycle", MonitoringCycle.class)
          .put("progress-report", ProgressReport.class)
          .put("evaluation-record", EvaluationRecord.class)
          // values inside aggregates
          .put("person-name", PersonName.class)
          .put("participant", Participant.class)
          .put("agenda-item", AgendaItem.class)
          .put("unit-report", UnitReport.class)
          .put("obstacle", Obstacle.class)
          .put("decision", Decision.class)
          .put("dated-value", DatedValue.class)
          .put("target", Target.class)
          .put("milestone", Milestone.class)
          .put("funding-line", FundingLine.class)
          .put("funding-line-ref", FundingLineRef.class)
          .put("measured-value", MeasuredValue.class)
          .put("milestone-completion", MilestoneCompletion.class)
          .put("evidence-ref", EvidenceRef.class)
          .put("milestone-achievement", MilestoneAchievement.class)
          .put("recorded-assessment", RecordedAssessment.class)
          .put("health-thresholds", HealthThresholds.class)
          .build();

  private DocumentTypes() {}

  /** The registered type that {@code type} is or extends, if any. */
  static Optional<Class<?>> registered(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (BY_NAME.containsValue(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
