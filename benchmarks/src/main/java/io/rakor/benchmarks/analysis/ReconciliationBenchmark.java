package io.rakor.benchmarks.analysis;

import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.Observation;
import io.rakor.core.data.ReconciliationConfig;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.testkit.analysis.NationalData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reconciliation throughput, in observations per second (one JMH operation is one observation), on
 * {@link NationalData#observations}: 500,000 observations held in memory, reconciled as a sorted
 * stream into a counting sink, against two baselines in the same run: merely iterating them (the
 * floor), and the hold-everything path ({@link DataReconciler#reconcile}, which sorts a copy and
 * collects a report).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ReconciliationBenchmark {
  static final int N = 500_000;

  private List<Observation> observations;
  private DataReconciler reconciler;

  /**
   * Draws the observations once per trial, and checks that the streaming and the hold-everything
   * reconcilers find what the written rules give by brute force ({@link
   * ReconciliationCounts#expected}) before anything is timed.
   */
  @Setup(Level.Trial)
  public void setUp() {
    setUp(N);
  }

  void setUp(int n) {
    Iterator<Observation> stream = NationalData.observations(42);
    observations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      observations.add(stream.next());
    }
    ReconciliationConfig config = NationalData.observationConfig();
    reconciler = DataReconciler.of(config);
    ReconciliationCounts expected = ReconciliationCounts.expected(observations, config);
    ReconciliationCounts.Counter streamed = new ReconciliationCounts.Counter();
    reconciler.reconcileSorted(observations.iterator(), streamed);
    ReconciliationReport report = reconciler.reconcile(observations);
    ReconciliationCounts held =
        new ReconciliationCounts(
            report.reconciliations().size(),
            report.observationsRead(),
            report.discrepancies().size(),
            report.rollUps().size(),
            report.rollUpMismatches().size());
    if (!streamed.counts().equals(expected) || !held.equals(expected)) {
      throw new IllegalStateException(
          "Reconciled "
              + streamed.counts()
              + " streaming, "
              + held
              + " in memory; expected "
              + expected);
    }
    System.out.printf("%n[reconciliation] %s%n", expected);
  }

  /**
   * The streaming reconciler on sorted input.
   *
   * @return a checksum of what was reconciled
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long streaming() {
    ReconciliationCounts.Counter counter = new ReconciliationCounts.Counter();
    reconciler.reconcileSorted(observations.iterator(), counter);
    return counter.checksum();
  }

  /**
   * Baseline: the hold-everything path, which sorts a copy and collects every result.
   *
   * @return the report
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public ReconciliationReport inMemory() {
    return reconciler.reconcile(observations);
  }

  /**
   * Baseline: iterating the observations and reading each key, the floor under any reconciler.
   *
   * @return a checksum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public double iterateOnly() {
    double sum = 0;
    for (Observation o : observations) {
      sum += o.value() + o.key().hashCode();
    }
    return sum;
  }
}
