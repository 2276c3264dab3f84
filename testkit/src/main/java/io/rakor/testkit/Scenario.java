package io.rakor.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole, internally consistent world for tests: a regency with its province, sub-districts and
 * villages; the units that work there (agencies, sub-district offices, village governments,
 * cooperatives, police, military, ...); its forums and officials; indicators (each with a data
 * steward among the units) and priorities; one cross-sector coordination meeting with its agenda,
 * participants, reports and decisions; the commitments the meeting agreed; a monthly monitoring
 * plan with consecutive cycles; and progress reports for some commitments in some cycles.
 *
 * <p>Every id a value refers to resolves to a value in the scenario, and every date is in order
 * (see {@code ScenarioProperties} in the testkit's tests for the full list of what holds). Lookups
 * by id are constant-time. Immutable and thread-safe; equal when all their parts are equal.
 *
 * @since 0.1
 */
public final class Scenario {
  private final ImmutableList<Jurisdiction> jurisdictions;
  private final ImmutableList<ResponsibleUnit> units;
  private final ImmutableList<Forum> forums;
  private final ImmutableList<Official> officials;
  private final ImmutableList<Indicator> indicators;
  private final ImmutableList<Priority> priorities;
  private final Meeting meeting;
  private final ImmutableList<Commitment> commitments;
  private final MonitoringPlan plan;
  private final ImmutableList<MonitoringCycle> cycles;
  private final ImmutableList<ProgressReport> reports;

  private final ImmutableMap<JurisdictionCode, Jurisdiction> jurisdictionsByCode;
  private final ImmutableMap<UnitId, ResponsibleUnit> unitsById;
  private final ImmutableMap<ForumId, Forum> forumsById;
  private final ImmutableMap<OfficialId, Official> officialsById;
  private final ImmutableMap<IndicatorId, Indicator> indicatorsById;
  private final ImmutableMap<PriorityId, Priority> prioritiesById;
  private final ImmutableMap<CommitmentId, Commitment> commitmentsById;
  private final ImmutableMap<CycleId, MonitoringCycle> cyclesById;

  Scenario(
      List<Jurisdiction> jurisdictions,
      List<ResponsibleUnit> units,
      List<Forum> forums,
      List<Official> officials,
      List<Indicator> indicators,
      List<Priority> priorities,
      Meeting meeting,
      List<Commitment> commitments,
      MonitoringPlan plan,
      List<MonitoringCycle> cycles,
      List<ProgressReport> reports) {
    this.jurisdictions = ImmutableList.copyOf(jurisdictions);
    this.units = ImmutableList.copyOf(units);
    this.forums = ImmutableList.copyOf(forums);
    this.officials = ImmutableList.copyOf(officials);
    this.indicators = ImmutableList.copyOf(indicators);
    this.priorities = ImmutableList.copyOf(priorities);
    this.meeting = Objects.requireNonNull(meeting, "meeting");
    this.commitments = ImmutableList.copyOf(commitments);
    this.plan = Objects.requireNonNull(plan, "plan");
    this.cycles = ImmutableList.copyOf(cycles);
    this.reports = ImmutableList.copyOf(reports);
    this.jurisdictionsByCode = index(jurisdictions, Jurisdiction::code);
    this.unitsById = index(units, ResponsibleUnit::id);
    this.forumsById = index(forums, Forum::id);
    this.officialsById = index(officials, Official::id);
    this.indicatorsById = index(indicators, Indicator::id);
    this.prioritiesById = index(priorities, Priority::id);
    this.commitmentsById = index(commitments, Commitment::id);
    this.cyclesById = index(cycles, MonitoringCycle::id);
  }

  private static <K, V> ImmutableMap<K, V> index(List<V> values, Function<V, K> key) {
    return Maps.uniqueIndex(values, key::apply);
  }

  /**
   * Every jurisdiction: the province, the regency, its sub-districts and their villages, parents
   * before children.
   *
   * @return the jurisdictions
   */
  public ImmutableList<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  /**
   * The regency the scenario takes place in.
   *
   * @return the regency
   */
  public Jurisdiction regency() {
    return jurisdictions.stream()
        .filter(j -> j.level() == JurisdictionLevel.REGENCY)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The jurisdictions at one level.
   *
   * @param level the level
   * @return the jurisdictions at that level, in code order
   */
  public ImmutableList<Jurisdiction> jurisdictions(JurisdictionLevel level) {
    return jurisdictions.stream()
        .filter(j -> j.level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every unit.
   *
   * @return the units
   */
  public ImmutableList<ResponsibleUnit> units() {
    return units;
  }

  /**
   * Every forum (the Forkopimda and a task force).
   *
   * @return the forums
   */
  public ImmutableList<Forum> forums() {
    return forums;
  }

  /**
   * Every official.
   *
   * @return the officials
   */
  public ImmutableList<Official> officials() {
    return officials;
  }

  /**
   * Every indicator.
   *
   * @return the indicators
   */
  public ImmutableList<Indicator> indicators() {
    return indicators;
  }

  /**
   * Every priority on the meeting's agenda.
   *
   * @return the priorities
   */
  public ImmutableList<Priority> priorities() {
    return priorities;
  }

  /**
   * The cross-sector coordination meeting.
   *
   * @return the meeting
   */
  public Meeting meeting() {
    return meeting;
  }

  /**
   * The commitments the meeting agreed.
   *
   * @return the commitments
   */
  public ImmutableList<Commitment> commitments() {
    return commitments;
  }

  /**
   * The monitoring plan for the meeting's follow-up.
   *
   * @return the plan
   */
  public MonitoringPlan plan() {
    return plan;
  }

  /**
   * The plan's cycles, in sequence.
   *
   * @return the cycles
   */
  public ImmutableList<MonitoringCycle> cycles() {
    return cycles;
  }

  /**
   * Every progress report, cycle by cycle.
   *
   * @return the reports
   */
  public ImmutableList<ProgressReport> reports() {
    return reports;
  }

  /**
   * Looks up a jurisdiction.
   *
   * @param code its code
   * @return the jurisdiction, or empty if it is not in the scenario
   */
  public Optional<Jurisdiction> jurisdiction(JurisdictionCode code) {
    return Optional.ofNullable(jurisdictionsByCode.get(code));
  }

  /**
   * Looks up a unit.
   *
   * @param id its id
   * @return the unit, or empty if it is not in the scenario
   */
  public Optional<ResponsibleUnit> unit(UnitId id) {
    return Optional.ofNullable(unitsById.get(id));
  }

  /**
   * Looks up a forum.
   *
   * @param id its id
   * @return the forum, or empty if it is not in the scenario
   */
  public Optional<Forum> forum(ForumId id) {
    return Optional.ofNullable(forumsById.get(id));
  }

  /**
   * Looks up an official.
   *
   * @param id its id
   * @return the official, or empty if they are not in the scenario
   */
  public Optional<Official> official(OfficialId id) {
    return Optional.ofNullable(officialsById.get(id));
  }

  /**
   * Looks up an indicator.
   *
   * @param id its id
   * @return the indicator, or empty if it is not in the scenario
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    return Optional.ofNullable(indicatorsById.get(id));
  }

  /**
   * Looks up a priority.
   *
   * @param id its id
   * @return the priority, or empty if it is not in the scenario
   */
  public Optional<Priority> priority(PriorityId id) {
    return Optional.ofNullable(prioritiesById.get(id));
  }

  /**
   * Looks up a commitment.
   *
   * @param id its id
   * @return the commitment, or empty if it is not in the scenario
   */
  public Optional<Commitment> commitment(CommitmentId id) {
    return Optional.ofNullable(commitmentsById.get(id));
  }

  /**
   * Looks up a cycle.
   *
   * @param id its id
   * @return the cycle, or empty if it is not in the scenario
   */
  public Optional<MonitoringCycle> cycle(CycleId id) {
    return Optional.ofNullable(cyclesById.get(id));
  }

  /**
   * The reports on one commitment, in cycle order.
   *
   * @param id the commitment's id
   * @return its reports, possibly none
   */
  public ImmutableList<ProgressReport> reportsOn(CommitmentId id) {
    return reports.stream()
        .filter(r -> r.commitment().equals(id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The reports submitted in one cycle.
   *
   * @param id the cycle's id
   * @return its reports, possibly none
   */
  public ImmutableList<ProgressReport> reportsIn(CycleId id) {
    return ImmutableList.copyOf(Multimaps.index(reports, ProgressReport::cycle).get(id));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Scenario)) {
      return false;
    }
    Scenario s = (Scenario) other;
    return jurisdictions.equals(s.jurisdictions)
        && units.equals(s.units)
        && forums.equals(s.forums)
        && officials.equals(s.officials)
        && indicators.equals(s.indicators)
        && priorities.equals(s.priorities)
        && meeting.equals(s.meeting)
        && commitments.equals(s.commitments)
        && plan.equals(s.plan)
        && cycles.equals(s.cycles)
        && reports.equals(s.reports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        jurisdictions,
        units,
        forums,
        officials,
        indicators,
        priorities,
        meeting,
        commitments,
        plan,
        cycles,
        reports);
  }

  /** A one-line summary: the regency and how many of each thing the scenario holds. */
  @Override
  public String toString() {
    Jurisdiction regency = regency();
    return "Scenario["
        + regency.code()
        + " "
        + regency.name()
        + ": "
        + jurisdictions.size()
        + " jurisdictions, "
        + units.size()
        + " units, "
        + officials.size()
        + " officials, "
        + indicators.size()
        + " indicators, "
        + priorities.size()
        + " priorities, meeting "
        + meeting.id()
        + " on "
        + meeting.start().toLocalDate()
        + ", "
        + commitments.size()
        + " commitments, "
        + cycles.size()
        + " cycles, "
        + reports.size()
        + " reports]";
  }
}
