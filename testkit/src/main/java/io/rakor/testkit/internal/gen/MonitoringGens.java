package io.rakor.testkit.internal.gen;

import static io.rakor.testkit.internal.gen.CommitmentGens.commitments;
import static io.rakor.testkit.internal.gen.Gens.cached;
import static io.rakor.testkit.internal.gen.Gens.chance;
import static io.rakor.testkit.internal.gen.Gens.coin;
import static io.rakor.testkit.internal.gen.Gens.dates;
import static io.rakor.testkit.internal.gen.Gens.finiteDoubles;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.listOf;
import static io.rakor.testkit.internal.gen.Gens.optional;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.realistic;
import static io.rakor.testkit.internal.gen.Gens.texts;
import static io.rakor.testkit.internal.gen.Gens.twoDigits;
import static io.rakor.testkit.internal.gen.Gens.unicode;
import static io.rakor.testkit.internal.gen.Gens.weighted;
import static io.rakor.testkit.internal.gen.Gens.words;
import static io.rakor.testkit.internal.gen.Gens.zones;
import static io.rakor.testkit.internal.gen.IdGens.idTexts;
import static io.rakor.testkit.internal.gen.IdGens.indicatorIds;
import static io.rakor.testkit.internal.gen.IdGens.meetingIds;
import static io.rakor.testkit.internal.gen.IdGens.milestoneIds;
import static io.rakor.testkit.internal.gen.IdGens.monitoringPlanIds;
import static io.rakor.testkit.internal.gen.IdGens.unitIds;
import static io.rakor.testkit.internal.gen.JurisdictionGens.jurisdictionCodes;
import static io.rakor.testkit.internal.gen.MeetingGens.obstacles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.data.ObservationPeriod;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CompletionGrade;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.core.monitoring.Expectation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneAchievement;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ParentFloor;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.core.monitoring.Realisation;
import io.rakor.core.monitoring.RecordedAssessment;
import io.rakor.core.monitoring.Trend;
import io.rakor.testkit.internal.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of monitoring plans, cycles and progress reports, with their measured values,
 * milestone completions and evidence. Stateless and thread-safe.
 */
public final class MonitoringGens {
  private MonitoringGens() {}

  /** The generator behind {@code RakorGen.monitoringPlans()}. */
  public static Gen<MonitoringPlan> monitoringPlans() {
    Gen<MonitoringPlan> gen =
        src ->
            MonitoringPlan.builder()
                .id(monitoringPlanIds().generate(src))
                .name(
                    weighted(
                            4,
                            realistic(Words.REGENCIES)
                                .map(r -> "Monitoring rencana tindak lanjut Kabupaten " + r),
                            1,
                            unicode(1, 60))
                        .generate(src))
                .owner(unitIds().generate(src))
                .jurisdiction(jurisdictionCodes().generate(src))
                .originMeeting(optional(meetingIds()).generate(src))
                .cadence(Generate.enumValues(Cadence.class).generate(src))
                .zone(zones().generate(src))
                .firstPeriodStart(dates().generate(src).withDayOfMonth(1))
                .reportingWindowDays(
                    weighted(5, ints(0, 31), 1, ints(0, MonitoringPlan.MAX_REPORTING_WINDOW_DAYS))
                        .generate(src))
                .build();
    return gen.describedAs(
        p ->
            "Plan "
                + p.id()
                + " "
                + p.cadence()
                + " from "
                + p.firstPeriodStart()
                + " "
                + p.zone());
  }

