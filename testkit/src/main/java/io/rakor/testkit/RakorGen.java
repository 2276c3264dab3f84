package io.rakor.testkit;

import io.rakor.core.commitments.BudgetCode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingLineRef;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DataSource;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.indicators.JurisdictionBaseline;
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
import io.rakor.core.monitoring.Realisation;
import io.rakor.core.monitoring.RecordedAssessment;
import io.rakor.core.overlaps.AreaRelation;
import io.rakor.core.plans.LegalInstrument;
import io.rakor.core.plans.LegalInstrumentId;
import io.rakor.core.plans.PlanReference;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.testkit.internal.gen.CommitmentGens;
import io.rakor.testkit.internal.gen.Gens;
import io.rakor.testkit.internal.gen.IdGens;
import io.rakor.testkit.internal.gen.IndicatorGens;
import io.rakor.testkit.internal.gen.JurisdictionGens;
import io.rakor.testkit.internal.gen.LimitGens;
import io.rakor.testkit.internal.gen.MeetingGens;
import io.rakor.testkit.internal.gen.MonitoringGens;
import io.rakor.testkit.internal.gen.PlanGens;
import io.rakor.testkit.internal.gen.PriorityGens;
import io.rakor.testkit.internal.gen.TextMix;
import io.rakor.testkit.internal.gen.UnitGens;
import java.time.ZoneId;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The one entry point to Rakor's QuickTheories generators: a {@link Gen} for every core type and
 * for whole {@linkplain Scenario scenarios}. Type {@code RakorGen.} and pick.
 *
 * <pre>{@code
 * qt().forAll(RakorGen.commitments())
 *     .checkAssert(c -> assertThat(c.due()).isAfterOrEqualTo(c.start()));
 * }</pre>
 *
 * <p>Every generated value is valid by construction: it passes every invariant its type checks when
 * built. Generators are composed from each other and draw all their randomness from the one source
 * QuickTheories gives them, so a failing property shrinks to a small counterexample on any
 * composition. Text mixes realistic Indonesian names (agencies, <i>kecamatan</i>, villages, titles)
 * with arbitrary Unicode where a field allows it. Values refer to other values by id; in the
 * single-type generators those ids need not resolve to anything, while {@link #scenarios()} gives a
 * world in which every reference resolves.
 *
 * <p>The generators are stateless and thread-safe. For reproducible data without a property run,
 * see {@link Fixtures}.
 *
 * @since 0.1
 */
public final class RakorGen {
  /** The zones Indonesia spans: western, central and eastern Indonesian time. */
  public static final List<ZoneId> ZONES = Gens.ZONES;

  private RakorGen() {}

  // ---------------------------------------------------------------- identifiers

  /**
   * The text of an identifier: mostly {@code prefix-n}, sometimes any valid identifier shape (one
   * to three {@code /}-separated segments of letters, digits, {@code .}, {@code _} and {@code -},
   * each starting and ending with a letter or digit).
   *
   * @param prefix the readable prefix, for example {@code "unit"}: a valid identifier, so that the
   *     texts are valid identifiers
   * @return a generator of identifier texts
   */
  public static Gen<String> idTexts(String prefix) {
    return IdGens.idTexts(prefix);
  }

  /**
   * Unit identifiers.
   *
   * @return a generator of valid {@link UnitId}s
   */
  public static Gen<UnitId> unitIds() {
    return IdGens.unitIds();
  }

  /**
   * Forum identifiers.
   *
   * @return a generator of valid {@link ForumId}s
   */
  public static Gen<ForumId> forumIds() {
    return IdGens.forumIds();
  }

  /**
   * Official identifiers.
   *
   * @return a generator of valid {@link OfficialId}s
   */
  public static Gen<OfficialId> officialIds() {
    return IdGens.officialIds();
  }

  /**
   * Meeting identifiers.
   *
   * @return a generator of valid {@link MeetingId}s
   */
  public static Gen<MeetingId> meetingIds() {
    return IdGens.meetingIds();
  }

  /**
   * Priority identifiers.
   *
   * @return a generator of valid {@link PriorityId}s
   */
  public static Gen<PriorityId> priorityIds() {
    return IdGens.priorityIds();
  }

  /**
   * Indicator identifiers.
   *
   * @return a generator of valid {@link IndicatorId}s
   */
  public static Gen<IndicatorId> indicatorIds() {
    return IdGens.indicatorIds();
  }

  /**
   * Commitment identifiers.
   *
   * @return a generator of valid {@link CommitmentId}s
   */
  public static Gen<CommitmentId> commitmentIds() {
    return IdGens.commitmentIds();
  }

  /**
   * Milestone identifiers.
   *
   * @return a generator of valid {@link MilestoneId}s
   */
  public static Gen<MilestoneId> milestoneIds() {
    return IdGens.milestoneIds();
  }

  /**
   * Monitoring plan identifiers.
   *
   * @return a generator of valid {@link MonitoringPlanId}s
   */
  public static Gen<MonitoringPlanId> monitoringPlanIds() {
    return IdGens.monitoringPlanIds();
  }

  /**
   * Monitoring cycle identifiers.
   *
   * @return a generator of valid {@link CycleId}s
   */
  public static Gen<CycleId> cycleIds() {
    return IdGens.cycleIds();
  }

  /**
   * Progress report identifiers.
   *
   * @return a generator of valid {@link ProgressReportId}s
   */
  public static Gen<ProgressReportId> progressReportIds() {
    return IdGens.progressReportIds();
  }

  // ---------------------------------------------------------------- jurisdictions

  /**
   * Jurisdiction codes of depth 1 to 4, shaped like Indonesian <i>kode wilayah</i> ({@code 18},
   * {@code 18.03}, {@code 18.03.05}, {@code 18.03.05.2001}), sometimes with any other numbers in
   * the canonical widths (2, 2, 2 and 4 digits).
   *
   * @return a generator of valid {@link JurisdictionCode}s
   */
  public static Gen<JurisdictionCode> jurisdictionCodes() {
    return JurisdictionGens.jurisdictionCodes();
  }

  /**
   * Realistic jurisdiction codes of the given depth.
   *
   * @param depth 1 (province) to 4 (village)
   * @return a generator of codes with exactly {@code depth} segments
   */
  public static Gen<JurisdictionCode> jurisdictionCodes(int depth) {
    return JurisdictionGens.jurisdictionCodes(depth);
  }

  /**
   * Jurisdictions at every level, with a code of the level's depth and the code's parent.
   *
   * @return a generator of valid {@link Jurisdiction}s
   */
  public static Gen<Jurisdiction> jurisdictions() {
    return JurisdictionGens.jurisdictions();
  }

  /**
   * Related areas for overlap rules: two different priority areas.
   *
   * @return a generator of valid {@link AreaRelation}s
   * @since 0.2
   */
  public static Gen<AreaRelation> areaRelations() {
    return PriorityGens.areaRelations();
  }

  /**
   * Priority areas: the standard ones and arbitrary well-formed codes.
   *
   * @return a generator of valid {@link PriorityArea}s
   */
  public static Gen<PriorityArea> priorityAreas() {
    return PriorityGens.priorityAreas();
  }

  // ---------------------------------------------------------------- units

  /**
   * Person names with Indonesian academic titles before and after.
   *
   * @return a generator of valid {@link PersonName}s
   */
  public static Gen<PersonName> personNames() {
    return UnitGens.personNames();
  }

  /**
   * Responsible units of every kind, with an optional parent other than the unit itself.
   *
   * @return a generator of valid {@link ResponsibleUnit}s
   */
  public static Gen<ResponsibleUnit> units() {
    return UnitGens.units();
  }

  /**
   * Forums with one to eight distinct members.
   *
   * @return a generator of valid {@link Forum}s
   */
  public static Gen<Forum> forums() {
    return UnitGens.forums();
  }

  /**
   * Officials: a titled person holding a position in a unit.
   *
   * @return a generator of valid {@link Official}s
   */
  public static Gen<Official> officials() {
    return UnitGens.officials();
  }

  // ---------------------------------------------------------------- meetings

  /**
   * Meeting participants in any role and attendance.
   *
   * @return a generator of valid {@link Participant}s
   */
  public static Gen<Participant> participants() {
    return MeetingGens.participants();
  }

  /**
   * Agenda items at positions 1 to 50.
   *
   * @return a generator of valid {@link AgendaItem}s
   */
  public static Gen<AgendaItem> agendaItems() {
    return MeetingGens.agendaItems();
  }

  /**
   * Obstacles: realistic ones (budget limits, geography, human resources, ...) and arbitrary text.
   *
   * @return a generator of valid {@link Obstacle}s
   */
  public static Gen<Obstacle> obstacles() {
    return MeetingGens.obstacles();
  }

  /**
   * Unit reports with at least one achievement, obstacle or plan.
   *
   * @return a generator of valid {@link UnitReport}s
   */
  public static Gen<UnitReport> unitReports() {
    return MeetingGens.unitReports();
  }

  /**
   * Decisions numbered 1 to 30, optionally on an agenda position.
   *
   * @return a generator of valid {@link Decision}s
   */
  public static Gen<Decision> decisions() {
    return MeetingGens.decisions();
  }

  /**
   * Meetings with participants (exactly one chair), an agenda with strictly increasing positions,
   * reports by participants on agenda positions and decisions, all internally consistent. The
   * units, officials and priorities they name are arbitrary ids; use {@link #scenarios()} for
   * meetings whose references resolve.
   *
   * @return a generator of valid {@link Meeting}s
   */
  public static Gen<Meeting> meetings() {
    return MeetingGens.meetings();
  }

  // ---------------------------------------------------------------- priorities and indicators

  /**
   * Dated values with finite numbers.
   *
   * @return a generator of valid {@link DatedValue}s
   */
  public static Gen<DatedValue> datedValues() {
    return IndicatorGens.datedValues();
  }

  /**
   * Indicators with a baseline and zero to four targets dated strictly after it, in order.
   *
   * @return a generator of valid {@link Indicator}s
   */
  public static Gen<Indicator> indicators() {
    return IndicatorGens.indicators();
  }

  /**
   * Disaggregations: the total, or one to three dimensions among sex, age group, place (a
   * jurisdiction code, urban or rural) and other named dimensions.
   *
   * @return a generator of valid {@link Disaggregation}s
   * @since 0.2
   */
  public static Gen<Disaggregation> disaggregations() {
    return IndicatorGens.disaggregations();
  }

  /**
   * Data sources of every kind, named or not.
   *
   * @return a generator of valid {@link DataSource}s
   * @since 0.2
   */
  public static Gen<DataSource> dataSources() {
    return IndicatorGens.dataSources();
  }

  /**
   * Baselines of jurisdictions.
   *
   * @return a generator of valid {@link JurisdictionBaseline}s
   * @since 0.2
   */
  public static Gen<JurisdictionBaseline> jurisdictionBaselines() {
    return IndicatorGens.jurisdictionBaselines();
  }

  /**
   * Priorities whose contributors are distinct and exclude the lead.
   *
   * @return a generator of valid {@link Priority}s
   */
  public static Gen<Priority> priorities() {
    return PriorityGens.priorities();
  }

  // ---------------------------------------------------------------- commitments

  /**
   * Targets on an indicator.
   *
   * @return a generator of valid {@link Target}s
   */
  public static Gen<Target> targets() {
    return CommitmentGens.targets();
  }

  /**
   * Milestones.
   *
   * @return a generator of valid {@link Milestone}s
   */
  public static Gen<Milestone> milestones() {
    return CommitmentGens.milestones();
  }

  /**
   * Funding lines: every source, fiscal years 2000 to 2040, non-negative allocations with no more
   * decimals than the currency allows (mostly in rupiah), with and without a budget code, funder
   * and label.
   *
   * @return a generator of valid {@link FundingLine}s
   * @since 0.2
   */
  public static Gen<FundingLine> fundingLines() {
    return CommitmentGens.fundingLines();
  }

  /**
   * References to funding lines, as {@link #fundingLines()} draws them.
   *
   * @return a generator of valid {@link FundingLineRef}s
   * @since 0.2
   */
  public static Gen<FundingLineRef> fundingLineRefs() {
    return CommitmentGens.fundingLineRefs();
  }

  /**
   * Budget nomenclature codes of every level (programme, activity, sub-activity), some of them
   * cross-affairs ({@code X.XX.01}); the codes have the right form but name nothing real.
   *
   * @return a generator of valid {@link BudgetCode}s
   * @since 0.2
   */
  public static Gen<BudgetCode> budgetCodes() {
    return CommitmentGens.budgetCodes();
  }

  /**
   * Commitments: measurable (at least one target or milestone, dated within the commitment's
   * window), with supporters distinct from the lead, a non-empty distinct scope, up to three
   * funding lines within the window's years, and an optional parent. Referenced ids are arbitrary;
   * use {@link #scenarios()} for commitments whose references resolve.
   *
   * @return a generator of valid {@link Commitment}s
   */
  public static Gen<Commitment> commitments() {
    return CommitmentGens.commitments();
  }

  // ---------------------------------------------------------------- plans and legal instruments

  /**
   * Legal-instrument ids.
   *
   * @return a generator of valid {@link LegalInstrumentId}s
   * @since 0.1
   */
  public static Gen<LegalInstrumentId> legalInstrumentIds() {
    return PlanGens.legalInstrumentIds();
  }

  /**
   * Citations of planning documents (RPJMD, RKPD, Renja, RPJMDes, ...), with or without years,
   * goal, target and key indicator; an annual document covers one year.
   *
   * @return a generator of valid {@link PlanReference}s
   * @since 0.1
   */
  public static Gen<PlanReference> planReferences() {
    return PlanGens.planReferences();
  }

  /**
   * Legal instruments of every kind and status: numbered and dated unless a draft, amending and
   * revoking other instruments (never itself, never one instrument both), forming a team only if a
   * decree. Referenced ids are arbitrary.
   *
   * @return a generator of valid {@link LegalInstrument}s
   * @since 0.1
   */
  public static Gen<LegalInstrument> legalInstruments() {
    return PlanGens.legalInstruments();
  }

  // ---------------------------------------------------------------- monitoring

  /**
   * Monitoring plans in Indonesia's three zones, starting on the first of a month.
   *
   * @return a generator of valid {@link MonitoringPlan}s
   */
  public static Gen<MonitoringPlan> monitoringPlans() {
    return MonitoringGens.monitoringPlans();
  }

  /**
   * The first {@code count} cycles of a plan: consecutive half-open periods of the plan's cadence,
   * each due {@code reportingWindowDays} after its period ends (at the start of that day in the
   * plan's zone); every cycle but the last is closed, the last is open. Deterministic.
   *
   * @param plan the plan
   * @param count how many cycles, at least 1
   * @return the cycles, in order
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public static List<MonitoringCycle> cyclesOf(MonitoringPlan plan, int count) {
    return MonitoringGens.cyclesOf(plan, count);
  }

  /**
   * Monitoring cycles of generated plans (sequence 1 to 24), with any status.
   *
   * @return a generator of valid {@link MonitoringCycle}s
   */
  public static Gen<MonitoringCycle> monitoringCycles() {
    return MonitoringGens.monitoringCycles();
  }

  /**
   * Measured values of an indicator.
   *
   * @return a generator of valid {@link MeasuredValue}s
   */
  public static Gen<MeasuredValue> measuredValues() {
    return MonitoringGens.measuredValues();
  }

  /**
   * Milestone completions: done with a date, or not done without one; some graded (complete exactly
   * when done), some with evidence.
   *
   * @return a generator of valid {@link MilestoneCompletion}s
   */
  public static Gen<MilestoneCompletion> milestoneCompletions() {
    return MonitoringGens.milestoneCompletions();
  }

  /**
   * Milestone achievements: facts of completion with their date, recording unit, report, cycle and
   * evidence.
   *
   * @return a generator of valid {@link MilestoneAchievement}s
   */
  public static Gen<MilestoneAchievement> milestoneAchievements() {
    return MonitoringGens.milestoneAchievements();
  }

  /**
   * Health thresholds: gaps in quarter points with {@code atRiskGap <= offTrackGap}, every
   * expectation and parent floor.
   *
   * @return a generator of valid {@link HealthThresholds}
   */
  public static Gen<HealthThresholds> healthThresholds() {
    return MonitoringGens.healthThresholds();
  }

  /**
   * Recorded assessments: every health and trend, reported, judged by children or with nothing to
   * count, points behind consistent with the percentages.
   *
   * @return a generator of valid {@link RecordedAssessment}s
   */
  public static Gen<RecordedAssessment> recordedAssessments() {
    return MonitoringGens.recordedAssessments();
  }

  /**
   * Evaluation records: up to six recorded assessments of distinct commitments, default or
   * generated thresholds. For records of a consistent scenario, evaluate it ({@code
   * EvaluationRecord.of}).
   *
   * @return a generator of valid {@link EvaluationRecord}s
   */
  public static Gen<EvaluationRecord> evaluationRecords() {
    return MonitoringGens.evaluationRecords();
  }

  /**
   * Evidence references: absolute {@code https} and {@code http} links with optional descriptions.
   *
   * @return a generator of valid {@link EvidenceRef}s
   */
  public static Gen<EvidenceRef> evidenceRefs() {
    return MonitoringGens.evidenceRefs();
  }

  /**
   * Progress reports on generated commitments in generated cycles.
   *
   * @return a generator of valid {@link ProgressReport}s
   */
  public static Gen<ProgressReport> progressReports() {
    return MonitoringGens.progressReports();
  }

  /**
   * Realisations: spending on a generated funding line, to date up to 130% of its allocation, in
   * the period not more than to date.
   *
   * @return a generator of valid {@link Realisation}s
   * @since 0.2
   */
  public static Gen<Realisation> realisations() {
    return MonitoringGens.realisations();
  }

  /**
   * Progress reports by the commitment's lead on one commitment in one cycle: values for the
   * commitment's target indicators dated within the period, completions of its milestones,
   * submitted after the period ends (mostly by the due moment, sometimes late).
   *
   * @param commitment the commitment reported on
   * @param cycle the cycle reported in
   * @return a generator of valid reports that refer to both
   */
  public static Gen<ProgressReport> progressReports(Commitment commitment, MonitoringCycle cycle) {
    return MonitoringGens.progressReports(commitment, cycle);
  }

  // ---------------------------------------------------------------- at the limits

  /**
   * Valid names and titles of exactly {@link io.rakor.core.values.Limits#NAME_LENGTH} characters,
   * drawn from the whole Unicode range.
   *
   * @return a generator of names at their limit
   */
  public static Gen<String> namesAtTheLimit() {
    return LimitGens.names();
  }

  /**
   * Valid free texts of exactly {@link io.rakor.core.values.Limits#TEXT_LENGTH} characters, drawn
   * from the whole Unicode range, tabs and line breaks included.
   *
   * @return a generator of free texts at their limit
   */
  public static Gen<String> textsAtTheLimit() {
    return LimitGens.texts();
  }

  /**
   * Commitments that each push one limit of {@link io.rakor.core.values.Limits} to its maximum: the
   * action at {@code TEXT_LENGTH}; {@code REFERENCE_LIST_SIZE} supporters or jurisdictions; {@code
   * ENTRY_LIST_SIZE} targets with the largest and smallest measures; milestones whose descriptions
   * fill {@code RECORD_TEXT_LENGTH}; an amount of {@code DECIMAL_PRECISION} digits and {@code
   * DECIMAL_SCALE} places; dates from the first day of {@code YEAR_MIN} to the last of {@code
   * YEAR_MAX}; identifiers of {@code ID_LENGTH} characters; the largest weight. Every one is valid,
   * so it must write to JSON, read back and store unchanged.
   *
   * @return a generator of commitments at the limits
   */
  public static Gen<Commitment> commitmentsAtTheLimits() {
    return LimitGens.commitments();
  }

  /**
   * Meetings that each push one limit to its maximum: title and venue at {@code NAME_LENGTH};
   * minutes at {@code TEXT_LENGTH} with decisions filling {@code RECORD_TEXT_LENGTH}; {@code
   * REFERENCE_LIST_SIZE} participants or co-conveners; {@code ENTRY_LIST_SIZE} agenda items,
   * decisions or reports; a start in the first or last year; identifiers of {@code ID_LENGTH}
   * characters.
   *
   * @return a generator of meetings at the limits
   */
  public static Gen<Meeting> meetingsAtTheLimits() {
    return LimitGens.meetings();
  }

  /**
   * Progress reports that each push one limit to its maximum: the narrative at {@code TEXT_LENGTH};
   * {@code ENTRY_LIST_SIZE} measured values (at the largest and smallest magnitudes), milestone
   * completions or evidence links (one of {@code URI_LENGTH}); obstacles filling {@code
   * RECORD_TEXT_LENGTH}; a submission at the first or last instant allowed; progress at 0, 100 or
   * the smallest magnitude; identifiers of {@code ID_LENGTH} characters.
   *
   * @return a generator of progress reports at the limits
   */
  public static Gen<ProgressReport> progressReportsAtTheLimits() {
    return LimitGens.progressReports();
  }

  // ---------------------------------------------------------------- scenarios

  /**
   * Small whole scenarios (one to three sub-districts, a handful of commitments and cycles), for
   * properties: every reference resolves and every date is in order. Sizes shrink with the rest.
   *
   * @return a generator of consistent {@link Scenario}s
   */
  public static Gen<Scenario> scenarios() {
    return scenarioSizes(ScenarioSize.small()).flatMap(RakorGen::scenarios);
  }

  /**
   * Scenarios of exactly the given size.
   *
   * @param size how many sub-districts, villages, agencies, commitments, cycles, ...
   * @return a generator of consistent {@link Scenario}s
   */
  public static Gen<Scenario> scenarios(ScenarioSize size) {
    return ScenarioGen.scenarios(size, TextMix.MIXED);
  }

  /**
   * Scenario sizes from all ones up to {@code max} in every dimension.
   *
   * @param max the largest size in each dimension
   * @return a generator of sizes, shrinking towards one of everything
   */
  public static Gen<ScenarioSize> scenarioSizes(ScenarioSize max) {
    return src ->
        ScenarioSize.minimal()
            .withSubDistricts(Gens.ints(1, max.subDistricts()).generate(src))
            .withVillagesPerSubDistrict(Gens.ints(1, max.villagesPerSubDistrict()).generate(src))
            .withAgencies(Gens.ints(1, max.agencies()).generate(src))
            .withIndicators(Gens.ints(1, max.indicators()).generate(src))
            .withPriorities(Gens.ints(1, max.priorities()).generate(src))
            .withCommitments(Gens.ints(1, max.commitments()).generate(src))
            .withCycles(Gens.ints(1, max.cycles()).generate(src));
  }
}
