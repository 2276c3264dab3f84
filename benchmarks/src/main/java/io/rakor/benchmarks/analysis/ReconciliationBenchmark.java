package io.rakor.benchmarks.analysis;

import io.rakor.core.data.DataReconciler;
import io.rakor.core.data.Observation;
import io.rakor.core.data.Reconciliation;
import io.rakor.core.data.ReconciliationReport;
import io.rakor.core.data.ReconciliationSink;
import io.rakor.core.data.RollUpMismatch;
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

  /** Draws the observations once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Iterator<Observation> stream = NationalData.observations(42);
    observations = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      observations.add(stream.next());
    }
    reconciler = DataReconciler.of(NationalData.observationConfig());
  }

  /** Counts what the reconciler reports. */
  static final class Counter implements ReconciliationSink {
    long keys;
    long discrepancies;
    long mismatches;

    @Override
    public void reconciled(Reconciliation r) {
      keys++;
      if (r.discrepancy().isPresent()) {
        discrepancies++;
      }
    }

    @Override
    public void rollUpMismatch(RollUpMismatch m) {
      mismatches++;
    }
  }

  /**
   * The streaming reconciler on sorted input.
   *
   * @return the number of keys reconciled
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long streaming() {
    Counter counter = new Counter();
    reconciler.reconcileSorted(observations.iterator(), counter);
    return counter.keys + counter.discrepancies + counter.mismatches;
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