  /** The generator behind {@code RakorGen.cyclesOf(MonitoringPlan plan, int count)}. */
  public static List<MonitoringCycle> cyclesOf(MonitoringPlan plan, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    List<MonitoringCycle> cycles = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      cycles.add(cycleOf(plan, i, i < count ? CycleStatus.CLOSED : CycleStatus.OPEN));
    }
    return List.copyOf(cycles);
  }

  public static MonitoringCycle cycleOf(MonitoringPlan plan, int sequence, CycleStatus status) {
    int months = plan.cadence().months();
    LocalDate start = plan.firstPeriodStart().plusMonths((long) (sequence - 1) * months);
    LocalDate end = plan.firstPeriodStart().plusMonths((long) sequence * months);
    return MonitoringCycle.builder()
        .id(
            CycleId.of(
                plan.id().value() + "/" + start.getYear() + "-" + twoDigits(start.getMonthValue())))
        .plan(plan.id())
        .sequence(sequence)
        .periodStart(start)
        .periodEnd(end)
        .reportDue(end.atStartOfDay(plan.zone()).plusDays(plan.reportingWindowDays()))
        .status(status)
        .build();
  }

  /** The generator behind {@code RakorGen.monitoringCycles()}. */
  public static Gen<MonitoringCycle> monitoringCycles() {
    return monitoringPlans()
        .zip(
            ints(1, 24),
            Generate.enumValues(CycleStatus.class),
            (plan, sequence, status) -> cycleOf(plan, sequence, status))
        .describedAs(
            c ->
                "Cycle "
                    + c.id()
                    + " #"
                    + c.sequence()
                    + " ["
                    + c.periodStart()
                    + ", "
                    + c.periodEnd()
                    + ") due "
                    + c.reportDue());
  }

  /** The generator behind {@code RakorGen.measuredValues()}. */
  public static Gen<MeasuredValue> measuredValues() {
    Gen<MeasuredValue> plain = indicatorIds().zip(finiteDoubles(), dates(), MeasuredValue::of);
    return src -> {
      MeasuredValue v = plain.generate(src);
      MeasuredValue.Builder b = MeasuredValue.builder().from(v);
      if (Gens.chance(30).generate(src)) {
        int year = v.asOf().getYear();
        b.period(
            Gens.coin().generate(src)
                ? ObservationPeriod.year(year)
                : ObservationPeriod.month(java.time.YearMonth.from(v.asOf())));
      }
      b.disaggregation(IndicatorGens.disaggregations().generate(src));
      IndicatorGens.rateParts().generate(src).ifPresent(r -> b.rate(r[0], r[1], (long) r[2]));
      return b.build();
    };
  }

  /** The generator behind {@code RakorGen.milestoneCompletions()}. */
  public static Gen<MilestoneCompletion> milestoneCompletions() {
    Gen<MilestoneCompletion> plain =
        milestoneIds()
            .zip(
                optional(dates()),
                (id, date) ->
                    date.map(d -> MilestoneCompletion.done(id, d))
                        .orElseGet(() -> MilestoneCompletion.notDone(id)));
    return src -> {
      MilestoneCompletion m = plain.generate(src);
      if (chance(30).generate(src)) {
        m =
            m.withGrade(
                m.done()
                    ? CompletionGrade.COMPLETE
                    : pick(List.of(
                            CompletionGrade.NOT_STARTED,
                            CompletionGrade.LIMITED,
                            CompletionGrade.SUBSTANTIAL))
                        .generate(src));
      }
      return m.withEvidence(listOf(evidenceRefs(), 0, 2).generate(src));
    };
  }

  /** The generator behind {@code RakorGen.milestoneAchievements()}. */
  public static Gen<MilestoneAchievement> milestoneAchievements() {
    Gen<MilestoneAchievement> gen =
        src ->
            MilestoneAchievement.builder()
                .commitment(IdGens.commitmentIds().generate(src))
                .milestone(milestoneIds().generate(src))
                .completedOn(dates().generate(src))
                .recordedBy(unitIds().generate(src))
                .report(IdGens.progressReportIds().generate(src))
                .cycle(IdGens.cycleIds().generate(src))
                .evidence(listOf(evidenceRefs(), 0, 2).generate(src))
                .build();
    return gen.describedAs(
        a ->
            "Achievement "
                + a.commitment()
                + "/"
                + a.milestone()
                + " on "
                + a.completedOn()
                + " by "
                + a.recordedBy());
  }

  /** The generator behind {@code RakorGen.healthThresholds()}. */
  public static Gen<HealthThresholds> healthThresholds() {
    Gen<HealthThresholds> gen =
        src -> {
          double offTrack = ints(0, 400).generate(src) / 4.0;
          return HealthThresholds.builder()
              .atRiskGap(ints(0, (int) (offTrack * 4)).generate(src) / 4.0)
              .offTrackGap(offTrack)
              .missedMilestonesOffTrack(ints(1, 5).generate(src))
              .lateReportAtRisk(coin().generate(src))
              .dueSoonDays(ints(0, 366).generate(src))
              .expectation(pick(List.of(Expectation.values())).generate(src))
              .parentFloor(pick(List.of(ParentFloor.values())).generate(src))
              .absorptionTolerance(ints(0, 400).generate(src) / 4.0)
              .build();
        };
    return gen.describedAs(
        t -> "Thresholds at risk > " + t.atRiskGap() + ", off track > " + t.offTrackGap());
  }

  /** The generator behind {@code RakorGen.recordedAssessments()}. */
  public static Gen<RecordedAssessment> recordedAssessments() {
    Gen<RecordedAssessment> gen =
        src -> {
          Health health = pick(List.of(Health.values())).generate(src);
          double expected = ints(0, 1000).generate(src) / 10.0;
          RecordedAssessment.Builder b =
              RecordedAssessment.builder()
                  .commitment(IdGens.commitmentIds().generate(src))
                  .lead(unitIds().generate(src))
                  .priority(IdGens.priorityIds().generate(src))
                  .health(health)
                  .expectedPercent(expected)
                  .atRiskCycles(
                      health.severity() >= Health.AT_RISK.severity()
                          ? ints(1, 12).generate(src)
                          : 0)
                  .trend(pick(List.of(Trend.values())).generate(src));
          if (chance(70).generate(src)) {
            double reported = ints(0, 1000).generate(src) / 10.0;
            b.reportedPercent(reported).progressPercent(reported).pointsBehind(expected - reported);
          } else if (coin().generate(src)) {
            double children = ints(0, 1000).generate(src) / 10.0;
            b.progressPercent(children).pointsBehind(expected - children);
          }
          return b.build();
        };
    return gen.describedAs(
        a -> a.commitment() + " " + a.health() + " " + a.pointsBehind().orElse(null) + " behind");
  }

  /** The generator behind {@code RakorGen.evaluationRecords()}. */
  public static Gen<EvaluationRecord> evaluationRecords() {
    Gen<EvaluationRecord> gen =
        src -> {
          List<RecordedAssessment> assessments = new ArrayList<>();
          Set<CommitmentId> seen = new HashSet<>();
          for (RecordedAssessment a : listOf(recordedAssessments(), 0, 6).generate(src)) {
            if (seen.add(a.commitment())) {
              assessments.add(a);
            }
          }
          LocalDate asOf = dates().generate(src);
          return EvaluationRecord.builder()
              .cycle(IdGens.cycleIds().generate(src))
              .plan(monitoringPlanIds().generate(src))
              .sequence(ints(1, 120).generate(src))
              .asOf(asOf)
              .evaluatedAt(
                  asOf.atStartOfDay(java.time.ZoneOffset.UTC)
                      .toInstant()
                      .plusSeconds(longs().between(0, 40L * 24 * 3600).generate(src)))
              .thresholds(
                  weighted(1, Generate.constant(HealthThresholds.defaults()), 1, healthThresholds())
                      .generate(src))
              .assessments(assessments)
              .build();
        };
    return gen.describedAs(
        r ->
            "Evaluation of "
                + r.cycle()
                + " ("
                + r.assessments().size()
                + " commitments, "
                + r.summary()
                + ")");
  }

  /** The generator behind {@code RakorGen.evidenceRefs()}. */
  public static Gen<EvidenceRef> evidenceRefs() {
    return evidenceRefs(TextMix.MIXED);
  }

  public static Gen<EvidenceRef> evidenceRefs(TextMix mix) {
    return cached(List.of("evidence", mix), () -> buildEvidenceRefs(mix));
  }

  private static Gen<EvidenceRef> buildEvidenceRefs(TextMix mix) {
    if (mix != TextMix.MIXED) {
      // Realistic evidence for fixtures: one of a fixed pool of documents, shared between reports
      // (parsing a URI for each of millions of reports would dominate a portfolio's cost).
      List<String> kinds = List.of("foto-kegiatan", "berita-acara", "daftar-hadir", "laporan");
      List<String> descriptions =
          List.of("Foto kegiatan", "Berita acara", "Daftar hadir", "Laporan");
      List<EvidenceRef> pool = new ArrayList<>();
      for (int n = 1; n <= 250; n++) {
        int kind = n % kinds.size();
        pool.add(
            EvidenceRef.of(
                URI.create("https://data.rakor.go.id/bukti/" + kinds.get(kind) + "-" + n + ".pdf"),
                descriptions.get(kind)));
      }
      return pick(List.copyOf(pool));
    }
    Gen<URI> uris =
        weighted(
            3,
            idTexts("bukti")
                .map(
                    id ->
                        URI.create(
                            "https://data.lampungutarakab.go.id/rakor/"
                                + id.replace(':', '-')
                                + ".pdf")),
            1,
            ints(1, 1_000_000).map(n -> URI.create("http://arsip.example.go.id/bukti?n=" + n)));
    return uris.zip(
        optional(words(List.of("Foto kegiatan", "Berita acara", "Daftar hadir", "Laporan"), mix)),
        (uri, description) -> EvidenceRef.builder().uri(uri).description(description).build());
  }

  /** The generator behind {@code RakorGen.realisations()}. */
  public static Gen<Realisation> realisations() {
    Gen<Realisation> gen =
        src -> {
          FundingLine line = CommitmentGens.fundingLines().generate(src);
          int digits = Math.max(0, line.currency().getDefaultFractionDigits());
          BigDecimal toDate =
              line.allocation()
                  .multiply(BigDecimal.valueOf(ints(0, 130).generate(src), 2))
                  .setScale(digits, RoundingMode.DOWN);
          BigDecimal spent =
              toDate
                  .multiply(BigDecimal.valueOf(ints(0, 100).generate(src), 2))
                  .setScale(digits, RoundingMode.DOWN);
          return Realisation.of(line.ref(), spent, toDate, line.currency());
        };
    return gen.describedAs(
        r ->
            "Realisation of "
                + r.line()
                + ": "
                + r.spent().toPlainString()
                + " of "
                + r.spentToDate().toPlainString()
                + " "
                + r.currency());
  }

  /** The generator behind {@code RakorGen.progressReports()}. */
  public static Gen<ProgressReport> progressReports() {
    Gen<ProgressReport> gen =
        src -> {
          ProgressReport r =
              progressReport(
                  commitments().generate(src),
                  monitoringCycles().generate(src),
                  0,
                  100,
                  TextMix.MIXED,
                  src);
          // Periods and disaggregations chosen from the report's id, drawing no randomness.
          List<MeasuredValue> values = new ArrayList<>();
          int h = r.id().hashCode();
          for (MeasuredValue v : r.values()) {
            h = 31 * h + v.indicator().hashCode();
            values.add(
                Math.floorMod(h, 10) < 3
                    ? v.withPeriod(ObservationPeriod.year(v.asOf().getYear()))
                        .withDisaggregation(IndicatorGens.sampleDisaggregation(h))
                    : v);
          }
          return r.withValues(values);
        };
    return gen.describedAs(MonitoringGens::describe);
  }

  /**
   * The generator behind {@code RakorGen.progressReports(Commitment commitment, MonitoringCycle
   * cycle)}.
   */
  public static Gen<ProgressReport> progressReports(Commitment commitment, MonitoringCycle cycle) {
    return src -> progressReport(commitment, cycle, 0, 100, TextMix.MIXED, src);
  }

  public static ProgressReport progressReport(
      Commitment commitment,
      MonitoringCycle cycle,
      double minimumPercent,
      double maximumPercent,
      TextMix mix,
      RandomnessSource src) {
    int periodDays = (int) (cycle.periodEnd().toEpochDay() - cycle.periodStart().toEpochDay());
    Gen<LocalDate> inPeriod = ints(0, periodDays - 1).map(d -> cycle.periodStart().plusDays(d));
    int minimum = (int) Math.ceil(minimumPercent);
    int maximum = (int) Math.floor(maximumPercent);
    double percent = ints(Math.min(maximum, minimum), maximum).generate(src);
    List<MeasuredValue> values = new ArrayList<>();
    LinkedHashSet<IndicatorId> indicators = new LinkedHashSet<>();
    for (Target target : commitment.targets()) {
      if (indicators.add(target.indicator()) && chance(80).generate(src)) {
        // Near the share of the target that the reported progress claims, within 10%.
        double factor = ints(90, 110).generate(src) / 100.0;
        double value = Math.round(target.value() * percent * factor) / 100.0;
        values.add(MeasuredValue.of(target.indicator(), value, inPeriod.generate(src)));
      }
    }
    List<MilestoneCompletion> completions = new ArrayList<>();
    for (Milestone m : commitment.milestones()) {
      if (!m.due().isBefore(cycle.periodEnd()) && !chance(30).generate(src)) {
        continue;
      }
      boolean done = coin().generate(src);
      LocalDate earliest = commitment.start();
      LocalDate latest = cycle.periodEnd().minusDays(1);
      completions.add(
          done && !earliest.isAfter(latest)
              ? MilestoneCompletion.done(
                  m.id(),
                  earliest.plusDays(
                      ints(0, (int) (latest.toEpochDay() - earliest.toEpochDay())).generate(src)))
              : MilestoneCompletion.notDone(m.id()));
    }
    ZonedDateTime periodEndsAt = cycle.periodEnd().atStartOfDay(cycle.reportDue().getZone());
    long onTimeSeconds =
        Math.max(0, cycle.reportDue().toEpochSecond() - periodEndsAt.toEpochSecond());
    long lateSeconds = 10L * 24 * 3600;
    Instant submittedAt =
        periodEndsAt
            .toInstant()
            .plusSeconds(
                weighted(
                        5,
                        longs().between(0, onTimeSeconds),
                        1,
                        longs().between(0, onTimeSeconds + lateSeconds))
                    .generate(src));
    return ProgressReport.builder()
        .id(ProgressReportId.of(commitment.id().value() + "/" + cycle.sequence()))
        .commitment(commitment.id())
        .cycle(cycle.id())
        .reportingUnit(commitment.lead())
        .submittedAt(submittedAt)
        .values(values)
        .milestones(completions)
        .progressPercent(percent)
        .narrative(
            cached(List.of("narratives", mix), () -> optional(texts(Words.PLANS, 4, 200, mix)))
                .generate(src))
        .obstacles(
            cached(List.of("reportObstacles", mix), () -> listOf(obstacles(mix), 0, 2))
                .generate(src))
        .evidence(
            cached(List.of("reportEvidence", mix), () -> listOf(evidenceRefs(mix), 0, 2))
                .generate(src))
        .realisations(realisations(commitment, cycle, src))
        .build();
  }

  /**
   * Spending on the commitment's funding lines whose fiscal year has begun by the end of the cycle,
   * each reported with a chance of 60%: mostly up to the allocation, sometimes beyond it.
   */
  private static List<Realisation> realisations(
      Commitment commitment, MonitoringCycle cycle, RandomnessSource src) {
    List<Realisation> out = new ArrayList<>();
    for (FundingLine line : commitment.fundingLines()) {
      if (line.fiscalYear() > cycle.periodEnd().getYear() || !chance(60).generate(src)) {
        continue;
      }
      int digits = Math.max(0, line.currency().getDefaultFractionDigits());
      int percent = weighted(9, ints(0, 100), 1, ints(100, 130)).generate(src);
      BigDecimal toDate =
          line.allocation()
              .multiply(BigDecimal.valueOf(percent, 2))
              .setScale(digits, RoundingMode.DOWN);
      BigDecimal spent =
          toDate
              .multiply(BigDecimal.valueOf(ints(0, 100).generate(src), 2))
              .setScale(digits, RoundingMode.DOWN);
      out.add(Realisation.of(line.ref(), spent, toDate, line.currency()));
    }
    return out;
  }

  public static String describe(ProgressReport r) {
    return "ProgressReport "
        + r.id()
        + " on "
        + r.commitment()
        + " in "
        + r.cycle()
        + " by "
        + r.reportingUnit()
        + " "
        + r.progressPercent()
        + "%";
  }
}
