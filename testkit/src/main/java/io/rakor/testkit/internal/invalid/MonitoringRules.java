package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.blanks;
import static io.rakor.testkit.internal.invalid.Ingredients.nonFinite;
import static io.rakor.testkit.internal.invalid.Ingredients.plus;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.monitoring.CompletionGrade;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneAchievement;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.Realisation;
import io.rakor.core.monitoring.RecordedAssessment;
import io.rakor.core.monitoring.Trend;
import io.rakor.testkit.internal.gen.IdGens;
import io.rakor.testkit.internal.gen.MonitoringGens;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The invalid-input rules of monitoring plans, cycles, measured values, milestone completions,
 * evidence and progress reports.
 */
final class MonitoringRules {
  private MonitoringRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            MonitoringPlan.class,
            "name",
            "a blank name",
            MonitoringGens.monitoringPlans()
                .zip(blanks(), (p, b) -> attempt(() -> p.withName(b)))));
    r.add(
        rule(
            MonitoringPlan.class,
            "firstPeriodStart",
            "a first period that does not start on the first of a month",
            MonitoringGens.monitoringPlans()
                .zip(
                    ints(1, 27),
                    (p, d) ->
                        attempt(() -> p.withFirstPeriodStart(p.firstPeriodStart().plusDays(d))))));
    r.add(
        rule(
            MonitoringPlan.class,
            "reportingWindowDays",
            "a reporting window below 0 or above 366 days",
            MonitoringGens.monitoringPlans()
                .zip(
                    pick(List.of(-1, -30, 367, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE)),
                    (p, d) -> attempt(() -> p.withReportingWindowDays(d)))));
    r.add(
        rule(
            MonitoringCycle.class,
            "sequence",
            "a sequence number below 1",
            MonitoringGens.monitoringCycles()
                .zip(ints(-100, 0), (c, s) -> attempt(() -> c.withSequence(s)))));
    r.add(
        rule(
            MonitoringCycle.class,
            "periodEnd",
            "a period that ends on or before its start",
            MonitoringGens.monitoringCycles()
                .zip(
                    ints(0, 60),
                    (c, d) -> attempt(() -> c.withPeriodEnd(c.periodStart().minusDays(d))))));
    r.add(
        rule(
            MonitoringCycle.class,
            "reportDue",
            "reports due before the period ends",
            MonitoringGens.monitoringCycles()
                .zip(
                    ints(1, 100_000),
                    (c, minutes) ->
                        attempt(
                            () ->
                                c.withReportDue(
                                    c.periodEnd()
                                        .atStartOfDay(c.reportDue().getZone())
                                        .minusMinutes(minutes))))));
    r.add(
        rule(
            MeasuredValue.class,
            "value",
            "a value that is not a finite number",
            MonitoringGens.measuredValues()
                .zip(nonFinite(), (m, v) -> attempt(() -> m.withValue(v)))));
    r.add(
        rule(
            MeasuredValue.class,
            "value",
            "a rate value that disagrees with its numerator and denominator",
            MonitoringGens.measuredValues()
                .zip(
                    ints(0, 999),
                    (m, n) ->
                        attempt(
                            () ->
                                MeasuredValue.builder()
                                    .from(m)
                                    .rate(n, 1000, 100)
                                    .value(n / 10.0 + 0.1)
                                    .build()))));
    r.add(
        rule(
            MeasuredValue.class,
            "numerator",
            "a denominator and rate base without a numerator",
            MonitoringGens.measuredValues()
                .map(
                    m ->
                        attempt(
                            () ->
                                MeasuredValue.builder()
                                    .from(m)
                                    .numerator(Optional.empty())
                                    .denominator(10.0)
                                    .rateBase(100L)
                                    .build()))));
    r.add(
        rule(
            MilestoneCompletion.class,
            "grade",
            "a grade that disagrees with done",
            MonitoringGens.milestoneCompletions()
                .map(
                    m ->
                        attempt(
                            () ->
                                m.withGrade(
                                    m.done()
                                        ? CompletionGrade.SUBSTANTIAL
                                        : CompletionGrade.COMPLETE)))));
    r.add(
        rule(
            RecordedAssessment.class,
            "pointsBehind",
            "more than 100 points behind",
            MonitoringGens.recordedAssessments()
                .map(a -> attempt(() -> a.withPointsBehind(100.5)))));
    r.add(
        rule(
            RecordedAssessment.class,
            "atRiskCycles",
            "cycles at risk for a commitment on track",
            MonitoringGens.recordedAssessments()
                .map(a -> attempt(() -> a.withHealth(Health.ON_TRACK).withAtRiskCycles(2)))));
    r.add(
        rule(
            EvaluationRecord.class,
            "assessments",
            "one commitment recorded twice",
            MonitoringGens.evaluationRecords()
                .zip(
                    MonitoringGens.recordedAssessments(),
                    (e, a) -> attempt(() -> e.withAssessments(a, a.withTrend(Trend.FLAT))))));
    r.add(
        rule(
            EvaluationRecord.class,
            "sequence",
            "a sequence below 1",
            MonitoringGens.evaluationRecords().map(e -> attempt(() -> e.withSequence(0)))));
    r.add(
        rule(
            HealthThresholds.class,
            "atRiskGap",
            "an at-risk gap beyond the off-track gap",
            MonitoringGens.healthThresholds()
                .map(
                    t ->
                        attempt(
                            () ->
                                HealthThresholds.builder()
                                    .from(t)
                                    .atRiskGap(t.offTrackGap() + 1)
                                    .build()))));
    r.add(
        rule(
            MilestoneAchievement.class,
            "evidence",
            "a null piece of evidence",
            MonitoringGens.milestoneAchievements()
                .map(a -> attempt(() -> a.withEvidence(plus(a.evidence(), null))))));
    r.add(
        rule(
            MilestoneCompletion.class,
            "completedOn",
            "a milestone done without a completion date",
            IdGens.milestoneIds()
                .map(
                    id ->
                        attempt(
                            () ->
                                MilestoneCompletion.builder().milestone(id).done(true).build()))));
    r.add(
        rule(
            MilestoneCompletion.class,
            "completedOn",
            "a completion date for a milestone not done",
            MonitoringGens.milestoneCompletions()
                .map(
                    m ->
                        attempt(
                            () ->
                                MilestoneCompletion.builder()
                                    .milestone(m.milestone())
                                    .done(false)
                                    .completedOn(
                                        m.completedOn().orElse(java.time.LocalDate.of(2026, 1, 12)))
                                    .build()))));
    r.add(
        rule(
            EvidenceRef.class,
            "uri",
            "a relative URI",
            MonitoringGens.evidenceRefs()
                .zip(
                    pick(
                        List.of(
                            "bukti/foto-1.jpg", "/rakor/berita-acara.pdf", "laporan.pdf", "#x")),
                    (e, u) -> attempt(() -> e.withUri(URI.create(u))))));
    r.add(
        rule(
            EvidenceRef.class,
            "uri",
            "a URI longer than 2,000 characters",
            MonitoringGens.evidenceRefs()
                .map(
                    e ->
                        attempt(
                            () ->
                                e.withUri(URI.create("https://data.go.id/" + "a".repeat(2000)))))));
    r.add(
        rule(
            EvidenceRef.class,
            "description",
            "a blank description",
            MonitoringGens.evidenceRefs()
                .zip(blanks(), (e, b) -> attempt(() -> e.withDescription(b)))));
    var reports = MonitoringGens.progressReports();
    r.add(
        rule(
            ProgressReport.class,
            "progressPercent",
            "progress outside 0 to 100",
            reports.zip(
                pick(
                    List.of(
                        -0.5, -1.0, 100.5, 101.0, 1e9, -1e9, Double.NaN, Double.POSITIVE_INFINITY)),
                (p, v) -> attempt(() -> p.withProgressPercent(v)))));
    r.add(
        rule(
            ProgressReport.class,
            "values",
            "two values for the same indicator",
            reports.zip(
                MonitoringGens.measuredValues(),
                (p, v) -> {
                  List<MeasuredValue> values = new ArrayList<>(p.values());
                  MeasuredValue twice = values.isEmpty() ? v : values.get(0);
                  if (values.isEmpty()) {
                    values.add(twice);
                  }
                  values.add(
                      MeasuredValue.builder()
                          .from(twice)
                          .numerator(Optional.empty())
                          .denominator(Optional.empty())
                          .rateBase(Optional.empty())
                          .value(twice.value() + 1)
                          .build());
                  return attempt(() -> p.withValues(values));
                })));
    r.add(
        rule(
            ProgressReport.class,
            "milestones",
            "two completions of the same milestone",
            reports.zip(
                IdGens.milestoneIds(),
                (p, id) -> {
                  List<MilestoneCompletion> completions = new ArrayList<>(p.milestones());
                  MilestoneId twice = completions.isEmpty() ? id : completions.get(0).milestone();
                  if (completions.isEmpty()) {
                    completions.add(MilestoneCompletion.notDone(twice));
                  }
                  completions.add(MilestoneCompletion.notDone(twice));
                  return attempt(() -> p.withMilestones(completions));
                })));
    r.add(
        rule(
            ProgressReport.class,
            "realisations",
            "two realisations of the same funding line",
            reports.zip(
                MonitoringGens.realisations(),
                (p, x) -> attempt(() -> p.withRealisations(x, x.withSpent(x.spentToDate()))))));
    r.add(
        rule(
            Realisation.class,
            "spent",
            "more spent in the period than to date",
            MonitoringGens.realisations()
                .zip(
                    ints(1, 1_000_000),
                    (x, n) ->
                        attempt(() -> x.withSpent(x.spentToDate().add(BigDecimal.valueOf(n)))))));
    r.add(
        rule(
            Realisation.class,
            "spentToDate",
            "a negative amount spent to date",
            MonitoringGens.realisations()
                .zip(
                    ints(1, 1_000_000),
                    (x, n) ->
                        attempt(
                            () ->
                                Realisation.of(
                                    x.line(),
                                    BigDecimal.ZERO,
                                    BigDecimal.valueOf(-n),
                                    x.currency())))));
    r.add(
        rule(
            HealthThresholds.class,
            "absorptionTolerance",
            "an absorption tolerance outside 0 to 100 points",
            MonitoringGens.healthThresholds()
                .zip(
                    pick(List.of(-1.0, -0.5, 100.5, 1e9, Double.NaN)),
                    (t, v) -> attempt(() -> t.withAbsorptionTolerance(v)))));
    r.add(
        rule(
            ProgressReport.class,
            "narrative",
            "a blank narrative",
            reports.zip(blanks(), (p, b) -> attempt(() -> p.withNarrative(b)))));
    return r;
  }
}
