package io.rakor.benchmarks.monitoring;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.HealthSummary;
import io.rakor.core.monitoring.LiveEvaluation;
import io.rakor.core.monitoring.MeasuredValue;
import io.rakor.core.monitoring.MilestoneCompletion;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One update of a {@link LiveEvaluation} of a national-scale portfolio (150,000 commitments of
 * {@link NationalPortfolio}, one monthly cycle) against a full evaluation of the same portfolio
 * from its reports. Issue 11's goal: at most 50 µs per update.
 *
 * <p>The update is made to the commitment in progress in the cycle with the most ancestors (the
 * longest way up the tree), so that it is judged again with every ancestor: {@link #acceptReport()}
 * alternates two reports on it (20% and 80%, each submitted a nanosecond after the one before, so
 * each replaces the last and the state does not drift), {@link #changeStatus()} alternates its
 * status between in progress and completed. {@link #prepareReport()} measures only making the next
 * report, which {@link #acceptReport()} includes. {@link #fullEvaluation()} evaluates the whole
 * cycle from its reports, as a rebuild would.
 *
 * <p>{@link #setUp()} checks, before anything is timed, that after each kind of update the live
 * evaluation gives the same summary, assessments and escalations as a full evaluation of the same
 * inputs, and fails otherwise.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IncrementalEvaluation -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class IncrementalEvaluationBenchmark {
  /** How many commitments. */
  @Param({"150000"})
  public int commitments;

  /** Which monthly cycle is evaluated, from 1 (January 2026). */
  @Param({"6"})
  public int cycle;

  /** The generator's seed. */
  @Param({"20260112"})
  public long seed;

  private MonitoringEvaluator evaluator;
  private Portfolio portfolio;
  private MonitoringCycle monitoringCycle;
  private List<ProgressReport> reports;
  private LiveEvaluation live;
  private ProgressReport low;
  private ProgressReport high;
  private Commitment inProgress;
  private Commitment completed;
  private Instant next;
  private boolean flip;
  private boolean done;

  /** Builds the portfolio and the cycle's reports, starts the live evaluation and checks it. */
  @Setup(Level.Trial)
  public void setUp() {
    String target = prepare();
    System.out.println(
        "\nUpdates on "
            + target
            + "; "
            + live.summary()
            + "; "
            + live.escalationCount()
            + " escalated");
  }

  /**
   * What {@link #setUp()} does, quietly.
   *
   * @return the commitment updated and how many ancestors it has
   * @throws IllegalStateException if the live and the full evaluation disagree
   */
  String prepare() {
    SplittableRandom random = new SplittableRandom(seed);
    List<Indicator> indicators = NationalPortfolio.indicators();
    List<Commitment> list = NationalPortfolio.commitments(random, commitments, indicators);
    portfolio = Portfolio.of(list, indicators);
    monitoringCycle = CycleSchedule.cycle(NationalPortfolio.plan(), cycle);
    evaluator = MonitoringEvaluator.defaults();
    int deepest = deepest(list, monitoringCycle.periodEnd());
    Commitment target = list.get(deepest);
    // the target's reports are the benchmark's own, the first of them before the deadline
    reports = new ArrayList<>(reports(list, random));
    reports.removeIf(r -> r.commitment().equals(target.id()));
    inProgress = target.withStatus(CommitmentStatus.IN_PROGRESS);
    completed = target.withStatus(CommitmentStatus.COMPLETED);
    next = monitoringCycle.periodEnd().atStartOfDay(NationalPortfolio.plan().zone()).toInstant();
    low = report(target, 20, next, "a");
    high = report(target, 80, next, "b");

    live = LiveEvaluation.of(evaluator, portfolio, monitoringCycle, reports);
    check(live.snapshot(), evaluator.evaluate(portfolio, monitoringCycle, reports), "at the start");
    List<ProgressReport> given = new ArrayList<>(reports);
    Portfolio now = portfolio;
    for (int step = 0; step < 4; step++) {
      if (step % 2 == 0) {
        ProgressReport r = nextReport();
        if (!live.accept(r)) {
          throw new IllegalStateException("the benchmark's report was superseded: " + r.id());
        }
        given.add(r);
      } else {
        Commitment c = step == 1 ? completed : inProgress;
        live.update(c);
        List<Commitment> changed = new ArrayList<>(list);
        changed.set(deepest, c);
        now = Portfolio.of(changed, indicators);
      }
      check(
          live.snapshot(),
          evaluator.evaluate(now, monitoringCycle, given),
          "after update " + (step + 1));
    }
    return target.id() + " (" + ancestors(list, deepest) + " ancestors)";
  }

  /** The live evaluation, for tests. */
  LiveEvaluation live() {
    return live;
  }

  /**
   * A report arrives (or is corrected): the live evaluation takes it.
   *
   * @return whether it counted (always)
   */
  @Benchmark
  public boolean acceptReport() {
    return live.accept(nextReport());
  }

  /**
   * Only making the next report, which {@link #acceptReport()} includes.
   *
   * @return the report
   */
  @Benchmark
  public ProgressReport prepareReport() {
    return nextReport();
  }

  /**
   * The commitment's status changes: the live evaluation takes it.
   *
   * @return the totals after the change
   */
  @Benchmark
  public HealthSummary changeStatus() {
    done = !done;
    live.update(done ? completed : inProgress);
    return live.summary();
  }

  /**
   * The alternative: evaluating the whole cycle again from its reports.
   *
   * @return the totals
   */
  @Benchmark
  public HealthSummary fullEvaluation() {
    return evaluator.evaluate(portfolio, monitoringCycle, reports).summary();
  }

  /** The next of the two alternating reports, a nanosecond after the one before. */
  private ProgressReport nextReport() {
    flip = !flip;
    next = next.plusNanos(1);
    return (flip ? low : high).withSubmittedAt(next);
  }

  /**
   * What differs between a live evaluation's snapshot and a full evaluation of the same inputs:
   * summary, assessments and escalations.
   *
   * @param live the snapshot
   * @param full the full evaluation
   * @return the first difference found, or empty if none
   */
  static String difference(CycleEvaluation live, CycleEvaluation full) {
    if (!live.summary().equals(full.summary())) {
      return "summary " + live.summary() + " vs " + full.summary();
    }
    if (!live.escalations().equals(full.escalations())) {
      return "escalations differ";
    }
    var a = live.assessments();
    var b = full.assessments();
    for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
      if (k >= a.size() || k >= b.size() || !a.get(k).equals(b.get(k))) {
        return "assessment "
            + k
            + ": "
            + (k < a.size() ? a.get(k) : "none")
            + " vs "
            + (k < b.size() ? b.get(k) : "none");
      }
    }
    return "";
  }

  private static void check(CycleEvaluation live, CycleEvaluation full, String when) {
    String difference = difference(live, full);
    if (!difference.isEmpty()) {
      throw new IllegalStateException(
          "live and full evaluation disagree " + when + ": " + difference);
    }
  }

  /**
   * The index of a commitment in progress, started before {@code asOf} and due on or after it (so
   * that it is evaluated and its health follows its reports), with the most ancestors.
   */
  private static int deepest(List<Commitment> list, LocalDate asOf) {
    int best = -1;
    for (int i = 0; i < list.size(); i++) {
      Commitment c = list.get(i);
      if (c.status() == CommitmentStatus.IN_PROGRESS
          && c.start().isBefore(asOf)
          && !c.due().isBefore(asOf)
          && (best < 0 || ancestors(list, i) > ancestors(list, best))) {
        best = i;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no commitment in progress in the cycle");
    }
    return best;
  }

  private static int ancestors(List<Commitment> list, int i) {
    // ids are rtl-<index>, parents earlier in the list
    int n = 0;
    Commitment c = list.get(i);
    while (c.parent().isPresent()) {
      c = list.get(Integer.parseInt(c.parent().get().value().substring(4)));
      n++;
    }
    return n;
  }

  /**
   * About 90% of the commitments started before the cycle's end report: progress near the straight
   * line with noise, most targets measured, most milestones due by then done, some late.
   */
  private List<ProgressReport> reports(List<Commitment> list, SplittableRandom random) {
    int asOf = (int) monitoringCycle.periodEnd().toEpochDay();
    long deadline = monitoringCycle.reportDue().toEpochSecond();
    Map<String, Indicator> byId = new HashMap<>();
    portfolio.indicators().forEach(i -> byId.put(i.id().value(), i));
    List<ProgressReport> out = new ArrayList<>();
    for (Commitment c : list) {
      int start = (int) c.start().toEpochDay();
      int due = (int) c.due().toEpochDay();
      if (start >= asOf || random.nextInt(10) == 0) {
        continue;
      }
      double expected = Math.min(100, Math.max(0, (asOf - start) / (due + 1.0 - start) * 100));
      double p = Math.min(100, Math.max(0, expected + random.nextGaussian() * 15));
      Instant at = Instant.ofEpochSecond(deadline - 86_400 * 3 + random.nextInt(86_400 * 4));
      ProgressReport.Builder r = builder(c, p, at, "r");
      for (Target t : c.targets()) {
        if (random.nextInt(5) != 0) {
          double baseline =
              Objects.requireNonNull(byId.get(t.indicator().value())).baseline().value();
          double v = baseline + (t.value() - baseline) * (p / 100 + random.nextGaussian() * 0.1);
          r.addValues(MeasuredValue.of(t.indicator(), v, monitoringCycle.periodEnd().minusDays(1)));
        }
      }
      for (Milestone m : c.milestones()) {
        if (m.due().toEpochDay() < asOf && random.nextInt(10) < 8) {
          r.addMilestones(MilestoneCompletion.done(m.id(), m.due()));
        }
      }
      out.add(r.build());
    }
    return out;
  }

  private ProgressReport report(Commitment c, double progress, Instant at, String tag) {
    return builder(c, progress, at, tag).build();
  }

  private ProgressReport.Builder builder(Commitment c, double progress, Instant at, String tag) {
    return ProgressReport.builder()
        .id(ProgressReportId.of(c.id().value() + "-" + tag))
        .commitment(c.id())
        .cycle(monitoringCycle.id())
        .reportingUnit(c.lead())
        .submittedAt(at)
        .progressPercent(progress);
  }
}
