package io.rakor.benchmarks.monitoring;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleReports;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.Expectation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthSummary;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.Portfolio;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Evaluates a national-scale portfolio (150,000 commitments, 24 monthly cycles of reports) with
 * {@link MonitoringEvaluator}, against a baseline: the same health rules written as one loop over
 * the same numbers in plain arrays, with no library types at all. Both compute the health of every
 * active commitment in every cycle and return the totals; {@link #setUp()} checks they agree.
 *
 * <p>The data is generated in {@link #setUp()} from a {@link SplittableRandom} with a fixed seed
 * (the testkit's portfolio generator was not available when this was written): the commitments of
 * {@link NationalPortfolio}; about 90% of commitments report in each cycle, some late.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MonitoringEvaluation -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MonitoringEvaluationBenchmark {
  /** How many commitments. */
  @Param({"150000"})
  public int commitments;

  /** How many monthly cycles of reports. */
  @Param({"24"})
  public int cycles;

  /** The generator's seed. */
  @Param({"20260112"})
  public long seed;

  private MonitoringEvaluator evaluator;
  private CycleReports[] reports;

  // the baseline's plain arrays: the same numbers, no library types
  private byte[] status;
  private int[] start;
  private int[] due;
  private int[] targetFrom;
  private double[] targetValue;
  private double[] targetBaseline;
  private int[] targetBy;
  private boolean[] lowerIsBetter;
  private int[] milestoneFrom;
  private int[] milestoneDue;
  private int[] asOf;
  private long[] deadline;
  private double[][] progress;
  private long[][] submitted;
  private double[][] measured;
  private boolean[][] done;

  /** Builds the portfolio, the reports of every cycle and the baseline's copies. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(seed);
    List<MonitoringCycle> schedule = CycleSchedule.cycles(NationalPortfolio.plan(), cycles);
    List<Indicator> indicators = NationalPortfolio.indicators();
    List<Commitment> list = NationalPortfolio.commitments(random, commitments, indicators);
    Portfolio portfolio = Portfolio.of(list, indicators);
    // the baseline draws expected progress as a straight line
    evaluator =
        MonitoringEvaluator.of(
            HealthThresholds.builder().expectation(Expectation.STRAIGHT_LINE).build());

    // the baseline's copies
    status = new byte[commitments];
    start = new int[commitments];
    due = new int[commitments];
    targetFrom = new int[commitments + 1];
    milestoneFrom = new int[commitments + 1];
    List<double[]> targetRows = new ArrayList<>();
    List<Integer> milestoneRows = new ArrayList<>();
    for (int i = 0; i < commitments; i++) {
      Commitment c = list.get(i);
      status[i] = (byte) c.status().ordinal();
      start[i] = (int) c.start().toEpochDay();
      due[i] = (int) c.due().toEpochDay();
      targetFrom[i] = targetRows.size();
      for (Target t : c.targets()) {
        Indicator ind = indicators.get(Integer.parseInt(t.indicator().value().substring(4)));
        targetRows.add(
            new double[] {
              t.value(),
              ind.baseline().value(),
              t.by().toEpochDay(),
              ind.direction() == Direction.LOWER_IS_BETTER ? 1 : 0
            });
      }
      milestoneFrom[i] = milestoneRows.size();
      for (Milestone m : c.milestones()) {
        milestoneRows.add((int) m.due().toEpochDay());
      }
    }
    targetFrom[commitments] = targetRows.size();
    milestoneFrom[commitments] = milestoneRows.size();
    int nt = targetRows.size();
    targetValue = new double[nt];
    targetBaseline = new double[nt];
    targetBy = new int[nt];
    lowerIsBetter = new boolean[nt];
    for (int t = 0; t < nt; t++) {
      double[] row = targetRows.get(t);
      targetValue[t] = row[0];
      targetBaseline[t] = row[1];
      targetBy[t] = (int) row[2];
      lowerIsBetter[t] = row[3] == 1;
    }
    milestoneDue = milestoneRows.stream().mapToInt(Integer::intValue).toArray();

    boolean[] isParent = new boolean[commitments];
    for (Commitment c : list) {
      c.parent().ifPresent(p -> isParent[portfolio.indexOf(p).getAsInt()] = true);
    }
    reports = new CycleReports[cycles];
    asOf = new int[cycles];
    deadline = new long[cycles];
    progress = new double[cycles][commitments];
    submitted = new long[cycles][commitments];
    measured = new double[cycles][nt];
    done = new boolean[cycles][milestoneDue.length];
    for (int k = 0; k < cycles; k++) {
      MonitoringCycle cycle = schedule.get(k);
      asOf[k] = (int) cycle.periodEnd().toEpochDay();
      deadline[k] = cycle.reportDue().toEpochSecond();
      Arrays.fill(progress[k], Double.NaN);
      Arrays.fill(measured[k], Double.NaN);
      CycleReports.Builder rb = CycleReports.builder(portfolio, cycle);
      for (int i = 0; i < commitments; i++) {
        // parents always report: one without a report is judged by its children, which the
        // baseline does not do
        if (start[i] >= asOf[k] || (random.nextInt(10) == 0 && !isParent[i])) {
          continue; // not started, or no report this cycle
        }
        double span = due[i] + 1.0 - start[i];
        double expected = Math.min(100, Math.max(0, (asOf[k] - start[i]) / span * 100));
        double p = Math.min(100, Math.max(0, expected + random.nextGaussian() * 15));
        long at = deadline[k] - 86_400 * 3 + random.nextInt(86_400 * 4); // some late
        rb.report(i, p, at);
        progress[k][i] = p;
        submitted[k][i] = at;
        for (int t = targetFrom[i]; t < targetFrom[i + 1]; t++) {
          if (random.nextInt(5) != 0) {
            double v =
                targetBaseline[t]
                    + (targetValue[t] - targetBaseline[t])
                        * (p / 100 + random.nextGaussian() * 0.1);
            rb.measured(i, t - targetFrom[i], v);
            measured[k][t] = v;
          }
        }
        for (int m = milestoneFrom[i]; m < milestoneFrom[i + 1]; m++) {
          if (milestoneDue[m] < asOf[k] && random.nextInt(10) < 8) {
            rb.milestoneDone(i, m - milestoneFrom[i]);
            done[k][m] = true;
          }
        }
      }
      reports[k] = rb.build();
    }
    long[] library = evaluateAllCycles();
    long[] baseline = baselineAllCycles();
    if (!Arrays.equals(library, baseline)) {
      throw new IllegalStateException(
          "library and baseline disagree: "
              + Arrays.toString(library)
              + " vs "
              + Arrays.toString(baseline));
    }
    HealthSummary last = evaluator.evaluate(reports[cycles - 1]).summary();
    System.out.println(
        "\nLast cycle: " + last + "; totals over all cycles " + Arrays.toString(library));
  }

  /**
   * The library: {@link MonitoringEvaluator#evaluate(CycleReports)} for every cycle.
   *
   * @return the health totals over all cycles
   */
  @Benchmark
  public long[] evaluateAllCycles() {
    long[] totals = new long[Health.values().length];
    for (CycleReports r : reports) {
      CycleEvaluation e = evaluator.evaluate(r);
      HealthSummary s = e.summary();
      for (Health h : Health.values()) {
        totals[h.ordinal()] += s.count(h);
      }
    }
    return totals;
  }

  /**
   * The baseline: the same rules in one loop over plain arrays. It applies every rule this data
   * exercises: completed; not evaluated unless agreed or in progress and started; overdue; not
   * reported; the gap of straight-line expected progress and of each measured target's attainment
   * (from its indicator's baseline, in its direction, expected over the commitment's start to the
   * target's date); missed milestones (due before the end of the period and not done); the late
   * report. The later rules need no code here because the data never reaches them: parents always
   * report (a parent without a report would be judged by its children); the evaluator draws a
   * straight line, so milestones give no checkpoints and targets are reached from the baseline;
   * indicators have no measurement schedule and targets no period of their own; no commitment has
   * funding lines, no report gives spending (absorption) and no milestone is fulfilled by a
   * meeting; and without a previous cycle there are no at-risk streaks. {@link #setUp()} checks
   * that both give the same totals.
   *
   * @return the health totals over all cycles
   */
  @Benchmark
  public long[] baselineAllCycles() {
    long[] totals = new long[6];
    byte[] health = new byte[commitments];
    for (int k = 0; k < cycles; k++) {
      int now = asOf[k];
      double[] prog = progress[k];
      double[] meas = measured[k];
      boolean[] dn = done[k];
      for (int i = 0; i < commitments; i++) {
        int h;
        byte st = status[i];
        if (st == 3) {
          h = 0;
        } else if ((st != 1 && st != 2) || start[i] >= now) {
          h = -1;
        } else {
          double p = prog[i];
          if (due[i] < now && !(p >= 100)) {
            h = 5;
          } else if (Double.isNaN(p)) {
            h = 3;
          } else {
            double gap = pct(now - start[i], due[i] + 1.0 - start[i]) - p;
            for (int t = targetFrom[i]; t < targetFrom[i + 1]; t++) {
              double a = meas[t];
              if (a == a) {
                double att;
                if (lowerIsBetter[t] ? a <= targetValue[t] : a >= targetValue[t]) {
                  att = 100;
                } else {
                  double span = targetValue[t] - targetBaseline[t];
                  att =
                      span == 0
                          ? 0
                          : Math.min(100, Math.max(0, (a - targetBaseline[t]) / span * 100));
                }
                gap = Math.max(gap, pct(now - start[i], targetBy[t] + 1.0 - start[i]) - att);
              }
            }
            int missed = 0;
            for (int m = milestoneFrom[i]; m < milestoneFrom[i + 1]; m++) {
              if (milestoneDue[m] < now && !dn[m]) {
                missed++;
              }
            }
            h = gap > 25 ? 4 : gap > 10 ? 2 : 1;
            if (missed >= 2) {
              h = 4;
            } else if (missed == 1) {
              h = Math.max(h, 2);
            }
            if (submitted[k][i] > deadline[k]) {
              h = Math.max(h, 2);
            }
          }
        }
        health[i] = (byte) h;
        if (h >= 0) {
          totals[h]++;
        }
      }
    }
    return totals;
  }

  private static double pct(double elapsed, double span) {
    return Math.min(100, Math.max(0, elapsed / span * 100));
  }

  /** Lets the library's data (the portfolio and the cycles' reports) be collected. */
  void dropLibraryData() {
    reports = null;
  }

  /** Lets the baseline's plain arrays be collected. */
  void dropBaselineData() {
    status = null;
    start = null;
    due = null;
    targetFrom = null;
    targetValue = null;
    targetBaseline = null;
    targetBy = null;
    lowerIsBetter = null;
    milestoneFrom = null;
    milestoneDue = null;
    asOf = null;
    deadline = null;
    progress = null;
    submitted = null;
    measured = null;
    done = null;
  }
}
