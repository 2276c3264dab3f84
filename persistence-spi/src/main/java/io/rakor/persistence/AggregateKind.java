package io.rakor.persistence;

import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ObservationId;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.plans.LegalInstrument;
import io.rakor.core.plans.LegalInstrumentId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of aggregate a store keeps: its value type, its identifier type, how to take the id from
 * a value, and how to write the id as text and read it back. The constants are the complete list; a
 * store must keep every one of them ({@link RakorStore} rule 101).
 *
 * <p>Ids of different kinds live in separate name spaces: {@code UNIT "bappeda"} and {@code FORUM
 * "bappeda"} are different aggregates (rule 105). Wherever the contract orders by id, it orders by
 * {@link #idText(Object)} compared with {@link String#compareTo(String)} (ids are ASCII, so this is
 * byte order). Immutable and thread-safe.
 *
 * @param <T> the aggregate's value type
 * @param <K> the aggregate's identifier type
 * @since 0.1
 */
public final class AggregateKind<T, K> {
  /** Administrative areas, by hierarchical code. */
  public static final AggregateKind<Jurisdiction, JurisdictionCode> JURISDICTION =
      new AggregateKind<>(
          "jurisdiction",
          Jurisdiction.class,
          JurisdictionCode.class,
          Jurisdiction::code,
          JurisdictionCode::value,
          JurisdictionCode::of);

  /** Responsible units (agencies, offices, village governments, ...). */
  public static final AggregateKind<ResponsibleUnit, UnitId> UNIT =
      new AggregateKind<>(
          "unit",
          ResponsibleUnit.class,
          UnitId.class,
          ResponsibleUnit::id,
          UnitId::value,
          UnitId::of);

  /** Forums of units (Forkopimda, task forces). */
  public static final AggregateKind<Forum, ForumId> FORUM =
      new AggregateKind<>(
          "forum", Forum.class, ForumId.class, Forum::id, ForumId::value, ForumId::of);

  /** Officials holding positions in units. */
  public static final AggregateKind<Official, OfficialId> OFFICIAL =
      new AggregateKind<>(
          "official",
          Official.class,
          OfficialId.class,
          Official::id,
          OfficialId::value,
          OfficialId::of);

  /** Meetings. */
  public static final AggregateKind<Meeting, MeetingId> MEETING =
      new AggregateKind<>(
          "meeting", Meeting.class, MeetingId.class, Meeting::id, MeetingId::value, MeetingId::of);

  /** Agenda priorities. */
  public static final AggregateKind<Priority, PriorityId> PRIORITY =
      new AggregateKind<>(
          "priority",
          Priority.class,
          PriorityId.class,
          Priority::id,
          PriorityId::value,
          PriorityId::of);

  /** Indicators. */
  public static final AggregateKind<Indicator, IndicatorId> INDICATOR =
      new AggregateKind<>(
          "indicator",
          Indicator.class,
          IndicatorId.class,
          Indicator::id,
          IndicatorId::value,
          IndicatorId::of);

  /** Commitments (follow-up actions). */
  public static final AggregateKind<Commitment, CommitmentId> COMMITMENT =
      new AggregateKind<>(
          "commitment",
          Commitment.class,
          CommitmentId.class,
          Commitment::id,
          CommitmentId::value,
          CommitmentId::of);

  /** Monitoring plans. */
  public static final AggregateKind<MonitoringPlan, MonitoringPlanId> MONITORING_PLAN =
      new AggregateKind<>(
          "monitoring-plan",
          MonitoringPlan.class,
          MonitoringPlanId.class,
          MonitoringPlan::id,
          MonitoringPlanId::value,
          MonitoringPlanId::of);

  /** Monitoring cycles. */
  public static final AggregateKind<MonitoringCycle, CycleId> MONITORING_CYCLE =
      new AggregateKind<>(
          "monitoring-cycle",
          MonitoringCycle.class,
          CycleId.class,
          MonitoringCycle::id,
          CycleId::value,
          CycleId::of);

  /** Progress reports. */
  public static final AggregateKind<ProgressReport, ProgressReportId> PROGRESS_REPORT =
      new AggregateKind<>(
          "progress-report",
          ProgressReport.class,
          ProgressReportId.class,
          ProgressReport::id,
          ProgressReportId::value,
          ProgressReportId::of);

