package io.rakor.benchmarks.monitoring;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CycleEvaluation;
import io.rakor.core.monitoring.CycleReports;
import io.rakor.core.monitoring.CycleSchedule;
import io.rakor.core.monitoring.Expectation;
import io.rakor.core.monitoring.Health;
import io.rakor.core.monitoring.HealthSummary;
import io.rakor.core.monitoring.HealthThresholds;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringEvaluator;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.Portfolio;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * (the testkit's portfolio generator was not available when this was written): 20 indicators of
 * both directions, 500 lead units, 50 priorities, villages across 38 provinces; 1 or 2 targets and
 * 0 to 3 milestones per commitment; mostly in progress; about 90% of commitments report in each
 * cycle, some late.
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
    ZoneId zone = ZoneId.of("Asia/Jakarta");
    MonitoringPlan plan =
        MonitoringPlan.builder()
            .id(MonitoringPlanId.of("monev-nasional"))
            .name("Monev nasional")
            .owner(UnitId.of("bappenas"))
            // Codes start at the province (there is no national code): the plan is held in one.
            .jurisdiction(JurisdictionCode.of("31"))
            .cadence(Cadence.MONTHLY)
            .zone(zone)
            .firstPeriodStart(LocalDate.of(2026, 1, 1))
            .reportingWindowDays(10)
            .build();
    List<MonitoringCycle> schedule = CycleSchedule.cycles(plan, cycles);
    List<Indicator> indicators = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      boolean lower = k % 2 == 0;
      indicators.add(
          Indicator.builder()
              .id(IndicatorId.of("ind-" + k))
              .name("Indikator " + k)
              .unitOfMeasure("%")
              .direction(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
              .baseline(DatedValue.of(lower ? 30 : 40, LocalDate.of(2025, 12, 31)))
              .dataSteward(UnitId.of("bps"))
              .build());
    }
    UnitId[] units = new UnitId[500];
    for (int u = 0; u < units.length; u++) {
      units[u] = UnitId.of("opd-" + u);
    }
    PriorityId[] priorities = new PriorityId[50];
    for (int p = 0; p < priorities.length; p++) {
      priorities[p] = PriorityId.of("prioritas-" + p);
    }
    LocalDate first = LocalDate.of(2026, 1, 1);
    List<Commitment> list = new ArrayList<>(commitments);
    for (int i = 0; i < commitments; i++) {
      LocalDate s = first.plusDays(random.nextInt(365));
      LocalDate d = s.plusDays(90 + random.nextInt(640));
      int r = random.nextInt(100);
      CommitmentStatus st =
          r < 80
              ? CommitmentStatus.IN_PROGRESS
              : r < 90
                  ? CommitmentStatus.AGREED
                  : r < 95 ? CommitmentStatus.COMPLETED : CommitmentStatus.PROPOSED;
      var b =
          Commitment.builder()
              .id(CommitmentId.of("rtl-" + i))
              .originMeeting(MeetingId.of("rakor-" + (i % 514)))
              .action("Rencana tindak lanjut " + i)
              .lead(units[random.nextInt(units.length)])
              .priority(priorities[random.nextInt(priorities.length)])
              .area(PriorityArea.STUNTING)
              .addScope(
                  JurisdictionCode.of(
                      (11 + random.nextInt(38))
                          + "."
                          + (1 + random.nextInt(20))
                          + "."
                          + (1 + random.nextInt(30))
                          + "."
                          + (2001 + random.nextInt(20))))
              .start(s)
              .due(d)
              .status(st);
      int targets = 1 + random.nextInt(2);
      int firstIndicator = random.nextInt(indicators.size());
      for (int t = 0; t < targets; t++) {
        Indicator ind = indicators.get((firstIndicator + t) % indicators.size());
        boolean lower = ind.direction() == Direction.LOWER_IS_BETTER;
        b.addTarget(
            Target.of(ind.id(), lower ? 14 + random.nextInt(6) : 60 + random.nextInt(30), d));
      }
      int milestones = random.nextInt(4);
      for (int m = 0; m < milestones; m++) {
        b.addMilestone(
            Milestone.of(
                MilestoneId.of("m" + m),
                "Tahap " + (m + 1),
                s.plusDays((d.toEpochDay() - s.toEpochDay()) * (m + 1) / (milestones + 1))));
      }
      if (i > 0 && random.nextInt(10) == 0) {
        b.parent(CommitmentId.of("rtl-" + random.nextInt(i))).weight(1 + random.nextInt(3));
      }
      list.add(b.build());
    }
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
   * The baseline: the same rules in one loop over plain arrays.
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
}