  /** Observations (one source's figure for an indicator, area and period). */
  public static final AggregateKind<Observation, ObservationId> OBSERVATION =
      new AggregateKind<>(
          "observation",
          Observation.class,
          ObservationId.class,
          Observation::id,
          ObservationId::value,
          ObservationId::of);

  /**
   * Stored evaluations of monitoring cycles, one per cycle, identified by the cycle's id: a new
   * version each time the cycle's evaluation is recorded again.
   */
  public static final AggregateKind<EvaluationRecord, CycleId> EVALUATION_RECORD =
      new AggregateKind<>(
          "evaluation-record",
          EvaluationRecord.class,
          CycleId.class,
          EvaluationRecord::cycle,
          CycleId::value,
          CycleId::of);

  /**
   * Legal instruments (regulations and decrees: Perda, Perbup, Perdes, SK Bupati), by id.
   *
   * @since 0.1
   */
  public static final AggregateKind<LegalInstrument, LegalInstrumentId> LEGAL_INSTRUMENT =
      new AggregateKind<>(
          "legal-instrument",
          LegalInstrument.class,
          LegalInstrumentId.class,
          LegalInstrument::id,
          LegalInstrumentId::value,
          LegalInstrumentId::of);

  private static final ImmutableList<AggregateKind<?, ?>> ALL =
      ImmutableList.of(
          JURISDICTION,
          UNIT,
          FORUM,
          OFFICIAL,
          MEETING,
          PRIORITY,
          INDICATOR,
          COMMITMENT,
          MONITORING_PLAN,
          MONITORING_CYCLE,
          PROGRESS_REPORT,
          OBSERVATION,
          EVALUATION_RECORD,
          LEGAL_INSTRUMENT);

  private final String name;
  private final Class<T> valueType;
  private final Class<K> idType;
  private final Function<T, K> idOf;
  private final Function<K, String> idText;
  private final Function<String, K> parseId;

  private AggregateKind(
      String name,
      Class<T> valueType,
      Class<K> idType,
      Function<T, K> idOf,
      Function<K, String> idText,
      Function<String, K> parseId) {
    this.name = name;
    this.valueType = valueType;
    this.idType = idType;
    this.idOf = idOf;
    this.idText = idText;
    this.parseId = parseId;
  }

  /**
   * Every kind, in a fixed order.
   *
   * @return the kinds
   */
  public static ImmutableList<AggregateKind<?, ?>> all() {
    return ALL;
  }

  /**
   * The kind with a name.
   *
   * @param name a name such as {@code "commitment"}
   * @return the kind, or empty if there is none by that name
   */
  public static Optional<AggregateKind<?, ?>> named(String name) {
    return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
  }

  /**
   * The kind's stable name, lower case with hyphens, for example {@code "progress-report"}; fit for
   * a table name or a key prefix.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The value type.
   *
   * @return the class of the aggregate's values
   */
  public Class<T> valueType() {
    return valueType;
  }

  /**
   * The identifier type.
   *
   * @return the class of the aggregate's ids
   */
  public Class<K> idType() {
    return idType;
  }

  /**
   * The id of a value.
   *
   * @param value a value of this kind
   * @return its id
   * @throws NullPointerException if the value is null
   */
  public K idOf(T value) {
    return idOf.apply(Objects.requireNonNull(value, "value"));
  }

  /**
   * The text of an id, as stored and as ordered.
   *
   * @param id an id of this kind
   * @return its text
   */
  public String idText(K id) {
    return idText.apply(Objects.requireNonNull(id, "id"));
  }

  /**
   * Reads an id from its text.
   *
   * @param text the text, as {@link #idText(Object)} wrote it
   * @return the id
   * @throws io.rakor.core.RakorValidationException if the text is not a valid id of this kind
   */
  public K parseId(String text) {
    return parseId.apply(text);
  }

  /**
   * Casts a value to this kind's value type.
   *
   * @param value a value
   * @return the value, typed
   * @throws ClassCastException if it is not of this kind
   */
  public T cast(Object value) {
    return valueType.cast(value);
  }

  /** Returns the kind's name. */
  @Override
  public String toString() {
    return name;
  }
}
